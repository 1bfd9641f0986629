import { spawnSync } from 'node:child_process';
import { isAbsolute, join, relative, sep } from 'node:path';
import { SAFE_GIT_OPTIONS, gitEnvironment } from './git-repository.js';

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

/** Whether `folder` is inside a Git repository with its history (not a shallow clone). */
export function gitHistory(folder: string): GitHistory {
    const top = git(folder, ['rev-parse', '--show-toplevel']);
    if (!top.ok) return { kind: 'none' };
    const root = top.stdout.replace(/\r?\n$/, '');
    // No commit yet: no history either.
    if (!git(folder, ['rev-parse', '--verify', '--quiet', 'HEAD']).ok) return { kind: 'none' };
    const shallow = git(folder, ['rev-parse', '--is-shallow-repository']);
    if (shallow.ok && shallow.stdout.trim() === 'true') return { kind: 'shallow', root };
    return { kind: 'ok', root };
}

/** A pathspec of `paths` for Git, relative to the repository, literal (no glob in a file name is read as one). */
function pathspecs(root: string, paths: readonly string[]): string[] {
    return paths.map(path => `:(literal)${relative(root, path).split(sep).join('/')}`);
}

/**
 * The commit dates (`YYYY-MM-DD`, the committer's own day) of every commit that changed
 * each of `paths`, newest first; a path Git never committed has none. One `git log` for
 * all of them.
 */
export function commitDates(root: string, paths: readonly string[]): Map<string, string[]> {
    const dates = new Map<string, string[]>(paths.map(p => [p, []]));
    if (!paths.length) return dates;
    const byRelative = new Map(paths.map(p => [relative(root, p).split(sep).join('/'), p]));
    const log = git(root, ['log', '--no-renames', '--format=%x1e%cI', '--name-only', '-z', 'HEAD', '--', ...pathspecs(root, paths)]);
    if (!log.ok) return dates;
    for (const record of log.stdout.split('\x1e').slice(1)) {
        const [head, ...files] = record.split('\0');
        const [date, first] = head.split('\n');
        const day = date.slice(0, 10);
        for (const file of [first, ...files].map(f => f?.replace(/^\n/, '')).filter(Boolean)) {
            const path = byRelative.get(file!);
            if (path) dates.get(path)!.push(day);
        }
    }
    return dates;
}

/** Which of `paths` differ from the last commit (changed, staged or untracked). */
export function uncommitted(root: string, paths: readonly string[]): Set<string> {
    const changed = new Set<string>();
    if (!paths.length) return changed;
    const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...pathspecs(root, paths)]);
    if (!status.ok) return changed;
    const entries = status.stdout.split('\0');
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.length < 4) continue;
        changed.add(join(root, entry.slice(3)));
        // A rename names its source next: skip it.
        if (entry[0] === 'R' || entry[0] === 'C') i++;
    }
    return changed;
}

/** The last commit made before `date` (YYYY-MM-DD, at its start), or undefined when the history starts later. */
export function commitBefore(root: string, date: string): string | undefined {
    const rev = git(root, ['rev-list', '-1', `--before=${date}T00:00:00`, 'HEAD']);
    const sha = rev.stdout.trim();
    return rev.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/** The text of each of `paths` at `commit` (absent: the file did not exist there). One `git cat-file --batch`. */
export function textsAt(root: string, commit: string, paths: readonly string[]): Map<string, string> {
    const texts = new Map<string, string>();
    const files = paths.filter(p => isAbsolute(p) && !/\n/.test(p));
    if (!files.length) return texts;
    const names = files.map(p => relative(root, p).split(sep).join('/'));
    const result = spawnSync('git', [...SAFE_GIT_OPTIONS, '-C', root, 'cat-file', '--batch'], {
        env: LIMITS.env, timeout: LIMITS.timeout, maxBuffer: LIMITS.maxBuffer, windowsHide: true, input: names.map(n => `${commit}:${n}\n`).join(''), stdio: ['pipe', 'pipe', 'pipe'],
    });
    if (result.error || result.status !== 0) return texts;
    const out = result.stdout as Buffer;
    let at = 0;
    for (const path of files) {
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

/** Leaves private files out of a Git command by pathspec: not even their names are read. */
const NOT_PRIVATE = ':(exclude,glob)**/*.private.pop';

/**
 * `GitView.lastChange` for `leerplan check` (the opt-in rule `plan-stale`): the day of the
 * last commit of each `.pop` file under `folder` and whether it has changes not committed
 * yet, read with one `git log` and one `git status` when first asked. Undefined for every
 * file when there is no history (`history`, checked first: the caller says so once).
 */
export class NodeFileHistory {
    readonly history: GitHistory;
    private days?: Map<string, string>;
    private changed?: Set<string>;

    constructor(private readonly folder: string) {
        this.history = gitHistory(folder);
    }

    lastChange(uri: { fsPath: string }): { committed: string | null; uncommitted: boolean } | undefined {
        if (this.history.kind !== 'ok') return undefined;
        const root = this.history.root;
        if (!this.days) {
            this.days = new Map();
            const scope = `:(literal)${relative(root, this.folder).split(sep).join('/') || '.'}`;
            const log = git(root, ['log', '--no-renames', '--format=%x1e%cI', '--name-only', '-z', 'HEAD', '--', scope, NOT_PRIVATE]);
            for (const record of log.ok ? log.stdout.split('\x1e').slice(1) : []) {
                const [date, ...files] = record.split('\0');
                for (const file of files.map(f => f.replace(/^\n/, '')).filter(Boolean)) {
                    const path = join(root, file);
                    if (!this.days.has(path)) this.days.set(path, date.slice(0, 10));
                }
            }
            this.changed = new Set();
            const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', scope, NOT_PRIVATE]);
            const entries = status.ok ? status.stdout.split('\0') : [];
            for (let i = 0; i < entries.length; i++) {
                if (entries[i].length < 4) continue;
                this.changed.add(join(root, entries[i].slice(3)));
                if (entries[i][0] === 'R' || entries[i][0] === 'C') i++;
            }
        }
        return { committed: this.days.get(uri.fsPath) ?? null, uncommitted: this.changed!.has(uri.fsPath) };
    }
}
