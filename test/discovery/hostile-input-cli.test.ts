import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPlan, ORGANISATION, runInProcess, type JsonReport } from '../cli/cli-harness.js';
import { runCli } from '../hostile/hostile-files.js';
import { git, makeRoot, NOBODY, removeRoot, RUNNING_AS_ROOT, sparseFile, writeFile } from './discovery-fixture.js';

/**
 * Hostile `.gitignore` lines, files too large to read and files and folders that cannot be
 * read, in the CLI: linear matching, the rest of an ignore file applying, refusal by size
 * without reading, and `check` failing (exit 2) instead of passing silently.
 */
let root: string;
beforeAll(() => {
    root = makeRoot('leerplan-hostile-discovery-');
});
afterAll(() => removeRoot(root));

/** A workspace with the organisation, a plan, a private file and `files`. */
function workspace(name: string, files: Record<string, string>): string {
    const ws = join(root, name);
    writeFile(ws, 'leerplan.json', JSON.stringify({ today: '2026-06-15' }));
    writeFile(ws, 'organisation.pop', ORGANISATION);
    writeFile(ws, 'plans/anna-2026.pop', cleanPlan());
    writeFile(ws, 'plans/anna-2026.private.pop', 'private anna-2026 {\n    reflection 2026-05-01 "Mine."\n}\n');
    for (const [path, text] of Object.entries(files)) writeFile(ws, path, text);
    return ws;
}

async function files(ws: string): Promise<{ code: number; files: number; stderr: string; report: JsonReport }> {
    const run = await runInProcess(['check', '--format', 'json'], { cwd: ws });
    const report = JSON.parse(run.stdout) as JsonReport;
    return { code: run.code, files: report.files, stderr: run.stderr, report };
}

describe.each([['outside a Git repository', false], ['inside a Git repository', true]])('hostile .gitignore lines %s', (_name, inRepository) => {
    const prepare = (name: string, files: Record<string, string>) => {
        const ws = workspace(`${name}-${inRepository ? 'git' : 'plain'}`, files);
        if (inRepository) expect(git(ws, 'init', '-q').code).toBe(0);
        return ws;
    };

    it('a backtracking pattern beside a file named with 40 a\'s: checked at once, the file found', async () => {
        const ws = prepare('backtracking', { '.gitignore': '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n*.private.pop\n', [`plans/${'a'.repeat(40)}.pop`]: cleanPlan({ name: 'a-2026' }) });
        const result = await files(ws);
        expect(result.files).toBe(3);
        expect(result.report.diagnostics.map(d => d.file)).not.toContain('plans/anna-2026.private.pop');
    });

    it('a line JavaScript cannot take as a regular expression ([z-a]) drops nothing: *.private.pop still applies', async () => {
        const ws = prepare('reversed-range', { '.gitignore': '[z-a].tmp\n*.private.pop\n' });
        expect((await files(ws)).files).toBe(2);
    });

    it('lines that cannot be used are reported with their place, and the other lines apply', async () => {
        const ws = prepare('unusable', { '.gitignore': `${'x'.repeat(2000)}\n*.private.pop\na/**/b/**/c.pop\n` });
        const result = await files(ws);
        expect(result.files).toBe(2);
        expect(result.stderr).toContain('leerplan: .gitignore:1: ignore pattern not used: longer than 1024 characters; the other lines apply\n');
        expect(result.stderr).toContain("leerplan: .gitignore:3: ignore pattern not used: more than one '**' between slashes is too slow to match outside a Git repository (Git applies it inside one); the other lines apply\n");
        expect(result.code).toBe(0);
    });
});

describe('a file over the size limit is refused by its size, unread', () => {
    it('a 600 MB file: one parse-error that names its size, the rest checked, at once', async () => {
        const ws = workspace('huge', {});
        sparseFile(join(ws, 'plans', 'huge.pop'), 600 * 1024 * 1024);
        const result = await files(ws);
        expect(result.code).toBe(1);
        expect(result.files).toBe(4);
        expect(result.report.diagnostics.filter(d => d.file === 'plans/huge.pop')).toEqual([expect.objectContaining({
            line: 1, column: 1, code: 'parse-error', severity: 'error',
            message: expect.stringContaining('the file is too large to check (600.0 MB; the limit is 2 MB and 50000 lines); it was not read'),
        })]);
        expect(result.report.diagnostics.filter(d => d.file !== 'plans/huge.pop' && d.severity === 'error')).toEqual([]);
        const fmt = await runInProcess(['fmt', '--check', 'plans/huge.pop'], { cwd: ws });
        expect(fmt.stderr).toContain('plans/huge.pop: not formatted: too large to be a plan');
    });
});

describe('unreadable files and folders fail the check (exit 2), named, the rest still checked', () => {
    // chmod 000 does not stop root: as root, the bundled CLI runs as user `nobody`.
    const as = RUNNING_AS_ROOT ? { uid: NOBODY } : {};

    it('an unreadable file and an unreadable folder', () => {
        const ws = workspace('unreadable', { 'plans/locked/bob-2026.pop': cleanPlan({ name: 'bob-2026' }) });
        chmodSync(join(ws, 'plans', 'anna-2026.pop'), 0o000);
        chmodSync(join(ws, 'plans', 'locked'), 0o000);
        const run = runCli(['check', '--format', 'json'], ws, as);
        expect(run.code).toBe(2);
        expect(JSON.parse(run.stdout).files).toBe(2);
        expect(run.stderr).toContain("leerplan: cannot read folder 'plans/locked': permission denied\n");
        expect(run.stderr).toContain("leerplan: cannot read 'plans/anna-2026.pop': permission denied\n");
        const dutch = runCli(['check', '--lang', 'nl'], ws, as);
        expect(dutch.code).toBe(2);
        expect(dutch.stderr).toContain("leerplan: kan map 'plans/locked' niet lezen: geen toegang\n");
        const summary = runCli(['summary', '--format', 'json'], ws, as);
        expect(summary.code).toBe(2);
        expect(summary.stdout).toBe('');
    });
});
