import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
    BROKEN, CORPUS_DIR, EXPECTATIONS, checkFolder, corpusFigures, describeEntry, folders, matches, popFiles,
    type CheckedFolder, type Entry,
} from './corpus-check.js';

/**
 * The corpus of real published plans (issue 15 point 4): every file parses, and the
 * checker agrees with what a coach wrote down before it ran (expectations.json):
 * the codes a coach expects appear, the false alarms do not. Where a rule is not yet
 * what a coach expects (issue 16), the entry stands in KNOWN_GAPS_FOR_ISSUE_16 and the
 * test asserts that the gap is still there, so that fixing a rule forces the entry out.
 */

/** An expectation the rules of today do not meet yet; fixing the rule (not the case) removes the line. */
interface KnownGap {
    folder: string;
    kind: 'expected' | 'falseAlarm';
    code: string;
    at?: string;
    role?: string;
    /** What the rule does today and what a coach needs of it. */
    gap: string;
}


/** Emptied by issue 16: each entry is a diagnostic a coach disagrees with. */
export const KNOWN_GAPS_FOR_ISSUE_16: KnownGap[] = [];

function gapFor(folder: string, kind: KnownGap['kind'], entry: Entry): KnownGap | undefined {
    return KNOWN_GAPS_FOR_ISSUE_16.find(gap => gap.folder === folder && gap.kind === kind
        && gap.code === entry.code && gap.at === entry.at && gap.role === entry.role);
}

describe('the corpus of real plans', () => {
    it('has at least 12 sources from at least 5 sectors, at least 5 with Dutch keywords, each with its address', () => {
        const sources = Object.values(EXPECTATIONS.sources);
        expect(sources.length).toBeGreaterThanOrEqual(12);
        expect(new Set(sources.map(s => s.sector)).size).toBeGreaterThanOrEqual(5);
        expect(sources.filter(s => s.keywords === 'nl').length).toBeGreaterThanOrEqual(5);
        for (const s of sources) expect(s.source).toMatch(/^https?:\/\//);
        expect(folders()).toEqual(Object.keys(EXPECTATIONS.sources).sort());
    });

    it('starts every file with a comment naming its source address and what it still cannot say', () => {
        for (const folder of folders()) {
            for (const [name, text] of Object.entries(popFiles(join(CORPUS_DIR, folder)))) {
                const header = text.split(/\r?\n/).filter((_, i, lines) => lines.slice(0, i + 1).every(l => l.startsWith('//'))).join('\n');
                expect(header, `${folder}/${name}`).toMatch(/^\/\/ (Source|Bron): \S*https?:\/\//);
                expect(header, `${folder}/${name}`).toMatch(/Still cannot be said|Nog niet uit te drukken/);
            }
        }
    });

    it('keeps every expectation to a code and a reason, and every known gap to an expectation', () => {
        for (const [folder, source] of Object.entries(EXPECTATIONS.sources)) {
            for (const entry of [...source.expected, ...source.unhelpful, ...source.falseAlarms]) {
                expect(entry.code, folder).toMatch(/^[a-z-]+$/);
                expect(entry.why.length, describeEntry(folder, entry)).toBeGreaterThan(10);
            }
        }
        for (const gap of KNOWN_GAPS_FOR_ISSUE_16) {
            const source = EXPECTATIONS.sources[gap.folder];
            const list = gap.kind === 'expected' ? source.expected : source.falseAlarms;
            expect(list.some(e => e.code === gap.code && e.at === gap.at && e.role === gap.role), describeEntry(gap.folder, gap)).toBe(true);
        }
    });

    for (const folder of folders()) {
        describe(folder, () => {
            let checked: CheckedFolder;
            beforeAll(async () => {
                checked = await checkFolder(folder);
            });

            it('parses, links and declares every id once', () => {
                const broken = checked.found.filter(f => BROKEN.includes(f.code));
                expect(broken.map(f => `${f.file}:${f.line} ${f.code}`)).toEqual([]);
            });

            it('reports what a coach expects', () => {
                const missing: string[] = [];
                const fixed: string[] = [];
                for (const entry of EXPECTATIONS.sources[folder].expected) {
                    const present = checked.found.some(f => matches(f, entry));
                    const gap = gapFor(folder, 'expected', entry);
                    if (gap && present) fixed.push(`known gap fixed, remove it from KNOWN_GAPS_FOR_ISSUE_16: ${describeEntry(folder, entry)}`);
                    else if (!gap && !present) missing.push(describeEntry(folder, entry));
                }
                expect(fixed).toEqual([]);
                expect(missing).toEqual([]);
            });

            it('has a coach\'s judgement for every diagnostic it reports', () => {
                const { expected, unhelpful, falseAlarms } = EXPECTATIONS.sources[folder];
                const judged = [...expected, ...unhelpful, ...falseAlarms];
                const unjudged = checked.found.filter(f => !BROKEN.includes(f.code) && !judged.some(entry => matches(f, entry)));
                expect(unjudged.map(f => `${f.file}:${f.line} ${f.code}${f.at ? ` at ${f.at}` : ''}${f.role ? ` (${f.role})` : ''}: judge it in expectations.json`)).toEqual([]);
            });

            it('reports none of the false alarms', () => {
                const raised: string[] = [];
                const fixed: string[] = [];
                for (const entry of EXPECTATIONS.sources[folder].falseAlarms) {
                    const hits = checked.found.filter(f => matches(f, entry));
                    const gap = gapFor(folder, 'falseAlarm', entry);
                    if (gap && hits.length === 0) fixed.push(`known gap fixed, remove it from KNOWN_GAPS_FOR_ISSUE_16: ${describeEntry(folder, entry)}`);
                    else if (!gap) raised.push(...hits.map(f => `${describeEntry(folder, entry)} (${f.file}:${f.line})`));
                }
                expect(fixed).toEqual([]);
                expect(raised).toEqual([]);
            });
        });
    }

    it('has its measured precision in the README, for the whole corpus and for the part-1 sources: diagnostics per goal, the share right and the false alarms', async () => {
        const readme = readFileSync(join(CORPUS_DIR, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
        const partOne = Object.values(EXPECTATIONS.sources).filter(s => s.issue === 15).length;
        expect(partOne).toBe(16);
        for (const issue of [undefined, 15] as const) {
            const figures = await corpusFigures(issue);
            expect(figures.unjudged).toBe(0);
            const percent = (n: number) => `${(100 * n / figures.diagnostics).toFixed(1)}%`;
            expect(readme).toContain(`${figures.diagnostics} diagnostics on ${figures.goals} goals (${(figures.diagnostics / figures.goals).toFixed(2)} per goal)`);
            expect(readme).toContain(`${figures.right} right (${percent(figures.right)}), ${figures.unhelpful} unhelpful (${percent(figures.unhelpful)}), ${figures.falseAlarms} false alarm${figures.falseAlarms === 1 ? '' : 's'} (${percent(figures.falseAlarms)})`);
        }
    });
});
