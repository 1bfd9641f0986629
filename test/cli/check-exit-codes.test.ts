import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISATION, cleanPlan, makeWorkspace, removeWorkspace, runInProcess, type CliRun } from './cli-harness.js';

/** Two warnings (no vision link, no review) and no error. */
const TWO_WARNINGS = cleanPlan()
    .replace('        supports learning\n', '')
    .replace('    review 2026-06-30 with mark "Mid-year"\n', '');

let clean: string;
let warnings: string;
let broken: string;

beforeAll(() => {
    clean = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': cleanPlan() });
    warnings = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': TWO_WARNINGS });
    broken = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': cleanPlan().replace('coach mark', 'coach nobody') });
});

afterAll(() => {
    for (const root of [clean, warnings, broken]) removeWorkspace(root);
});

/** A usage error: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectUsageError(run: CliRun, message: string | RegExp): void {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(lines[0]).toMatch(/^leerplan: /);
    if (typeof message === 'string') expect(lines[0]).toBe(message);
    else expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('exit codes of leerplan check', () => {
    it('is 0 without problems', async () => {
        const run = await runInProcess(['check'], { cwd: clean });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('0 errors, 0 warnings, 0 info, 0 hints in 2 files\n');
    });

    it('is 0 with warnings only', async () => {
        const run = await runInProcess(['check'], { cwd: warnings });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('0 errors, 2 warnings');
    });

    it('is 1 with an error, in every format', async () => {
        for (const format of ['pretty', 'json', 'sarif', 'github']) {
            const run = await runInProcess(['check', '--format', format], { cwd: broken });
            expect(run.code, format).toBe(1);
            expect(run.stdout).toContain('link-error');
            expect(run.stderr).toBe('');
        }
    });

    it('is 1 with more warnings than --max-warnings allows, 0 up to it', async () => {
        expect((await runInProcess(['check', '--max-warnings', '2'], { cwd: warnings })).code).toBe(0);
        expect((await runInProcess(['check', '--max-warnings', '1'], { cwd: warnings })).code).toBe(1);
        expect((await runInProcess(['check', '--max-warnings=0'], { cwd: warnings })).code).toBe(1);
        expect((await runInProcess(['check', '--max-warnings', '0'], { cwd: clean })).code).toBe(0);
    });

    it('says why on stderr when there are more warnings than --max-warnings allows', async () => {
        const over = await runInProcess(['check', '--max-warnings', '1'], { cwd: warnings });
        expect(over.stderr).toBe('leerplan: 2 warnings, more than --max-warnings 1 allows\n');
        expect(over.stdout).toContain('0 errors, 2 warnings');
        const dutch = await runInProcess(['check', '--max-warnings', '0', '--lang', 'nl'], { cwd: warnings });
        expect(dutch).toMatchObject({ code: 1, stderr: 'leerplan: 2 waarschuwingen, meer dan --max-warnings 0 toestaat\n' });
        expect((await runInProcess(['check', '--max-warnings', '2'], { cwd: warnings })).stderr).toBe('');
    });
});

describe('bad usage: exit 2 with one line on stderr', () => {
    it('for an unknown option', async () => {
        expectUsageError(await runInProcess(['check', '--colour'], { cwd: clean }), "leerplan: unknown option '--colour'");
    });

    it('for an unknown --format value', async () => {
        expectUsageError(await runInProcess(['check', '--format', 'xml'], { cwd: clean }),
            "leerplan: option '--format' does not accept 'xml' (allowed: pretty, json, sarif, github)");
    });

    it('for an option without its value', async () => {
        expectUsageError(await runInProcess(['check', '--format'], { cwd: clean }), "leerplan: option '--format' needs a value");
    });

    it('for a path that does not exist', async () => {
        expectUsageError(await runInProcess(['check', 'missing.pop'], { cwd: clean }), "leerplan: cannot read 'missing.pop': no such file or folder");
        expectUsageError(await runInProcess(['check', 'no-such-folder'], { cwd: clean }), "leerplan: cannot read 'no-such-folder': no such file or folder");
        // The reason is said in the output's language too, not only the sentence around it.
        expectUsageError(await runInProcess(['check', 'missing.pop', '--lang', 'nl'], { cwd: clean }), "leerplan: kan 'missing.pop' niet lezen: bestaat niet");
    });

    it('for a --today that is not an existing date', async () => {
        expectUsageError(await runInProcess(['check', '--today', 'tomorrow'], { cwd: clean }),
            "leerplan: option '--today' does not accept 'tomorrow' (allowed: YYYY-MM-DD)");
        expectUsageError(await runInProcess(['check', '--today', '2026-02-30'], { cwd: clean }), /'--today' does not accept '2026-02-30'/);
    });

    it('for a bad --max-warnings', async () => {
        expectUsageError(await runInProcess(['check', '--max-warnings=-1'], { cwd: clean }), /'--max-warnings' does not accept '-1'/);
        expectUsageError(await runInProcess(['check', '--max-warnings', 'many'], { cwd: clean }), /'--max-warnings' does not accept 'many'/);
    });

    it('for a named file that is not a .pop file, in check and summary, in English and Dutch', async () => {
        writeFileSync(join(clean, 'notes.txt'), 'plan x for y {}\n');
        expectUsageError(await runInProcess(['check', 'notes.txt'], { cwd: clean }), "leerplan: 'notes.txt' is not a .pop file");
        expectUsageError(await runInProcess(['check', 'anna.pop', './notes.txt'], { cwd: clean }), "leerplan: 'notes.txt' is not a .pop file");
        expectUsageError(await runInProcess(['summary', 'notes.txt'], { cwd: clean }), "leerplan: 'notes.txt' is not a .pop file");
        expectUsageError(await runInProcess(['check', 'notes.txt', '--lang', 'nl'], { cwd: clean }), "leerplan: 'notes.txt' is geen .pop-bestand");
    });

    it('for an unknown command', async () => {
        expectUsageError(await runInProcess(['chek'], { cwd: clean }), "leerplan: unknown command 'chek' (try 'leerplan --help')");
    });

    it('for a bad leerplan.json in Dutch, every word', async () => {
        const cases: Array<[config: string, expected: string]> = [
            ['{ "maxGoals": "five" }', 'leerplan: leerplan.json: "maxGoals": moet een geheel getal van minstens 1 zijn, niet "five"'],
            ['{ "rules": { "goal-without-visoin": "off" } }', 'leerplan: leerplan.json: "rules.goal-without-visoin": onbekende regelcode (bedoel je "goal-without-vision"?)'],
            ['{ "maxgoals": 3 }', 'leerplan: leerplan.json: "maxgoals": onbekende sleutel (bedoel je "maxGoals"?); bekende sleutels: language, today, maxGoals, assessmentStaleMonths, planStaleMonths, feedbackFollowUpDays, requiredRoles, rules, discoveryLimit'],
            ['{\n  "today" "2026-06-15"\n}', 'leerplan: leerplan.json: geen geldige JSON (regel 2, kolom 11)'],
        ];
        for (const [config, expected] of cases) {
            const root = makeWorkspace({ 'leerplan.json': config, 'organisation.pop': ORGANISATION });
            try {
                expectUsageError(await runInProcess(['check', '--lang', 'nl'], { cwd: root }), expected);
            } finally {
                removeWorkspace(root);
            }
        }
        // A leerplan.json that is a folder cannot be read: said in Dutch too.
        const root = makeWorkspace({ 'organisation.pop': ORGANISATION });
        try {
            rmSync(join(root, 'leerplan.json'));
            mkdirSync(join(root, 'leerplan.json'));
            expectUsageError(await runInProcess(['check', '--lang', 'nl'], { cwd: root }), 'leerplan: leerplan.json: kan niet worden gelezen: is een map');
        } finally {
            removeWorkspace(root);
        }
    });

    it('for a bad leerplan.json, naming the file and the key', async () => {
        const cases: Array<[config: string, expected: RegExp]> = [
            ['{ "maxGoals": "five" }', /^leerplan: leerplan\.json: "maxGoals": must be a whole number/],
            ['{ "today": "2026-13-01" }', /^leerplan: leerplan\.json: "today": must be an existing date/],
            ['{ "language": "fr" }', /^leerplan: leerplan\.json: "language": must be "en" or "nl"/],
            ['{ "rules": { "goal-without-visoin": "off" } }', /^leerplan: leerplan\.json: "rules\.goal-without-visoin": unknown rule code \(did you mean "goal-without-vision"\?\)/],
            ['{ "rules": { "overdue": "loud" } }', /^leerplan: leerplan\.json: "rules\.overdue": must be one of/],
            ['{ "requiredRoles": ["vision", "money"] }', /^leerplan: leerplan\.json: "requiredRoles": must be a list of roles/],
            ['{ "maxgoals": 3 }', /^leerplan: leerplan\.json: "maxgoals": unknown key \(did you mean "maxGoals"\?\)/],
            ['{ "today": ', /^leerplan: leerplan\.json: not valid JSON/],
        ];
        for (const [config, expected] of cases) {
            const root = makeWorkspace({ 'leerplan.json': config, 'organisation.pop': ORGANISATION });
            try {
                expectUsageError(await runInProcess(['check'], { cwd: root }), expected);
            } finally {
                removeWorkspace(root);
            }
        }
    });

    it('names the configuration file by its path relative to the working folder', async () => {
        const root = makeWorkspace({ 'team/leerplan.json': '{ "maxGoals": 0 }', 'team/organisation.pop': ORGANISATION });
        try {
            expectUsageError(await runInProcess(['check', 'team'], { cwd: root }), /^leerplan: team\/leerplan\.json: "maxGoals": /);
        } finally {
            removeWorkspace(root);
        }
    });
});

describe('help and version', () => {
    it('--help prints the usage and exits 0', async () => {
        const run = await runInProcess(['--help'], { cwd: clean });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^Usage: leerplan <command>/);
        expect(run.stdout).toContain("'leerplan <command> --help'");
    });

    it.each([
        ['check', ['-f, --format pretty|json|sarif|github', '-o, --output-file FILE', '--quiet', '--stdin-filename PATH', '--max-warnings N']],
        ['summary', ['-f, --format html|md|json', '-o, --out, --output-file FILE', '--plan ID']],
        ['fmt', ['--check', '--quiet', '--stdin ']],
        ['init', ['--lang en|nl', '--today YYYY-MM-DD']],
        ['hook', ['install', 'uninstall', '--force']],
    ])('%s --help prints the options of that command, in English and Dutch', async (command, options) => {
        const run = await runInProcess([command, '--help'], { cwd: clean });
        expect(run).toMatchObject({ code: 0, stderr: '' });
        expect(run.stdout).toMatch(new RegExp(`^Usage: leerplan ${command} `));
        for (const option of options) expect(run.stdout).toContain(option);
        const nl = await runInProcess([command, '-h', '--lang', 'nl'], { cwd: clean });
        expect(nl.stdout).toMatch(new RegExp(`^Gebruik: leerplan ${command} `));
    });

    it('--version prints the version', async () => {
        const run = await runInProcess(['--version'], { cwd: clean });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    });
});

describe('settings from the command line', () => {
    it('--today moves the date that overdue compares with', async () => {
        const root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': cleanPlan() });
        try {
            const before = await runInProcess(['check', '--format', 'json', '--today', '2026-09-30'], { cwd: root });
            expect(JSON.parse(before.stdout).diagnostics).toEqual([]);
            const after = await runInProcess(['check', '--format', 'json', '--today', '2026-10-01'], { cwd: root });
            expect(JSON.parse(after.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['overdue']);
        } finally {
            removeWorkspace(root);
        }
    });

    it('leerplan.json can turn a rule off or raise it to an error', async () => {
        const root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': TWO_WARNINGS });
        try {
            writeFileSync(join(root, 'leerplan.json'), JSON.stringify({ today: '2026-06-15', rules: { 'no-review': 'off', 'goal-without-vision': 'error' } }));
            const run = await runInProcess(['check', '--format', 'json'], { cwd: root });
            const report = JSON.parse(run.stdout);
            expect(report.diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`)).toEqual(['goal-without-vision:error']);
            expect(run.code).toBe(1);
        } finally {
            removeWorkspace(root);
        }
    });
});
