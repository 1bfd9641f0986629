import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPop } from '../../language/src/formatting/format-text.js';
import { SKETCH_DIR } from '../helpers/sketch.js';
import { lexedItems } from './format-helpers.js';

const SOURCES = [SKETCH_DIR, join(__dirname, '..', '..', 'examples')];

function popTexts(): string[] {
    const texts: string[] = [];
    const walk = (dir: string) => {
        if (!existsSync(dir)) return;
        for (const name of readdirSync(dir)) {
            const path = join(dir, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.pop')) texts.push(readFileSync(path, 'utf8'));
        }
    };
    SOURCES.forEach(walk);
    return texts;
}

const GAPS = [' ', '  ', '\t', '\n', '\n\n\n', ' \n    ', '\r\n', '\n\t\t', ' /* note */ ', '  // note \n', '\n/* two\n   lines */\n', '\n\n// own line\n\n'];

/** `text` with the whitespace between its tokens and comments replaced by `gaps` (a line comment keeps a line break after it). */
function relayout(text: string, gaps: number[]): string {
    const items = lexedItems(text);
    let out = '';
    items.forEach((item, i) => {
        out += item.text;
        if (i === items.length - 1) return;
        const gap = GAPS[gaps[i % gaps.length]];
        out += item.text.startsWith('//') && !gap.includes('\n') ? '\n' : gap;
    });
    return out;
}

describe('formatPop on any layout of the sketch files and examples', () => {
    const texts = popTexts();

    it('formats, is idempotent and keeps every token and comment in order', () => {
        expect(texts.length).toBeGreaterThanOrEqual(3);
        fc.assert(fc.property(
            fc.integer({ min: 0, max: texts.length - 1 }),
            fc.array(fc.integer({ min: 0, max: GAPS.length - 1 }), { minLength: 1, maxLength: 40 }),
            (which, gaps) => {
                const messy = relayout(texts[which], gaps);
                const once = formatPop(messy);
                expect(once.ok).toBe(true);
                if (!once.ok) return;
                const twice = formatPop(once.text);
                expect(twice.ok && twice.text).toBe(once.text);
                // (A line comment loses the spaces at its end, which the lexer counts as part of it.)
                const itemTexts = (t: string) => lexedItems(t).map(i => i.text.startsWith('//') ? i.text.trimEnd() : i.text);
                expect(itemTexts(once.text)).toEqual(itemTexts(messy));
                // Layout rules that hold for every result: no tab, no trailing space, indentation in fours.
                for (const line of once.text.split('\n')) {
                    if (/^\s*("|\S+\s*\*\/)/.test(line)) continue; // inside a multi-line string or block comment
                    expect(line).not.toMatch(/[ \t]$/);
                    expect(/^ */.exec(line)![0].length % 4).toBe(0);
                }
                expect(once.text.endsWith('\n')).toBe(true);
                expect(once.text).not.toMatch(/\n\n\n/);
            },
        ), { numRuns: 150, seed: 20260601 });
    });
});
