import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstUtils, GrammarAST } from 'langium';
import { formatPop } from '../../language/src/formatting/format-text.js';
import { BLOCK_TYPES } from '../../language/src/formatting/layout-items.js';
import { LeerplanGrammar } from '../../language/src/generated/grammar.js';
import { checkWorkspace } from '../helpers/check.js';
import { sketchFiles } from '../helpers/sketch.js';
import { lexedItems, mapToItems } from './format-helpers.js';

const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

/** Every .pop file under `dir` as `{ relative path: text }`. */
function popFiles(dir: string, prefix = ''): Record<string, string> {
    const files: Record<string, string> = {};
    if (!existsSync(dir)) return files;
    for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) Object.assign(files, popFiles(path, `${prefix}${name}/`));
        else if (name.endsWith('.pop')) files[prefix + name] = readFileSync(path, 'utf8');
    }
    return files;
}

function format(text: string): string {
    const result = formatPop(text);
    if (!result.ok) throw new Error(`did not format: ${result.reason} at ${result.line}:${result.column}`);
    return result.text;
}

describe('formatPop: layout', () => {
    it('expands a plan written on one line: one line per declaration, four spaces per level, blank lines around goals', () => {
        const text = 'plan p for anna { coach mark team t period 2026-01-01..2026-12-31 goal g "Title" { dimensions A,B , senge . SharedVision supports v action course "x" due 2026-03-01 hours 3 feedback ask mark "q?" every month status active } review 2026-06-30 with mark }';
        expect(format(text)).toBe([
            'plan p for anna {',
            '    coach mark',
            '    team t',
            '    period 2026-01-01 .. 2026-12-31',
            '',
            '    goal g "Title" {',
            '        dimensions A, B, senge.SharedVision',
            '        supports v',
            '        action course "x" due 2026-03-01 hours 3',
            '        feedback ask mark "q?" every month',
            '        status active',
            '    }',
            '',
            '    review 2026-06-30 with mark',
            '}',
            '',
        ].join('\n'));
    });

    it('puts single spaces between tokens and re-indents lines', () => {
        const text = 'team   t "T"  {\n\t\tlead  anna\n  members    a ,b\n  }\n';
        expect(format(text)).toBe('team t "T" {\n    lead anna\n    members a, b\n}\n');
    });

    it('puts a blank line around a goal it moves to a line of its own, and keeps the user\'s choice where the user broke the line', () => {
        const joined = 'plan p for a { coach m goal g "t" { status active } review 2026-06-30 with m }';
        expect(format(joined)).toBe('plan p for a {\n    coach m\n\n    goal g "t" {\n        status active\n    }\n\n    review 2026-06-30 with m\n}\n');
        const broken = 'plan p for a {\n    coach m\n    goal g "t" {\n        status active\n    }\n    review 2026-06-30 with m\n}\n';
        expect(format(broken)).toBe(broken);
        const goals = 'team t "T" {\n    goal g "t" {}\n    goal h "t" {}\n}\n';
        expect(format(goals)).toBe('team t "T" {\n    goal g "t" {}\n\n    goal h "t" {}\n}\n');
    });

    it('puts exactly one blank line between top-level declarations and keeps at most one elsewhere', () => {
        const text = 'people {\n\n\n    person a "A"\n\n\n\n    person b "B"\n\n}\nteam t "T" {\n    lead a\n}\n\n\n\nframework f "F" {}';
        expect(format(text)).toBe('people {\n    person a "A"\n\n    person b "B"\n}\n\nteam t "T" {\n    lead a\n}\n\nframework f "F" {}\n');
    });

    it('keeps a line break the user put inside one declaration as a continuation line', () => {
        const text = 'organisation o "O" {\nvision v "Text"\nabout learning\n  developed-with employees\n}\n'
            + 'framework f "F" {\n dimension D "Nl" "En" role workplace\n "What it means."\n}\n';
        expect(format(text)).toBe('organisation o "O" {\n    vision v "Text"\n        about learning\n        developed-with employees\n}\n\n'
            + 'framework f "F" {\n    dimension D "Nl" "En" role workplace\n        "What it means."\n}\n');
    });

    it('joins `{` to its declaration and `,` to the item before it', () => {
        const text = 'team t "T"\n{\n    members a\n    , b\n}\n';
        expect(format(text)).toBe('team t "T" {\n    members a, b\n}\n');
    });

    it('formats a private file (`privé` block) like any other', () => {
        const text = '// anna-2026.private.pop\nprivé anna-2026 { reflectie 2026-04-02 "Eerst vragen." reflection 2026-05-01 "x" }';
        expect(format(text)).toBe('// anna-2026.private.pop\nprivé anna-2026 {\n    reflectie 2026-04-02 "Eerst vragen."\n    reflection 2026-05-01 "x"\n}\n');
    });

    it('writes an empty block as {} and an empty file as nothing', () => {
        expect(format('people {   }')).toBe('people {}\n');
        expect(format('')).toBe('');
        expect(format(' \n\n ')).toBe('');
    });

    it('keeps strings, dates and ids exactly, including a string over two lines', () => {
        const text = 'plan p-1 for anna_b {\n  reflection 2026-02-30 "two  spaces,\nand a line \\"quoted\\""\n}';
        expect(format(text)).toBe('plan p-1 for anna_b {\n    reflection 2026-02-30 "two  spaces,\nand a line \\"quoted\\""\n}\n');
    });

    it('never translates keywords: Dutch stays Dutch and a mixed file stays mixed', () => {
        const text = 'plan p voor piet { periode 2026-01-01 .. 2026-12-31 leerdoel g "t" { actie intervisie "x" elke maand status actief } gesprek 2026-06-30 with mark }';
        const out = format(text);
        expect(out).toContain('    periode 2026-01-01 .. 2026-12-31\n');
        expect(out).toContain('        actie intervisie "x" elke maand\n');
        expect(out).toContain('    gesprek 2026-06-30 with mark\n');
        expect(out).not.toMatch(/\b(period|goal|action|every|month|active|review)\b/);
    });

    it('does not break a line at a keyword used as a name or inside a line', () => {
        const text = 'people { person management "M" role "Lead" }\nplan p for management { goal g "t" { action feedback "x" due 2026-01-01 } }';
        const out = format(text);
        expect(out).toContain('    person management "M" role "Lead"\n');
        expect(out).toContain('        action feedback "x" due 2026-01-01\n');
    });
});

describe('formatPop: people as a table', () => {
    it('aligns the id and name columns of consecutive person lines, as the sketch does', () => {
        const text = 'people {\n person anna "Anna de Vries" role "Nurse"\n person mark "Mark Jansen" role "Team lead"\n  person pietje   "Piet"   role "Nurse" // new\n}\n';
        expect(format(text)).toBe('people {\n'
            + '    person anna   "Anna de Vries" role "Nurse"\n'
            + '    person mark   "Mark Jansen"   role "Team lead"\n'
            + '    person pietje "Piet"          role "Nurse" // new\n'
            + '}\n');
    });

    it('starts a new table after a blank line or a comment line, and pads names only before a role', () => {
        const text = 'people {\n person a "A" role "x"\n person bbb "B"\n\n person cc "C" role "y"\n // more\n person d "Dddd" role "z"\n}\n';
        expect(format(text)).toBe('people {\n'
            + '    person a   "A" role "x"\n'
            + '    person bbb "B"\n'
            + '\n'
            + '    person cc "C" role "y"\n'
            + '    // more\n'
            + '    person d "Dddd" role "z"\n'
            + '}\n');
    });

    it('lays out people written on one line the same way, and keeps that layout', () => {
        const once = format('people { person anna "Anna de Vries" role "Nurse" person mark "Mark Jansen" role "Team lead" }');
        expect(once).toBe('people {\n    person anna "Anna de Vries" role "Nurse"\n    person mark "Mark Jansen"   role "Team lead"\n}\n');
        expect(format(once)).toBe(once);
    });
});

describe('formatPop: the grammar', () => {
    it('knows every block of the grammar: each rule with `{ ... }` puts its children on lines of their own', () => {
        const withBraces = LeerplanGrammar().rules
            .filter(GrammarAST.isParserRule)
            .filter(rule => AstUtils.streamAllContents(rule).some(n => GrammarAST.isKeyword(n) && n.value === '{'))
            .map(rule => rule.name);
        expect(new Set([...withBraces, 'Document'])).toEqual(BLOCK_TYPES);
    });
});

describe('formatPop: comments', () => {
    it('keeps a comment at the end of its line, at its column when the code ends before it', () => {
        const text = 'plan p for a {\n  coach m            // who coaches\n  team t // short\n}\n';
        // `//` stood at column 21; `coach m` now ends at column 11, so ten spaces keep it there.
        expect(format(text)).toBe(`plan p for a {\n    coach m${' '.repeat(10)}// who coaches\n    team t // short\n}\n`);
    });

    it('puts one space before a comment on a line the formatter split or joined', () => {
        const text = 'plan p for a { goal g "t" { dimensions A                 // why\n  status    active          // aligned\n} }\n';
        expect(format(text)).toBe('plan p for a {\n    goal g "t" {\n        dimensions A // why\n        status active       // aligned\n    }\n}\n');
    });

    it('keeps a comment on its own line, indented like the line it stands above', () => {
        const text = 'plan p for a {\n// about the coach\ncoach m\n  goal g "t" {\n  dimensions A\n      // before the brace\n  }\n}\n// at the end\n';
        expect(format(text)).toBe('plan p for a {\n    // about the coach\n    coach m\n    goal g "t" {\n        dimensions A\n        // before the brace\n    }\n}\n// at the end\n');
    });

    it('keeps block comments: inline, in front of a line, and over several lines as written', () => {
        const text = '/* header */\nplan p for a {\n  /* first */ coach m /* inline */ team t\n      /* two\n         lines */\n}';
        expect(format(text)).toBe('/* header */\nplan p for a {\n    /* first */ coach m /* inline */\n    team t\n    /* two\n         lines */\n}\n');
    });

    it('puts the blank line between two goals above the comment that belongs to the second', () => {
        const text = 'plan p for a {\n    coach m\n    // the first goal\n    goal g "t" {}\n    // the second goal\n    goal h "t" {} // last\n    coach n\n}\n';
        expect(format(text)).toBe('plan p for a {\n    coach m\n    // the first goal\n    goal g "t" {}\n\n    // the second goal\n    goal h "t" {} // last\n    coach n\n}\n');
    });

    it('moves the next token to a new line after a line comment in the middle of a line', () => {
        const text = 'plan p for a {\n    coach // who?\n    m\n}\n';
        expect(format(text)).toBe('plan p for a {\n    coach // who?\n        m\n}\n');
    });
});

describe('formatPop: files', () => {
    it('keeps CRLF line ends and a byte-order mark', () => {
        const text = '\uFEFFplan p for a {\r\n  coach m\r\n\r\n\r\n  goal g "t" { status active }\r\n}';
        const out = format(text);
        expect(out).toBe('\uFEFFplan p for a {\r\n    coach m\r\n\r\n    goal g "t" {\r\n        status active\r\n    }\r\n}\r\n');
        expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    });

    it('refuses a text beyond the parser\'s size limit instead of emptying it', () => {
        const huge = 'people {\n' + '  person p "P"\n'.repeat(60_000) + '}\n';
        expect(formatPop(huge)).toEqual({ ok: false, reason: 'too-large' });
    });

    it('ends the file with exactly one line break', () => {
        expect(format('people {}')).toBe('people {}\n');
        expect(format('people {}\n\n\n\n')).toBe('people {}\n');
    });

    it('leaves a file that does not parse alone and says where', () => {
        const broken = 'plan p for a {\n    coach\n}\n';
        const result = formatPop(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) {
            expect(result.reason).toBe('does-not-parse');
            expect(result.line).toBe(3);
        }
        const unterminated = formatPop('plan p for a {\n    ambition "open\n}\n');
        expect(unterminated.ok).toBe(false);
        if (!unterminated.ok) expect(unterminated.line).toBe(2);
    });
});

describe('formatPop: sketch files and examples', () => {
    const sketch = sketchFiles();
    const examples = popFiles(EXAMPLES_DIR);

    it('leaves all three sketch files exactly as they are', () => {
        for (const name of ['anna-2026.pop', 'piet-2026.pop', 'organisation.pop']) expect(format(sketch[name]), name).toBe(sketch[name]);
    });

    it('is idempotent and keeps every token and comment on all of them', () => {
        const all = { ...sketch, ...examples };
        expect(Object.keys(all).length).toBeGreaterThanOrEqual(4);
        for (const [name, text] of Object.entries(all)) {
            const once = format(text);
            expect(format(once), name).toBe(once);
            expect(lexedItems(once).map(i => i.text), name).toEqual(lexedItems(text).map(i => i.text));
        }
    });

    it('changes no diagnostic: the same codes at the same tokens before and after', async () => {
        for (const files of [sketch, examples, oneLineVersions(sketch)]) {
            if (Object.keys(files).length === 0) continue;
            const formatted = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, format(text)]));
            const before = await checkWorkspace(files);
            const after = await checkWorkspace(formatted);
            for (const name of Object.keys(files)) {
                const mappedBefore = mapToItems(files[name], before.byFile[name]);
                const mappedAfter = mapToItems(formatted[name], after.byFile[name]);
                expect(mappedAfter, name).toEqual(mappedBefore);
                expect(mappedBefore.length, name).toBe(before.byFile[name].length);
            }
        }
    });
});

/** The files with their line comments dropped and all lines joined into one: an unusual layout. */
function oneLineVersions(files: Record<string, string>): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) {
        result[name] = text.split('\n').map(line => line.replace(/\/\/.*$/, '').trim()).filter(Boolean).join(' ');
    }
    return result;
}
