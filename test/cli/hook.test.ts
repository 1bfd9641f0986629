import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HOOK_MARKER, HOOK_SCRIPT } from '../../cli/src/commands/hook.js';
import { BUNDLED_CLI, NODE_BIN, ORGANISATION, REPO_ROOT, cleanPlan, removeWorkspace, runInProcess } from './cli-harness.js';

const roots: string[] = [];
afterEach(() => {
    for (const root of roots.splice(0)) removeWorkspace(root);
});

/** A temporary folder, with a Git repository in it unless `repo` is false. */
function folder(repo = true): string {
    const root = mkdtempSync(join(tmpdir(), 'leerplan-hook-'));
    roots.push(root);
    if (repo) expect(spawnSync('git', ['init', '-q'], { cwd: root, env: { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1' } }).status).toBe(0);
    return root;
}

const hookOf = (root: string) => join(root, '.git', 'hooks', 'pre-commit');

describe('leerplan hook install', () => {
    it('writes an executable POSIX sh pre-commit hook, from any folder of the repository', async () => {
        const root = folder();
        mkdirSync(join(root, 'plans/2026'), { recursive: true });
        const run = await runInProcess(['hook', 'install'], { cwd: join(root, 'plans/2026') });
        expect(run).toEqual({
            code: 0,
            stdout: "installed ../../.git/hooks/pre-commit: every commit now runs 'leerplan check' on the staged .pop files\n",
            stderr: '',
        });
        const script = readFileSync(hookOf(root), 'utf8');
        expect(script).toBe(HOOK_SCRIPT);
        expect(script.startsWith('#!/bin/sh\n')).toBe(true);
        expect(script).toContain(HOOK_MARKER);
        expect(script).toContain('command -v leerplan');
        expect(script).toContain("git diff --cached --name-only --diff-filter=ACMR -z -- '*.pop'");
        expect(statSync(hookOf(root)).mode & 0o755).toBe(0o755);
        expect(spawnSync('sh', ['-n', hookOf(root)]).status).toBe(0);
    });

    it('says the hook is up to date when it is installed already', async () => {
        const root = folder();
        await runInProcess(['hook', 'install'], { cwd: root });
        const again = await runInProcess(['hook', 'install'], { cwd: root });
        expect(again).toEqual({ code: 0, stdout: '.git/hooks/pre-commit is up to date\n', stderr: '' });
    });

    it('replaces an older leerplan hook without --force', async () => {
        const root = folder();
        mkdirSync(join(root, '.git/hooks'), { recursive: true });
        writeFileSync(hookOf(root), `#!/bin/sh\n${HOOK_MARKER} (an older version)\nexit 0\n`);
        const run = await runInProcess(['hook', 'install'], { cwd: root });
        expect(run.code).toBe(0);
        expect(readFileSync(hookOf(root), 'utf8')).toBe(HOOK_SCRIPT);
    });

    it('refuses to replace a hook it did not write (exit 2), unless --force', async () => {
        const root = folder();
        const foreign = '#!/bin/sh\necho my own hook\n';
        mkdirSync(join(root, '.git/hooks'), { recursive: true });
        writeFileSync(hookOf(root), foreign);
        const refused = await runInProcess(['hook', 'install'], { cwd: root });
        expect(refused).toEqual({
            code: 2, stdout: '',
            stderr: 'leerplan: .git/hooks/pre-commit already exists and was not written by leerplan; use --force to replace it\n',
        });
        expect(readFileSync(hookOf(root), 'utf8')).toBe(foreign);
        const forced = await runInProcess(['hook', 'install', '--force'], { cwd: root });
        expect(forced.code).toBe(0);
        expect(forced.stdout.split('\n')[0]).toBe('saved the existing hook as .git/hooks/pre-commit.backup');
        const lines = HOOK_SCRIPT.split('\n');
        expect(readFileSync(hookOf(root), 'utf8')).toBe([...lines.slice(0, 2), '# leerplan-replaced: pre-commit.backup', ...lines.slice(2)].join('\n'));
        expect(readFileSync(hookOf(root) + '.backup', 'utf8')).toBe(foreign);
        // A second foreign hook does not overwrite the first backup.
        writeFileSync(hookOf(root), '#!/bin/sh\necho another\n');
        const again = await runInProcess(['hook', 'install', '--force', '--lang', 'nl'], { cwd: root });
        expect(again.stdout.split('\n')[0]).toBe('de bestaande hook is bewaard als .git/hooks/pre-commit.backup.2');
        expect(readFileSync(hookOf(root) + '.backup', 'utf8')).toBe(foreign);
    });

    it("installs where Git runs hooks from: core.hooksPath", async () => {
        const root = folder();
        spawnSync('git', ['config', 'core.hooksPath', 'githooks'], { cwd: root });
        const run = await runInProcess(['hook', 'install'], { cwd: root });
        expect(run.code).toBe(0);
        expect(readFileSync(join(root, 'githooks/pre-commit'), 'utf8')).toBe(HOOK_SCRIPT);
        expect(existsSync(hookOf(root))).toBe(false);
    });

    it('exits 2 outside a Git repository, writing nothing', async () => {
        const root = folder(false);
        const run = await runInProcess(['hook', 'install'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(`leerplan: '${root}' is not inside a Git repository (run 'git init' first)\n`);
        const dutch = await runInProcess(['hook', 'install', '--lang', 'nl'], { cwd: root });
        expect(dutch.stderr).toContain('ligt niet in een Git-repository');
    });

    it('exits 2 with the usage for a missing or unknown action', async () => {
        const root = folder();
        for (const argv of [['hook'], ['hook', 'instal'], ['hook', 'install', 'extra']]) {
            expect(await runInProcess(argv, { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'leerplan: usage: leerplan hook install [--force] | leerplan hook uninstall\n' });
        }
    });
});

describe('the installed pre-commit hook checks what is staged, not the working tree', () => {
    const gitEnv = (root: string) => ({
        PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C',
        GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org',
    });
    const git = (root: string, ...args: string[]) => spawnSync('git', args, { cwd: root, env: gitEnv(root), encoding: 'utf8' });
    /** A repository with the hook, the organisation and leerplan.json committed, and the bundled CLI as its node_modules/.bin/leerplan. */
    async function repository(): Promise<string> {
        const root = folder();
        mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
        writeFileSync(join(root, 'node_modules/.bin/leerplan'), `#!/bin/sh\nexec '${NODE_BIN}' '${BUNDLED_CLI}' "$@"\n`, { mode: 0o755 });
        writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
        writeFileSync(join(root, 'organisation.pop'), ORGANISATION);
        writeFileSync(join(root, 'leerplan.json'), JSON.stringify({ today: '2026-06-15' }));
        expect((await runInProcess(['hook', 'install'], { cwd: root })).code).toBe(0);
        expect(git(root, 'add', '.').status).toBe(0);
        expect(git(root, 'commit', '-q', '-m', 'organisation').status).toBe(0);
        mkdirSync(join(root, 'my plans'));
        return root;
    }
    const brokenPlan = cleanPlan().replace('coach mark', 'coach nobody');

    it('refuses a broken plan that is staged, even when it is fixed on disk', async () => {
        const root = await repository();
        const plan = join(root, 'my plans/anna 2026.pop');
        writeFileSync(plan, brokenPlan);
        expect(git(root, 'add', '--', 'my plans/anna 2026.pop').status).toBe(0);
        writeFileSync(plan, cleanPlan());
        const commit = git(root, 'commit', '-q', '-m', 'plan');
        expect(commit.status).not.toBe(0);
        expect(commit.stdout + commit.stderr).toMatch(/^my plans\/anna 2026\.pop:2:11 +error +link-error +Unknown person 'nobody'/m);
        expect(commit.stderr).toContain('leerplan: commit refused');
        expect(git(root, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
    });

    it('accepts a clean plan that is staged, even when it is broken on disk, and leaves no temporary folder', async () => {
        const root = await repository();
        const tmp = mkdtempSync(join(tmpdir(), 'leerplan-hook-tmp-'));
        roots.push(tmp);
        const plan = join(root, 'my plans/anna 2026.pop');
        writeFileSync(plan, cleanPlan());
        expect(git(root, 'add', '--', 'my plans/anna 2026.pop').status).toBe(0);
        writeFileSync(plan, brokenPlan);
        const commit = spawnSync('git', ['commit', '-q', '-m', 'plan'], { cwd: root, env: { ...gitEnv(root), TMPDIR: tmp }, encoding: 'utf8' });
        expect(commit.stderr).not.toContain('commit refused');
        expect(commit.status).toBe(0);
        expect(git(root, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(2);
        expect(readdirSync(tmp)).toEqual([]);
    });

    it('says that leerplan is not installed, and refuses, when neither the project nor PATH has it', async () => {
        const root = await repository();
        rmSync(join(root, 'node_modules'), { recursive: true });
        writeFileSync(join(root, 'my plans/anna 2026.pop'), cleanPlan());
        git(root, 'add', '--', 'my plans/anna 2026.pop');
        const path = process.env.PATH!.split(':').filter(p => !p.includes('node_modules')).join(':');
        const commit = spawnSync('git', ['commit', '-q', '-m', 'plan'], { cwd: root, env: { ...gitEnv(root), PATH: path }, encoding: 'utf8' });
        expect(commit.status).not.toBe(0);
        expect(commit.stderr).toContain('leerplan: leerplan is not installed');
        expect(commit.stderr).not.toContain('fix the errors above');
    });

    it('says that leerplan could not check, not that there are errors, when leerplan exits 2', async () => {
        const root = await repository();
        writeFileSync(join(root, 'leerplan.json'), '{"rules": {"no-such-rule": "error"}}');
        writeFileSync(join(root, 'my plans/anna 2026.pop'), cleanPlan());
        git(root, 'add', '.');
        const commit = git(root, 'commit', '-q', '-m', 'plan');
        expect(commit.status).not.toBe(0);
        expect(commit.stderr).toContain('no-such-rule');
        expect(commit.stderr).toContain('leerplan: commit refused: leerplan could not check the staged files');
        expect(commit.stderr).not.toContain('fix the errors above');
    });

    it('passes a commit without staged .pop files without running leerplan', async () => {
        const root = await repository();
        writeFileSync(join(root, 'notes.md'), 'notes\n');
        writeFileSync(join(root, 'my plans/anna 2026.pop'), brokenPlan);
        git(root, 'add', 'notes.md');
        expect(git(root, 'commit', '-q', '-m', 'notes').status).toBe(0);
    });
});

describe('leerplan hook uninstall', () => {
    it('removes its own hook and leaves a foreign one alone', async () => {
        const root = folder();
        await runInProcess(['hook', 'install'], { cwd: root });
        expect(await runInProcess(['hook', 'uninstall'], { cwd: root })).toEqual({ code: 0, stdout: 'removed .git/hooks/pre-commit\n', stderr: '' });
        expect(existsSync(hookOf(root))).toBe(false);
        writeFileSync(hookOf(root), '#!/bin/sh\nexit 0\n');
        // Refused, saying what would remove it (not what would replace it).
        expect(await runInProcess(['hook', 'uninstall'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: 'leerplan: .git/hooks/pre-commit was not written by leerplan, so it stays; use --force to remove it\n',
        });
        expect((await runInProcess(['hook', 'uninstall', '--lang', 'nl'], { cwd: root })).stderr)
            .toBe('leerplan: .git/hooks/pre-commit is niet door leerplan geschreven en blijft dus staan; gebruik --force om het te verwijderen\n');
        expect(existsSync(hookOf(root))).toBe(true);
    });
});

describe('leerplan hook uninstall after --force', () => {
    it('puts back the hook that install replaced, also after an update of leerplan\'s hook', async () => {
        const root = folder();
        const foreign = '#!/bin/sh\necho my own hook\n';
        mkdirSync(join(root, '.git/hooks'), { recursive: true });
        writeFileSync(hookOf(root), foreign, { mode: 0o755 });
        expect((await runInProcess(['hook', 'install', '--force'], { cwd: root })).code).toBe(0);
        // An older leerplan hook is updated in place and keeps the note of the hook it replaced.
        writeFileSync(hookOf(root), readFileSync(hookOf(root), 'utf8').replace('exit 0\n', '# older\nexit 0\n'));
        const updated = await runInProcess(['hook', 'install'], { cwd: root });
        expect(updated.stdout).toContain('installed .git/hooks/pre-commit');
        const run = await runInProcess(['hook', 'uninstall'], { cwd: root });
        expect(run).toEqual({
            code: 0, stderr: '',
            stdout: "removed leerplan's hook and put back the hook it had replaced (.git/hooks/pre-commit.backup -> .git/hooks/pre-commit)\n",
        });
        expect(readFileSync(hookOf(root), 'utf8')).toBe(foreign);
        expect(statSync(hookOf(root)).mode & 0o100).toBe(0o100);
        expect(existsSync(hookOf(root) + '.backup')).toBe(false);
    });
});

describe('.pre-commit-hooks.yaml', () => {
    const text = readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    /** The hooks as `key: value` maps; the file is a flat YAML list, one `- id:` per hook. */
    const hooks = text.split(/^- /m).slice(1).map(block => Object.fromEntries(
        block.split('\n').map(line => /^\s*([a-z_]+): (.*)$/.exec(line)).filter(m => m !== null).map(m => [m![1], m![2]]),
    ));

    it('defines leerplan-check and leerplan-fmt for .pop files, run by node', () => {
        expect(hooks.map(h => h.id)).toEqual(['leerplan-check', 'leerplan-fmt']);
        expect(hooks.map(h => h.entry)).toEqual(['leerplan check', 'leerplan fmt --check']);
        for (const hook of hooks) {
            expect(hook.language).toBe('node');
            const files = new RegExp(hook.files);
            expect(files.test('plans/anna-2026.pop')).toBe(true);
            expect(files.test('plans/anna-2026.private.pop')).toBe(true);
            expect(files.test('notes.popular')).toBe(false);
        }
    });
});

describe('the documented GitHub Actions workflow', () => {
    const workflow = readFileSync(join(REPO_ROOT, 'docs/workflows/leerplan.yml'), 'utf8');
    const guide = readFileSync(join(REPO_ROOT, 'docs/github-actions.md'), 'utf8');
    const runs = [...workflow.matchAll(/^\s+(?:- )?run: (.*)$/gm)].map(m => m[1]);

    it('checks with SARIF upload, annotates, checks the formatting and keeps the summary', () => {
        expect(runs).toEqual([
            'npm ci',
            'npx --no-install leerplan check --format sarif > leerplan.sarif',
            'npx --no-install leerplan check --format github',
            'npx --no-install leerplan fmt --check',
            'npx --no-install leerplan summary --format html --out summary.html',
        ]);
        expect(workflow).toContain('uses: github/codeql-action/upload-sarif@v4');
        expect(workflow).toContain('sarif_file: leerplan.sarif');
        expect(workflow).toContain('security-events: write');
        expect(workflow).toMatch(/uses: actions\/upload-artifact@v7\n(.*\n)*?\s+path: summary\.html/);
        expect(workflow).not.toMatch(/\t/);
    });

    it('uses the current major version of every action (all run on Node 24)', () => {
        const uses = [...workflow.matchAll(/uses: (\S+)/g)].map(m => m[1]).sort();
        expect(uses).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'actions/upload-artifact@v7', 'github/codeql-action/upload-sarif@v4']);
    });

    it('is linked from the guide, which names the commands it runs', () => {
        expect(guide).toContain('(workflows/leerplan.yml)');
        for (const command of ['leerplan hook install', 'leerplan check --format sarif', 'leerplan fmt --check', 'leerplan summary --format html --out summary.html']) {
            expect(guide).toContain(command);
        }
    });
});
