import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * What Leerplan asks Git about a repository, and only that: the files it tracks
 * (`git ls-files --cached`, which matches no pattern) and where its exclude files are
 * (`core.excludesFile`, `info/exclude`). Which untracked files Git would ignore is
 * decided from those files and the `.gitignore` files by the `ignore` package
 * (`gitignore.ts`), in linear time: Git's own matcher is not linear (`git ls-files
 * --others` took 9 s on one `.gitignore` line, `*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b`, beside
 * a file named with 28 a's and `.pop`, ten times longer for every four more a's).
 */

/** The repository root holding `dir` (the nearest folder with a `.git`), or undefined. */
export function repositoryOf(dir: string): string | undefined {
    for (let current = resolve(dir); ; current = dirname(current)) {
        if (existsSync(join(current, '.git'))) return current;
        if (dirname(current) === current) return undefined;
    }
}

/**
 * The environment Git runs in: English messages, and none of the variables that point
 * Git at another repository or index than the folder's own (a Git hook sets them for its
 * own repository).
 */
export function gitEnvironment(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANGUAGE: '', GIT_OPTIONAL_LOCKS: '0' };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_PREFIX', 'GIT_CEILING_DIRECTORIES']) delete env[name];
    return env;
}

/**
 * `core.fsmonitor` names a command Git runs while it reads the index: a repository's own
 * .git/config could make opening a folder run anything. Leerplan never runs code from a repository.
 */
export const SAFE_GIT_OPTIONS = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];

/** Longest path the operating system accepts: more output than this per entry means more entries than allowed. */
const PATH_MAX = 4096;

export type TrackedFiles =
    | { ok: true; paths: string[] }
    | { ok: false; reason: 'too-many' }
    | { ok: false; reason: 'failed'; failure: GitFailure };

/**
 * Why Git gave no answer, said in the user's language by `gitFailureText`
 * (discovery-messages.ts): Git is not installed, it could not be started (a system
 * error), it said why (its first line, in English: Git runs with `LC_ALL=C`), or it only
 * exited.
 */
export type GitFailure =
    | { kind: 'not-installed' }
    | { kind: 'system'; code: string }
    | { kind: 'said'; text: string }
    | { kind: 'exited'; how: string };

/** The failure of a Git run that did not succeed. */
export function gitFailure(result: SpawnSyncReturns<string>): GitFailure {
    const error = result.error as NodeJS.ErrnoException | undefined;
    if (error?.code === 'ENOENT') return { kind: 'not-installed' };
    if (error) return { kind: 'system', code: error.code ?? error.message };
    const said = firstLine(result.stderr);
    return said ? { kind: 'said', text: said } : { kind: 'exited', how: String(result.status ?? result.signal) };
}

/**
 * The files Git tracks under `folder`, as absolute paths, at most `maxEntries` of them
 * (Git's output is capped at what that many paths can take). `failed` says why Git could
 * not answer (not installed, a repository it refuses, ...).
 */
export function trackedFiles(folder: string, maxEntries = Number.MAX_SAFE_INTEGER): TrackedFiles {
    const result = spawnSync('git', [...SAFE_GIT_OPTIONS, '-C', folder, 'ls-files', '-z', '--cached', '--', '.'], {
        encoding: 'utf8', env: gitEnvironment(), timeout: 60_000, maxBuffer: Math.min(2 ** 30, (maxEntries + 1) * (PATH_MAX + 1)),
        stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true,
    });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOBUFS') return { ok: false, reason: 'too-many' };
    if (result.error || result.status !== 0) return { ok: false, reason: 'failed', failure: gitFailure(result) };
    const paths = result.stdout.split('\0');
    paths.pop();
    if (paths.length > maxEntries) return { ok: false, reason: 'too-many' };
    return { ok: true, paths: [...new Set(paths)].map(path => join(folder, path)) };
}

function firstLine(text: string | undefined): string {
    // Without Git's prefix and its closing full stop: the text goes inside a sentence of ours.
    return (text ?? '').split('\n').find(line => line.trim())?.replace(/^(fatal|error): /, '').trim().replace(/\.$/, '') ?? '';
}

/**
 * The exclude files of the repository at `root`, weakest first: `core.excludesFile` (from
 * Git's configuration, or its default `$XDG_CONFIG_HOME/git/ignore`) and `info/exclude`
 * (in the common Git folder, also for a worktree).
 */
export function excludeFiles(root: string, askGit: boolean): string[] {
    return [globalExcludesFile(root, askGit), join(commonGitFolder(root), 'info', 'exclude')].filter((path): path is string => path !== undefined);
}

function globalExcludesFile(root: string, askGit: boolean): string | undefined {
    if (askGit) {
        const result = spawnSync('git', [...SAFE_GIT_OPTIONS, '-C', root, 'config', '--path', '--get', 'core.excludesFile'], {
            encoding: 'utf8', env: gitEnvironment(), timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true,
        });
        const configured = result.status === 0 ? result.stdout.trim() : '';
        if (configured) return isAbsolute(configured) ? configured : resolve(root, configured);
    }
    const config = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
    return join(config, 'git', 'ignore');
}

/** `.git` itself, or for a worktree or submodule (`.git` is a file: `gitdir: ...`) the folder it names, or that one's common folder. */
function commonGitFolder(root: string): string {
    const dotGit = join(root, '.git');
    try {
        if (statSync(dotGit).isDirectory()) return dotGit;
        const named = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
        if (!named) return dotGit;
        const gitDir = resolve(root, named);
        const common = existsSync(join(gitDir, 'commondir')) ? readFileSync(join(gitDir, 'commondir'), 'utf8').trim() : '';
        return common ? resolve(gitDir, common) : gitDir;
    } catch {
        return dotGit;
    }
}
