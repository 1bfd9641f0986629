import { styleText } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_CODES, RULES, type RuleCode } from '../../language/src/rules/rule-registry.js';
import {
    ORGANISATION, PRETTY_LINE, baseEnv, cleanPlan, makeWorkspace, removeWorkspace, runInProcess,
    type JsonReport,
} from './cli-harness.js';

/** A plan with one warning (goal-without-vision) and one error (invalid-date). */
const PROBLEM_PLAN = `plan piet-2026 for piet {
    coach mark
    team ward
    period 2026-01-01 .. 2026-12-31

    goal talks "Hold coaching talks" {
        dimensions LerenVanLeidersEnMedewerkers
        action buddy "Buddy for new colleagues" from 2026-04-01
        feedback ask mark "Observe one talk" every quarter
        evidence "New colleagues say the talks helped."
        due 2026-09-30
        status active
    }

    review 2026-02-30 with mark "Mid-year"
    reflection 2026-04-02 "Asking first works."
}
`;

const ORGANISATION_WITH_PIET = ORGANISATION
    .replace('person anna "Anna de Vries" role "Nurse"', 'person anna "Anna de Vries" role "Nurse"\n    person piet "Piet Bakker" role "Nurse"')
    .replace('members anna', 'members anna, piet');

let root: string;

beforeAll(() => {
    root = makeWorkspace({
        'organisation.pop': ORGANISATION_WITH_PIET,
        'plans/anna-2026.pop': cleanPlan(),
        'plans/nested/piet-2026.pop': PROBLEM_PLAN,
    });
});

afterAll(() => removeWorkspace(root));

describe('leerplan check --format pretty', () => {
    it('prints one "file:line:col  severity  code  message" line per diagnostic, then the counts', async () => {
        const run = await runInProcess(['check'], { cwd: root });
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines.slice(0, 2).map(l => l.replace(/  +/g, '  '))).toEqual([
            "plans/nested/piet-2026.pop:6:10  warning  goal-without-vision  Goal 'talks' is not linked to the vision: add 'supports <vision or ambition>'.",
            expect.stringMatching(/^plans\/nested\/piet-2026\.pop:15:12  error  invalid-date  .*2026-02-30/),
        ]);
        for (const line of lines.slice(0, 2)) expect(line).toMatch(PRETTY_LINE);
        expect(lines[2]).toBe('');
        expect(lines[3]).toBe('1 error, 1 warning, 0 info, 0 hints in 3 files');
        expect(run.code).toBe(1);
        expect(run.stderr).toBe('');
    });

    it('uses no ANSI colours when stdout is not a terminal', async () => {
        const run = await runInProcess(['check'], { cwd: root, isTTY: false });
        expect(run.stdout).not.toMatch(/\x1b\[/);
    });

    it('colours severities when stdout is a terminal', async () => {
        const run = await runInProcess(['check'], { cwd: root, isTTY: true });
        expect(run.stdout).toContain(styleText('yellow', 'warning', { validateStream: false }));
        expect(run.stdout).toContain(styleText('red', 'error  ', { validateStream: false }));
        // Without the escape codes the lines are the plain ones.
        const plain = await runInProcess(['check'], { cwd: root, isTTY: false });
        expect(run.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain.stdout);
    });

    it('uses no colours on a terminal when NO_COLOR is set, or TERM=dumb, or FORCE_COLOR=0', async () => {
        for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }, { FORCE_COLOR: '0' }, { NODE_DISABLE_COLORS: '1' }]) {
            const run = await runInProcess(['check'], { cwd: root, isTTY: true, env: baseEnv(env) });
            expect(run.stdout, JSON.stringify(env)).not.toMatch(/\x1b\[/);
            expect(run.stdout).toContain('warning  goal-without-vision');
        }
    });

    it('colours into a pipe with FORCE_COLOR (which wins over NO_COLOR), as Node does', async () => {
        for (const env of [{ FORCE_COLOR: '1' }, { FORCE_COLOR: '', NO_COLOR: '1' }, { FORCE_COLOR: '3', TERM: 'dumb' }]) {
            const run = await runInProcess(['check'], { cwd: root, isTTY: false, env: baseEnv(env) });
            expect(run.stdout, JSON.stringify(env)).toContain(styleText('yellow', 'warning', { validateStream: false }));
        }
    });
});

describe('leerplan check --format json (the contract scripts rely on)', () => {
    const json = async (argv: string[], cwd = root) => {
        const run = await runInProcess(['check', '--format', 'json', ...argv], { cwd });
        return { run, report: JSON.parse(run.stdout) as JsonReport };
    };

    it('is exactly {"version":1,"files":N,"diagnostics":[...]} with the eight fields per diagnostic', async () => {
        const { run, report } = await json([]);
        expect(Object.keys(report)).toEqual(['version', 'files', 'diagnostics']);
        expect(report.version).toBe(1);
        expect(report.files).toBe(3);
        expect(report.diagnostics).toEqual([
            {
                file: 'plans/nested/piet-2026.pop', line: 6, column: 10, endLine: 6, endColumn: 15,
                severity: 'warning', code: 'goal-without-vision',
                message: "Goal 'talks' is not linked to the vision: add 'supports <vision or ambition>'.",
            },
            {
                file: 'plans/nested/piet-2026.pop', line: 15, column: 12, endLine: 15, endColumn: 22,
                severity: 'error', code: 'invalid-date', message: expect.stringContaining('2026-02-30'),
            },
        ]);
        for (const d of report.diagnostics) {
            expect(Object.keys(d)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
        }
        expect(run.code).toBe(1);
        expect(run.stderr).toBe('');
    });

    it('gives 1-based lines and columns that point at the text they flag', async () => {
        const { report } = await json([]);
        const lines = PROBLEM_PLAN.split('\n');
        const at = (d: JsonReport['diagnostics'][number]) => lines[d.line - 1].slice(d.column - 1, d.endColumn - 1);
        expect(report.diagnostics.map(at)).toEqual(['talks', '2026-02-30']);
    });

    it('gives paths relative to the working folder, with forward slashes', async () => {
        const fromRoot = await json(['plans']);
        expect(fromRoot.report.diagnostics.map(d => d.file)).toEqual(['plans/nested/piet-2026.pop', 'plans/nested/piet-2026.pop']);
        const fromPlans = await json(['.'], `${root}/plans`);
        expect(fromPlans.report.diagnostics.map(d => d.file)).toEqual(['nested/piet-2026.pop', 'nested/piet-2026.pop']);
        const absolute = await json([`${root}/plans/nested/piet-2026.pop`], `${root}/plans`);
        expect(absolute.report.files).toBe(1);
        expect(absolute.report.diagnostics.map(d => d.file)).toEqual(['nested/piet-2026.pop', 'nested/piet-2026.pop']);
        for (const d of [...fromRoot.report.diagnostics, ...fromPlans.report.diagnostics]) expect(d.file).not.toContain('\\');
    });

    it('sorts the diagnostics by file, line and column', async () => {
        const many = makeWorkspace({
            'organisation.pop': ORGANISATION_WITH_PIET,
            'b.pop': PROBLEM_PLAN.replace('piet-2026 for', 'piet-b for'),
            'a.pop': PROBLEM_PLAN.replace('piet-2026 for', 'piet-a for').replace('2026-04-02', '2026-04-31'),
            'c/z.pop': cleanPlan().replace('supports learning', ''),
        });
        try {
            const { report } = await json([], many);
            const keys = report.diagnostics.map(d => [d.file, d.line, d.column] as const);
            const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2]));
            expect(keys).toEqual(sorted);
            expect(new Set(keys.map(k => k[0]))).toEqual(new Set(['a.pop', 'b.pop', 'c/z.pop']));
        } finally {
            removeWorkspace(many);
        }
    });

    it('prints an empty list and exits 0 for a clean workspace', async () => {
        const { run, report } = await json(['organisation.pop', 'plans/anna-2026.pop']);
        expect(report).toEqual({ version: 1, files: 2, diagnostics: [] });
        expect(run.code).toBe(0);
    });
});

describe('leerplan check --format sarif', () => {
    it('is SARIF 2.1.0: one run, the tool with every rule, results with regions', async () => {
        const run = await runInProcess(['check', '--format', 'sarif'], { cwd: root });
        const sarif = JSON.parse(run.stdout);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.$schema).toMatch(/sarif.*2\.1\.0.*\.json$/);
        expect(sarif.runs).toHaveLength(1);
        const [sarifRun] = sarif.runs;
        expect(sarifRun.tool.driver.name).toBe('leerplan');
        expect(typeof sarifRun.tool.driver.version).toBe('string');
        const rules = sarifRun.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }>;
        expect(rules.map(r => r.id)).toEqual([...RULE_CODES]);
        for (const rule of rules) {
            expect(rule.shortDescription.text.length).toBeGreaterThan(0);
            expect(rule.helpUri).toMatch(new RegExp(`docs/rules\\.md#${rule.id}$`));
            const expected = { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[RULES[rule.id as RuleCode].defaultSeverity];
            expect(rule.defaultConfiguration.level).toBe(expected);
        }
        expect(sarifRun.results).toEqual([
            {
                ruleId: 'goal-without-vision', ruleIndex: RULE_CODES.indexOf('goal-without-vision'), level: 'warning',
                message: { text: "Goal 'talks' is not linked to the vision: add 'supports <vision or ambition>'." },
                locations: [{ physicalLocation: {
                    artifactLocation: { uri: 'plans/nested/piet-2026.pop', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 6, startColumn: 10, endLine: 6, endColumn: 15 },
                } }],
            },
            expect.objectContaining({ ruleId: 'invalid-date', ruleIndex: RULE_CODES.indexOf('invalid-date'), level: 'error' }),
        ]);
        for (const result of sarifRun.results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
        expect(run.code).toBe(1);
    });

    it('describes the rules in Dutch with --lang nl', async () => {
        const run = await runInProcess(['check', '--format', 'sarif', '--lang', 'nl'], { cwd: root });
        const rules = JSON.parse(run.stdout).runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string } }>;
        expect(rules.find(r => r.id === 'goal-without-vision')!.shortDescription.text).toBe(RULES['goal-without-vision'].title.nl);
    });
});

describe('leerplan check --format github', () => {
    it('prints one workflow command per diagnostic, info and hint as notices', async () => {
        const run = await runInProcess(['check', '--format', 'github'], { cwd: root });
        expect(run.stdout.trimEnd().split('\n')).toEqual([
            "::warning file=plans/nested/piet-2026.pop,line=6,col=10,endLine=6,endColumn=15,title=goal-without-vision::Goal 'talks' is not linked to the vision: add 'supports <vision or ambition>'.",
            expect.stringMatching(/^::error file=plans\/nested\/piet-2026\.pop,line=15,col=12,endLine=15,endColumn=22,title=invalid-date::.*2026-02-30/),
        ]);
        expect(run.code).toBe(1);
    });

    it('reports info diagnostics as notices', async () => {
        const ws = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': cleanPlan().replace('        evidence "New colleagues say the talks helped."\n', '') });
        try {
            const run = await runInProcess(['check', '--format', 'github'], { cwd: ws });
            expect(run.stdout).toMatch(/^::notice file=anna\.pop,line=6,col=10,.*title=goal-without-evidence::/m);
            expect(run.code).toBe(0);
        } finally {
            removeWorkspace(ws);
        }
    });
});
