import type { URI } from 'langium';

/**
 * What Git says about a file: `true` when it is tracked or would be committed
 * (untracked but not ignored), `false` when Git ignores it, `undefined` outside a
 * repository or when it cannot tell. The language core does no I/O; the CLI and
 * the server plug in an implementation that asks `git` itself.
 */
export interface GitView {
    isShared(uri: URI): boolean | undefined;
    /** Whether Git tracks the file (it is in the index): a `.gitignore` rule does not hide a tracked file. */
    isTracked?(uri: URI): boolean | undefined;
    /** Whether a `.gitignore` rule (or `info/exclude`) matches the file, tracked or not. */
    isIgnoredByRule?(uri: URI): boolean | undefined;
    /** Forget what Git said so far (files or ignore rules changed); for views that remember. */
    invalidate?(): void;
}

export class UnknownGitView implements GitView {
    isShared(): boolean | undefined {
        return undefined;
    }
}
