import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { excludeFiles, repositoryOf, trackedFiles, type GitFailure } from './git-repository.js';
import { IgnoreRules, IgnoreStack, type IgnoreNote } from './gitignore.js';
import { specialFileKind } from './read-source.js';

/**
 * Finding the `.pop` files of a workspace: one implementation for the CLI and the server.
 *
 * - Inside a Git repository the files are Git's: those it tracks (`git ls-files --cached`,
 *   `git-repository.ts`) and the untracked ones it would not ignore, by the same files Git
 *   reads (every `.gitignore`, `info/exclude`, `core.excludesFile`), matched by the `ignore`
 *   package in linear time (`gitignore.ts`). Outside a repository the `.gitignore` files from
 *   the workspace root down apply. `.git` and `node_modules` are never searched.
 * - Symbolic links to folders are never followed (their files are found where they really
 *   are, once); a link to a `.pop` file is read only when its target lies inside the
 *   workspace, and a file reached twice is read once. Links to FIFOs, sockets and devices,
 *   and such files themselves, are never opened. Every link not used is reported (`skipped`).
 * - Discovery is bounded: it stops when it reaches `limit` files and folders.
 */
export const DEFAULT_DISCOVERY_LIMIT = 100_000;

export type SkipReason =
    /** A link whose target is outside the workspace. */
    | 'outside'
    /** A link to a folder inside the workspace: its files are found where the folder is. */
    | 'folder'
    /** A link to nothing (its target does not exist). */
    | 'dangling'
    /** A link in a loop of links. */
    | 'loop'
    /** A second way to a file that is read already. */
    | 'duplicate'
    | 'fifo' | 'socket' | 'device';

export interface SkippedEntry {
    /** Absolute path of the entry (the link, or the special file). */
    path: string;
    reason: SkipReason;
    /** Whether the entry is a symbolic link (else a FIFO, socket or device named `*.pop`). */
    link: boolean;
}

export interface DiscoveryOptions {
    /** Folders searched only for the context of `paths` (a workspace's other files): their files come in `contextFiles`. */
    context?: string[];
    /** Discovery stops when it reaches this many files and folders (leerplan.json `discoveryLimit`). */
    limit?: number;
    /** Links may lead to files anywhere inside this folder (the workspace root); by default only inside the folder searched. */
    within?: string;
}

export interface Discovery {
    /** Absolute paths of the .pop files found under `paths`, sorted, each real file once. */
    files: string[];
    /** The .pop files found only under `options.context`, sorted. */
    contextFiles: string[];
    /**
     * Paths given that cannot be used, as given, with the reason: the system's code (ENOENT,
     * EACCES, ...) or the kind of special file (`fifo`, `socket`, `device`); `namedPathProblem`
     * (discovery-messages.ts) says it in words.
     */
    errors: Array<{ path: string; code: string }>;
    /** Folders inside the search that could not be read (absolute), with the system's code (EACCES, ...). */
    unreadable: Array<{ path: string; code: string }>;
    /** Links not followed, and FIFOs, sockets and devices named like a plan. */
    skipped: SkippedEntry[];
    /** Lines (or files) of `.gitignore` files that are not applied outside Git. */
    ignoreNotes: IgnoreNote[];
    /** Folders in a repository whose tracked files Git could not list (`failure`: why): only the `.gitignore` files decided there. */
    gitFallbacks: Array<{ folder: string; failure: GitFailure }>;
    /** Set when discovery stopped at its limit; `files` are then empty. */
    limitReached?: { limit: number; folder: string };
}

interface Candidate {
    path: string;
    real: string;
    link: boolean;
    /** Index of the given path it was found under (context folders after `paths`). */
    order: number;
}

class LimitReached extends Error {
    constructor(readonly folder: string) {
        super('discovery limit reached');
    }
}

/** A folder being searched: where its files are reported (`order`) and how far links may lead from it. */
interface Scope {
    order: number;
    /** Real path links must stay inside. */
    boundary: string;
}

class Search {
    readonly candidates: Candidate[] = [];
    readonly skipped: SkippedEntry[] = [];
    readonly unreadable: Discovery['unreadable'] = [];
    readonly ignoreNotes: IgnoreNote[] = [];
    readonly gitFallbacks: Discovery['gitFallbacks'] = [];
    private seen = 0;
    private gitAvailable = true;
    /** The ignore rules of each repository (and workspace outside one) met, by root. */
    private readonly rules = new Map<string, IgnoreRules>();

    constructor(readonly limit: number) {}

    /** Counts one more file or folder looked at; at the limit, discovery stops. */
    private take(folder: string): void {
        if (++this.seen >= this.limit) throw new LimitReached(folder);
    }

    private rulesOf(root: string, repository: boolean): IgnoreRules {
        let rules = this.rules.get(root);
        if (!rules) {
            rules = repository ? IgnoreRules.withExcludeFiles(root, excludeFiles(root, this.gitAvailable), this.ignoreNotes) : new IgnoreRules(root, new IgnoreStack(), this.ignoreNotes);
            this.rules.set(root, rules);
        }
        return rules;
    }

    /**
     * Searches a folder: walked, with the ignore rules of its repository (from the
     * repository root down; outside a repository, from the workspace root down), plus, in a
     * repository, every file Git tracks there (tracked files count even when a pattern matches them).
     */
    searchFolder(folder: string, scope: Scope): void {
        let real: string;
        try {
            real = realpathSync(folder);
        } catch (e) {
            this.unreadable.push({ path: folder, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
            return;
        }
        const repository = repositoryOf(real);
        let rules = this.rulesOf(repository ?? (isInside(real, scope.boundary) ? scope.boundary : real), repository !== undefined);
        // A folder named on purpose is searched even when it is ignored as a whole: then as a tree of its own.
        if (real !== rules.root && rules.ignores(real, true)) rules = this.rulesOf(real, false);
        const tracked = repository ? this.tracked(folder, real) : undefined;
        const walked = new Set<string>();
        this.walk(folder, real, rules, scope, walked);
        for (const path of tracked ?? []) {
            if (walked.has(path)) continue;
            this.take(folder);
            this.consider(join(folder, path.slice(real.length + 1)), path, undefined, scope);
        }
    }

    /** Git's tracked files under `real` (absolute, real paths); none when Git cannot say (noted). */
    private tracked(folder: string, real: string): string[] {
        if (!this.gitAvailable) return [];
        const tracked = trackedFiles(real, Math.max(0, this.limit - this.seen));
        if (tracked.ok) return tracked.paths;
        if (tracked.reason === 'too-many') throw new LimitReached(folder);
        this.gitFallbacks.push({ folder, failure: tracked.failure });
        if (tracked.failure.kind === 'not-installed') this.gitAvailable = false;
        return [];
    }

    /** Walks a folder, never into `.git`, `node_modules`, an ignored folder or a link; a repository inside it has rules of its own. */
    private walk(folder: string, real: string, rules: IgnoreRules, scope: Scope, walked: Set<string>): void {
        const pending = [{ path: folder, real }];
        for (let next = pending.pop(); next; next = pending.pop()) {
            let entries: Dirent[];
            try {
                entries = readdirSync(next.path, { withFileTypes: true });
            } catch (e) {
                const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
                if (code !== 'ENOENT') this.unreadable.push({ path: next.path, code });
                continue;
            }
            if (next.path !== folder && entries.some(e => e.name === '.git')) {
                // A repository (or submodule) inside the folder: Git's view of it is its own.
                this.searchFolder(next.path, scope);
                continue;
            }
            const stack = rules.stackFor(next.real);
            for (const entry of entries) {
                this.take(folder);
                if (entry.name === '.git' || entry.name === 'node_modules') continue;
                const path = join(next.path, entry.name);
                const entryReal = join(next.real, entry.name);
                // An ignored entry may still be tracked: then it is taken from Git's list afterwards.
                if (stack.ignores(entryReal, entry.isDirectory())) continue;
                walked.add(entryReal);
                if (entry.isDirectory()) pending.push({ path, real: entryReal });
                else this.consider(path, entryReal, entry, scope);
            }
        }
    }

    /** One entry that is not a folder being walked: a .pop file, a link, a special file, or (tracked) a submodule. */
    private consider(path: string, real: string, entry: Dirent | undefined, scope: Scope): void {
        let stats: Pick<Stats, 'isDirectory' | 'isFile' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;
        if (entry && !entry.isSymbolicLink() && (entry.isFile() || entry.isDirectory() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) {
            stats = entry;
        } else {
            try {
                stats = lstatSync(path);
            } catch {
                return; // gone since it was listed (or tracked but deleted)
            }
        }
        const name = path.slice(path.lastIndexOf(sep) + 1);
        if (stats.isSymbolicLink()) return this.considerLink(path, name, scope);
        if (stats.isDirectory()) {
            // Only Git lists a folder as one entry: a submodule, a repository of its own.
            if (!entry && existsSync(join(path, '.git'))) this.searchFolder(path, scope);
            return;
        }
        if (!name.endsWith('.pop')) return;
        const special = specialFileKind(stats as Stats);
        if (special) this.skipped.push({ path, reason: special, link: false });
        else if (stats.isFile()) this.candidates.push({ path, real, link: false, order: scope.order });
    }

    private considerLink(path: string, name: string, scope: Scope): void {
        let target: string;
        let stats: Stats;
        try {
            target = realpathSync(path);
            stats = statSync(target);
        } catch (e) {
            this.skipped.push({ path, reason: (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'dangling', link: true });
            return;
        }
        const inside = isInside(target, scope.boundary);
        if (stats.isDirectory()) {
            this.skipped.push({ path, reason: inside ? 'folder' : 'outside', link: true });
            return;
        }
        if (!name.endsWith('.pop')) return; // a link to some other file: not a plan
        const special = specialFileKind(stats);
        if (special) this.skipped.push({ path, reason: special, link: true });
        else if (!inside) this.skipped.push({ path, reason: 'outside', link: true });
        else if (stats.isFile()) this.candidates.push({ path, real: target, link: true, order: scope.order });
    }
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
    return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function realOrSelf(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        return path;
    }
}

/**
 * Finds the .pop files named by `paths` (relative to `cwd`): a file is taken as it is, a
 * folder is searched as described above. Never throws, never follows a link out of the
 * workspace, never reads a file (only names and types).
 */
export function discoverPopFiles(paths: string[], cwd: string, options: DiscoveryOptions = {}): Discovery {
    const search = new Search(options.limit ?? DEFAULT_DISCOVERY_LIMIT);
    const errors: Discovery['errors'] = [];
    const within = options.within ? realOrSelf(resolve(cwd, options.within)) : undefined;
    const given = [...paths.map(p => ({ path: p, named: true })), ...(options.context ?? []).map(p => ({ path: p, named: false }))];
    let limitReached: Discovery['limitReached'];
    try {
        given.forEach(({ path: name, named }, order) => {
            const absolute = resolve(cwd, name);
            let stats: Stats;
            try {
                stats = statSync(absolute);
            } catch (e) {
                const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
                if (named) errors.push({ path: name, code });
                return;
            }
            const real = realOrSelf(absolute);
            if (stats.isFile()) {
                search.candidates.push({ path: absolute, real, link: false, order });
            } else if (stats.isDirectory()) {
                try {
                    readdirSync(absolute);
                } catch (e) {
                    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
                    if (named) errors.push({ path: name, code });
                    else search.unreadable.push({ path: absolute, code });
                    return;
                }
                search.searchFolder(absolute, { order, boundary: within && isInside(real, within) ? within : real });
            } else if (named) {
                errors.push({ path: name, code: specialFileKind(stats) ?? 'device' });
            }
        });
    } catch (e) {
        if (!(e instanceof LimitReached)) throw e;
        limitReached = { limit: search.limit, folder: e.folder };
    }
    const result: Discovery = {
        files: [], contextFiles: [], errors, unreadable: search.unreadable, skipped: search.skipped,
        ignoreNotes: search.ignoreNotes, gitFallbacks: search.gitFallbacks, limitReached,
    };
    if (limitReached) return result;
    // Each real file once: found under the first path given, as itself rather than through a link.
    // (A context folder holding a named one lists its entries again: each entry counts once.)
    const chosen = new Map<string, string>();
    const ordered = [...search.candidates].sort((a, b) => a.order - b.order || Number(a.link) - Number(b.link) || compare(a.path, b.path));
    for (const candidate of ordered) {
        const first = chosen.get(candidate.real);
        if (first === undefined) {
            chosen.set(candidate.real, candidate.path);
            (candidate.order < paths.length ? result.files : result.contextFiles).push(candidate.path);
        } else if (first !== candidate.path && candidate.link) {
            result.skipped.push({ path: candidate.path, reason: 'duplicate', link: true });
        }
    }
    result.files.sort();
    result.contextFiles.sort();
    const skipped = new Map(result.skipped.map(entry => [entry.path, entry]));
    result.skipped = [...skipped.values()].sort((a, b) => compare(a.path, b.path));
    const unreadable = new Map(result.unreadable.map(entry => [entry.path, entry]));
    result.unreadable = [...unreadable.values()].sort((a, b) => compare(a.path, b.path));
    const notes = new Map(result.ignoreNotes.map(note => [`${note.file}:${note.line ?? 0}`, note]));
    result.ignoreNotes = [...notes.values()];
    return result;
}
