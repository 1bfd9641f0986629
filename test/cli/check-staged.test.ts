import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runInProcess } from './cli-harness.js';

const PLAN = `people { person anna "Anna" person mark "Mark" }
plan anna-2026 for anna {
    coach mark
    reflection 2026-04-02 private "PRIVATE-STAGED-CANARY I doubt myself."
}
`;

describe('leerplan check --staged (what the pre-commit hook runs on the staged files)', () => {
    const root = makeWorkspace({ 'anna-2026.pop': PLAN });
    afterAll(() => removeWorkspace(root));

    it('outside a repository, private text is not reported as tracked', async () => {
        const run = await runInProcess(['check', '--format', 'json', '.'], { cwd: root });
        const codes = JSON.parse(run.stdout).diagnostics.map((d: { code: string }) => d.code);
        expect(codes).not.toContain('private-in-tracked-file');
    });

    it('with --staged every file is about to be committed, so private text is reported, never printed', async () => {
        const run = await runInProcess(['check', '--staged', '--format', 'json', '.'], { cwd: root });
        const report = JSON.parse(run.stdout);
        const privateHits = report.diagnostics.filter((d: { code: string }) => d.code === 'private-in-tracked-file');
        expect(privateHits.map((d: { line: number; column: number }) => [d.line, d.column])).toEqual([[4, 5]]);
        expect(run.stdout + run.stderr).not.toContain('PRIVATE-STAGED-CANARY');
        expect(run.code).toBe(0);
    });
});
