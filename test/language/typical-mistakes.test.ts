import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkWorkspace } from '../helpers/check.js';

/**
 * Issue 16 point 4: the typical mistakes of someone writing a .pop file, each made once
 * in a plan with English keywords and once in a plan with Dutch keywords. For each, the
 * first error in the file (in the editor's and `leerplan check --lang en|nl`'s wording)
 * stands where the mistake is and names its fix.
 */

const ENGLISH = `people { person anna "Anna" person mark "Mark" }
plan p for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal chair "Chair a meeting" {
        action practice "Chair one meeting" every month
        feedback ask mark "How did I chair?" every quarter
        evidence "Meetings end on time."
        due 2026-12-31
        status active
    }
    review 2026-06-30 with mark "Mid-year"
    reflection 2026-04-02 "Asking first works."
}
`;

const DUTCH = `mensen { persoon anna "Anna" persoon mark "Mark" }
plan p voor anna {
    coach mark
    periode 2026-01-01 .. 2026-12-31
    leerdoel chair "Een vergadering leiden" {
        actie praktijk "Een vergadering voorzitten" elke maand
        feedback vraag mark "Hoe zat ik voor?" elk kwartaal
        bewijs "Vergaderingen eindigen op tijd."
        uiterlijk 2026-12-31
        status actief
    }
    gesprek 2026-06-30 met mark "Halfjaar"
    reflectie 2026-04-02 "Eerst vragen werkt."
}
`;

/** What the fix is called in a message: the same words in both message languages (keywords, forms, dates), or per language. */
type Fix = string | { en: string; nl: string };

interface Edit {
    /** Text of the clean plan that the mistake replaces (its first occurrence). */
    from: string;
    to: string;
    /** Where the error must start: this text inside `to` (default: the start of `to`; '' = the end of `to`). */
    at?: string;
    fix: Fix;
}

interface Mistake {
    what: string;
    en: Edit;
    nl: Edit;
}

const MISTAKES: Mistake[] = [
    // A misspelt keyword names the keyword it most likely meant.
    { what: 'a misspelt goal keyword (letters swapped)', en: { from: 'goal chair', to: 'gaol chair', fix: "'goal'" }, nl: { from: 'leerdoel chair', to: 'leerdole chair', fix: "'leerdoel'" } },
    { what: 'a misspelt feedback keyword', en: { from: 'feedback ask', to: 'feedbak ask', fix: "'feedback'" }, nl: { from: 'feedback vraag', to: 'feedbak vraag', fix: "'feedback'" } },
    { what: 'a misspelt evidence keyword', en: { from: 'evidence "', to: 'evidense "', fix: "'evidence'" }, nl: { from: 'bewijs "', to: 'bewjs "', fix: "'bewijs'" } },
    { what: 'a misspelt status keyword', en: { from: 'status active', to: 'statu active', fix: "'status'" }, nl: { from: 'status actief', to: 'statuss actief', fix: "'status'" } },
    { what: 'a misspelt coach keyword', en: { from: 'coach mark', to: 'coch mark', fix: "'coach'" }, nl: { from: 'coach mark', to: 'coch mark', fix: "'coach'" } },
    { what: 'a misspelt period keyword', en: { from: 'period 2026', to: 'perod 2026', fix: "'period'" }, nl: { from: 'periode 2026', to: 'perode 2026', fix: "'periode'" } },
    { what: 'a misspelt review keyword', en: { from: 'review 2026', to: 'reviw 2026', fix: "'review'" }, nl: { from: 'gesprek 2026', to: 'gesprk 2026', fix: "'gesprek'" } },
    { what: 'a misspelt reflection keyword', en: { from: 'reflection 2026', to: 'reflecton 2026', fix: "'reflection'" }, nl: { from: 'reflectie 2026', to: 'reflextie 2026', fix: "'reflectie'" } },
    { what: 'a misspelt action keyword', en: { from: 'action practice', to: 'acton practice', fix: "'action'" }, nl: { from: 'actie praktijk', to: 'acte praktijk', fix: "'actie'" } },
    { what: 'a misspelt due keyword', en: { from: 'due 2026', to: 'deu 2026', fix: "'due'" }, nl: { from: 'uiterlijk 2026', to: 'uiterljk 2026', fix: "'uiterlijk'" } },
    { what: 'a misspelt ask', en: { from: 'feedback ask', to: 'feedback aks', at: 'aks', fix: "'ask'" }, nl: { from: 'feedback vraag', to: 'feedback vrag', at: 'vrag', fix: "'vraag'" } },
    { what: 'a misspelt every', en: { from: 'every month', to: 'evry month', fix: "'every'" }, nl: { from: 'elke maand', to: 'elkee maand', fix: "'elke'" } },
    // A keyword used as an id says it is a keyword.
    { what: 'a keyword as the id of a goal', en: { from: 'goal chair', to: 'goal review', at: 'review', fix: "'review'" }, nl: { from: 'leerdoel chair', to: 'leerdoel gesprek', at: 'gesprek', fix: "'gesprek'" } },
    { what: 'a keyword as the id of a plan', en: { from: 'plan p for', to: 'plan goal for', at: 'goal', fix: { en: 'is a keyword', nl: 'is een sleutelwoord' } }, nl: { from: 'plan p voor', to: 'plan leerdoel voor', at: 'leerdoel', fix: { en: 'is a keyword', nl: 'is een sleutelwoord' } } },
    // An action without a learning form lists three common forms.
    { what: 'an action without a learning form', en: { from: 'action practice "', to: 'action "', at: '"', fix: "'practice', 'coaching'" }, nl: { from: 'actie praktijk "', to: 'actie "', at: '"', fix: "'praktijk', 'coaching'" } },
    // An unclosed string is reported at its opening quote, not where the file runs out of quotes.
    { what: 'a text without its closing quote', en: { from: '"Meetings end on time."', to: '"Meetings end on time.', fix: `'"'` }, nl: { from: '"Vergaderingen eindigen op tijd."', to: '"Vergaderingen eindigen op tijd.', fix: `'"'` } },
    // A moment written as people say it shows the form the language reads.
    { what: 'a rhythm with its number in words', en: { from: 'every month', to: 'every two weeks', fix: "'every 2 weeks'" }, nl: { from: 'elke maand', to: 'elke twee weken', fix: "'elke 2 weken'" } },
    { what: 'a quarter without its year', en: { from: 'every quarter', to: 'in Q2', fix: "'in 2026-Q2'" }, nl: { from: 'elk kwartaal', to: 'in Q2', fix: "'in 2026-Q2'" } },
    { what: 'a month name', en: { from: 'every quarter', to: 'in june', fix: "'in 2026-06'" }, nl: { from: 'elk kwartaal', to: 'in juni', fix: "'in 2026-06'" } },
    { what: 'a rhythm as one word (biweekly)', en: { from: 'every month', to: 'biweekly', fix: "'every 2 weeks'" }, nl: { from: 'elke maand', to: 'tweewekelijks', fix: "'elke 2 weken'" } },
    { what: 'a rhythm as one word (monthly)', en: { from: 'every month', to: 'monthly', fix: "'every month'" }, nl: { from: 'elke maand', to: 'maandelijks', fix: "'elke maand'" } },
    { what: 'a weekday as a rhythm', en: { from: 'every month', to: 'every monday', fix: "'every week'" }, nl: { from: 'elke maand', to: 'elke maandag', fix: "'elke week'" } },
    { what: "'per' instead of every", en: { from: 'every month', to: 'per month', fix: "'every month'" }, nl: { from: 'elke maand', to: 'per maand', fix: "'elke maand'" } },
    { what: 'a rhythm said as how often (once a month)', en: { from: 'every month', to: 'once a month', fix: "'every month'" }, nl: { from: 'elke maand', to: 'eens per maand', fix: "'elke maand'" } },
    { what: 'a rhythm counted in times (twice a year, 2x per jaar)', en: { from: 'every month', to: 'twice a year', fix: "'every 6 months'" }, nl: { from: 'elke maand', to: '2x per jaar', fix: "'elke 6 maanden'" } },
    { what: 'a rhythm more often than its unit (3x per week)', en: { from: 'every month', to: 'three times a week', fix: "'every week'" }, nl: { from: 'elke maand', to: '3x per week', fix: "'elke week'" } },
    { what: "'each' or 'ieder' for every", en: { from: 'every quarter', to: 'each quarter', fix: "'every quarter'" }, nl: { from: 'elk kwartaal', to: 'ieder kwartaal', fix: "'elk kwartaal'" } },
    { what: 'every other week (om de twee weken)', en: { from: 'every month', to: 'every other week', fix: "'every 2 weeks'" }, nl: { from: 'elke maand', to: 'om de twee weken', fix: "'elke 2 weken'" } },
    { what: 'a due quarter without its year', en: { from: 'due 2026-12-31', to: 'due Q4', at: 'Q4', fix: "'due 2026-Q4'" }, nl: { from: 'uiterlijk 2026-12-31', to: 'uiterlijk Q4', at: 'Q4', fix: "'uiterlijk 2026-Q4'" } },
    { what: 'a due date in words', en: { from: 'due 2026-12-31', to: 'due "end of the year"', at: '"', fix: "'due 2026-12-31'" }, nl: { from: 'uiterlijk 2026-12-31', to: 'uiterlijk "eind van het jaar"', at: '"', fix: "'uiterlijk 2026-12-31'" } },
    { what: "'on' without its date", en: { from: 'every quarter', to: 'on', fix: "'on 2026-03-01'" }, nl: { from: 'elk kwartaal', to: 'op', fix: "'op 2026-03-01'" } },
    // Dates in other formats show the date as the language writes it.
    { what: 'a date day first (10-02-2026)', en: { from: 'due 2026-12-31', to: 'due 10-02-2026', at: '10', fix: '2026-02-10' }, nl: { from: 'uiterlijk 2026-12-31', to: 'uiterlijk 10-02-2026', at: '10', fix: '2026-02-10' } },
    { what: 'a date with slashes', en: { from: 'due 2026-12-31', to: 'due 31/12/2026', at: '31', fix: '2026-12-31' }, nl: { from: 'uiterlijk 2026-12-31', to: 'uiterlijk 31/12/2026', at: '31', fix: '2026-12-31' } },
    { what: 'a date without leading zeros', en: { from: 'due 2026-12-31', to: 'due 2026-1-5', at: '2026', fix: '2026-01-05' }, nl: { from: 'uiterlijk 2026-12-31', to: 'uiterlijk 2026-1-5', at: '2026', fix: '2026-01-05' } },
    { what: 'a period with a dash', en: { from: '2026-01-01 .. 2026-12-31', to: '2026-01-01 - 2026-12-31', at: '- ', fix: "'..'" }, nl: { from: '2026-01-01 .. 2026-12-31', to: '2026-01-01 - 2026-12-31', at: '- ', fix: "'..'" } },
    { what: "a period with 'to'", en: { from: '2026-01-01 .. 2026-12-31', to: '2026-01-01 to 2026-12-31', at: 'to', fix: "'..'" }, nl: { from: '2026-01-01 .. 2026-12-31', to: '2026-01-01 tot 2026-12-31', at: 'tot', fix: "'..'" } },
    // Missing braces.
    { what: "a goal without its closing '}'", en: { from: '        status active\n    }\n', to: '        status active\n', at: '', fix: "'}'" }, nl: { from: '        status actief\n    }\n', to: '        status actief\n', at: '', fix: "'}'" } },
    { what: "a goal without its opening '{'", en: { from: 'meeting" {\n', to: 'meeting"\n', at: '', fix: "'{'" }, nl: { from: 'leiden" {\n', to: 'leiden"\n', at: '', fix: "'{'" } },
    { what: "a plan without its closing '}'", en: { from: 'works."\n}\n', to: 'works."\n', at: '\n', fix: "'}'" }, nl: { from: 'werkt."\n}\n', to: 'werkt."\n', at: '\n', fix: "'}'" } },
    // Other slips.
    { what: 'a title without quotes', en: { from: '"Chair a meeting"', to: 'Chair a meeting', fix: { en: 'a text in quotes', nl: 'een tekst tussen aanhalingstekens' } }, nl: { from: '"Een vergadering leiden"', to: 'Een vergadering leiden', fix: { en: 'a text in quotes', nl: 'een tekst tussen aanhalingstekens' } } },
    { what: 'a person in quotes', en: { from: 'coach mark', to: 'coach "Mark"', at: '"', fix: { en: 'without quotes', nl: 'zonder aanhalingstekens' } }, nl: { from: 'coach mark', to: 'coach "Mark"', at: '"', fix: { en: 'without quotes', nl: 'zonder aanhalingstekens' } } },
    { what: 'a status that does not exist', en: { from: 'status active', to: 'status finished', at: 'finished', fix: "'done'" }, nl: { from: 'status actief', to: 'status klaar', at: 'klaar', fix: "'afgerond'" } },
    { what: 'feedback without ask or give', en: { from: 'feedback ask mark', to: 'feedback mark', at: 'mark', fix: "'ask'" }, nl: { from: 'feedback vraag mark', to: 'feedback mark', at: 'mark', fix: "'vraag'" } },
    { what: "a review without 'with'", en: { from: 'with mark', to: 'mark', fix: "'with'" }, nl: { from: 'met mark', to: 'mark', fix: "'met'" } },
    { what: "a comment with '#'", en: { from: '    coach mark\n', to: '    # my plan\n    coach mark\n', at: '#', fix: "'//'" }, nl: { from: '    coach mark\n', to: '    # mijn plan\n    coach mark\n', at: '#', fix: "'//'" } },
];

/** The plan with one mistake, and the 0-based line and character where its error must start. */
function withMistake(clean: string, edit: Edit): { text: string; line: number; character: number } {
    const index = clean.indexOf(edit.from);
    if (index < 0) throw new Error(`the clean plan has no '${edit.from}'`);
    const text = clean.slice(0, index) + edit.to + clean.slice(index + edit.from.length);
    const within = edit.at === undefined ? 0 : edit.at === '' ? edit.to.length : edit.to.indexOf(edit.at);
    if (within < 0) throw new Error(`'${edit.at}' is not in '${edit.to}'`);
    let offset = index + within;
    // A brace that is missing at the end of a line is reported at the next word.
    if (edit.at === '') while (/\s/.test(text[offset] ?? '')) offset++;
    const before = text.slice(0, offset).split('\n');
    return { text, line: before.length - 1, character: before[before.length - 1].length };
}

function firstError(diagnostics: Diagnostic[]): Diagnostic | undefined {
    return diagnostics.filter(d => d.severity === 1)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
}

describe('typical mistakes in a .pop file: the first error stands where the mistake is and names its fix', () => {
    it('starts from two clean plans', async () => {
        for (const text of [ENGLISH, DUTCH]) {
            const result = await checkWorkspace({ 'p.pop': text });
            expect(result.byFile['p.pop'].filter(d => d.severity === 1)).toEqual([]);
        }
    });

    it('has at least 30 mistakes, each in both keyword languages', () => {
        expect(MISTAKES.length).toBeGreaterThanOrEqual(30);
        expect(new Set(MISTAKES.map(m => m.what)).size).toBe(MISTAKES.length);
    });

    for (const mistake of MISTAKES) {
        for (const keywords of ['en', 'nl'] as const) {
            it(`${mistake.what} (${keywords === 'en' ? 'English' : 'Dutch'} keywords)`, async () => {
                const edit = mistake[keywords];
                const { text, line, character } = withMistake(keywords === 'en' ? ENGLISH : DUTCH, edit);
                for (const lang of ['en', 'nl'] as const) {
                    const result = await checkWorkspace({ 'p.pop': text }, { lang });
                    const error = firstError(result.byFile['p.pop']);
                    expect(error, `${lang}: an error`).toBeDefined();
                    const message = String(error!.message);
                    const fix = typeof edit.fix === 'string' ? edit.fix : edit.fix[lang];
                    expect(message, `${lang}: names the fix`).toContain(fix);
                    expect(message, `${lang}: in the message language`).toMatch(lang === 'en' ? /^(Syntax error: |[A-Z])/ : /^(Syntaxfout: |[A-Z])/);
                    if (lang === 'nl') expect(message).not.toMatch(/^Syntax error/);
                    expect({ line: error!.range.start.line, character: error!.range.start.character }, `${lang}: where the mistake is`).toEqual({ line, character });
                }
            });
        }
    }

    it('gives a quarter or month written without a year the year of the plan\'s period it falls in, not today\'s', async () => {
        // A school year: Q2 and June fall in 2027, October in 2026; today is still 2026.
        const schoolYear = ENGLISH.replace('period 2026-01-01 .. 2026-12-31', 'period 2026-08-01 .. 2027-07-31').replace('due 2026-12-31', 'due 2027-07-31');
        for (const [moment, fix] of [['in Q2', "'in 2027-Q2'"], ['in june', "'in 2027-06'"], ['in october', "'in 2026-10'"], ['in H1', "'in 2027-H1'"]] as const) {
            const result = await checkWorkspace({ 'p.pop': schoolYear.replace('every quarter', moment) }, { today: '2026-09-01' });
            expect(String(firstError(result.byFile['p.pop'])?.message), moment).toContain(fix);
        }
        // Outside a plan with a period: today's year.
        const noPeriod = ENGLISH.replace('    period 2026-01-01 .. 2026-12-31\n', '').replace('every quarter', 'in Q2');
        const result = await checkWorkspace({ 'p.pop': noPeriod }, { today: '2028-03-01' });
        expect(String(firstError(result.byFile['p.pop'])?.message)).toContain("'in 2028-Q2'");
    });

    it('gives a moment said in the other language its right form in the file\'s keywords', async () => {
        for (const lang of ['en', 'nl'] as const) {
            const dutch = await checkWorkspace({ 'p.pop': DUTCH.replace('elke maand', 'once a month') }, { lang });
            expect(String(firstError(dutch.byFile['p.pop'])?.message), `${lang}: a Dutch plan`).toContain("'elke maand'");
            const english = await checkWorkspace({ 'p.pop': ENGLISH.replace('every month', 'om de twee weken') }, { lang });
            expect(String(firstError(english.byFile['p.pop'])?.message), `${lang}: an English plan`).toContain("'every 2 weeks'");
        }
    });
});
