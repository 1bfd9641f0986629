import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringMatcher } from '../../language/src/parser/leerplan-token-builder.js';
import { checkProperty, fuzzRuns } from './fuzz-budget.js';

/**
 * The linear-time STRING matcher gives exactly what the grammar's regex gives, at every
 * offset of every text, whatever order the offsets are tried in. The texts are built
 * from the characters that matter: quotes, backslashes, line terminators.
 */
const GRAMMAR_STRING = /"(\\.|[^"\\])*"/y;

function regexMatch(text: string, offset: number): string | null {
    GRAMMAR_STRING.lastIndex = offset;
    return GRAMMAR_STRING.exec(text)?.[0] ?? null;
}

const textArb = fc.array(fc.constantFrom('"', '\\', '\n', '\r', '\u2028', 'a', ' ', 'é', '\\"', '""'), { maxLength: 40 }).map(parts => parts.join(''));

describe('fuzz: the STRING matcher equals the grammar regex', () => {
    const runs = fuzzRuns(2000, 0.5);
    it(`same match at every offset, in order and out of order (${runs} texts)`, async () => {
        await checkProperty('STRING matcher against the regex', fc.property(textArb, fc.array(fc.nat(), { maxLength: 20 }), (text, shuffled) => {
            const inOrder = stringMatcher();
            for (let offset = 0; offset <= text.length; offset++) {
                expect(inOrder(text, offset, [], {})?.[0] ?? null).toBe(regexMatch(text, offset));
            }
            const anyOrder = stringMatcher();
            for (const n of shuffled) {
                const offset = n % (text.length + 1);
                expect(anyOrder(text, offset, [], {})?.[0] ?? null).toBe(regexMatch(text, offset));
            }
        }), runs);
    });

    it('a text full of escaped quotes is lexed in linear time: every attempt after the first failed one ends at once', () => {
        const text = 'x \\" y '.repeat(100_000);
        const matcher = stringMatcher();
        let attempts = 0;
        for (let offset = 0; offset < text.length; offset++) {
            if (text[offset] === '"') {
                attempts++;
                expect(matcher(text, offset, [], {})).toBeNull();
            }
        }
        expect(attempts).toBe(100_000);
    });
});
