import ignore, { type Ignore } from 'ignore';
import { dirname, join, sep } from 'node:path';
import { readSource } from './read-source.js';

/**
 * `.gitignore` files outside a Git repository (or where Git cannot be run), read with the
 * maintained `ignore` package, which follows Git's own matching (`wildmatch`). Inside a
 * repository Git itself decides (`git-listing.ts`). Each line is compiled on its own: a
 * line that cannot be used is reported and the rest of the file still applies, and lines
 * whose matching could take more than linear time are refused (and reported) up front:
 *
 * - longer than MAX_PATTERN_LENGTH characters (no path segment is that long);
 * - more than one `**` between slashes (`a/** /b/** /c`): each is a group the regular
 *   expression may try at every depth of a path, so two of them already take seconds on a
 *   deep path; Git applies such a line inside a repository.
 */
export const MAX_PATTERN_LENGTH = 1024;
/** A larger ignore file is not read outside a repository: each of its lines is tried on every path. */
export const MAX_IGNORE_FILE_BYTES = 100 * 1024;

export type IgnoreProblem = 'too-long' | 'too-complex' | 'not-compiled' | 'too-large' | 'unreadable';

/** A line (or a whole file) of an ignore file that is not applied, and why. */
export interface IgnoreNote {
    /** Absolute path of the ignore file. */
    file: string;
    /** 1-based line number; absent when the whole file is concerned. */
    line?: number;
    problem: IgnoreProblem;
}

/** The rules of one ignore file, for paths relative to its folder. */
export interface IgnoreFile {
    /** Absolute folder the patterns are relative to. */
    base: string;
    matcher: Ignore;
}

const OPTIONS = { ignorecase: false } as const;

/** Git drops one CR before each LF and one at the very end; `ignore` splits the same way. */
function lines(text: string): string[] {
    return (text.endsWith('\r') ? text.slice(0, -1) : text).split(/\r?\n/);
}

/** The `**` segments strictly between two other segments, consecutive ones counted once (`**` followed by `**` is one `**`). */
function innerGlobstars(pattern: string): number {
    const segments = pattern.replace(/^!/, '').replace(/^\//, '').replace(/\/$/, '').split('/');
    let count = 0;
    for (let i = 1; i < segments.length - 1; i++) {
        if (segments[i] === '**' && segments[i - 1] !== '**') count++;
    }
    return count;
}

/** `a/**` + `/**` + `/b` is `a/**` + `/b` in Git: one group instead of two for the regular expression. */
function collapseGlobstars(pattern: string): string {
    let result = pattern;
    while (result.includes('/**/**/')) result = result.replace('/**/**/', '/**/');
    while (result.startsWith('**/**/')) result = result.slice(3);
    return result;
}

/** Compiles the patterns of an ignore file line by line; `notes` receives the lines that are not applied. */
export function compileIgnoreText(text: string, file: string, notes: IgnoreNote[]): Ignore {
    const matcher = ignore(OPTIONS);
    lines(text).forEach((raw, index) => {
        const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
        if (!line.trim() || line.startsWith('#')) return;
        const note = (problem: IgnoreProblem) => notes.push({ file, line: index + 1, problem });
        if (line.length > MAX_PATTERN_LENGTH) return note('too-long');
        const pattern = collapseGlobstars(line);
        if (innerGlobstars(pattern) > 1) return note('too-complex');
        try {
            // The package compiles a rule when it is first used: use it once here, where a failure concerns this line only.
            ignore(OPTIONS).add(pattern).test('probe');
        } catch {
            return note('not-compiled');
        }
        matcher.add(pattern);
    });
    return matcher;
}

/** Reads and compiles one ignore file; undefined when there is none (or it cannot be used: then `notes` says why). */
export function readIgnoreFile(path: string, base: string, notes: IgnoreNote[]): IgnoreFile | undefined {
    const read = readSource(path, MAX_IGNORE_FILE_BYTES);
    if (!read.ok) {
        if (read.reason === 'too-large') notes.push({ file: path, problem: 'too-large' });
        else if (read.code !== 'ENOENT' && read.code !== 'ENOTDIR') notes.push({ file: path, problem: 'unreadable' });
        return undefined;
    }
    return { base, matcher: compileIgnoreText(read.text, path, notes) };
}

/**
 * The ignore files in force in a folder, outermost first. Git's precedence: a file deeper
 * in the tree overrides the ones above it, and within a file the last matching line wins.
 */
export class IgnoreStack {
    constructor(readonly files: readonly IgnoreFile[] = []) {}

    with(file: IgnoreFile | undefined): IgnoreStack {
        return file ? new IgnoreStack([...this.files, file]) : this;
    }

    /** Whether the entry at `path` (absolute, below every base) is ignored; `isFolder` lets `name/` patterns match. */
    ignores(path: string, isFolder: boolean): boolean {
        for (let i = this.files.length - 1; i >= 0; i--) {
            const { base, matcher } = this.files[i];
            const relative = toPosix(path.slice(base.endsWith(sep) ? base.length : base.length + 1));
            const result = matcher.test(isFolder ? `${relative}/` : relative);
            if (result.ignored) return true;
            if (result.unignored) return false;
        }
        return false;
    }
}

/**
 * The ignore rules of a tree (a repository, or a workspace outside one) rooted at `root`:
 * `base` (the exclude files), then each folder's `.gitignore`, read once when first needed.
 */
export class IgnoreRules {
    private readonly stacks = new Map<string, IgnoreStack>();

    constructor(readonly root: string, private readonly base: IgnoreStack, private readonly notes: IgnoreNote[]) {}

    /** Reads the exclude files (weakest first) into the rules of `root`. */
    static withExcludeFiles(root: string, excludeFiles: string[], notes: IgnoreNote[]): IgnoreRules {
        let base = new IgnoreStack();
        for (const file of excludeFiles) base = base.with(readIgnoreFile(file, root, notes));
        return new IgnoreRules(root, base, notes);
    }

    /** The rules in force for the entries of `dir` (`root` or a folder below it). */
    stackFor(dir: string): IgnoreStack {
        const known = this.stacks.get(dir);
        if (known) return known;
        const above = dir === this.root || dirname(dir) === dir ? this.base : this.stackFor(dirname(dir));
        const stack = above.with(readIgnoreFile(join(dir, '.gitignore'), dir, this.notes));
        this.stacks.set(dir, stack);
        return stack;
    }

    /** Whether Git ignores `path` (below `root`): a folder on the way being ignored ignores everything in it. */
    ignores(path: string, isFolder: boolean): boolean {
        const folders: string[] = [];
        for (let dir = dirname(path); dir !== this.root && dir.startsWith(this.root) && dirname(dir) !== dir; dir = dirname(dir)) folders.unshift(dir);
        for (const folder of folders) if (this.stackFor(dirname(folder)).ignores(folder, true)) return true;
        return this.stackFor(dirname(path)).ignores(path, isFolder);
    }
}

function toPosix(path: string): string {
    return sep === '/' ? path : path.split(sep).join('/');
}
