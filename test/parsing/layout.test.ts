import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, onOneLine, PARSING_FIXTURES, rangeText, readPopFolder, sayings, SKETCH_DIR } from './parse-helpers.js';

/** Line breaks, indentation, line ends and a byte-order mark carry no meaning. */
const WORKSPACES: Record<string, () => Record<string, string>> = {
    'the English reference workspace': () => readPopFolder(join(PARSING_FIXTURES, 'en')),
    'the Dutch reference workspace': () => readPopFolder(join(PARSING_FIXTURES, 'nl')),
    'the sketch': () => readPopFolder(SKETCH_DIR),
};

function mapFiles(files: Record<string, string>, change: (text: string) => string): Record<string, string> {
    return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, change(text)]));
}

describe('layout carries no meaning', () => {
    for (const [name, read] of Object.entries(WORKSPACES)) {
        it(`${name} on one line per file gives the same diagnostics, all on that line`, async () => {
            const files = read();
            const formatted = await checkFiles(files);
            const flat = await checkFiles(mapFiles(files, onOneLine));
            let count = 0;
            for (const file of Object.keys(files)) {
                expect(sayings(flat[file].diagnostics), file).toEqual(sayings(formatted[file].diagnostics));
                for (const d of flat[file].diagnostics) expect(d.range.start.line, `${file} ${String(d.code)}`).toBe(0);
                count += formatted[file].diagnostics.length;
            }
            expect(count).toBeGreaterThan(0);
        });

        it(`${name} with CRLF line ends gives the same diagnostics at the same ranges`, async () => {
            const files = read();
            const lf = await checkFiles(files);
            const crlf = await checkFiles(mapFiles(files, t => t.replace(/\r?\n/g, '\r\n')));
            for (const file of Object.keys(files)) {
                expect(crlf[file].diagnostics.map(d => `${String(d.code)} ${rangeText(d)}`), file)
                    .toEqual(lf[file].diagnostics.map(d => `${String(d.code)} ${rangeText(d)}`));
            }
        });

        it(`${name} indented with tabs gives the same diagnostics on the same lines`, async () => {
            const files = read();
            const spaces = await checkFiles(files);
            const tabs = await checkFiles(mapFiles(files, t => t.replace(/^((?: {4})+)/gm, m => '\t'.repeat(m.length / 4))));
            for (const file of Object.keys(files)) {
                expect(tabs[file].diagnostics.map(d => `${String(d.code)} ${d.range.start.line}`), file)
                    .toEqual(spaces[file].diagnostics.map(d => `${String(d.code)} ${d.range.start.line}`));
            }
        });

        it(`${name} with a byte-order mark gives the same diagnostics`, async () => {
            const files = read();
            const plain = await checkFiles(files);
            const bom = await checkFiles(mapFiles(files, t => '\uFEFF' + t));
            for (const file of Object.keys(files)) {
                expect(sayings(bom[file].diagnostics), file).toEqual(sayings(plain[file].diagnostics));
                expect(bom[file].diagnostics.map(d => d.range.start.line)).toEqual(plain[file].diagnostics.map(d => d.range.start.line));
            }
        });
    }

    it('reads a goal on one line like the same goal over several lines', async () => {
        const lines = 'plan p for anna {\n    coach mark\n    goal g "G" {\n        due 2026-03-31\n        status active\n    }\n}\n';
        const one = 'plan p for anna { coach mark goal g "G" { due 2026-03-31 status active } }';
        const people = 'people { person anna "Anna" person mark "Mark" }';
        const a = await checkFiles({ 'p.pop': lines, 'people.pop': people });
        const b = await checkFiles({ 'p.pop': one, 'people.pop': people });
        expect(sayings(b['p.pop'].diagnostics)).toEqual(sayings(a['p.pop'].diagnostics));
        expect(sayings(a['p.pop'].diagnostics)).toContain("overdue: Goal 'g' was due on 2026-03-31 and is still active: set its status to 'done' or 'dropped', or choose a new due date.");
    });

    it('lets lines inside a block come in any order', async () => {
        const people = 'people { person anna "Anna" person mark "Mark" }';
        const a = await checkFiles({ 'p.pop': 'plan p for anna { coach mark period 2026-01-01 .. 2026-12-31 goal g "G" { due 2027-01-01 status active } }', 'people.pop': people });
        const b = await checkFiles({ 'p.pop': 'plan p for anna { goal g "G" { status active due 2027-01-01 } period 2026-01-01 .. 2026-12-31 coach mark }', 'people.pop': people });
        expect(sayings(b['p.pop'].diagnostics)).toEqual(sayings(a['p.pop'].diagnostics));
        expect(b['p.pop'].diagnostics.map(d => d.code)).toContain('due-outside-period');
    });

    it('reads a `due` right after a moment-less feedback or an action\'s hours as their moment (no line sense)', async () => {
        // The grammar is free of line breaks, so `feedback ask mark "Q"` followed by `due D` on the next
        // line is one feedback entry with a due moment, and the goal has no due date of its own.
        const checked = await checkFiles({
            'people.pop': 'people { person anna "Anna" person mark "Mark" }',
            'p.pop': 'plan p for anna {\n    coach mark\n    goal g "G" {\n        feedback ask mark "Q"\n        due 2026-03-31\n    }\n}\n',
        });
        const codes = checked['p.pop'].diagnostics.map(d => d.code);
        expect(codes).toContain('goal-without-due');
        expect(codes).not.toContain('feedback-without-moment');
    });
});
