import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPlan, ORGANISATION, runBundled, runInProcess, type JsonReport } from '../cli/cli-harness.js';
import { EXAMPLE_FILES, git, linkTraps, makeRoot, manyEntries, privateBehindLinks, removeRoot, SKIPPED_LINKS, writeFile } from './discovery-fixture.js';

/**
 * `leerplan check` (in process, as `out/cli.cjs` runs it) on workspaces with links out of
 * the workspace, loops, rings, devices and FIFOs, inside and outside a Git repository:
 * every real file once, every skipped link counted (and named with --verbose), nothing
 * outside the workspace visited, devices and FIFOs never opened, and a bound on the size.
 */
let root: string;

beforeAll(() => {
    root = makeRoot('leerplan-discovery-cli-');
});

afterAll(() => removeRoot(root));

async function check(cwd: string, ...args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
    const run = await runInProcess(['check', '--format', 'json', ...args], { cwd });
    return { code: run.code, report: run.stdout ? JSON.parse(run.stdout) as JsonReport : { version: 1, files: 0, diagnostics: [] }, stderr: run.stderr };
}

function stderrLines(stderr: string): string[] {
    return stderr.trimEnd().split('\n').filter(Boolean);
}

describe.each([
    ['outside a Git repository', false],
    ['inside a Git repository', true],
])('links to /, loops, rings, devices and FIFOs %s', (_name, inRepository) => {
    let ws: string;
    beforeAll(() => {
        ws = linkTraps(join(root, inRepository ? 'repo' : 'plain'));
        if (inRepository) expect(git(ws, 'init', '-q').code).toBe(0);
    });

    it('checks each real file of the workspace once, visits nothing outside it, exit 0', async () => {
        const { code, report, stderr } = await check(ws);
        expect(code, stderr).toBe(0);
        expect(report.files).toBe(EXAMPLE_FILES.length);
        expect(report.diagnostics.filter(d => d.code === 'duplicate-id' || d.code === 'parse-error')).toEqual([]);
        const files = new Set(report.diagnostics.map(d => d.file));
        expect([...files].every(file => EXAMPLE_FILES.includes(file))).toBe(true);
    });

    it('says which device and FIFO it skipped, never reading them, and counts the skipped links', async () => {
        const { stderr } = await check(ws);
        const lines = stderrLines(stderr);
        expect(lines).toContain("leerplan: skipped 'zero.pop': a link to a device, not a file; it is never read");
        expect(lines).toContain("leerplan: skipped 'fifo.pop': a FIFO, not a file; it is never read");
        const links = Object.keys(SKIPPED_LINKS).length + 1; // and zero.pop
        expect(lines.at(-1)).toBe(`leerplan: ${links} symbolic links skipped (--verbose names them)`);
        expect(lines.some(line => line.includes('rootlink'))).toBe(false);
    });

    it('names every skipped link and why with --verbose, in English and Dutch', async () => {
        const { stderr } = await check(ws, '--verbose');
        for (const [link, why] of Object.entries(SKIPPED_LINKS)) {
            const line = stderrLines(stderr).find(l => l.startsWith(`leerplan: skipped link '${link}': `));
            expect(line, link).toMatch(why);
        }
        expect(stderrLines(stderr).at(-1)).toBe(`leerplan: ${Object.keys(SKIPPED_LINKS).length + 1} symbolic links skipped`);
        const dutch = await check(ws, '--verbose', '--lang', 'nl');
        expect(dutch.stderr).toContain("leerplan: link 'plans/rootlink' overgeslagen: hij leidt buiten de werkruimte");
        expect(dutch.stderr).toContain("symbolische links overgeslagen\n");
    });

    it('checks a folder of the workspace alone: its link to a file elsewhere in the workspace is read, once', async () => {
        const { report, stderr } = await check(ws, 'plans', '--verbose');
        // The seven plans (the workspace's .gitignore still keeps the private file out), and the organisation through its link;
        // the assessment files beside the organisation are named by no plan, so a check of plans/ does not read them.
        expect(report.files).toBe(EXAMPLE_FILES.filter(file => file.startsWith('plans/')).length + 1);
        expect(report.diagnostics.filter(d => d.code === 'duplicate-id' || d.code === 'link-error')).toEqual([]);
        expect(stderr).not.toContain('organisation-link.pop');
    });

    it('fmt --check and summary find the same files and say the same about the links', async () => {
        const fmt = await runInProcess(['fmt', '--check', '.'], { cwd: ws });
        expect(fmt.stderr).toContain("leerplan: skipped 'zero.pop': a link to a device, not a file; it is never read");
        expect(fmt.stderr).toContain(`leerplan: ${Object.keys(SKIPPED_LINKS).length + 1} symbolic links skipped (--verbose names them)`);
        const summary = await runInProcess(['summary', '--format', 'json'], { cwd: ws });
        expect(summary.code).toBe(0);
        expect(summary.stderr).toContain('symbolic links skipped');
    });
});

describe('a private file behind links is still protected', () => {
    const PRIVATE_TEXT = 'I rush to solutions.';
    let repo: string;
    beforeAll(() => {
        repo = privateBehindLinks(root, cleanPlan({ planExtra: `\n    reflection 2026-05-01 private "${PRIVATE_TEXT}"` }), ORGANISATION);
    });

    it('the committed plan is checked once, where it is, and gets private-in-tracked-file', async () => {
        const { report, stderr } = await check(repo, '--verbose');
        expect(report.files).toBe(2);
        expect(report.diagnostics.map(d => `${d.file} ${d.code}`)).toEqual(['real/anna-2026.pop private-in-tracked-file']);
        expect(stderr).toContain("leerplan: skipped link 'plans': a link to a folder (its files are found where the folder is)");
        expect(stderr).toContain("leerplan: skipped link 'shortcut.pop': a second way to a file that is read already");
        expect(stderr).not.toContain(PRIVATE_TEXT);
    });

    it('named through the link, the plan is still Git\'s and still flagged', async () => {
        const { report } = await check(repo, 'plans', 'shortcut.pop');
        expect(report.diagnostics.map(d => `${d.file} ${d.code}`)).toEqual(['plans/anna-2026.pop private-in-tracked-file']);
        expect(report.files).toBe(1);
    });
});

describe('discovery is bounded', () => {
    it('stops at "discoveryLimit" from leerplan.json, names it, checks nothing, exit 2', async () => {
        const ws = join(root, 'limited');
        writeFile(ws, 'leerplan.json', JSON.stringify({ today: '2026-06-15', discoveryLimit: 50 }));
        writeFile(ws, 'organisation.pop', ORGANISATION);
        manyEntries(ws, 'data', 5, 20);
        const run = await runInProcess(['check'], { cwd: ws });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`leerplan: stopped looking for .pop files in '.' at 50 files and folders, the limit ("discoveryLimit" in leerplan.json): check a smaller folder, or raise the limit\n`);
        writeFileSync(join(ws, 'leerplan.json'), JSON.stringify({ today: '2026-06-15', discoveryLimit: 500 }));
        expect((await runInProcess(['check'], { cwd: ws })).code).toBe(0);
    });

    it('inside a Git repository too, counting what Git lists', async () => {
        const ws = join(root, 'limited-repo');
        writeFile(ws, 'leerplan.json', JSON.stringify({ today: '2026-06-15', discoveryLimit: 50 }));
        writeFile(ws, 'organisation.pop', ORGANISATION);
        manyEntries(ws, 'data', 5, 20);
        expect(git(ws, 'init', '-q').code).toBe(0);
        const run = await runInProcess(['check', '--lang', 'nl'], { cwd: ws });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('gestopt bij 50 bestanden en mappen, de grens ("discoveryLimit" in leerplan.json)');
        // Ignored, the data no longer counts.
        writeFile(ws, '.gitignore', 'data/\n');
        expect((await runInProcess(['check'], { cwd: ws })).code).toBe(0);
    });
});

describe('a repository Git cannot list', () => {
    let ws: string;
    beforeAll(() => {
        ws = join(root, 'unlistable');
        writeFile(ws, 'leerplan.json', JSON.stringify({ today: '2026-06-15' }));
        writeFile(ws, 'organisation.pop', ORGANISATION);
        writeFile(ws, 'plans/anna-2026.pop', cleanPlan());
        // Ignored: were it read, it would be a parse error and exit 1.
        writeFile(ws, 'drafts/old.pop', 'plan {');
        writeFile(ws, '.gitignore', 'drafts/\n');
    });

    it('is read by its .gitignore files instead, and --verbose says why in Git\'s own words, named as Git\'s, in English and Dutch', async () => {
        // A .git file that points at a Git folder that is not there: Git refuses the repository.
        writeFile(ws, '.git', 'gitdir: /nonexistent-leerplan-git\n');
        const english = await check(ws, '--verbose');
        expect(english.code, english.stderr).toBe(0);
        expect(english.report.files).toBe(2);
        expect(stderrLines(english.stderr)).toContain(
            "leerplan: Git could not list '.' (Git says: not a git repository: /nonexistent-leerplan-git): its .gitignore files were read instead");
        const dutch = await check(ws, '--verbose', '--lang', 'nl');
        expect(stderrLines(dutch.stderr)).toContain(
            "leerplan: Git kon '.' niet opsommen (Git meldt: not a git repository: /nonexistent-leerplan-git): de .gitignore-bestanden zijn gelezen");
        expect((await check(ws)).stderr).not.toContain('Git');
    });

    it('says that Git is not installed where it is not, in English and Dutch', () => {
        const noGit = join(root, 'no-git-on-path');
        mkdirSync(noGit, { recursive: true });
        const english = runBundled(['check', '--format', 'json', '--verbose'], { cwd: ws, env: { PATH: noGit } });
        expect(english.code, english.stderr).toBe(0);
        expect((JSON.parse(english.stdout) as JsonReport).files).toBe(2);
        expect(english.stderr).toContain("leerplan: Git could not list '.' (Git is not installed): its .gitignore files were read instead\n");
        const dutch = runBundled(['check', '--verbose', '--lang', 'nl'], { cwd: ws, env: { PATH: noGit } });
        expect(dutch.stderr).toContain("leerplan: Git kon '.' niet opsommen (Git is niet geïnstalleerd): de .gitignore-bestanden zijn gelezen\n");
    });
});
