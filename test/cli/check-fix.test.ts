import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ORGANISATION, cleanPlan, makeWorkspace, removeWorkspace, runInProcess, snapshotFiles, type JsonReport } from './cli-harness.js';

/**
 * `leerplan check --fix`: the safe fixes of the editor's "Fix all" (the same code,
 * `language/src/fixes/`), written to disk, then the usual report of what is left.
 * Nothing that needs a decision is changed.
 */
const roots: string[] = [];
afterEach(() => {
    for (const root of roots.splice(0)) removeWorkspace(root);
});

function workspace(files: Record<string, string | Uint8Array>, repo = false): string {
    const root = makeWorkspace(files);
    roots.push(root);
    if (repo) {
        const env = { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org' };
        for (const args of [['init', '-q'], ['add', '.'], ['commit', '-q', '-m', 'plans']]) spawnSync('git', ['-C', root, ...args], { env });
    }
    return root;
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

describe('leerplan check --fix', () => {
    it('translates stray keywords, writes a name in its own case and moves private reflections out of Git, then reports the rest', async () => {
        const messy = cleanPlan({ planExtra: '\n    reflection 2026-05-01 private "Only for me."' })
            .replace('    coach mark\n', '    coach Mark\n').replace('    period 2026', '    periode 2026');
        const root = workspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': messy }, true);
        const before = JSON.parse((await runInProcess(['check', '--format', 'json'], { cwd: root })).stdout) as JsonReport;
        // The coach written 'Mark' is a link-error until --fix writes 'mark' (no-review does not repeat it).
        expect(before.diagnostics.map(d => d.code).sort()).toEqual(['link-error', 'mixed-keyword-language', 'private-in-tracked-file']);

        const run = await runInProcess(['check', '--fix', '--format', 'json'], { cwd: root });
        expect(run.stderr).toBe('leerplan: fixed 3 problems (.gitignore, anna-2026.pop, anna-2026.private.pop)\n');
        expect(run.code).toBe(0);
        expect((JSON.parse(run.stdout) as JsonReport).diagnostics).toEqual([]);
        expect(read(root, 'anna-2026.pop')).toBe(cleanPlan());
        expect(read(root, 'anna-2026.private.pop')).toBe('private anna-2026 {\n    reflection 2026-05-01 "Only for me."\n}\n');
        expect(read(root, '.gitignore')).toBe('*.private.pop\n');
    });

    it('changes nothing that needs a decision, and says so', async () => {
        const root = workspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': cleanPlan().replace('        feedback ask mark "Observe one talk" every quarter\n', '') });
        const snapshot = snapshotFiles(root);
        const run = await runInProcess(['check', '--fix'], { cwd: root });
        expect(run.stderr).toBe('leerplan: nothing to fix safely\n');
        expect(run.stdout).toContain('goal-without-feedback');
        expect(snapshotFiles(root)).toEqual(snapshot);
    });

    it('keeps a byte-order mark and speaks Dutch with --lang nl', async () => {
        const dutch = cleanPlan().replace('    review 2026-06-30 with mark', '    gesprek 2026-06-30 met mark');
        const root = workspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': '\ufeff' + dutch });
        const run = await runInProcess(['check', '--fix', '--lang', 'nl'], { cwd: root });
        expect(run.stderr).toBe('leerplan: 1 probleem opgelost (anna-2026.pop)\n');
        expect(readFileSync(join(root, 'anna-2026.pop'), 'utf8')).toBe('\ufeff' + cleanPlan());
    });

    it('cannot be combined with --staged', async () => {
        const root = workspace({ 'organisation.pop': ORGANISATION });
        const run = await runInProcess(['check', '--fix', '--staged'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('--fix');
    });
});
