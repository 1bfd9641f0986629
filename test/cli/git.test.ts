import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_CLI, NODE_BIN, ORGANISATION, cleanPlan, removeWorkspace, runInProcess, type JsonReport } from './cli-harness.js';

/**
 * Real Git repositories in temporary folders: what `private-in-tracked-file` sees and
 * what the pre-commit hook does. Git runs with its own HOME and no system config, so
 * the machine's settings (a global core.hooksPath, a commit template) cannot interfere.
 */
const roots: string[] = [];
afterEach(() => {
    for (const root of roots.splice(0)) removeWorkspace(root);
});

const PRIVATE_TEXT = 'I jump to solutions too quickly.';
const PLAN_WITH_PRIVATE_REFLECTION = cleanPlan({ planExtra: `\n    reflection 2026-05-01 private "${PRIVATE_TEXT}"` });

function gitEnv(root: string): NodeJS.ProcessEnv {
    return {
        PATH: process.env.PATH, HOME: root, LANG: 'C', GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
    };
}

function git(root: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
    const result = spawnSync('git', args, { cwd: root, env: gitEnv(root), encoding: 'utf8', timeout: 60_000 });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder with `files`, a leerplan.json with a fixed today, and (unless `repo` is false) a Git repository. */
function folder(files: Record<string, string>, repo = true): string {
    const root = mkdtempSync(join(tmpdir(), 'leerplan-git-'));
    roots.push(root);
    const all: Record<string, string> = { 'leerplan.json': JSON.stringify({ today: '2026-06-15' }), ...files };
    for (const [path, text] of Object.entries(all)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    if (repo) expect(git(root, 'init', '-q').code).toBe(0);
    return root;
}

async function codesOf(root: string, paths: string[] = []): Promise<Record<string, string[]>> {
    const run = await runInProcess(['check', '--format', 'json', ...paths], { cwd: root });
    const report = JSON.parse(run.stdout) as JsonReport;
    const result: Record<string, string[]> = {};
    for (const d of report.diagnostics) (result[d.file] ??= []).push(d.code);
    return result;
}

describe('private-in-tracked-file asks Git', () => {
    it('warns about a private reflection in a committed plan, and never prints its text', async () => {
        const root = folder({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': PLAN_WITH_PRIVATE_REFLECTION });
        git(root, 'add', '.');
        expect(git(root, 'commit', '-q', '-m', 'plans').code).toBe(0);
        expect(await codesOf(root)).toEqual({ 'plans/anna-2026.pop': ['private-in-tracked-file'] });
        const pretty = await runInProcess(['check'], { cwd: root });
        expect(pretty.stdout).toMatch(/^plans\/anna-2026\.pop:\d+:\d+ +warning +private-in-tracked-file /m);
        expect(pretty.stdout).not.toContain(PRIVATE_TEXT);
        expect(pretty.code).toBe(0);
    });

    it('also warns about an untracked file Git would commit, but not about an ignored one', async () => {
        const root = folder({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': PLAN_WITH_PRIVATE_REFLECTION });
        expect(await codesOf(root)).toEqual({ 'plans/anna-2026.pop': ['private-in-tracked-file'] });
        // Git's own exclude file: the plan is no longer Git's, so no longer shared (checked by name, it is not flagged).
        writeFileSync(join(root, '.git/info/exclude'), 'plans/anna-2026.pop\n');
        expect(await codesOf(root, ['.', 'plans/anna-2026.pop'])).toEqual({});
    });

    it('is silent once the reflection moves to a Git-ignored *.private.pop file', async () => {
        const root = folder({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': PLAN_WITH_PRIVATE_REFLECTION });
        git(root, 'add', '.');
        git(root, 'commit', '-q', '-m', 'plans');
        writeFileSync(join(root, '.gitignore'), '*.private.pop\n');
        writeFileSync(join(root, 'plans/anna-2026.pop'), cleanPlan());
        writeFileSync(join(root, 'plans/anna-2026.private.pop'), `private anna-2026 {\n    reflection 2026-05-01 "${PRIVATE_TEXT}"\n}\n`);
        git(root, 'add', '.');
        expect(git(root, 'commit', '-q', '-m', 'move the reflection').code).toBe(0);
        expect(git(root, 'ls-files').stdout).not.toContain('private');
        const run = await runInProcess(['check', 'plans/anna-2026.pop', 'plans/anna-2026.private.pop'], { cwd: root });
        expect(run.stdout).toBe('0 errors, 0 warnings, 0 info, 0 hints in 2 files\n');
    });

    it('warns when the *.private.pop file itself is not ignored', async () => {
        const root = folder({
            'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': cleanPlan(),
            'plans/anna-2026.private.pop': `private anna-2026 {\n    reflection 2026-05-01 "${PRIVATE_TEXT}"\n}\n`,
        });
        expect(await codesOf(root)).toEqual({ 'plans/anna-2026.private.pop': ['private-in-tracked-file'] });
    });

    it('is silent outside a Git repository', async () => {
        const root = folder({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': PLAN_WITH_PRIVATE_REFLECTION }, false);
        expect(spawnSync('git', ['rev-parse', '--git-dir'], { cwd: root, env: gitEnv(root) }).status).not.toBe(0);
        expect(await codesOf(root)).toEqual({});
    });
});

/** Makes `leerplan` available to the hook the way a local install does: node_modules/.bin/leerplan. */
function installLocalLeerplan(root: string): void {
    if (!existsSync(BUNDLED_CLI)) throw new Error(`${BUNDLED_CLI} is missing: run 'node_modules/.bin/node scripts/build.mjs' first`);
    mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
    const shim = join(root, 'node_modules/.bin/leerplan');
    writeFileSync(shim, `#!/bin/sh\nexec "${NODE_BIN}" "${BUNDLED_CLI}" "$@"\n`);
    chmodSync(shim, 0o755);
    writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
}

const PLAN_WITH_ERROR = cleanPlan().replace('review 2026-06-30', 'review 2026-02-30');

describe('the pre-commit hook in a real repository', () => {
    it('refuses a commit of a plan with an error and lets the fixed plan through', async () => {
        const root = folder({ 'organisation.pop': ORGANISATION });
        installLocalLeerplan(root);
        mkdirSync(join(root, 'plans'));
        const install = await runInProcess(['hook', 'install'], { cwd: join(root, 'plans') });
        expect(install.code).toBe(0);
        expect(statSync(join(root, '.git/hooks/pre-commit')).mode & 0o111).not.toBe(0);

        writeFileSync(join(root, 'plans/anna-2026.pop'), PLAN_WITH_ERROR);
        git(root, 'add', '.');
        const refused = git(root, 'commit', '-m', 'a plan with an invalid date');
        expect(refused.code).not.toBe(0);
        expect(refused.stdout + refused.stderr).toMatch(/plans\/anna-2026\.pop:\d+:\d+ +error +invalid-date/);
        expect(refused.stderr).toContain('leerplan: commit refused');
        expect(git(root, 'rev-parse', '--verify', 'HEAD').code).not.toBe(0);

        writeFileSync(join(root, 'plans/anna-2026.pop'), cleanPlan());
        git(root, 'add', '.');
        const accepted = git(root, 'commit', '-q', '-m', 'a clean plan');
        expect(accepted.code).toBe(0);
        expect(git(root, 'log', '--format=%s').stdout).toBe('a clean plan\n');
    });

    it('does nothing for a commit without .pop files', () => {
        const root = folder({});
        installLocalLeerplan(root);
        // Without leerplan installed the hook would fail if it ran a check at all.
        rmSync(join(root, 'node_modules'), { recursive: true });
        expect(spawnSync(NODE_BIN, [BUNDLED_CLI, 'hook', 'install'], { cwd: root, env: gitEnv(root) }).status).toBe(0);
        writeFileSync(join(root, 'notes.txt'), 'no plans here');
        git(root, 'add', 'notes.txt');
        expect(git(root, 'commit', '-q', '-m', 'notes').code).toBe(0);
    });
});
