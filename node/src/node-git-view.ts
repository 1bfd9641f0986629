import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { URI } from 'langium';
import type { GitView } from '../../language/src/workspace/git-view.js';
import { excludeFiles, repositoryOf, trackedFiles } from './git-repository.js';
import { IgnoreRules } from './gitignore.js';

/** What is known of one repository: the files Git tracks, and the rules that ignore untracked ones. */
interface Repository {
    tracked: Set<string>;
    rules: IgnoreRules;
}

/**
 * Git's view of which files are shared: tracked (`git ls-files --cached`), or untracked
 * and not ignored by the files Git reads (every `.gitignore`, `info/exclude`,
 * `core.excludesFile`), exactly as file discovery decides it (`file-discovery.ts`, in
 * linear time). Asked once per repository and cached until `invalidate()`; outside a
 * repository, or without `git`, it answers `undefined` and the privacy check stays silent.
 */
export class NodeGitView implements GitView {
    private readonly roots = new Map<string, string | null>();
    private readonly repositories = new Map<string, Repository | null>();

    isShared(uri: URI): boolean | undefined {
        const known = this.repositoryOf(uri);
        return known ? known.repository.tracked.has(known.path) || !known.repository.rules.ignores(known.path, false) : undefined;
    }

    isTracked(uri: URI): boolean | undefined {
        const known = this.repositoryOf(uri);
        return known ? known.repository.tracked.has(known.path) : undefined;
    }

    /** Whether a `.gitignore` rule (or `info/exclude`, `core.excludesFile`) matches the file, tracked or not. */
    isIgnoredByRule(uri: URI): boolean | undefined {
        const known = this.repositoryOf(uri);
        return known ? known.repository.rules.ignores(known.path, false) : undefined;
    }

    invalidate(): void {
        this.roots.clear();
        this.repositories.clear();
    }

    private repositoryOf(uri: URI): { path: string; repository: Repository } | undefined {
        if (uri.scheme !== 'file') return undefined;
        // Git knows files where they really are: a plan reached through a link is shared when its target is.
        const path = realOrSelf(resolve(uri.fsPath));
        const root = this.repositoryRoot(dirname(path));
        const repository = root ? this.repository(root) : undefined;
        return repository ? { path, repository } : undefined;
    }

    private repositoryRoot(dir: string): string | undefined {
        let known = this.roots.get(dir);
        if (known === undefined) {
            known = repositoryOf(dir) ?? null;
            this.roots.set(dir, known);
        }
        return known ?? undefined;
    }

    private repository(root: string): Repository | undefined {
        let known = this.repositories.get(root);
        if (known === undefined) {
            const tracked = trackedFiles(root);
            known = tracked.ok ? { tracked: new Set(tracked.paths), rules: IgnoreRules.withExcludeFiles(root, excludeFiles(root, true), []) } : null;
            this.repositories.set(root, known);
        }
        return known ?? undefined;
    }
}

function realOrSelf(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return path;
    }
}
