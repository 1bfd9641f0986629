import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { formatPop } from '../../language/src/formatting/format-text.js';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { keywordTokens } from '../../language/src/syntax/keyword-tokens.js';
import { PARSING_FIXTURES, onOneLine, readPopFolder } from '../parsing/parse-helpers.js';
import { lexedItems } from './format-helpers.js';

/** The formatter on the second edition of the language (design/language-v2.md). */
const SECOND = join(PARSING_FIXTURES, 'second-edition');
const parser = createLeerplanCoreServices(EmptyFileSystem).Leerplan.parser.LangiumParser;

function format(text: string): string {
    const result = formatPop(text);
    if (!result.ok) throw new Error(`did not format: ${result.reason} at ${result.line}:${result.column}`);
    return result.text;
}

const fixtures = (): Record<string, string> => Object.fromEntries(['en', 'nl', 'example'].flatMap(folder =>
    Object.entries(readPopFolder(join(SECOND, folder))).map(([name, text]) => [`${folder}/${name}`, text])));

const keywordsOf = (text: string) => keywordTokens(parser.parse(text).value).map(t => `${t.text}:${t.lang ?? '-'}`);

describe('formatPop on the second edition', () => {
    it('leaves the second-edition fixtures as they are written (they are formatted)', () => {
        // The normative example is kept exactly as language-v2.md prints it, without the blank line `fmt` puts between goals.
        const all = fixtures();
        const example = all['example/mila-2026.pop'];
        delete all['example/mila-2026.pop'];
        for (const [name, text] of Object.entries(all)) expect(format(text), name).toBe(text);
        expect(format(example)).toBe(example.replace('    }\n    goal own-house', '    }\n\n    goal own-house'));
    });

    it('lays each new form out again from one line: idempotent, every token kept, keywords in the language written', () => {
        for (const [name, text] of Object.entries(fixtures())) {
            const oneLine = onOneLine(text);
            const once = format(oneLine);
            expect(format(once), name).toBe(once);
            expect(lexedItems(once).map(i => i.text), name).toEqual(lexedItems(oneLine).map(i => i.text));
            expect(keywordsOf(once), name).toEqual(keywordsOf(text));
            expect(parser.parse(once).parserErrors, name).toEqual([]);
        }
    });

    it('puts each new line of a goal, a team and a plan on a line of its own', () => {
        const text = 'team t "T" { lead a action retrospective "Retro" every 2 weeks feedback ask external "parents" "Q?" in 2026-Q2 } '
            + 'plan p for a { period 2026-09-01..2027-07-31 goal g "G" persoonlijk { waarom "W" niveau 2->4 bewijs "A" bewijs "B" uiterlijk binnen 3 maanden '
            + 'feedback ontvangen extern "ouders" op 2026-11-20 "Rustiger." privé } gesprek elk kwartaal met a reflectie na "elk lesbezoek" "R" reflectie "S" }';
        expect(format(text)).toBe([
            'team t "T" {',
            '    lead a',
            '    action retrospective "Retro" every 2 weeks',
            '    feedback ask external "parents" "Q?" in 2026-Q2',
            '}',
            '',
            'plan p for a {',
            '    period 2026-09-01 .. 2027-07-31',
            '',
            '    goal g "G" persoonlijk {',
            '        waarom "W"',
            '        niveau 2 -> 4',
            '        bewijs "A"',
            '        bewijs "B"',
            '        uiterlijk binnen 3 maanden',
            '        feedback ontvangen extern "ouders" op 2026-11-20 "Rustiger." privé',
            '    }',
            '',
            '    gesprek elk kwartaal met a',
            '    reflectie na "elk lesbezoek" "R"',
            '    reflectie "S"',
            '}',
            '',
        ].join('\n'));
    });
});
