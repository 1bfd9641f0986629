import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * `git rm --cached` for one private file: Git stops tracking it, the file stays on
 * disk. Only `*.private.pop` files: this is the private-file quick fix, never a way
 * to change the index of anything else. Never runs a repository's own commands
 * (`core.fsmonitor` off).
 */
export function untrackPrivateFile(path: string): { ok: true } | { ok: false; reason: 'not-private' | 'no-repository' | 'git'; detail?: string } {
    const absolute = resolve(path);
    if (!basename(absolute).endsWith('.private.pop')) return { ok: false, reason: 'not-private' };
    const root = repositoryRoot(dirname(absolute));
    if (!root) return { ok: false, reason: 'no-repository' };
    const result = spawnSync('git', ['-c', 'core.fsmonitor=false', '-C', root, 'rm', '--cached', '--quiet', '--', absolute], { encoding: 'utf8', timeout: 10_000 });
    if (result.status === 0) return { ok: true };
    return { ok: false, reason: 'git', detail: (result.stderr || result.error?.message || '').trim().split('\n')[0] };
}

function repositoryRoot(dir: string): string | undefined {
    for (let current = dir; ; current = dirname(current)) {
        if (existsSync(join(current, '.git'))) return current;
        if (dirname(current) === current) return undefined;
    }
}
