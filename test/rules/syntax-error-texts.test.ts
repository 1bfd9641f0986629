import { describe, expect, it } from 'vitest';
import { FOUND_KINDS, SYNTAX_ERROR_TEXTS, TOKEN_WORDS } from '../../language/src/rules/syntax-error-texts.js';

const SAMPLE = { mb: '2.5', lines: 60000, maxMb: 2, maxLines: 50000, codePoint: 'U+0000', char: '-', inDate: true, oneOf: true, what: "'goal'", found: 'a name', word: 'feedbak', keyword: 'feedback', action: 'action', forms: ['practice', 'coaching', 'reading'], right: 'every 2 weeks', every: 'every', due: 'due', on: 'on', year: '2026' };

describe('the syntax-error texts', () => {
    it.each(Object.entries(SYNTAX_ERROR_TEXTS))('%s is in English and Dutch, and the two differ', (_key, text) => {
        const call = (f: (a: typeof SAMPLE) => string) => f(SAMPLE);
        const en = call(text.en as (a: typeof SAMPLE) => string);
        const nl = call(text.nl as (a: typeof SAMPLE) => string);
        expect(en.length).toBeGreaterThan(5);
        expect(nl.length).toBeGreaterThan(5);
        expect(nl).not.toBe(en);
    });

    it('names every kind of token in both languages', () => {
        for (const table of [TOKEN_WORDS, FOUND_KINDS]) {
            for (const [kind, words] of Object.entries(table)) {
                expect(words.en, kind).toBeTruthy();
                expect(words.nl, kind).toBeTruthy();
                expect(words.nl, kind).not.toBe(words.en);
            }
        }
    });
});
