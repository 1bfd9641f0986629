import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Workspaces that test file discovery (`node/src/file-discovery.ts`) in the CLI and in the
 * server alike: symbolic links out of the workspace, in loops and rings, to devices; FIFOs;
 * private files behind links; hostile `.gitignore` lines; files too large to read and files
 * and folders that cannot be read.
 */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
/** The .pop files of examples/ that are not Git-ignored: what a copy of it holds as a workspace. */
export const EXAMPLE_FILES = [
    'assessments.pop', 'metingen.pop', 'organisation.pop', 'plans/daan-2026.pop', 'plans/emre-2026.pop', 'plans/fatima-2026.pop', 'plans/joost-2026.pop',
    'plans/lisa-2026.pop', 'plans/noor-2026.pop', 'plans/sanne-2026.pop',
];

/** Running as root, `chmod 000` does not stop reading: unreadable cases then run as user `nobody`. */
export { NOBODY, RUNNING_AS_ROOT } from '../helpers/as-nobody.js';

/** A temporary folder that user `nobody` may enter too. */
export function makeRoot(prefix: string): string {
    const root = mkdtempSync(join(tmpdir(), prefix));
    chmodSync(root, 0o755);
    return root;
}

export function removeRoot(root: string): void {
    rmSync(root, { recursive: true, force: true });
}

export function writeFile(root: string, path: string, content: string | Uint8Array): string {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    return absolute;
}

/** Git with its own HOME and no system configuration, so the machine's settings cannot interfere. */
export function git(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
    const result = spawnSync('git', args, {
        cwd, encoding: 'utf8', timeout: 60_000,
        env: {
            PATH: process.env.PATH, HOME: cwd, LANG: 'C', GIT_CONFIG_NOSYSTEM: '1',
            GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org',
        },
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function makeFifo(path: string): void {
    execFileSync('mkfifo', [path]);
}

/**
 * The case of the issue: a copy of examples/ at `<root>/ws`, with `plans/rootlink -> /`
 * beside a loop (`plans/loop -> .`) and a ring (`plans/a -> b -> a`), a link to the
 * organisation (inside the workspace: read once), a link to a plan outside the workspace,
 * a link to `/dev/zero` and a FIFO, both named like plans. Returns the workspace folder.
 */
export function linkTraps(root: string): string {
    const ws = join(root, 'ws');
    cpSync(EXAMPLES_DIR, ws, { recursive: true });
    writeFile(root, 'elsewhere/stranger-2026.pop', 'plan stranger-2026 for nobody {\n}\n');
    symlinkSync('/', join(ws, 'plans', 'rootlink'));
    symlinkSync('.', join(ws, 'plans', 'loop'));
    symlinkSync('b', join(ws, 'plans', 'a'));
    symlinkSync('a', join(ws, 'plans', 'b'));
    symlinkSync('../organisation.pop', join(ws, 'plans', 'organisation-link.pop'));
    symlinkSync(join(root, 'elsewhere', 'stranger-2026.pop'), join(ws, 'plans', 'stranger.pop'));
    symlinkSync('/dev/zero', join(ws, 'zero.pop'));
    makeFifo(join(ws, 'fifo.pop'));
    return ws;
}

/** The links of `linkTraps` and why each is skipped (besides `zero.pop`, a link to a device; the FIFO is no link). */
export const SKIPPED_LINKS: Record<string, RegExp> = {
    'plans/rootlink': /leads out of the workspace/,
    'plans/loop': /a link to a folder/,
    'plans/a': /a loop of links/,
    'plans/b': /a loop of links/,
    'plans/organisation-link.pop': /a second way to a file that is read already/,
    'plans/stranger.pop': /leads out of the workspace/,
};

/**
 * A repository whose committed plan holds a private reflection, reached also through a
 * link to its folder (`plans -> real`) and a link to the file itself (`shortcut.pop`).
 */
export function privateBehindLinks(root: string, plan: string, organisation: string): string {
    const repo = join(root, 'private-behind-links');
    writeFile(repo, 'leerplan.json', JSON.stringify({ today: '2026-06-15' }));
    writeFile(repo, 'organisation.pop', organisation);
    writeFile(repo, 'real/anna-2026.pop', plan);
    symlinkSync('real', join(repo, 'plans'));
    symlinkSync('real/anna-2026.pop', join(repo, 'shortcut.pop'));
    if (git(repo, 'init', '-q').code !== 0) throw new Error('git init failed');
    git(repo, 'add', '.');
    if (git(repo, 'commit', '-q', '-m', 'plans').code !== 0) throw new Error('git commit failed');
    return repo;
}

/** A sparse file of `bytes` (no disk space, read instantly as zeros if anyone reads it), named like a plan. */
export function sparseFile(path: string, bytes: number): void {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
        ftruncateSync(fd, bytes);
    } finally {
        closeSync(fd);
    }
}

/** `folders` folders of `filesPer` empty files each, under `root/name`. */
export function manyEntries(root: string, name: string, folders: number, filesPer: number): string {
    const base = join(root, name);
    for (let d = 0; d < folders; d++) {
        const folder = join(base, `d${d}`);
        mkdirSync(folder, { recursive: true });
        for (let f = 0; f < filesPer; f++) closeSync(openSync(join(folder, `f${f}.txt`), 'w'));
    }
    return base;
}
