import type { Lang } from '../../language/src/rules/rule-registry.js';

/** What a command gets from the outside world; tests pass their own. */
export interface CommandContext {
    argv: string[];
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: { write(text: string): unknown; isTTY?: boolean };
    stderr: { write(text: string): unknown; isTTY?: boolean };
    stdinIsTTY: boolean;
    /** The whole of standard input, for `--stdin` (absent: there is none to read). */
    readStdin?: () => Promise<string>;
}

/** A failure the user caused: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
    constructor(message: string, readonly lang: Lang) {
        super(message);
    }
}
