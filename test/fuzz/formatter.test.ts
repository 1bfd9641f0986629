import { EmptyFileSystem } from 'langium';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { formatPop } from '../../language/src/formatting/format-text.js';
import type { SizedParseResult } from '../../language/src/parser/size-limited-parser.js';
import { mapToItems } from '../formatting/format-helpers.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from './fuzz-budget.js';
import { seedWorkspaces, textArb } from './mutations.js';
import { checkFiles } from './workspace-check.js';

/**
 * `fmt` on mutated files: it never throws; a file that parses is formatted (never
 * refused), formatting the result changes nothing, the diagnostics are the same
 * (same codes about the same tokens), and every comment is still there, word for word.
 * A file that does not parse is left alone (`ok: false`), never half-formatted.
 */
const seeds = seedWorkspaces();
const parser = createLeerplanCoreServices(EmptyFileSystem).Leerplan.parser;

/** No lexer or parser error, and not refused whole (a binary file, a file too large). */
function parses(text: string): boolean {
    const result = parser.LangiumParser.parse(text.replace(/^\uFEFF/, '')) as SizedParseResult;
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0 && !result.unparsable && !result.tooLarge;
}

/** The comments of a text, sorted; a line comment without the spaces at its end (the formatter trims those). */
function comments(text: string): string[] {
    const lexed = parser.Lexer.tokenize(text.replace(/^\uFEFF/, ''));
    return (lexed.hidden ?? [])
        .filter(t => t.tokenType.name === 'SL_COMMENT' || t.tokenType.name === 'ML_COMMENT')
        .map(t => (t.tokenType.name === 'SL_COMMENT' ? t.image.trimEnd() : t.image))
        .sort();
}

describe('fuzz: formatting mutated files', () => {
    const runs = fuzzRuns(400);
    let parsed = 0;
    it(`never throws; on every file that parses it is idempotent and keeps meaning and comments (${runs} files)`, async () => {
        const organisation = seeds[0]['organisation.pop'] ?? '';
        await checkProperty('formatter on mutated files', fc.asyncProperty(textArb(seeds), async text => {
            const once = formatPop(text);
            if (!parses(text)) {
                expect(once.ok).toBe(false);
                return;
            }
            parsed++;
            expect(once).toMatchObject({ ok: true });
            if (!once.ok) return;
            const twice = formatPop(once.text);
            expect(twice).toEqual({ ok: true, text: once.text });
            expect(parses(once.text)).toBe(true);
            expect(comments(once.text)).toEqual(comments(text));
            const before = await checkFiles({ 'organisation.pop': organisation, 'x.pop': text });
            const beforeItems = before.names.map((name, i) => mapToItems(name === 'x.pop' ? text : organisation, before.diagnostics[i]));
            const after = await checkFiles({ 'organisation.pop': organisation, 'x.pop': once.text });
            const afterItems = after.names.map((name, i) => mapToItems(name === 'x.pop' ? once.text : organisation, after.diagnostics[i]));
            expect(afterItems).toEqual(beforeItems);
        }), runs);
        console.log(`[fuzz] formatter: ${parsed} of ${runs} inputs parsed and were checked for idempotence, meaning and comments`);
        expect(parsed).toBeGreaterThan(0);
    }, fuzzTimeout(runs, 40));
});
