import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISATION, cleanPlan, makeWorkspace, removeWorkspace, runInProcess, type JsonReport } from './cli-harness.js';

/** The command-line conventions users know from ESLint and Biome. */
let root: string;
const broken = cleanPlan().replace('coach mark', 'coach nobody');
const warned = cleanPlan({ name: 'anna-2027' }).replace('        supports learning\n', '');

beforeAll(() => {
    root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'plans/anna.pop': broken, 'plans/anna-2027.pop': warned });
    mkdirSync(join(root, 'empty'));
});
afterAll(() => removeWorkspace(root));

describe('check: -f, -o and --quiet', () => {
    it('-f is --format', async () => {
        const run = await runInProcess(['check', '-f', 'json'], { cwd: root });
        expect((JSON.parse(run.stdout) as JsonReport).files).toBe(3);
    });

    it('-o/--output-file writes the report to a file (no colours) and prints nothing', async () => {
        for (const option of ['-o', '--output-file']) {
            const run = await runInProcess(['check', '-f', 'json', option, 'report.json'], { cwd: root, isTTY: true });
            expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
            const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as JsonReport;
            expect(report.diagnostics.map(d => d.code)).toContain('link-error');
        }
        const pretty = await runInProcess(['check', '-o', 'report.txt'], { cwd: root, isTTY: true });
        expect(pretty.stdout).toBe('');
        const text = readFileSync(join(root, 'report.txt'), 'utf8');
        expect(text).not.toMatch(/\x1b\[/);
        expect(text).toContain("plans/anna.pop:2:11  error    link-error  Unknown person 'nobody'");
    });

    it('-o into a folder that does not exist: exit 2, one line', async () => {
        const run = await runInProcess(['check', '-o', 'no/such/report.txt'], { cwd: root });
        expect(run).toEqual({ code: 2, stdout: '', stderr: "leerplan: cannot write 'no/such/report.txt': no such folder\n" });
    });

    it('says why an output file cannot be written in the output language, every word', async () => {
        const cases: Array<[string[], string, string]> = [
            [['check', '-o', 'no/such/report.txt'], "leerplan: cannot write 'no/such/report.txt': no such folder\n", "leerplan: kan 'no/such/report.txt' niet schrijven: die map bestaat niet\n"],
            [['summary', '--out', 'no/such/summary.html'], 'no such folder', 'die map bestaat niet'],
            [['calendar', '--out', 'no/such/plans.ics'], 'no such folder', 'die map bestaat niet'],
            // The disk full: Linux's /dev/full refuses every write with ENOSPC.
            [['summary', '--format', 'md', '--out', '/dev/full'], 'no space left on the disk', 'de schijf is vol'],
        ];
        for (const [args, en, nl] of cases) {
            const english = await runInProcess([...args, '--lang', 'en'], { cwd: root });
            const dutch = await runInProcess([...args, '--lang', 'nl'], { cwd: root });
            expect([english.code, dutch.code], args.join(' ')).toEqual([2, 2]);
            expect(english.stderr).toContain(en);
            expect(dutch.stderr).toContain(nl);
            expect(dutch.stderr, args.join(' ')).not.toMatch(/no such|space|\bE[A-Z]{3,}\b/);
        }
    });

    it('--quiet reports errors only; --max-warnings still counts the warnings', async () => {
        const all = JSON.parse((await runInProcess(['check', '-f', 'json'], { cwd: root })).stdout) as JsonReport;
        expect(all.diagnostics.some(d => d.severity === 'warning')).toBe(true);
        const quiet = await runInProcess(['check', '-f', 'json', '--quiet'], { cwd: root });
        const report = JSON.parse(quiet.stdout) as JsonReport;
        expect(report.diagnostics).toEqual(all.diagnostics.filter(d => d.severity === 'error'));
        const pretty = await runInProcess(['check', '--quiet', 'plans/anna-2027.pop'], { cwd: root });
        expect(pretty).toEqual({ code: 0, stdout: '0 errors, 0 warnings, 0 info, 0 hints in 1 file\n', stderr: '' });
        const strict = await runInProcess(['check', '--quiet', '--max-warnings', '0', 'plans/anna-2027.pop'], { cwd: root });
        expect(strict.code).toBe(1);
        expect(strict.stderr).toBe('leerplan: 1 warning, more than --max-warnings 0 allows\n');
    });
});

describe('check --stdin', () => {
    it('checks the text on standard input as the file --stdin-filename names, linked in its workspace', async () => {
        const run = await runInProcess(['check', '-f', 'json', '--stdin', '--stdin-filename', 'plans/anna.pop'], { cwd: root, stdin: cleanPlan() });
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files).toBe(1);
        expect(report.diagnostics).toEqual([]);
        const bad = await runInProcess(['check', '-f', 'json', '--stdin', '--stdin-filename', 'plans/new.pop'], { cwd: root, stdin: broken.replace('anna-2026', 'new-2026') });
        expect(bad.code).toBe(1);
        const diagnostics = (JSON.parse(bad.stdout) as JsonReport).diagnostics;
        expect(new Set(diagnostics.map(d => d.file))).toEqual(new Set(['plans/new.pop']));
        expect(diagnostics.filter(d => d.severity === 'error').map(d => d.code)).toEqual(['link-error']);
    });

    it('names the text <stdin>.pop without --stdin-filename, and refuses paths or a non-.pop name beside --stdin', async () => {
        const run = await runInProcess(['check', '--stdin'], { cwd: root, stdin: broken });
        expect(run.stdout).toMatch(/^<stdin>\.pop:2:11 +error +link-error/m);
        expect(await runInProcess(['check', '--stdin', 'plans'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'leerplan: --stdin reads one text: name no paths with it\n' });
        expect((await runInProcess(['check', '--stdin-filename', 'x.pop'], { cwd: root })).stderr).toBe('leerplan: --stdin-filename needs --stdin\n');
        expect((await runInProcess(['check', '--stdin', '--stdin-filename', 'x.txt'], { cwd: root })).stderr).toBe("leerplan: 'x.txt' is not a .pop file\n");
    });
});

describe('fmt --stdin and --quiet', () => {
    const messy = cleanPlan().replace('    coach mark', 'coach    mark');

    it('prints the formatted text, or with --check only the name when it is not formatted', async () => {
        expect(await runInProcess(['fmt', '--stdin'], { cwd: root, stdin: messy })).toEqual({ code: 0, stdout: cleanPlan(), stderr: '' });
        const check = await runInProcess(['fmt', '--stdin', '--check', '--stdin-filename', 'plans/anna.pop'], { cwd: root, stdin: messy });
        expect(check.code).toBe(1);
        expect(check.stdout).toBe('plans/anna.pop\n');
        expect(await runInProcess(['fmt', '--stdin', '--check'], { cwd: root, stdin: cleanPlan() })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('prints nothing on stdout for a text that does not parse, and says where on stderr (exit 1)', async () => {
        const run = await runInProcess(['fmt', '--stdin', '--stdin-filename', 'plans/x.pop'], { cwd: root, stdin: 'plan x for {\n' });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^leerplan: plans\/x\.pop:\d+:\d+/);
    });

    it('--quiet does not list the files it formatted', async () => {
        const ws = makeWorkspace({ 'a.pop': messy });
        try {
            expect(await runInProcess(['fmt', '--quiet'], { cwd: ws })).toEqual({ code: 0, stdout: '', stderr: '' });
            expect(readFileSync(join(ws, 'a.pop'), 'utf8')).toBe(cleanPlan());
        } finally {
            removeWorkspace(ws);
        }
    });
});

describe('a folder without .pop files: exit 2 with a clear message', () => {
    it.each([['check'], ['fmt'], ['fmt', '--check'], ['summary'], ['calendar'], ['status']])('%s %s', async (...command) => {
        const run = await runInProcess([...command.filter(Boolean), 'empty'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe("leerplan: no .pop files in 'empty': name a folder or file with plans, or run 'leerplan init'\n");
    });
});

describe('summary --out picks the format from the extension', () => {
    it.each([['x.md', '# '], ['x.json', '{'], ['x.html', '<!DOCTYPE html>'], ['x.htm', '<!DOCTYPE html>']])('%s', async (file, start) => {
        const run = await runInProcess(['summary', '--out', file], { cwd: root });
        expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(readFileSync(join(root, file), 'utf8').startsWith(start)).toBe(true);
    });

    it('-o is --out, and --format wins over the extension', async () => {
        expect((await runInProcess(['summary', '-o', 'y.md', '-f', 'json'], { cwd: root })).code).toBe(0);
        expect(readFileSync(join(root, 'y.md'), 'utf8').startsWith('{')).toBe(true);
        expect(existsSync(join(root, 'y.md'))).toBe(true);
        expect((await runInProcess(['summary', '-o', 'a.md', '--out', 'b.md'], { cwd: root })).stderr).toBe('leerplan: use --out or --output-file, not both\n');
    });
});
