import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CLI, EXAMPLES_DIR, NODE_BIN, ORGANISATION, REPO_ROOT, baseEnv, cleanPlan, makeWorkspace, removeWorkspace } from './cli-harness.js';

/**
 * Runs the bundled CLI with a stdout whose reader is gone before anything is written
 * (`leerplan check | head -0`), and returns the exit code and what reached stderr.
 */
function runWithClosedStdout(argv: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
    if (!existsSync(BUNDLED_CLI)) throw new Error(`${BUNDLED_CLI} is missing: run 'node_modules/.bin/node scripts/build.mjs' first`);
    return new Promise((done, fail) => {
        const child = spawn(NODE_BIN, [BUNDLED_CLI, ...argv], { cwd, env: { PATH: process.env.PATH, ...baseEnv() }, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
        child.on('error', fail);
        child.on('close', code => done({ code, stderr }));
    });
}

describe('a closed output pipe (leerplan ... | head)', () => {
    let broken: string;
    beforeAll(() => {
        broken = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': cleanPlan().replace('coach mark', 'coach nobody') });
    });
    afterAll(() => removeWorkspace(broken));

    it('ends check and summary quietly with the exit code of the command', async () => {
        for (const argv of [['check', 'examples', '--today', '2026-09-01'], ['summary', 'examples', '--format', 'html'], ['check', 'examples', '--format', 'json']]) {
            const run = await runWithClosedStdout(argv, REPO_ROOT);
            expect(run, argv.join(' ')).toEqual({ code: 0, stderr: '' });
        }
        expect(existsSync(EXAMPLES_DIR)).toBe(true);
    });

    it('keeps exit 1 for a check with errors', async () => {
        expect(await runWithClosedStdout(['check'], broken)).toEqual({ code: 1, stderr: '' });
    });
});
