import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { keywordLanguage } from '../../language/src/syntax/keywords.js';
import { baseEnv, REPO_ROOT, removeWorkspace, runBundled, runInProcess, snapshotFiles, type JsonReport } from './cli-harness.js';

const roots: string[] = [];
function emptyFolder(): string {
    const root = mkdtempSync(join(tmpdir(), 'leerplan-init-'));
    roots.push(root);
    return root;
}
afterEach(() => {
    for (const root of roots.splice(0)) removeWorkspace(root);
});

/** The file the `$schema` of `folder/leerplan.json` points at, as an editor resolves it (relative to the file). */
function schemaFileOf(folder: string): string {
    const config = JSON.parse(readFileSync(join(folder, 'leerplan.json'), 'utf8')) as { $schema: string };
    return fileURLToPath(new URL(config.$schema, pathToFileURL(join(folder, 'leerplan.json'))));
}

async function checkJson(root: string, args: string[] = []): Promise<JsonReport> {
    const run = await runInProcess(['check', '--format', 'json', ...args], { cwd: root });
    return JSON.parse(run.stdout) as JsonReport;
}

describe('leerplan init', () => {
    it('writes an organisation, leerplan.json and a first plan in English that check without any diagnostic', async () => {
        const root = emptyFolder();
        const run = await runInProcess(['init', '--lang', 'en', '--today', '2026-03-10'], { cwd: root });
        expect(run).toEqual({
            code: 0,
            stdout: "wrote organisation.pop\nwrote leerplan.json\nwrote plans/alex-2026.pop\nnext: edit the files, then run 'leerplan check'\n",
            stderr: '',
        });
        // No local install here: $schema is this leerplan's own schema, as a file URL that resolves.
        expect(JSON.parse(readFileSync(join(root, 'leerplan.json'), 'utf8'))).toEqual({
            $schema: pathToFileURL(join(REPO_ROOT, 'schema', 'leerplan.schema.json')).href, language: 'en',
        });
        expect(JSON.parse(readFileSync(schemaFileOf(root), 'utf8')).properties.rules).toBeDefined();
        for (const today of ['2026-03-10', '2026-12-31']) {
            const report = await checkJson(root, ['--today', today]);
            expect(report.files).toBe(2);
            expect(report.diagnostics).toEqual([]);
        }
        expect(await runInProcess(['fmt', '--check'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('writes the Dutch starter with --lang nl: only Dutch keywords, and clean as well', async () => {
        const root = emptyFolder();
        const run = await runInProcess(['init', '--lang', 'nl', '--today', '2027-05-01', 'team-a'], { cwd: root });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('team-a/plans/sanne-2027.pop geschreven\n');
        expect(run.stdout).toContain("'leerplan check team-a'");
        const plan = readFileSync(join(root, 'team-a/plans/sanne-2027.pop'), 'utf8');
        const organisation = readFileSync(join(root, 'team-a/organisation.pop'), 'utf8');
        for (const text of [plan, organisation]) {
            const words = text.replace(/\/\/.*$/gm, '').replace(/"[^"]*"/g, '').match(/[a-zé-]+/g) ?? [];
            expect(words.filter(w => keywordLanguage(w) === 'en')).toEqual([]);
        }
        expect(plan).toContain('leerdoel ');
        expect(plan).toContain('periode 2027-01-01 .. 2027-12-31');
        expect(JSON.parse(readFileSync(join(root, 'team-a/leerplan.json'), 'utf8')).language).toBe('nl');
        const report = await checkJson(join(root, 'team-a'), ['--today', '2027-05-01']);
        expect(report.diagnostics).toEqual([]);
        expect(await runInProcess(['fmt', '--check', 'team-a'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('takes the keyword language from the locale when --lang is not given', async () => {
        const root = emptyFolder();
        const run = await runInProcess(['init'], { cwd: root, env: baseEnv({ LANG: 'nl_NL.UTF-8' }) });
        expect(run.code).toBe(0);
        expect(readFileSync(join(root, 'organisation.pop'), 'utf8')).toContain('organisatie voorbeeld');
    });

    it('refuses to overwrite: names every existing file, writes nothing and exits 2', async () => {
        const root = emptyFolder();
        writeFileSync(join(root, 'organisation.pop'), 'people {}\n');
        writeFileSync(join(root, 'leerplan.json'), '{}');
        const before = snapshotFiles(root);
        const run = await runInProcess(['init', '--lang', 'en'], { cwd: root });
        expect(run).toEqual({
            code: 2, stdout: '',
            stderr: 'leerplan: init writes nothing: organisation.pop, leerplan.json already exist; move them away or choose another folder\n',
        });
        expect(snapshotFiles(root)).toEqual(before);
        expect(existsSync(join(root, 'plans'))).toBe(false);
    });

    it('refuses when only the plan exists', async () => {
        const root = emptyFolder();
        mkdirSync(join(root, 'plans'));
        writeFileSync(join(root, 'plans/alex-2026.pop'), 'people {}\n');
        const run = await runInProcess(['init', '--lang', 'en', '--today', '2026-01-01'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('plans/alex-2026.pop already exists; move it away');
        expect(existsSync(join(root, 'organisation.pop'))).toBe(false);
    });

    it('points $schema at the installed package when node_modules/leerplan is in a folder above', async () => {
        const root = emptyFolder();
        mkdirSync(join(root, 'node_modules/leerplan/schema'), { recursive: true });
        writeFileSync(join(root, 'node_modules/leerplan/schema/leerplan.schema.json'), '{}');
        await runInProcess(['init', '--lang', 'en', 'hr/plans-2026'], { cwd: root });
        const config = JSON.parse(readFileSync(join(root, 'hr/plans-2026/leerplan.json'), 'utf8'));
        expect(config.$schema).toBe('../../node_modules/leerplan/schema/leerplan.schema.json');
        expect(schemaFileOf(join(root, 'hr/plans-2026'))).toBe(join(root, 'node_modules/leerplan/schema/leerplan.schema.json'));
    });

    it('points $schema at the running leerplan by a relative path inside its own Git repository', async () => {
        // Inside this repository, where no test scans (node_modules/.cache).
        mkdirSync(join(REPO_ROOT, 'node_modules', '.cache'), { recursive: true });
        const folder = mkdtempSync(join(REPO_ROOT, 'node_modules', '.cache', 'leerplan-init-'));
        roots.push(folder);
        await runInProcess(['init', '--lang', 'nl', 'team'], { cwd: folder });
        const config = JSON.parse(readFileSync(join(folder, 'team/leerplan.json'), 'utf8'));
        expect(config.$schema).toMatch(/^(\.\.\/)+schema\/leerplan\.schema\.json$/);
        expect(schemaFileOf(join(folder, 'team'))).toBe(join(REPO_ROOT, 'schema', 'leerplan.schema.json'));
    });

    it('exits 2 for a folder that is a file, two folders or a bad --lang', async () => {
        const root = emptyFolder();
        writeFileSync(join(root, 'file'), 'x');
        expect(await runInProcess(['init', 'file'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: "leerplan: 'file' is not a folder\n" });
        expect((await runInProcess(['init', 'a', 'b'], { cwd: root })).code).toBe(2);
        const bad = await runInProcess(['init', '--lang', 'de'], { cwd: root });
        expect(bad).toEqual({ code: 2, stdout: '', stderr: "leerplan: option '--lang' does not accept 'de' (allowed: en, nl)\n" });
        expect(existsSync(join(root, 'organisation.pop'))).toBe(false);
    });

    it('asks nothing when run as a real process without a terminal', () => {
        const root = emptyFolder();
        const run = runBundled(['init', '--lang', 'en'], { cwd: root });
        expect(run.code).toBe(0);
        expect(run.stdout.split('\n')[0]).toBe('wrote organisation.pop');
        expect(runBundled(['check'], { cwd: root }).code).toBe(0);
    });
});
