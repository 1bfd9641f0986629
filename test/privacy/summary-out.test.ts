import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess, snapshotFiles } from '../cli/cli-harness.js';
import { canariesIn, removeWorkspace, writePrivacyWorkspace } from './privacy-fixture.js';

/**
 * `leerplan summary --out FILE` writes that one file and nothing else: the folder
 * listing (with every file's bytes and modification time) before and after differs
 * by exactly that file. A refused `--out` (a folder, a missing folder, a symbolic link
 * a hostile repository planted to redirect the write) writes nothing at all; `check`,
 * `summary` to stdout and `fmt --check` write nothing.
 */
let root: string;

beforeEach(() => {
    root = writePrivacyWorkspace();
    mkdirSync(join(root, 'reports'));
});
afterEach(() => removeWorkspace(root));

function changes(before: Map<string, { bytes: string; mtimeMs: number }>, after: Map<string, { bytes: string; mtimeMs: number }>): string[] {
    const changed: string[] = [];
    for (const [path, entry] of after) {
        const old = before.get(path);
        if (!old) changed.push(`+ ${path}`);
        else if (old.bytes !== entry.bytes || old.mtimeMs !== entry.mtimeMs) changed.push(`~ ${path}`);
    }
    for (const path of before.keys()) if (!after.has(path)) changed.push(`- ${path}`);
    return changed.sort();
}

describe('summary --out writes only where it was told', () => {
    it('each format: exactly the named file appears, nothing else changes', async () => {
        for (const format of ['html', 'md', 'json']) {
            const before = snapshotFiles(root);
            const run = await runInProcess(['summary', '.', '--team', 'ward', '--format', format, '--out', `reports/team.${format}`], { cwd: root });
            expect(run.code, run.stderr).toBe(0);
            expect(run.stdout).toBe('');
            expect(changes(before, snapshotFiles(root))).toEqual([`+ reports/team.${format}`]);
            expect(canariesIn(readFileSync(join(root, 'reports', `team.${format}`), 'utf8'))).toEqual([]);
        }
    });

    it('writing again replaces the file in place, and only it', async () => {
        await runInProcess(['summary', '.', '--out', 'reports/all.html'], { cwd: root });
        const before = snapshotFiles(root);
        const run = await runInProcess(['summary', '.', '--lang', 'nl', '--out', 'reports/all.html'], { cwd: root });
        expect(run.code).toBe(0);
        expect(changes(before, snapshotFiles(root))).toEqual(['~ reports/all.html']);
    });

    it('a refused --out writes nothing: a folder, a folder that does not exist, two scopes', async () => {
        for (const argv of [
            ['summary', '.', '--out', 'reports'],
            ['summary', '.', '--out', 'no-such-folder/summary.html'],
            ['summary', '.', '--plan', 'anna-2026', '--team', 'ward', '--out', 'reports/x.html'],
            ['summary', '.', '--plan', 'nobody-2026', '--out', 'reports/x.html'],
        ]) {
            const before = snapshotFiles(root);
            const run = await runInProcess(argv, { cwd: root });
            expect(run.code, argv.join(' ')).toBe(2);
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
            expect(changes(before, snapshotFiles(root)), argv.join(' ')).toEqual([]);
            expect(existsSync(join(root, 'no-such-folder'))).toBe(false);
        }
    });

    it('a symbolic link at --out is not followed: the file it points to stays as it was', async () => {
        const outside = writePrivacyWorkspace();
        try {
            const victim = join(outside, 'victim.txt');
            writeFileSync(victim, 'do not overwrite me\n');
            symlinkSync(victim, join(root, 'reports', 'planted.html'));
            const run = await runInProcess(['summary', '.', '--out', 'reports/planted.html'], { cwd: root });
            expect(run.code).toBe(2);
            expect(run.stderr).toMatch(/^leerplan: .*planted\.html.*symbolic link/);
            expect(readFileSync(victim, 'utf8')).toBe('do not overwrite me\n');
        } finally {
            removeWorkspace(outside);
        }
    });

    it('check, summary to stdout and fmt --check write nothing', async () => {
        const before = snapshotFiles(root);
        for (const argv of [['check', '.'], ['check', '.', '--format', 'sarif'], ['summary', '.'], ['summary', '.', '--format', 'json'], ['fmt', '--check', '.']]) {
            await runInProcess(argv, { cwd: root });
        }
        expect(changes(before, snapshotFiles(root))).toEqual([]);
    });
});
