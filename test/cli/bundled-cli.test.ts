import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    EXAMPLES_DIR, ORGANISATION, PRETTY_LINE, REPO_ROOT, cleanPlan, makeWorkspace, removeWorkspace, runBundled, type JsonReport,
} from './cli-harness.js';

/**
 * The bundled `out/cli.cjs` as a user runs it: a real process with piped output.
 * `npm test` bundles first; alone, run `node_modules/.bin/node scripts/build.mjs`.
 */
describe('the bundled leerplan command', () => {
    let root: string;

    beforeAll(() => {
        root = makeWorkspace({
            'organisation.pop': ORGANISATION,
            'anna.pop': cleanPlan().replace('        supports learning\n', '').replace('reflection 2026-04-02', 'reflection 2026-04-31'),
        });
    });

    afterAll(() => removeWorkspace(root));

    it('checks the examples: pretty lines, no colours when piped, exit 0', () => {
        const run = runBundled(['check', 'examples'], { cwd: REPO_ROOT });
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).not.toMatch(/\x1b\[/);
        const lines = run.stdout.trimEnd().split('\n');
        const rows = lines.slice(0, -2);
        expect(rows.length).toBeGreaterThan(0);
        for (const line of rows) expect(line).toMatch(PRETTY_LINE);
        expect(rows.every(line => line.startsWith('examples/plans/') || line.startsWith('examples/metingen.pop:'))).toBe(true);
        // The committed private example is Git's and so part of the workspace (test/examples.test.ts).
        expect(lines.at(-1)).toBe('0 errors, 5 warnings, 6 info, 0 hints in 11 files');
    });

    it('prints the JSON contract and exits 1 on an error', () => {
        const run = runBundled(['check', '--format', 'json'], { cwd: root });
        expect(run.code).toBe(1);
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.version).toBe(1);
        expect(report.files).toBe(2);
        expect(report.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
            'anna.pop:6:10 warning goal-without-vision',
            'anna.pop:16:16 error invalid-date',
        ]);
    });

    it('speaks Dutch in a Dutch locale', () => {
        const run = runBundled(['check'], { cwd: root, env: { LANG: 'nl_NL.UTF-8' } });
        expect(run.stdout).toContain("Leerdoel 'talks' is niet gekoppeld aan de visie");
        expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 fout, 1 waarschuwing, 0 info, 0 hints in 2 bestanden');
    });

    it('colours a pipe only with FORCE_COLOR', () => {
        expect(runBundled(['check'], { cwd: root, env: { LANG: 'C', TERM: 'xterm-256color' } }).stdout).not.toMatch(/\x1b\[/);
        expect(runBundled(['check'], { cwd: root, env: { LANG: 'C', FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[31merror/);
    });

    it('exits 2 with one line on stderr and no stack trace on bad usage', () => {
        for (const argv of [['check', '--bogus'], ['check', '--format', 'yaml'], ['check', 'nowhere'], ['check', '--today', '2026-02-30']]) {
            const run = runBundled(argv, { cwd: root });
            expect(run.code, argv.join(' ')).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toMatch(/^leerplan: [^\n]+\n$/);
        }
    });

    it('exits 2 naming the file and the key of a bad leerplan.json', () => {
        const bad = makeWorkspace({ 'leerplan.json': '{ "maxGoals": -3 }', 'organisation.pop': ORGANISATION });
        try {
            const run = runBundled(['check'], { cwd: bad });
            expect(run.code).toBe(2);
            expect(run.stderr).toMatch(/^leerplan: leerplan\.json: "maxGoals": [^\n]+\n$/);
        } finally {
            removeWorkspace(bad);
        }
    });

    it('finds the examples by an absolute path too', () => {
        const run = runBundled(['check', '--format', 'json', EXAMPLES_DIR], { cwd: REPO_ROOT });
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files).toBe(11);
        expect(report.diagnostics.every(d => d.file.startsWith('examples/'))).toBe(true);
    });
    it('prints nothing on stderr but its own messages when the organisation has a misspelt keyword (no internal Langium warning)', () => {
        const ws = makeWorkspace({
            'organisation.pop': readFileSync(join(EXAMPLES_DIR, 'organisation.pop'), 'utf8').replace(/^organisation /m, 'organisaton '),
            ...Object.fromEntries(readdirSync(join(EXAMPLES_DIR, 'plans')).map(name => [`plans/${name}`, readFileSync(join(EXAMPLES_DIR, 'plans', name), 'utf8')])),
        });
        try {
            for (const format of ['pretty', 'json']) {
                const run = runBundled(['check', '--format', format], { cwd: ws });
                expect(run.code).toBe(1);
                expect(run.stderr).toBe('');
                expect(run.stdout).toContain('parse-error');
            }
        } finally {
            removeWorkspace(ws);
        }
    });
});
