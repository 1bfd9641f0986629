import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUNDLED_CLI, HOSTILE_TEST_TIMEOUT_MS, HOSTILE_FOLDERS, longChains, makeRoot, removeRoot, runCli, writeFile, writeHostileFolder, type HostileFolder } from './hostile-files.js';
import { expectClean } from './hostile-run.js';

/**
 * `leerplan fmt --check`, `leerplan summary` and the other output formats of `check` on
 * the hostile folders of `hostile-cli.test.ts`: every run ends by itself, with the
 * expected exit code and no stack trace. One process per test, so no test is long;
 * `npm run bench` measures how long they take.
 */
vi.setConfig({ testTimeout: HOSTILE_TEST_TIMEOUT_MS });

let root: string;
const FOLDERS = Object.keys(HOSTILE_FOLDERS) as HostileFolder[];

beforeAll(() => {
    if (!existsSync(BUNDLED_CLI)) throw new Error(`${BUNDLED_CLI} is missing: run 'node_modules/.bin/node scripts/build.mjs' first`);
    root = makeRoot('leerplan-hostile-exports-');
    for (const folder of FOLDERS) writeHostileFolder(root, folder);
    writeFile(root, 'chains/chains.pop', longChains(5000));
});

afterAll(() => removeRoot(root));

describe.each(FOLDERS)('the hostile folder %s', folder => {
    it('fmt --check ends cleanly and names the files it cannot format', () => {
        const fmt = runCli(['fmt', '--check', folder], root);
        expectClean(fmt, [1]);
        expect(fmt.stderr).toMatch(/leerplan: /);
    });

    it.each(['json', 'md', 'html'])('summary --format %s ends cleanly with a summary', format => {
        const summary = runCli(['summary', folder, '--format', format], root);
        expectClean(summary, [0]);
        expect(summary.stdout.length).toBeGreaterThan(0);
    });
});

describe.each(['ten-mb', 'long-line', 'nul', 'binary'] as const)('check on the hostile folder %s in the other formats', folder => {
    it.each([['--format', 'pretty'], ['--format', 'sarif'], ['--format', 'github'], ['--lang', 'nl']])('%s %s: exit 1, no stack trace', (...args) => {
        expectClean(runCli(['check', folder, ...args], root), [1]);
    });
});

describe('chains of 5,000 ambitions and a ring of 5,000 team goals', () => {
    it.each(['json', 'md', 'html'])('summary --format %s ends without overflowing the stack', format => {
        const summary = runCli(['summary', 'chains', '--format', format], root);
        expectClean(summary, [0]);
        expect(summary.stdout).toContain('Team step 4999');
    });
});
