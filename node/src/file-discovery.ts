import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { isIgnored, parseGitignore, type IgnoreRule } from './gitignore.js';

export interface Discovery {
    /** Absolute paths of the .pop files found, sorted, without duplicates. */
    files: string[];
    /** Paths given that could not be used (missing, unreadable), with the reason. */
    errors: Array<{ path: string; message: string }>;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

function toSlash(path: string): string {
    return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Finds the .pop files named by `paths`: a file is taken as it is, a folder is searched
 * recursively, honouring the `.gitignore` files of the repository it sits in. Symbolic
 * links are followed once (a loop is walked only once).
 */
export function discoverPopFiles(paths: string[], cwd: string): Discovery {
    const found = new Set<string>();
    const errors: Discovery['errors'] = [];
    for (const given of paths) {
        const absolute = resolve(cwd, given);
        let stats;
        try {
            stats = statSync(absolute);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            errors.push({
                path: given,
                message: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied'
                    : code === 'ELOOP' ? 'a loop of symbolic links' : String(code),
            });
            continue;
        }
        if (stats.isFile()) {
            found.add(absolute);
        } else if (stats.isDirectory()) {
            const rules = inheritedIgnoreRules(absolute);
            try {
                readdirSync(absolute);
            } catch {
                errors.push({ path: given, message: 'permission denied' });
                continue;
            }
            walk(absolute, rules, found, new Set());
        } else {
            errors.push({ path: given, message: 'not a file or folder' });
        }
    }
    return { files: [...found].sort(), errors };
}

function walk(dir: string, rules: IgnoreRule[], found: Set<string>, visited: Set<string>): void {
    let real: string;
    try {
        real = realpathSync(dir);
    } catch {
        return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    const own = readIgnoreFile(dir);
    const active = own.length ? [...rules, ...own] : rules;
    let entries;
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries) {
        if (ALWAYS_SKIPPED.has(entry.name)) continue;
        const path = join(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
            try {
                const s = statSync(path);
                isDir = s.isDirectory();
                isFile = s.isFile();
            } catch {
                continue;
            }
        }
        if (isIgnored(active, toSlash(path), isDir)) continue;
        if (isDir) walk(path, active, found, visited);
        else if (isFile && entry.name.endsWith('.pop')) found.add(path);
    }
}

function readIgnoreFile(dir: string): IgnoreRule[] {
    const file = join(dir, '.gitignore');
    if (!existsSync(file)) return [];
    try {
        return parseGitignore(readFileSync(file, 'utf8'), toSlash(dir));
    } catch {
        return [];
    }
}

/** The .gitignore rules of the folders above `dir`, up to the repository's root. */
function inheritedIgnoreRules(dir: string): IgnoreRule[] {
    const chain: string[] = [];
    let current = dirname(dir);
    let inRepo = existsSync(join(dir, '.git'));
    while (!inRepo) {
        chain.unshift(current);
        if (existsSync(join(current, '.git'))) {
            inRepo = true;
            break;
        }
        const parent = dirname(current);
        if (parent === current) break;
        current = parent;
    }
    if (!inRepo) return [];
    return chain.flatMap(readIgnoreFile);
}
