import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { EmptyFileSystem, type LangiumParser } from 'langium';
import type * as ast from '../../language/src/generated/ast.js';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { doneGoalsOf } from '../../language/src/meaning/follow-up.js';
import { isPrivateFile } from '../../language/src/workspace/private-file.js';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { SAFE_GIT_OPTIONS, gitEnvironment, repositoryOf } from './git-repository.js';
import { isInside } from './file-discovery.js';

/**
 * What Leerplan reads of a repository's history, for `leerplan status` and the history
 * rules (`plan-stale`): when each file last changed, and a file's text as it was at a
 * commit. Never a private file: every command names the plan files it asks about, or
 * leaves `*.private.pop` out by pathspec, so not even their names are read.
 *
 * A shallow clone (a CI checkout with `fetch-depth: 1`) has no history to speak of: its
 * one commit would make every plan look changed today. Callers say so instead of guessing.
 */

export type GitHistory =
    | { kind: 'ok'; root: string }
    | { kind: 'none' }
    | { kind: 'shallow'; root: string };

const LIMITS = { encoding: 'utf8' as const, env: gitEnvironment(), timeout: 60_000, maxBuffer: 2 ** 28, windowsHide: true };

function git(cwd: string, args: string[], input?: string): { ok: boolean; stdout: string } {
    const result = spawnSync('git', [...SAFE_GIT_OPTIONS, '-C', cwd, ...args], { ...LIMITS, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    return { ok: !result.error && result.status === 0, stdout: result.stdout ?? '' };
}

/** One Git command, asynchronously (the language server runs these while the editor goes on); bounded like `git`. */
function gitAsync(cwd: string, args: string[], input?: string): Promise<{ ok: boolean; stdout: Buffer }> {
    return new Promise(resolve => {
        let child: ChildProcess;
        try {
            child = spawn('git', [...SAFE_GIT_OPTIONS, '-C', cwd, ...args], { env: LIMITS.env, windowsHide: true, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] });
        } catch {
            resolve({ ok: false, stdout: Buffer.alloc(0) });
            return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let failed = false;
        const timer = setTimeout(() => stop(), LIMITS.timeout);
        function stop(): void {
            failed = true;
            child.kill();
        }
        child.stdout!.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > LIMITS.maxBuffer) stop();
            else chunks.push(chunk);
        });
        child.on('error', () => {
            failed = true;
        });
        child.on('close', code => {
            clearTimeout(timer);
            resolve({ ok: !failed && code === 0, stdout: Buffer.concat(chunks) });
        });
        if (input !== undefined) {
            child.stdin!.on('error', () => undefined);
            child.stdin!.end(input);
        }
    });
}

/** Whether `folder` is inside a Git repository with its history (not a shallow clone). */
export async function gitHistory(folder: string): Promise<GitHistory> {
    const top = await gitAsync(folder, ['rev-parse', '--show-toplevel']);
    if (!top.ok) return { kind: 'none' };
    const root = top.stdout.toString('utf8').replace(/\r?\n$/, '');
    // No commit yet: no history either.
    if (!(await gitAsync(folder, ['rev-parse', '--verify', '--quiet', 'HEAD'])).ok) return { kind: 'none' };
    const shallow = await gitAsync(folder, ['rev-parse', '--is-shallow-repository']);
    if (shallow.ok && shallow.stdout.toString('utf8').trim() === 'true') return { kind: 'shallow', root };
    return { kind: 'ok', root };
}

/** Paths relative to the repository, with forward slashes, as Git names them. */
function gitName(root: string, path: string): string {
    return relative(root, path).split(sep).join('/');
}

/** A pathspec of `paths` for Git, relative to the repository, literal (no glob in a file name is read as one). */
function pathspecs(root: string, paths: readonly string[]): string[] {
    return paths.map(path => `:(literal)${gitName(root, path)}`);
}

/** Files named per Git command: a workspace of thousands of plans stays far below the length of a command line. */
const PATHS_PER_COMMAND = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
}

/** A `git log --format=%x1e%cI --name-only -z` as the day of each commit and the files it changed. */
function* commitsOfLog(stdout: string): Iterable<{ day: string; files: string[] }> {
    for (const record of stdout.split('\x1e').slice(1)) {
        const [head, ...rest] = record.split('\0');
        const [date, first] = head.split('\n');
        yield { day: date.slice(0, 10), files: [first, ...rest].map(f => f?.replace(/^\n/, '')).filter((f): f is string => !!f) };
    }
}

/** A `git status --porcelain=v1 -z` as the files that differ from the last commit. */
function changedOfStatus(root: string, stdout: string): string[] {
    const changed: string[] = [];
    const entries = stdout.split('\0');
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.length < 4) continue;
        changed.push(join(root, entry.slice(3)));
        // A rename names its source next: skip it.
        if (entry[0] === 'R' || entry[0] === 'C') i++;
    }
    return changed;
}

/** What follow-through reads of the history of a set of plan files (`readPlanFilesHistory`). */
export interface PlanFilesHistory {
    /** `ok` when the history of every repository holding a plan file could be read; otherwise what is wrong with the first that could not (and nothing else is read). */
    kind: GitHistory['kind'];
    /** The folder whose history could not be read (the repository, or the folder of a file in none), when `kind` is not `ok`. */
    missingIn?: string;
    /** Per plan file (absolute path): the committer's day of every commit that changed it, newest first. */
    commits: Map<string, string[]>;
    /** The plan files that differ from the last commit (changed, staged or untracked). */
    uncommitted: Set<string>;
    /** Per plan file: the root of the repository that holds it. */
    repository: Map<string, string>;
    /** Per repository root: the last commit before the period, whose texts `doneBefore` was read from (absent: the history starts later). */
    before: Map<string, string>;
    /** Per plan file and plan id: the goals done in the plan as committed before the period. */
    doneBefore: Map<string, Map<string, Set<string>>>;
}

/** What a summary says of the history it read: `missing` for no repository or no commit yet. */
export function followThroughState(kind: GitHistory['kind']): 'ok' | 'shallow' | 'missing' {
    return kind === 'ok' ? 'ok' : kind === 'shallow' ? 'shallow' : 'missing';
}

/** What `history` holds of the plan file `path`, as a summary's `FollowThroughInput.file` gives it. */
export function fileHistoryOf(history: PlanFilesHistory, path: string): { commits: readonly string[]; uncommitted: boolean; doneBefore?: ReadonlyMap<string, ReadonlySet<string>> } {
    const root = history.repository.get(path);
    const before = root !== undefined && history.before.has(root);
    return { commits: history.commits.get(path) ?? [], uncommitted: history.uncommitted.has(path), doneBefore: before ? history.doneBefore.get(path) ?? new Map() : undefined };
}

/**
 * The history of the plan files `files` for follow-through from `since`, from the
 * repository that holds each of them (plans from several repositories are each asked of
 * their own; `folder`'s when there is no file): per repository one `git log` and one
 * `git status` per 500 files, the last commit before `since`, and the plans of `doneFiles`
 * (default: all of `files`) as committed then, parsed, of which only the ids of done goals
 * are kept. Every command names the files it asks about: a private file is never named, so
 * not even its name is read. `previous`: an earlier answer whose texts before the period
 * are reused where that commit is still the one (the server's cache); `pause` runs between
 * the parses of two old texts (the server yields to the editor).
 */
export async function readPlanFilesHistory(
    folder: string, files: readonly string[], since: string,
    options: { doneFiles?: readonly string[]; previous?: PlanFilesHistory; pause?: () => Promise<void> } = {},
): Promise<PlanFilesHistory> {
    const result: PlanFilesHistory = { kind: 'ok', commits: new Map(), uncommitted: new Set(), repository: new Map(), before: new Map(), doneBefore: new Map() };
    const shared = [...new Set(files)].filter(path => isAbsolute(path) && !isPrivateFile(path) && !/[\n\0]/.test(path));
    const groups: Map<string | undefined, string[]> = shared.length ? byRepository(shared) : new Map([[folder, []]]);
    const done = new Set(options.doneFiles ?? shared);
    for (const [repository, paths] of groups) {
        // Files in no repository: Git is asked from the first one's folder, and says there is no history.
        const where = repository ?? dirname(paths[0]);
        const history = await gitHistory(where);
        // Follow-through says nothing rather than guess when any of it has no history: the rest need not be read.
        if (history.kind !== 'ok') return { ...result, kind: history.kind, missingIn: history.kind === 'shallow' ? history.root : where };
        await readRepository(history.root, paths, since, paths.filter(path => done.has(path)), result, options);
    }
    return result;
}

/** Paths grouped by the repository that holds them (the nearest folder with a `.git`; undefined: none), asked once per folder. */
function byRepository(paths: readonly string[]): Map<string | undefined, string[]> {
    const repositories = new Map<string, string | undefined>();
    const groups = new Map<string | undefined, string[]>();
    for (const path of paths) {
        const dir = dirname(path);
        let repository = repositories.get(dir);
        if (!repositories.has(dir)) repositories.set(dir, repository = repositoryOf(dir));
        const group = groups.get(repository);
        if (group) group.push(path);
        else groups.set(repository, [path]);
    }
    return groups;
}

/** `readPlanFilesHistory` for the plan files `paths` of the repository at `root`, into `result`. */
async function readRepository(
    root: string, paths: readonly string[], since: string, doneFiles: readonly string[], result: PlanFilesHistory,
    options: { previous?: PlanFilesHistory; pause?: () => Promise<void> },
): Promise<void> {
    for (const path of paths) {
        result.commits.set(path, []);
        result.repository.set(path, root);
    }
    const byName = new Map(paths.map(path => [gitName(root, path), path]));
    for (const part of chunks(paths, PATHS_PER_COMMAND)) {
        const log = await gitAsync(root, ['log', '--no-renames', '--format=%x1e%cI', '--name-only', '-z', 'HEAD', '--', ...pathspecs(root, part)]);
        if (log.ok) {
            for (const { day, files: changed } of commitsOfLog(log.stdout.toString('utf8'))) {
                for (const name of changed) {
                    const path = byName.get(name);
                    if (path) result.commits.get(path)!.push(day);
                }
            }
        }
        const status = await gitAsync(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...pathspecs(root, part)]);
        if (status.ok) for (const path of changedOfStatus(root, status.stdout.toString('utf8'))) result.uncommitted.add(path);
    }
    const rev = await gitAsync(root, ['rev-list', '-1', `--before=${since}T00:00:00`, 'HEAD']);
    const sha = rev.stdout.toString('utf8').trim();
    const before = rev.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
    if (!before) return;
    result.before.set(root, before);
    const previous = options.previous?.before.get(root) === before ? options.previous.doneBefore : undefined;
    const toRead: string[] = [];
    for (const path of doneFiles) {
        const known = previous?.get(path);
        if (known) result.doneBefore.set(path, known);
        else toRead.push(path);
    }
    for (const part of chunks(toRead, PATHS_PER_COMMAND)) {
        const texts = await textsAt(root, before, part);
        for (const path of part) {
            const text = texts.get(path);
            result.doneBefore.set(path, text === undefined ? new Map() : doneGoalsOf(parseAlone(text)));
            await options.pause?.();
        }
    }
}

/** The text of each of `paths` at `commit` (absent: the file did not exist there). One `git cat-file --batch`. */
async function textsAt(root: string, commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    if (!paths.length) return texts;
    const result = await gitAsync(root, ['cat-file', '--batch'], paths.map(p => `${commit}:${gitName(root, p)}\n`).join(''));
    if (!result.ok) return texts;
    const out = result.stdout;
    let at = 0;
    for (const path of paths) {
        const eol = out.indexOf(0x0a, at);
        if (eol < 0) break;
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const match = / blob (\d+)$/.exec(header);
        if (!match) continue;
        const size = Number(match[1]);
        texts.set(path, out.subarray(at, at + size).toString('utf8').replace(/^\uFEFF/, ''));
        at += size + 1;
    }
    return texts;
}

let parser: LangiumParser | undefined;

/** A text parsed on its own, unlinked (a goal's status needs nothing else); one parser for every call. */
function parseAlone(text: string): ast.Document {
    parser ??= createLeerplanCoreServices(EmptyFileSystem).Leerplan.parser.LangiumParser;
    return parser.parse<ast.Document>(text).value;
}

/** Leaves private files out of a Git command by pathspec: not even their names are read. */
const NOT_PRIVATE = ':(exclude,glob)**/*.private.pop';

/**
 * `GitView.lastChange` for `leerplan check` (the opt-in rule `plan-stale`): the day of the
 * last commit of each `.pop` file under `folder` and whether it has changes not committed
 * yet, read with one `git log` and one `git status` when first asked; a file of another
 * repository (`leerplan check team-a/ ../team-b/`) from its own, the same way. Undefined
 * for a file in no repository, and for a file of a repository without history: `history`
 * is not `ok` when no repository holding one of `files` (nor `folder`, when none does)
 * has history, and `missing` names those without it when others have (the caller says so).
 */
export class NodeFileHistory {
    readonly history: GitHistory;
    /** With `history` ok: the repositories holding some of `files` whose history is missing (their root, or the folder of a repository with no commit yet). */
    readonly missing: ReadonlyArray<{ kind: 'none' | 'shallow'; folder: string }>;
    private readonly scopes: HistoryScope[];

    private constructor(history: GitHistory, scopes: HistoryScope[], missing: NodeFileHistory['missing'] = []) {
        this.history = history;
        this.scopes = scopes;
        this.missing = missing;
    }

    static async open(folder: string, files: readonly string[] = []): Promise<NodeFileHistory> {
        const main = await gitHistory(folder);
        const repositories = [...byRepository(files).keys()].filter(repository => repository !== undefined);
        if (main.kind !== 'ok' && !repositories.length) return new NodeFileHistory(main, []);
        // Every repository that holds a file, each read within itself; `folder`'s within `folder`.
        const scopes: HistoryScope[] = main.kind === 'ok' ? [{ root: main.root, folder }] : [];
        const missing: Array<{ kind: 'none' | 'shallow'; folder: string }> = [];
        let firstMissing: GitHistory | undefined;
        for (const repository of repositories) {
            if (main.kind === 'ok' && repository === main.root) continue;
            const history = await gitHistory(repository);
            // Without history its plans are not flagged; the others still are.
            if (history.kind !== 'ok') {
                firstMissing ??= history;
                missing.push({ kind: history.kind, folder: history.kind === 'shallow' ? history.root : repository });
            } else if (!scopes.some(scope => scope.root === history.root)) scopes.push({ root: history.root, folder: history.root });
        }
        if (!scopes.length) return new NodeFileHistory(firstMissing ?? main, []);
        return new NodeFileHistory({ kind: 'ok', root: scopes[0].root }, scopes, missing);
    }

    lastChange(uri: { fsPath: string }): { committed: string | null; uncommitted: boolean } | undefined {
        if (this.history.kind !== 'ok') return undefined;
        const path = uri.fsPath;
        // The innermost repository holding the file (a nested clone before the one around it).
        const scope = this.scopes.filter(s => isInside(path, s.root)).sort((a, b) => b.root.length - a.root.length)[0];
        if (!scope) return undefined;
        if (!scope.days) {
            const root = scope.root;
            scope.days = new Map();
            const where = `:(literal)${relative(root, scope.folder).split(sep).join('/') || '.'}`;
            const log = git(root, ['log', '--no-renames', '--format=%x1e%cI', '--name-only', '-z', 'HEAD', '--', where, NOT_PRIVATE]);
            for (const { day, files } of log.ok ? commitsOfLog(log.stdout) : []) {
                for (const file of files) {
                    const changed = join(root, file);
                    if (!scope.days.has(changed)) scope.days.set(changed, day);
                }
            }
            const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', where, NOT_PRIVATE]);
            scope.changed = new Set(status.ok ? changedOfStatus(root, status.stdout) : []);
        }
        return { committed: scope.days.get(path) ?? null, uncommitted: scope.changed!.has(path) };
    }
}

/** One repository `NodeFileHistory` reads: its root, the folder its commands are limited to, and what they said (once asked). */
interface HistoryScope {
    root: string;
    folder: string;
    days?: Map<string, string>;
    changed?: Set<string>;
}
