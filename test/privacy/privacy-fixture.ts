import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * A workspace full of private sentences that are easy to find: each one holds the word
 * PRIVATE-CANARY and made-up words (quokka…, marmot…) that appear nowhere else, so a
 * search of any output for them finds a leak of even one word. Private text stands in
 * every place the language allows it: reflections marked `private`, `privé` and
 * `prive`, `*.private.pop` files, a `private PLAN { }` block inside a normal file,
 * private text broken by syntax errors (an unterminated quote, lost quotes, a misspelt
 * `privat`: canaries 13 to 16), which a parse-error message could otherwise echo, and
 * declarations in a private file (a person, a team, a plan with a goal, a framework, an
 * organisation: canaries 19 to 24), whose names and titles no one may see anywhere. The
 * second edition adds private reflections with a moment (an event's own words are private
 * there too) and records of feedback received marked private, in a goal and in a private
 * file (canaries 25 to 29, Anna's). Assessments (issue 18) stand in shared files; one
 * written in a private file, for the team and for the organisation, with notes
 * (canaries 30 and 31), must reach no summary, check output, hover or completion.
 */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** Matches any word of any private sentence of the fixture. */
export const CANARY = /canary|quokka|marmot/i;

/** The canaries in `text`, with some context, for a readable failure. */
export function canariesIn(text: string): string[] {
    const found: string[] = [];
    const pattern = new RegExp(CANARY.source, 'gi');
    for (const m of text.matchAll(pattern)) found.push(text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' '));
    return found;
}

const ORGANISATION = `organisation acme "Acme Care" {
    vision care "Care that residents value."
    vision learning "We learn from each other every day." about learning developed-with employees
    ambition safer "Fewer incidents." supports care
}

people {
    person mark "Mark Jansen" role "Team lead"
    person anna "Anna de Vries" role "Nurse"
    person piet "Piet Bakker" role "Nurse"
    person lisa "Lisa Bos" role "Nurse"
}

team ward "Ward A" {
    lead mark
    members anna, piet, lisa
    goal learn-together "Learn from incidents" {
        dimensions GedragenVisie, Feedbackprocessen
        supports safer
        action after-action-review "Monthly review" every month
        feedback ask team ward "What changed?" every quarter
        evidence "Fewer repeated incidents."
        due 2026-12-31
    }
}
`;

function plan(id: string, owner: string, extra: string): string {
    return `plan ${id} for ${owner} {
    coach mark
    team ward
    period 2026-01-01 .. 2026-12-31
    goal handovers-${owner} "Safer handovers" {
        dimensions Feedbackprocessen
        supports safer
        contributes learn-together
        action experiment "Try a handover checklist" from 2026-02-01 to 2026-03-31
        feedback ask mark "Did the handover improve?" on 2026-04-01
        evidence "Fewer handover incidents."
        due 2026-06-01
        status active
    }
    review 2026-06-30 with mark "Mid-year"
    reflection 2026-02-01 "Public reflection of ${owner}."
${extra}}
`;
}

/** The fixture: `{ relative path: text }`. */
export const PRIVACY_FILES: Record<string, string> = {
    'leerplan.json': JSON.stringify({ today: '2026-06-15', rules: { 'no-reflection': 'warning' } }),
    'organisation.pop': ORGANISATION,
    'plans/anna-2026.pop': plan('anna-2026', 'anna', `    reflection 2026-03-01 private "PRIVATE-CANARY-1 quokkaone marmotone: I doubt my own judgement."
    reflectie 2026-04-01 privé "PRIVATE-CANARY-2 quokkatwo marmottwo: ik twijfel."
    reflection 2026-05-01 prive "PRIVATE-CANARY-3 quokkathree marmotthree"
    reflection every month private "PRIVATE-CANARY-25 quokkatwentyfive marmottwentyfive"
    reflection after "PRIVATE-CANARY-26 quokkatwentysix event" private "Private words after an event."
    goal heard "What came back" personal {
        why "Public why."
        feedback received mark on 2026-03-10 private "PRIVATE-CANARY-27 quokkatwentyseven marmottwentyseven"
        feedback ontvangen extern "bewoners" op 2026-03-11 "PRIVATE-CANARY-28 quokkatwentyeight" privé
        feedback received mark on 2026-03-12 "Shared record of anna."
        evidence "Public criterion one."
        evidence "Public criterion two."
    }
`),
    'plans/anna-2026.private.pop': `private anna-2026 {
    reflection 2026-04-02 "PRIVATE-CANARY-4 quokkafour marmotfour: I jump to solutions."
    reflection 2026-04-09 "PRIVATE-CANARY-5 quokkafive \\"quoted\\" marmotfive"
    feedback received mark on 2026-04-10 "PRIVATE-CANARY-29 quokkatwentynine marmottwentynine"
}
`,
    'plans/piet-2026.pop': plan('piet-2026', 'piet', `    reflection 2026-03-01 private "PRIVATE-CANARY-6 quokkasix marmotsix"
`),
    'plans/piet-2026.private.pop': `privé piet-2026 {
    reflectie 2026-04-02 "PRIVATE-CANARY-7 quokkaseven marmotseven"
}
`,
    // A private block inside a normal file: everything in it is private.
    'plans/lisa-2026.pop': plan('lisa-2026', 'lisa', '') + `
private lisa-2026 {
    reflection 2026-04-02 "PRIVATE-CANARY-8 quokkaeight marmoteight"
}
`,
    // Syntax errors inside private text: an unterminated quote, lost quotes, a reference to nothing.
    'plans/broken-unterminated.private.pop': `private anna-2026 {
    reflection 2026-05-01 "PRIVATE-CANARY-9 quokkanine marmotnine and the quote never ends
}
`,
    'plans/broken-unquoted.private.pop': `private piet-2026 {
    reflection 2026-05-02 PRIVATE-CANARY-10 quokkaten marmotten without quotes
}
`,
    'plans/broken-reference.private.pop': `private no-such-plan {
    reflection 2026-05-03 "PRIVATE-CANARY-11 marmoteleven"
}
`,
    // A privacy word misspelt or in the wrong place in a shared file: the parser recovers and keeps the
    // text in a statement that looks shared. What is written where a file does not parse stays out.
    'plans/misspelt-2026.pop': `plan misspelt-2026 for piet {
    coach mark
    reflection 2026-05-05 privat "PRIVATE-CANARY-13 quokkathirteen marmotthirteen"
    reflectie 2026-05-06 "PRIVATE-CANARY-14 quokkafourteen marmotfourteen" privé
    goal typo privat "PRIVATE-CANARY-15 quokkafifteen marmotfifteen" {
        dimensions Feedbackprocessen
        evidence "Public evidence of the misspelt plan."
    }
    review 2026-06-30 with mark "PRIVATE-CANARY-16 quokkasixteen" private
}
`,
    // A private file holds private blocks only: what else is written there is private too, and shown to nobody.
    'plans/anna-extra.private.pop': `private anna-2026 {
    reflection 2026-04-03 "Anna's own words."
}
people {
    person quokkanineteen "PRIVATE-CANARY-19 marmotnineteen" role "PRIVATE-CANARY-19 nurse"
}
team quokkatwenty "PRIVATE-CANARY-20 marmottwenty" {
    lead mark
    members quokkanineteen
}
plan quokkatwentyone for anna {
    coach quokkanineteen
    goal marmottwentyone "PRIVATE-CANARY-21 quokkatwentyone goal" {
        evidence "PRIVATE-CANARY-21 marmottwentyone evidence"
    }
    reflection 2026-04-04 "PRIVATE-CANARY-21 quokkatwentyone shared-looking reflection"
}
framework quokkatwentytwo "PRIVATE-CANARY-22 marmottwentytwo" {
    dimension MarmotTwentytwo "PRIVATE-CANARY-22" "PRIVATE-CANARY-22" "PRIVATE-CANARY-22 quokkatwentytwo"
}
organisation quokkatwentyfour "PRIVATE-CANARY-24 marmottwentyfour" {
    vision marmottwentyfour "PRIVATE-CANARY-24 quokkatwentyfour vision"
}
`,
    // A shared assessment, so the baseline views are not empty; its note is shared text.
    'assessments.pop': `assessment 2026-03-01 for team ward with mark, anna, piet {
    GedragenVisie 2 "Shared assessment note of the ward."
    Feedbackprocessen 4
}
`,
    // Assessments written in a private file are private too: no note, score or date of them reaches any view.
    'plans/piet-assessment.private.pop': `private piet-2026 {
    reflection 2026-04-05 "Piet's own words."
}
assessment 2026-05-20 for team ward with piet {
    GedragenVisie 1 "PRIVATE-CANARY-30 quokkathirty marmotthirty"
    StructuurEnBeleid 1
}
meting 2026-05-21 voor organisatie acme met piet {
    Feedbackprocessen 1 "PRIVATE-CANARY-31 quokkathirtyone marmotthirtyone"
}
`,
    // A misspelt keyword: nothing in the file parses as a private block, and all of it stays private.
    'plans/broken-misspelt.private.pop': `privat piet-2026 {
    reflection 2026-05-05 "PRIVATE-CANARY-23 quokkatwentythree marmottwentythree"
}
`,
    'plans/broken-public.pop': `plan broken-2026 for lisa {
    coach mark
    reflection 2026-05-04 private "PRIVATE-CANARY-12 quokkatwelve marmottwelve
    goal x "X" {
}
`,
};

/** Writes the fixture (and any extra files) into a fresh temporary folder; returns its path. */
export function writePrivacyWorkspace(extra: Record<string, string> = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'leerplan-privacy-'));
    chmodSync(root, 0o755);
    for (const [path, text] of Object.entries({ ...PRIVACY_FILES, ...extra })) {
        const absolute = join(root, path);
        mkdirSync(dirname(absolute), { recursive: true });
        writeFileSync(absolute, text);
    }
    return root;
}

export function removeWorkspace(root: string): void {
    rmSync(root, { recursive: true, force: true });
}

/** Every file under `root` (relative path, sorted), to compare a folder before and after a command. */
export function listing(root: string): string[] {
    const out: string[] = [];
    const walk = (dir: string, prefix: string) => {
        for (const name of readdirSync(dir).sort()) {
            const path = join(dir, name);
            const rel = prefix + name;
            if (statSync(path).isDirectory()) walk(path, rel + '/');
            else out.push(rel);
        }
    };
    walk(root, '');
    return out;
}

/** The private sentences of the example workspace (examples/plans/*.private.pop and reflections marked private). */
export function examplePrivateSentences(): string[] {
    const sentences: string[] = [];
    const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
            const path = join(dir, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.pop')) {
                const text = readFileSync(path, 'utf8');
                const strings = name.endsWith('.private.pop')
                    ? [...text.matchAll(/"((?:\\.|[^"\\])*)"/g)].map(m => m[1])
                    : [...text.matchAll(/(?:reflection|reflectie)\s+\S+\s+(?:private|privé|prive)\s+"((?:\\.|[^"\\])*)"/g)].map(m => m[1]);
                sentences.push(...strings);
            }
        }
    };
    walk(EXAMPLES_DIR);
    return sentences;
}
