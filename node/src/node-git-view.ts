import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { URI } from 'langium';
import type { GitView } from '../../language/src/workspace/git-view.js';

/**
 * Git's own view of which files are shared: tracked, or untracked and not ignored
 * (`git ls-files --cached --others --exclude-standard`). Asked once per repository
 * and cached until `invalidate()`; outside a repository, or without `git`, it
 * answers `undefined` and the privacy check stays silent.
 */
export class NodeGitView implements GitView {
    private readonly roots = new Map<string, string | null>();
    private readonly shared = new Map<string, Set<string> | null>();

    isShared(uri: URI): boolean | undefined {
        if (uri.scheme !== 'file') return undefined;
        const path = resolve(uri.fsPath);
        const root = this.repositoryRoot(dirname(path));
        if (!root) return undefined;
        const files = this.sharedFiles(root);
        return files ? files.has(path) : undefined;
    }

    invalidate(): void {
        this.roots.clear();
        this.shared.clear();
    }

    private repositoryRoot(dir: string): string | undefined {
        const known = this.roots.get(dir);
        if (known !== undefined) return known ?? undefined;
        let root: string | null = null;
        if (existsSync(join(dir, '.git'))) root = dir;
        else {
            const parent = dirname(dir);
            root = parent === dir ? null : this.repositoryRoot(parent) ?? null;
        }
        this.roots.set(dir, root);
        return root ?? undefined;
    }

    private sharedFiles(root: string): Set<string> | undefined {
        const known = this.shared.get(root);
        if (known !== undefined) return known ?? undefined;
        // `core.fsmonitor` names a command Git runs while it reads the index: a repository's own
        // .git/config could make opening a folder run anything. Leerplan never runs code from a repository.
        const result = spawnSync('git', ['-c', 'core.fsmonitor=false', '-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
            encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 10_000,
        });
        let files: Set<string> | null = null;
        if (result.status === 0 && typeof result.stdout === 'string') {
            files = new Set(result.stdout.split('\0').filter(Boolean).map(f => resolve(root, f)));
        }
        this.shared.set(root, files);
        return files ?? undefined;
    }
}
