import { describe, expect, it } from 'vitest';
import { checkWorkspace, rangesOf } from '../helpers/check.js';
import { describeParserError } from '../../language/src/validation/syntax-errors.js';

const PEOPLE = 'people { person anna "Anna" person mark "Mark" }';

/** Broken texts with private-looking words in their strings; no message may repeat them. */
const BROKEN: Record<string, string> = {
    'a second string where a brace belongs': 'plan p for anna { reflection 2026-01-01 private "SECRET one" "SECRET two" }',
    'a string where a name belongs': 'plan p for anna { coach "SECRET coach" }',
    'a string after the last brace': 'plan p for anna { } "SECRET trailing"',
    'an unterminated string': 'plan p for anna { reflection 2026-01-01 private "SECRET words, and more }',
    // A reflection may have no moment since the second edition; a review may not.
    'a string where a date belongs': 'plan p for anna { review "SECRET" with anna }',
    'a string as the owner': 'plan p for "SECRET" { }',
    'a string as a learning form': 'plan p for anna { goal g "G" { action "SECRET" } }',
    'a multi-line string in the wrong place': 'private p {\n    reflection 2026-01-01 "ok" "SECRET\nsecond line"\n}',
    'a string in a broken private file': 'private p { reflectie "SECRET" 2026-01-01 }',
    'words of a string that lost its opening quote': 'plan p for anna { reflection 2026-01-01 SECRET words" }',
};

describe('parse errors', () => {
    for (const [what, text] of Object.entries(BROKEN)) {
        it(`after ${what}: only parse errors, with a position, quoting no string`, async () => {
            for (const lang of ['en', 'nl'] as const) {
                const result = await checkWorkspace({ 'people.pop': PEOPLE, 'broken.pop': text }, { lang });
                const diagnostics = result.byFile['broken.pop'];
                expect(diagnostics.length).toBeGreaterThan(0);
                for (const d of diagnostics) {
                    expect(d.code).toBe('parse-error');
                    expect(d.severity).toBe(1);
                    expect(d.message).toMatch(lang === 'en' ? /^Syntax error: / : /^Syntaxfout: /);
                    expect(d.message).not.toMatch(/SECRET|second line|words/);
                    expect(d.range.start.line).toBeGreaterThanOrEqual(0);
                }
            }
        });
    }

    it('point at the offending token', async () => {
        const result = await checkWorkspace({
            'people.pop': PEOPLE,
            'a.pop': 'plan p for anna {\n    coach "Mark"\n}\n',
            'b.pop': 'plan q for anna {\n    goal g "G" { status finished }\n}\n',
            'c.pop': 'plan r for anna {\n    mentor mark\n}\n',
            'd.pop': 'plan s for anna {\n    reflection 2026-01-01 § "x"\n}\n',
        });
        expect(rangesOf(result.byFile['a.pop'], 'parse-error')).toEqual(['1:10-1:16']);
        expect(rangesOf(result.byFile['b.pop'], 'parse-error')).toEqual(['1:24-1:32']);
        // A word found in the wrong place may be private text that lost its quotes: its kind is named, not its text.
        expect(result.byFile['b.pop'][0].message).toBe("Syntax error: expected one of: 'planned', 'active', 'done', 'dropped', 'gepland', 'actief', 'afgerond', 'gestopt', but found a name");
        expect(rangesOf(result.byFile['c.pop'], 'parse-error')).toEqual(['1:4-1:10']);
        expect(rangesOf(result.byFile['d.pop'], 'parse-error')).toEqual(['1:26-1:27']);
        expect(result.byFile['d.pop'][0].message).toBe("Syntax error: unexpected character '§'");
    });

    it('name the keyword a misspelt word most likely is, a keyword used as an id, and the learning form an action lacks (language-v2 §7)', async () => {
        const files = {
            'people.pop': PEOPLE,
            'a.pop': 'plan a for anna {\n    goal g "G" {\n        feedbak ask mark "Q" every month\n    }\n}\n',
            'b.pop': 'plan b for anna {\n    goal g "G" {\n        action coaching "x" evry month\n    }\n}\n',
            'c.pop': 'pln c for anna {\n}\n',
            'd.pop': 'plan d for anna {\n    goal plan "G" {\n    }\n}\n',
            'e.pop': 'plan e for anna {\n    goal g "G" {\n        action "Read a book" every month\n    }\n}\n',
            'f.pop': 'plan f voor anna {\n    leerdoel g "G" {\n        actie "Boek lezen" elke maand\n    }\n}\n',
            'g.pop': 'plan g voor anna {\n    reflectei 2026-01-01 "x"\n}\n',
        };
        const en = await checkWorkspace(files, { lang: 'en' });
        const first = (file: string) => en.byFile[file][0];
        expect(first('a.pop').message).toBe("Syntax error: unknown word 'feedbak': did you mean 'feedback'?");
        expect(rangesOf(en.byFile['a.pop'], 'parse-error')[0]).toBe('2:8-2:15');
        expect(first('b.pop').message).toBe("Syntax error: unknown word 'evry': did you mean 'every'?");
        expect(first('c.pop').message).toBe("Syntax error: unknown word 'pln': did you mean 'plan'?");
        expect(first('d.pop').message).toBe("Syntax error: 'plan' is a keyword and cannot be an id here: choose another name");
        expect(first('e.pop').message).toBe("Syntax error: 'action' needs a learning form before its text, such as 'practice', 'coaching' or 'reading'");
        // The forms are named in the keyword language of the file; the message in the UI language.
        expect(first('f.pop').message).toBe("Syntax error: 'actie' needs a learning form before its text, such as 'praktijk', 'coaching' or 'lezen'");
        expect(first('g.pop').message).toBe("Syntax error: unknown word 'reflectei': did you mean 'reflectie'?");
        const nl = await checkWorkspace(files, { lang: 'nl' });
        expect(nl.byFile['a.pop'][0].message).toBe("Syntaxfout: onbekend woord 'feedbak': bedoelde je 'feedback'?");
        expect(nl.byFile['d.pop'][0].message).toBe("Syntaxfout: 'plan' is een sleutelwoord en kan hier geen id zijn: kies een andere naam");
        expect(nl.byFile['f.pop'][0].message).toBe("Syntaxfout: bij 'actie' hoort eerst een werkvorm en dan de tekst, bijvoorbeeld 'praktijk', 'coaching' of 'lezen'");
    });

    it('quote a misplaced word only when it is a keyword with a typo: any other word is "a name"', async () => {
        const result = await checkWorkspace({ 'people.pop': PEOPLE, 'a.pop': 'plan a for anna {\n    goal g "G" {\n        quokka ask mark "Q"\n    }\n}\n' });
        expect(result.byFile['a.pop'][0].message).toBe("Syntax error: expected '}', but found a name");
    });

    it('at the end of the file point just after the last token', async () => {
        const result = await checkWorkspace({ 'people.pop': PEOPLE, 'a.pop': 'plan p for anna {\n    coach mark\n' });
        expect(rangesOf(result.byFile['a.pop'], 'parse-error')).toEqual(['1:14-1:14']);
        expect(result.byFile['a.pop'][0].message).toBe("Syntax error: expected '}', but found the end of the file");
    });

    it('leave the other files of the workspace checked as usual', async () => {
        const fine = 'plan anna-2026 for anna {\n    goal g "G" { due 2026-02-30 }\n}\n';
        const alone = await checkWorkspace({ 'people.pop': PEOPLE, 'fine.pop': fine });
        const beside = await checkWorkspace({ 'people.pop': PEOPLE, 'fine.pop': fine, 'broken.pop': 'plan broken for anna { coach "x" }' });
        expect(beside.codes['broken.pop']).toEqual(['parse-error']);
        expect(beside.codes['fine.pop']).toEqual(alone.codes['fine.pop']);
        expect(beside.codes['fine.pop']).toContain('invalid-date');
        expect(beside.codes['fine.pop']).toContain('goal-without-vision');
    });

    it('still let other files see what a broken file declares', async () => {
        const result = await checkWorkspace({
            'people.pop': 'people { person anna "Anna" person mark "Mark" person "broken" }',
            'plan.pop': 'plan p for anna { coach mark }',
        });
        expect(result.codes['people.pop']).toEqual(['parse-error']);
        expect(result.codes['plan.pop']).not.toContain('link-error');
    });

    it('shorten the parser\'s list of alternatives and never quote a string', () => {
        const chevrotain = 'Expecting: one of these possible Token sequences:\n  1. [ID]\n  2. [about]\n  3. [month]\nbut found: \'"my \\"private\\" text"\'';
        expect(describeParserError(chevrotain, new Set(['about', 'month']))).toBe('Expecting ID but found: \'"…"\'');
        expect(describeParserError('Expecting token of type \'}\' but found `"a\nb"`.')).toBe('Expecting token of type \'}\' but found `"…"`.');
    });
});

describe('a date in another order', () => {
    it('is shown back in its right form only where a date belongs, never from words that lost their quotes', async () => {
        const files = {
            'people.pop': PEOPLE,
            'due.pop': 'plan p for anna {\n    goal g "G" { due 31/12/2026 }\n}\n',
            'lost.pop': 'plan q for anna {\n    reflection 2026-01-01 private SECRET 31/12/2026"\n}\n',
        };
        for (const lang of ['en', 'nl'] as const) {
            const result = await checkWorkspace(files, { lang });
            expect(result.byFile['due.pop'].map(d => d.message).join(' ')).toContain('2026-12-31');
            const lost = result.byFile['lost.pop'].map(d => d.message).join(' ');
            expect(lost).not.toMatch(/2026-12-31|31\/12|SECRET/);
            expect(lost).toContain(lang === 'en' ? 'YYYY-MM-DD' : 'JJJJ-MM-DD');
        }
    });
});

describe('parse errors in the user language', () => {
    it('say what was expected in words, in English and in Dutch', async () => {
        const files = { 'people.pop': PEOPLE, 'a.pop': 'plan p for anna {\n    period 2026-1-1 .. 2026-12-31\n}\n', 'b.pop': 'people { person x "X" }\nperson y "Y"\n' };
        const en = await checkWorkspace(files);
        const nl = await checkWorkspace(files, { lang: 'nl' });
        // A date without its leading zeros is one mistake, told once with the date as it is written.
        expect(en.byFile['a.pop'].map(d => d.message)).toEqual(['Syntax error: write the date as 2026-01-01 (YYYY-MM-DD: the year first, two digits for the month and the day)']);
        expect(nl.byFile['a.pop'].map(d => d.message)).toEqual(['Syntaxfout: schrijf de datum als 2026-01-01 (JJJJ-MM-DD: eerst het jaar, twee cijfers voor de maand en de dag)']);
        expect(en.byFile['b.pop'][0].message).toContain('expected a new declaration (organisation, people, team, plan, private, framework)');
        expect(nl.byFile['b.pop'][0].message).toContain('verwacht een nieuwe declaratie');
    });
});
