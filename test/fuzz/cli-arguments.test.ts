import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/cli-harness.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from './fuzz-budget.js';
import { REPO_ROOT } from './mutations.js';

/**
 * The `leerplan` command on random command lines and random `leerplan.json` files,
 * in a copy of the example workspace: it never throws, it exits 0, 1 or 2, a usage or
 * configuration problem (exit 2) is said on stderr in lines starting with `leerplan:`,
 * and no output ever holds a stack trace or an "internal error" (an exception caught
 * by the last line of defence in runCli).
 */
const COMMANDS = ['check', 'summary', 'fmt', 'init', 'hook', 'help', 'nonsense', '--version', '-h'];
const WORDS = [
    // (No '/' or '..': those name the whole machine or everyone's temporary folder: not hostile, just big.)
    '.', 'plans', 'plans/noor-2026.pop', 'plans/noor-2026.private.pop', 'organisation.pop', 'missing.pop', './plans/../plans', '',
    '--format', 'json', 'sarif', 'github', 'pretty', 'html', 'md', 'xml', '--lang', 'nl', 'en', 'fr', '--lang=nl',
    '--today', '2026-02-30', '2026-06-15', '0001-01-01', '9999-12-31', 'yesterday', '--max-warnings', '0', '-1', 'NaN', '1e9', '--plan', 'noor-2026',
    '--team', 'exact', '--coach', 'joost', '--out', 'out.html', 'sub/none/out.md', '--check', '--force', '-', '--', '--unknown',
    '-x', '--format=', 'install', 'uninstall', '\u0000', 'ß', '$(touch x)', '--help',
];
const argvArb = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 })).map(([c, rest]) => [c, ...rest]);

const CONFIG_VALUES: unknown[] = [
    null, true, 0, -5, 3.5, 1e308, 'nl', 'en', 'xx', '', '2026-06-15', '2026-02-30', [], ['vision'], ['nonsense'], {},
    { 'goal-without-vision': 'error' }, { 'goal-without-vision': 'loud' }, { 'no-such-rule': 'off' }, { __proto__: null },
];
const CONFIG_KEYS = ['language', 'today', 'maxGoals', 'requiredRoles', 'rules', '$schema', 'unknown', '__proto__', 'constructor'];
const EXAMPLE_CONFIG = JSON.stringify({ today: '2026-06-15', maxGoals: 5, requiredRoles: ['vision', 'feedback'], rules: { 'no-reflection': 'warning' } });
const configArb = fc.oneof(
    { weight: 4, arbitrary: fc.constant(EXAMPLE_CONFIG) },
    { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...CONFIG_KEYS), fc.constantFrom(...CONFIG_VALUES), { maxKeys: 4 }).map(c => JSON.stringify(c)) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '"text"', '{"today": "2026-06-15",}', '\uFEFF{}', '{"__proto__": {"today": "x"}}') },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

let root: string;

beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'leerplan-cli-fuzz-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fuzz: random command lines and leerplan.json files', () => {
    const runs = fuzzRuns(150, 0.05);
    it(`exit 0, 1 or 2, one clear line for exit 2, never a stack trace (${runs} command lines)`, async () => {
        let counter = 0;
        const exits = [0, 0, 0];
        await checkProperty('CLI on random arguments and configuration', fc.asyncProperty(argvArb, configArb, async (argv, config) => {
            const cwd = join(root, String(counter++));
            cpSync(join(REPO_ROOT, 'examples'), cwd, { recursive: true });
            writeFileSync(join(cwd, 'leerplan.json'), config);
            try {
                const run = await runInProcess(argv, { cwd });
                expect([0, 1, 2]).toContain(run.code);
                exits[run.code]++;
                for (const text of [run.stdout, run.stderr]) expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$|TypeError|RangeError|ReferenceError/m);
                // runCli turns an unexpected exception into "internal error": that is a crash too.
                expect(run.stderr).not.toMatch(/internal error|interne fout/);
                if (run.code === 2) {
                    expect(run.stderr.length + run.stdout.length).toBeGreaterThan(0);
                    if (run.stderr) expect(run.stderr).toMatch(/^leerplan: \S/);
                }
            } finally {
                rmSync(cwd, { recursive: true, force: true });
            }
        }), runs);
        console.log(`[fuzz] CLI arguments: exits 0/1/2 = ${exits.join('/')}`);
    }, fuzzTimeout(runs, 400));
});
