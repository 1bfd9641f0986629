import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';

/**
 * The folder whose .pop files form the workspace of `start` (a file or folder) when no
 * `leerplan.json` governs it. Every top-level declaration is visible from every file of
 * a workspace, so checking `plans/a.pop` alone must still see `organisation.pop` one
 * folder up. The search climbs from the folder of `start` to its parent as long as the
 * parent itself holds a .pop file (subfolders do not count): a folder of plans beside
 * unrelated data folders stays on its own. It never climbs out of a Git repository
 * (a folder holding `.git`), nor into the home folder or the file-system root, whose
 * whole tree would otherwise be read.
 */
export function findWorkspaceRoot(start: string): string {
    let dir = resolve(start);
    if (!isFolder(dir)) dir = dirname(dir);
    const tooWide = new Set([homedir(), parse(dir).root]);
    for (;;) {
        if (existsSync(join(dir, '.git'))) return dir;
        const parent = dirname(dir);
        if (parent === dir || tooWide.has(parent) || !holdsPopFile(parent)) return dir;
        dir = parent;
    }
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

/** Whether `dir` directly contains a .pop file (or a link to one); unreadable counts as no. */
function holdsPopFile(dir: string): boolean {
    let entries;
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    } catch {
        return false;
    }
    return entries.some(entry => entry.name.endsWith('.pop') && (entry.isFile() || (entry.isSymbolicLink() && isFile(join(dir, entry.name)))));
}

function isFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
