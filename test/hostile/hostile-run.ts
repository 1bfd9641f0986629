import { expect } from 'vitest';
import { CLI_HANG_GUARD_MS, stackTraceIn, type CliRun } from './hostile-files.js';

/** A run that ended by itself, with one of the `allowed` exit codes, and no stack trace anywhere. */
export function expectClean(run: CliRun, allowed: number[] = [1, 2]): void {
    expect(run.signal, `killed after ${CLI_HANG_GUARD_MS} ms: ${run.stderr.slice(-500)}`).toBeNull();
    expect(allowed).toContain(run.code);
    expect(stackTraceIn(run.stderr)).toBeUndefined();
    expect(stackTraceIn(run.stdout)).toBeUndefined();
}
