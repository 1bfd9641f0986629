import { afterEach, describe, expect, it } from 'vitest';
import { startProgress } from '../../cli/src/progress.js';
import { runCli } from '../../cli/src/cli.js';
import { baseEnv, makeWorkspace, removeWorkspace } from './cli-harness.js';

/** A stream that records what is written, as a terminal or not. */
function stream(isTTY: boolean): { write(text: string): void; isTTY: boolean; text: string } {
    return { isTTY, text: '', write(text: string) { this.text += text; } };
}

describe('the progress line', () => {
    it('writes nothing when stderr is not a terminal', () => {
        const err = stream(false);
        const progress = startProgress(err, 1000, (d, t) => `checking ${d}/${t} files`);
        progress.update(10);
        progress.finish();
        expect(err.text).toBe('');
    });

    it('writes nothing for a short run, even on a terminal', () => {
        const err = stream(true);
        const progress = startProgress(err, 10, (d, t) => `checking ${d}/${t} files`);
        progress.update(5);
        progress.finish();
        expect(err.text).toBe('');
    });

    it('redraws one line at most every 100 ms and wipes it at the end', () => {
        const err = stream(true);
        let now = 1000;
        const progress = startProgress(err, 1001, (d, t) => `checking ${d}/${t} files`, () => now);
        progress.update(1);
        progress.update(2);
        now += 150;
        progress.update(412);
        now += 10;
        progress.update(1001);
        progress.finish();
        progress.finish();
        const wipe = '\r' + ' '.repeat('checking 1001/1001 files'.length) + '\r';
        expect(err.text).toBe('\rchecking 1/1001 files' + '\rchecking 412/1001 files' + '\rchecking 1001/1001 files' + wipe);
    });
});

describe('progress in check and fmt', () => {
    let root: string | undefined;
    afterEach(() => {
        if (root) removeWorkspace(root);
    });

    async function run(argv: string[], tty: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
        const out = stream(false);
        const err = stream(tty);
        const code = await runCli({ argv, cwd: root!, env: baseEnv(), stdout: out, stderr: err, stdinIsTTY: false });
        return { code, stdout: out.text, stderr: err.text };
    }

    it('shows on a terminal, is wiped at the end, and never touches stdout', async () => {
        const files: Record<string, string> = {};
        for (let i = 0; i < 60; i++) files[`p${String(i).padStart(2, '0')}.pop`] = `people {\n    person p${i} "P"\n}\n`;
        root = makeWorkspace(files);
        const check = await run(['check', '--format', 'json'], true);
        expect(check.stderr).toMatch(/^\rchecking 0\/60 files/);
        expect(check.stderr).toMatch(/\r +\r$/);
        expect(JSON.parse(check.stdout).files).toBe(60);
        const fmt = await run(['fmt', '--check'], true);
        expect(fmt.stderr).toMatch(/^\rformatting 0\/60 files/);
        expect(fmt.stderr).toMatch(/\r +\r$/);
        expect(fmt.stdout).toBe('');
        expect((await run(['check', '--format', 'json'], false)).stderr).toBe('');
        expect((await run(['fmt', '--check'], false)).stderr).toBe('');
    });
});
