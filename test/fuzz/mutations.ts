import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { sketchFiles } from '../helpers/sketch.js';

/**
 * Random inputs for the fuzz properties: the example workspace and the design sketch
 * as seeds, mutated the way real edits and accidents mutate a file (lines deleted,
 * duplicated, swapped; tokens, quotes, braces, dates and odd characters inserted;
 * truncation, CRLF), and plain random token streams.
 */
export const REPO_ROOT = resolve(__dirname, '..', '..');
const EXAMPLES = join(REPO_ROOT, 'examples');

/** A workspace as `{ relative path: text }`. */
export type Files = Record<string, string>;

function readPopFiles(root: string): Files {
    const files: Files = {};
    const walk = (dir: string) => {
        if (!existsSync(dir)) return;
        for (const name of readdirSync(dir).sort()) {
            const path = join(dir, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.pop')) files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
        }
    };
    walk(root);
    return files;
}

/** A private file for the sketch's plan, so the sketch workspace has private text too. */
const SKETCH_PRIVATE = `private anna-2026 {
    reflection 2026-04-02 "I jump to solutions too quickly."
}
`;

/** The seed workspaces: the examples, and the sketch plus a private file. */
export function seedWorkspaces(): Files[] {
    const seeds = [readPopFiles(EXAMPLES)];
    return [...seeds, { ...sketchFiles(), 'anna-2026.private.pop': SKETCH_PRIVATE }];
}

/** Every keyword, English and Dutch, and the punctuation of the language. */
export const KEYWORDS = [
    'organisation', 'organisatie', 'framework', 'raamwerk', 'vision', 'visie', 'about', 'learning', 'over', 'leren',
    'developed-with', 'ontwikkeld-met', 'employees', 'medewerkers', 'representatives', 'management', 'ambition', 'ambitie',
    'supports', 'ondersteunt', 'people', 'mensen', 'person', 'persoon', 'role', 'rol', 'team', 'lead', 'leider', 'members',
    'leden', 'plan', 'for', 'voor', 'coach', 'period', 'periode', 'strengths', 'kwaliteiten', 'goal', 'leerdoel',
    'dimensions', 'dimensies', 'contributes', 'draagt-bij-aan', 'action', 'actie', 'from', 'van', 'to', 'tot', 'due',
    'uiterlijk', 'every', 'elk', 'elke', 'week', 'month', 'quarter', 'year', 'maand', 'kwartaal', 'jaar', 'on', 'op',
    'hours', 'uren', 'feedback', 'ask', 'vraag', 'give', 'geef', 'evidence', 'bewijs', 'status', 'planned', 'active',
    'done', 'dropped', 'gepland', 'actief', 'afgerond', 'gestopt', 'review', 'gesprek', 'with', 'met', 'reflection',
    'reflectie', 'private', 'privé', 'prive', 'dimension', 'dimensie', 'course', 'workshop', 'intervisie', '360-feedback',
];

const PUNCTUATION = ['{', '}', ',', '..', '.', '"', '\\', '"', '/*', '*/', '//', '\\"', '{}', '}}', '{{'];

const ODD = [
    '\u0000', '\uFFFD', '\uFEFF', '\u200B', '\u202E', '\u2028', '\u2029', '\r', '\n', '\r\n', '\t', '\u00A0', 'é', 'zoë',
    'ß', '日本語', '😀', '\uD800', '\uDC00', 'אבג', '\u0301', '\x7F', '\x1B[31m', '<script>', '</style>', '&amp;',
];

const DATES = ['2026-02-30', '2026-13-01', '0000-00-00', '0001-01-01', '9999-12-31', '2026-06-15', '2026-01-01', '1-2-3', '2026-1-1', '20260101',
    '99999999999999999999999', '0.000001', '1.5.5'];

const NAMES = ['anna', 'mark', 'piet', 'noor', 'joost', 'noor-2026', 'anna-2026', 'wound-care', 'exact', 'quality',
    'learning-at-work', 'ros2024', 'senge.SharedVision', 'Onderzoekscultuur', 'x', '_', 'a-', 'zoë', 'ID', 'missing-id'];

/** One token a user (or an accident) could type. */
export const tokenArb: fc.Arbitrary<string> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 2, arbitrary: fc.constantFrom(...DATES) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map(s => `"${s}"`) },
    { weight: 1, arbitrary: fc.nat({ max: 100_000 }).map(String) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    // Harmless edits, so that many mutated files still parse and the formatter's promises are tested on them.
    { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n\n', '\t', '\r\n', ' /* note */ ', '/**/', '// note\n', '\n// a line comment  \n') },
);

const SEPARATORS = [' ', ' ', ' ', '\n', '\n    ', '\r\n', '\t', '', '\n\n'];

/** A stream of random tokens with random whitespace between them. */
export const tokenStreamArb: fc.Arbitrary<string> = fc.array(
    fc.tuple(tokenArb, fc.constantFrom(...SEPARATORS)), { maxLength: 120 },
).map(parts => parts.map(([token, gap]) => token + gap).join(''));

/** One mutation of a text; positions are fractions, so one mutation fits any text. */
type Mutation =
    | { kind: 'delete-line' | 'duplicate-line'; at: number }
    | { kind: 'swap-lines'; at: number; other: number }
    | { kind: 'insert'; at: number; token: string }
    | { kind: 'delete-range'; at: number; length: number }
    | { kind: 'truncate'; at: number }
    | { kind: 'replace-word'; at: number; other: number }
    | { kind: 'delete-string' | 'delete-word'; at: number }
    | { kind: 'crlf' | 'cr-only' | 'strip-newlines' | 'bom' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at: fraction }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at: fraction, other: fraction }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, token: tokenArb }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete-range' as const), at: fraction, length: fc.nat({ max: 40 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
    // A word replaced by another word of the same text: keeps the file parsing more often than not,
    // and makes references point at the wrong kind of thing, ids collide, dates move.
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace-word' as const), at: fraction, other: fraction }) },
    // A text or a word left out: declarations without their title or id, as a half-typed line has them.
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete-string' as const, 'delete-word' as const), at: fraction }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('crlf' as const, 'cr-only' as const, 'strip-newlines' as const, 'bom' as const) }) },
);

export function applyMutation(text: string, m: Mutation): string {
    const lines = text.split('\n');
    const line = (f: number) => Math.floor(f * lines.length);
    const offset = (f: number) => Math.floor(f * (text.length + 1));
    switch (m.kind) {
        case 'delete-line': lines.splice(line(m.at), 1); return lines.join('\n');
        case 'duplicate-line': { const i = line(m.at); lines.splice(i, 0, lines[i]); return lines.join('\n'); }
        case 'swap-lines': { const i = line(m.at); const j = line(m.other); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
        case 'insert': { const at = offset(m.at); return text.slice(0, at) + m.token + text.slice(at); }
        case 'delete-range': { const at = offset(m.at); return text.slice(0, at) + text.slice(at + m.length); }
        case 'truncate': return text.slice(0, offset(m.at));
        case 'delete-string':
        case 'delete-word': {
            const pattern = m.kind === 'delete-string' ? /"(?:\\.|[^"\\])*"/g : /[\p{L}\p{N}_.-]+/gu;
            const found = [...text.matchAll(pattern)];
            if (found.length === 0) return text;
            const target = found[Math.floor(m.at * found.length)];
            return text.slice(0, target.index) + text.slice(target.index + target[0].length);
        }
        case 'replace-word': {
            const words = [...text.matchAll(/[\p{L}\p{N}_.-]+/gu)];
            if (words.length === 0) return text;
            const target = words[Math.floor(m.at * words.length)];
            const replacement = words[Math.floor(m.other * words.length)][0];
            return text.slice(0, target.index) + replacement + text.slice(target.index + target[0].length);
        }
        case 'crlf': return text.replace(/\r?\n/g, '\r\n');
        case 'cr-only': return text.replace(/\r?\n/g, '\r');
        case 'strip-newlines': return text.replace(/\r?\n/g, ' ');
        case 'bom': return '\uFEFF' + text;
    }
}

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 5 });

export function mutate(text: string, mutations: readonly Mutation[]): string {
    return mutations.reduce(applyMutation, text);
}

/**
 * A workspace to check: one of the seeds, with some of its files mutated and,
 * now and then, a file of random tokens added. Small (the organisation plus a few
 * other files) so that hundreds of inputs stay fast.
 */
export function workspaceArb(seeds: Files[]): fc.Arbitrary<Files> {
    return fc.record({
        seed: fc.nat({ max: seeds.length - 1 }),
        picks: fc.array(fraction, { minLength: 1, maxLength: 3 }),
        edits: fc.array(fc.tuple(fraction, mutationsArb), { minLength: 1, maxLength: 2 }),
        noise: fc.option(tokenStreamArb, { freq: 4 }),
    }).map(({ seed, picks, edits, noise }) => {
        const all = seeds[seed];
        const names = Object.keys(all);
        const organisation = names.find(n => n.endsWith('organisation.pop'));
        const chosen = new Set<string>(organisation ? [organisation] : []);
        for (const p of picks) chosen.add(names[Math.floor(p * names.length)]);
        const files: Files = {};
        for (const name of chosen) files[name] = all[name];
        const inWorkspace = [...chosen];
        for (const [which, mutations] of edits) {
            const name = inWorkspace[Math.floor(which * inWorkspace.length)];
            files[name] = mutate(files[name], mutations);
        }
        if (noise !== null) files['noise.pop'] = noise;
        return files;
    });
}

/** One text to fuzz on its own: a mutated seed file, or a random token stream. */
export function textArb(seeds: Files[]): fc.Arbitrary<string> {
    const texts = seeds.flatMap(s => Object.values(s));
    return fc.oneof(
        { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...texts), mutationsArb).map(([text, m]) => mutate(text, m)) },
        { weight: 1, arbitrary: fc.constantFrom(...texts) },
        { weight: 1, arbitrary: tokenStreamArb },
    );
}
