import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { URI } from 'langium';
import type { GitView } from '../../language/src/workspace/git-view.js';

/** The files of one repository Git would share, and of those the ones it tracks. */
interface GitFiles {
    shared: Set<string>;
    tracked: Set<string>;
}

/**
 * Git's own view of which files are shared: tracked, or untracked and not ignored
 * (`git ls-files --cached --others --exclude-standard`). Asked once per repository
 * and cached until `invalidate()`; outside a repository, or without `git`, it
 * answers `undefined` and the privacy check stays silent.
 */
export class NodeGitView implements GitView {
    private readonly roots = new Map<string, string | null>();
    private readonly shared = new Map<string, GitFiles | null>();

    isShared(uri: URI): boolean | undefined {
        const files = this.filesOf(uri);
        return files ? files.files.shared.has(files.path) : undefined;
    }

    isTracked(uri: URI): boolean | undefined {
        const files = this.filesOf(uri);
        return files ? files.files.tracked.has(files.path) : undefined;
    }

    /** Asks Git directly (`git check-ignore --no-index`): only quick fixes need it, one file at a time. */
    isIgnoredByRule(uri: URI): boolean | undefined {
        if (uri.scheme !== 'file') return undefined;
        const path = resolve(uri.fsPath);
        const root = this.repositoryRoot(dirname(path));
        if (!root) return undefined;
        const result = spawnSync('git', ['-c', 'core.fsmonitor=false', '-C', root, 'check-ignore', '-q', '--no-index', '--', path], { timeout: 10_000 });
        return result.status === 0 ? true : result.status === 1 ? false : undefined;
    }

    invalidate(): void {
        this.roots.clear();
        this.shared.clear();
    }

    private filesOf(uri: URI): { path: string; files: GitFiles } | undefined {
        if (uri.scheme !== 'file') return undefined;
        const path = resolve(uri.fsPath);
        const root = this.repositoryRoot(dirname(path));
        if (!root) return undefined;
        const files = this.sharedFiles(root);
        return files ? { path, files } : undefined;
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

    private sharedFiles(root: string): GitFiles | undefined {
        const known = this.shared.get(root);
        if (known !== undefined) return known ?? undefined;
        // `core.fsmonitor` names a command Git runs while it reads the index: a repository's own
        // .git/config could make opening a folder run anything. Leerplan never runs code from a repository.
        // `-t` tags each path: `H` (and other letters) for a tracked file, `?` for an untracked one.
        const result = spawnSync('git', ['-c', 'core.fsmonitor=false', '-C', root, 'ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard'], {
            encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 10_000,
        });
        let files: GitFiles | null = null;
        if (result.status === 0 && typeof result.stdout === 'string') {
            files = { shared: new Set(), tracked: new Set() };
            for (const entry of result.stdout.split('\0')) {
                if (entry.length < 3) continue;
                const path = resolve(root, entry.slice(2));
                files.shared.add(path);
                if (entry[0] !== '?') files.tracked.add(path);
            }
        }
        this.shared.set(root, files);
        return files ?? undefined;
    }
}
