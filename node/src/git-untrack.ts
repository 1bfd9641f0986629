import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { gitEnvironment, gitFailure, repositoryOf, SAFE_GIT_OPTIONS, type GitFailure } from './git-repository.js';

/**
 * `git rm --cached` for one private file: Git stops tracking it, the file stays on
 * disk. Only `*.private.pop` files: this is the private-file quick fix, never a way
 * to change the index of anything else. Never runs a repository's own commands
 * (`core.fsmonitor` off).
 */
export function untrackPrivateFile(path: string): { ok: true } | { ok: false; reason: 'not-private' | 'no-repository' } | { ok: false; reason: 'git'; failure: GitFailure } {
    const absolute = resolve(path);
    if (!basename(absolute).endsWith('.private.pop')) return { ok: false, reason: 'not-private' };
    const root = repositoryOf(dirname(absolute));
    if (!root) return { ok: false, reason: 'no-repository' };
    const result = spawnSync('git', [...SAFE_GIT_OPTIONS, '-C', root, 'rm', '--cached', '--quiet', '--', absolute], { encoding: 'utf8', env: gitEnvironment(), timeout: 10_000 });
    if (result.status === 0) return { ok: true };
    return { ok: false, reason: 'git', failure: gitFailure(result) };
}
