import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from './helpers/check.js';
import { EXAMPLES_DIR, REPO_ROOT, makeWorkspace, removeWorkspace, runInProcess, type JsonReport } from './cli/cli-harness.js';

/**
 * The example school in examples/ is what a new user runs first and what the README
 * walks through: every file must show exactly the problems it was written to show.
 */
const EXPECTED_CODES: Record<string, string[]> = {
    'examples/organisation.pop': [],
    // assessments: the team's two are clean; the school's latest has a weakest dimension no goal works on
    'examples/assessments.pop': [],
    'examples/metingen.pop': ['assessment-gap'],
    // clean plans
    'examples/plans/joost-2026.pop': [],
    'examples/plans/sanne-2026.pop': [],
    'examples/plans/noor-2026.pop': [],
    // one typical problem (or two) each
    'examples/plans/daan-2026.pop': ['goal-without-feedback', 'goal-without-vision'],
    // the opt-in feedback-not-followed-up is on in examples/leerplan.json
    'examples/plans/emre-2026.pop': ['feedback-not-followed-up', 'no-review', 'overdue'],
    'examples/plans/fatima-2026.pop': ['feedback-only-given', 'only-formal-learning'],
    'examples/plans/lisa-2026.pop': ['lead-not-asking-team'],
};

/**
 * The private file is listed in examples/.gitignore, but this repository commits it (`git add -f`)
 * so that it can be read: Git tracks it, so in a checkout it is part of the workspace and warned about.
 */
const TRACKED_PRIVATE_FILE_CODES: Record<string, string[]> = {
    'examples/plans/noor-2026.private.pop': ['private-in-tracked-file', 'private-in-tracked-file'],
};

const PRIVATE_FILE = join(EXAMPLES_DIR, 'plans', 'noor-2026.private.pop');

/** Every .pop file under examples/, as `{ 'plans/x.pop': text }`. */
function exampleFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.pop')) files[relative(EXAMPLES_DIR, path)] = readFileSync(path, 'utf8');
        }
    };
    walk(EXAMPLES_DIR);
    return files;
}

/** The quoted texts of the private file: what must never be printed. */
function privateTexts(): string[] {
    const text = readFileSync(PRIVATE_FILE, 'utf8');
    return [...text.matchAll(/reflection \d{4}-\d{2}-\d{2} "([^"]+)"/g)].map(m => m[1]);
}

function codesByFile(report: JsonReport): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const d of report.diagnostics) (result[d.file] ??= []).push(d.code);
    for (const codes of Object.values(result)) codes.sort();
    return result;
}

describe('the examples', () => {
    it('report exactly the intended codes per file when checked with leerplan check', async () => {
        const run = await runInProcess(['check', '--format', 'json', 'examples'], { cwd: REPO_ROOT });
        const report = JSON.parse(run.stdout) as JsonReport;
        const expected = { ...EXPECTED_CODES, ...TRACKED_PRIVATE_FILE_CODES };
        expect(report.files).toBe(Object.keys(expected).length);
        const actual = codesByFile(report);
        for (const [file, codes] of Object.entries(expected)) expect(actual[file] ?? [], file).toEqual(codes);
        expect(Object.keys(actual).every(file => file in expected)).toBe(true);
        expect(report.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        expect(run.code).toBe(0);
    });

    it('report the same codes when the private file is part of the workspace, and none in it', async () => {
        const config = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'leerplan.json'), 'utf8'));
        const files = exampleFiles();
        expect(Object.keys(files)).toContain('plans/noor-2026.private.pop');
        const settings = Object.fromEntries(Object.entries({
            today: config.today, maxGoals: config.maxGoals, requiredRoles: config.requiredRoles, rules: config.rules,
        }).filter(([, value]) => value !== undefined));
        const result = await checkWorkspace(files, settings);
        for (const [name, codes] of Object.entries(result.codes)) {
            expect(codes, name).toEqual(EXPECTED_CODES[`examples/${name}`] ?? []);
        }
    });

    it('cover the problems the README walks through, and three clean plans', () => {
        const codes = new Set(Object.values(EXPECTED_CODES).flat());
        for (const code of ['goal-without-vision', 'goal-without-feedback', 'feedback-only-given', 'only-formal-learning', 'no-review', 'lead-not-asking-team', 'overdue', 'feedback-not-followed-up']) {
            expect(codes.has(code), code).toBe(true);
        }
        const plans = Object.keys(EXPECTED_CODES).filter(f => f.startsWith('examples/plans/'));
        expect(plans.length).toBeGreaterThanOrEqual(5);
        expect(plans.filter(f => EXPECTED_CODES[f].length === 0)).toHaveLength(3);
    });

    it('Git-ignore the private file', () => {
        expect(readFileSync(join(EXAMPLES_DIR, '.gitignore'), 'utf8').split('\n')).toContain('*.private.pop');
        expect(privateTexts()).toHaveLength(2);
    });
});

describe('private text in the examples', () => {
    const pathSets = [
        ['examples'],
        ['examples/plans/noor-2026.private.pop'],
        ['examples/plans/noor-2026.pop', 'examples/plans/noor-2026.private.pop'],
    ];

    it('never appears in any output of leerplan check, in any format or language', async () => {
        const secrets = privateTexts();
        let runs = 0;
        for (const paths of pathSets) {
            for (const format of ['pretty', 'json', 'sarif', 'github']) {
                for (const lang of ['en', 'nl']) {
                    const run = await runInProcess(['check', '--format', format, '--lang', lang, ...paths], { cwd: REPO_ROOT, isTTY: format === 'pretty' });
                    expect(run.code).toBe(0);
                    const output = run.stdout + run.stderr;
                    for (const secret of secrets) {
                        expect(output).not.toContain(secret);
                        expect(output).not.toContain(secret.slice(0, 24));
                    }
                    runs++;
                }
            }
        }
        expect(runs).toBe(24);
    });

    it('never appears even when a private reflection itself has a problem', async () => {
        const secret = 'I still feel unsure in front of 4 havo';
        const plan = readFileSync(join(EXAMPLES_DIR, 'plans', 'noor-2026.pop'), 'utf8');
        const root = makeWorkspace({
            'organisation.pop': readFileSync(join(EXAMPLES_DIR, 'organisation.pop'), 'utf8'),
            'noor-2026.pop': plan.replace('    reflection 2026-02-01', `    reflection 2026-02-30 private "${secret}"\n    reflection 2026-02-01`),
            'noor-2026.private.pop': `privé noor-2026 {\n    reflectie 2026-13-01 "${secret}, tweede keer"\n}\n`,
        });
        try {
            for (const format of ['pretty', 'json', 'sarif', 'github']) {
                for (const lang of ['en', 'nl']) {
                    const run = await runInProcess(['check', '--format', format, '--lang', lang], { cwd: root });
                    expect(run.stdout).toContain('invalid-date');
                    expect(run.stdout + run.stderr).not.toContain(secret);
                }
            }
        } finally {
            removeWorkspace(root);
        }
    });

    it('is flagged, never printed, when the private file would be committed', async () => {
        const root = mkdtempSync(join(tmpdir(), 'leerplan-examples-git-'));
        try {
            cpSync(EXAMPLES_DIR, root, { recursive: true });
            rmSync(join(root, '.gitignore'));
            expect(spawnSync('git', ['init', '-q', root]).status).toBe(0);
            for (const format of ['pretty', 'json', 'sarif', 'github']) {
                for (const lang of ['en', 'nl']) {
                    const run = await runInProcess(['check', '--format', format, '--lang', lang], { cwd: root });
                    if (format === 'json') {
                        // Both reflections of the private file are flagged: Git would commit it now.
                        const flagged = (JSON.parse(run.stdout) as JsonReport).diagnostics.filter(d => d.code === 'private-in-tracked-file');
                        expect(flagged.map(d => `${d.file}:${d.line}`)).toEqual(['plans/noor-2026.private.pop:4', 'plans/noor-2026.private.pop:5']);
                    }
                    for (const secret of privateTexts()) expect(run.stdout + run.stderr).not.toContain(secret);
                }
            }
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});
