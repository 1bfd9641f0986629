import type { URI } from 'langium';

/**
 * What Git says about a file: `true` when it is tracked or would be committed
 * (untracked but not ignored), `false` when Git ignores it, `undefined` outside a
 * repository or when it cannot tell. The language core does no I/O; the CLI and
 * the server plug in an implementation that asks `git` itself.
 */
/** What Git's history says of a file (`GitView.lastChange`). */
export interface FileHistory {
    /** The day (YYYY-MM-DD) of the last commit that changed the file; null when no commit has it. */
    committed: string | null;
    /** Whether the file differs from the last commit (changed, staged or untracked). */
    uncommitted: boolean;
}

export interface GitView {
    isShared(uri: URI): boolean | undefined;
    /** Whether Git tracks the file (it is in the index): a `.gitignore` rule does not hide a tracked file. */
    isTracked?(uri: URI): boolean | undefined;
    /** Whether a `.gitignore` rule (or `info/exclude`) matches the file, tracked or not. */
    isIgnoredByRule?(uri: URI): boolean | undefined;
    /**
     * The file's history, for the opt-in rule `plan-stale`; undefined when there is none to
     * read (no repository, a shallow clone) or the host does not read history (the editor).
     */
    lastChange?(uri: URI): FileHistory | undefined;
    /** Forget what Git said so far (files or ignore rules changed); for views that remember. */
    invalidate?(): void;
}

export class UnknownGitView implements GitView {
    isShared(): boolean | undefined {
        return undefined;
    }
}
