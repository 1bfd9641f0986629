import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPopFiles } from '../../node/src/file-discovery.js';
import { git, makeRoot, removeRoot, writeFile } from './discovery-fixture.js';

/**
 * Which files discovery takes, compared with Git's own answer (`git check-ignore`) over
 * tricky `.gitignore` patterns: outside a repository (the `ignore` package reads the
 * `.gitignore` files) and inside one (Git lists the files). Both must be exactly Git's.
 */
const TREE = [
    'a.pop', 'b.pop', 'ab.pop', 'abc.pop', 'A.pop', 'z.pop', '1.pop', '-x.pop', '#hash.pop', '!bang.pop', '[a].pop',
    'star*.pop', 'q?.pop', 'back\\slash.pop', 'sp ace.pop', 'x.private.pop', 'deep/x.private.pop',
    'doc.pop', 'doc/a.pop', 'doc/sub/a.pop', 'x/doc/a.pop', 'build/a.pop', 'build/sub/a.pop', 'src/build/a.pop',
    'a/b.pop', 'a/c.pop', 'a/b/c.pop', 'a/x/c.pop', 'a/x/b/c.pop', 'a/x/y/c.pop', 'logs/a.pop', 'x/logs/a.pop',
    // Twelve a's: Git's own matcher takes seconds from about 24 on with the backtracking pattern below (discovery does not).
    'deep/a.pop', 'deep/a/a/a/a.pop', 'x/a.pop', 'x/y/a.pop', `${'a'.repeat(12)}.pop`,
];

/** [what it tests, the root .gitignore, other .gitignore files by folder]. */
const CASES: Array<[string, string, Record<string, string>?]> = [
    ['a name anywhere', 'a.pop'],
    ['anchored to the root', '/a.pop'],
    ['a wildcard for private files', '*.private.pop'],
    ['a wildcard in a folder', 'doc/*.pop'],
    ['any depth below a folder', 'doc/**/*.pop'],
    ['a folder at any depth', '**/doc'],
    ['files in a folder at any depth', '**/doc/*.pop'],
    ['a folder only', 'build/'],
    ['a folder or file', 'build'],
    ['an anchored folder', '/build/'],
    ['a folder\'s contents, one re-included', 'build/*\n!build/sub/'],
    ['no re-including inside an excluded folder', 'build/\n!build/a.pop'],
    ['everything but one', '*.pop\n!a.pop'],
    ['everything, folders re-included', '*\n!*/\n!*.pop\n*.private.pop'],
    ['zero or more folders in the middle', 'a/**/c.pop'],
    ['everything inside a folder', 'a/**'],
    ['a file at any depth', '**/a.pop'],
    ['a bracket', '[ab].pop'],
    ['a negated bracket with !', '[!ab].pop'],
    ['a negated bracket with ^', '[^ab].pop'],
    ['a range and a star', '[a-c]*.pop'],
    ['a reversed range (JavaScript cannot compile it)', '[z-a].pop'],
    ['a reversed range beside the private rule', '[z-a].tmp\n*.private.pop'],
    ['a character class', '[[:alpha:]].pop'],
    ['a digit class', '[[:digit:]].pop'],
    ['an unknown class', '[[:bogus:]].pop'],
    ['a closing bracket first', '[]a].pop'],
    ['a dash last', '[a-].pop'],
    ['a dash in a set', '[-a].pop'],
    ['an unterminated bracket', '[a.pop'],
    ['one character', '?.pop'],
    ['two characters', '??.pop'],
    ['a question mark in the middle', 'a?c.pop'],
    ['an escaped hash', '\\#hash.pop'],
    ['a comment', '#hash.pop'],
    ['an escaped exclamation mark', '\\!bang.pop'],
    ['a negation of nothing', '!a.pop'],
    ['trailing spaces are dropped', 'a.pop   '],
    ['an escaped trailing space is kept', 'a.pop\\ '],
    ['case matters', 'A.pop'],
    ['case matters in a wildcard', '*.POP'],
    ['an escaped star', 'star\\*.pop'],
    ['an escaped question mark', 'q\\?.pop'],
    ['an escaped bracket', '\\[a].pop'],
    ['an escaped backslash', 'back\\\\slash.pop'],
    ['a space inside', 'sp ace.pop'],
    ['two stars inside a name', 'a**.pop'],
    ['two stars before a name', '**a.pop'],
    ['three stars', '***.pop'],
    ['two stars and a name in a folder', 'deep/**/a.pop'],
    ['two stars deeper', 'deep/a/**/a.pop'],
    ['a folder anywhere, by its slash', 'x/'],
    ['a nested anchored folder', '/x/y/'],
    ['one folder level', '*/a.pop'],
    ['two folder levels', '*/*/c.pop'],
    ['a star folder in the middle', 'a/*/c.pop'],
    ['a name that is a file and a folder', 'doc'],
    ['a trailing backslash', 'a.pop\\'],
    ['Windows line ends', 'a.pop\r\nb.pop\r\n'],
    ['a byte-order mark', '\uFEFFa.pop'],
    ['a backtracking pattern', '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'],
    ['a backtracking pattern that matches', '*a*a*a*a*a*a*a*a*a*a*a*p'],
    ['a deeper .gitignore re-includes', '*.pop', { doc: '!a.pop' }],
    ['a deeper .gitignore excludes', '!doc/a.pop', { doc: '*.pop' }],
    ['a deeper .gitignore is relative to its folder', '', { a: 'b/\n/c.pop', x: 'doc/' }],
    ['one star matches within a folder only', 'a*.pop'],
    ['a leading slash and a star', '/*.pop\n!/a.pop'],
];

let root: string;
beforeAll(() => {
    root = makeRoot('leerplan-gitignore-');
});
afterAll(() => removeRoot(root));

/** The .pop files of `folder` that discovery takes, relative, sorted. */
function discovered(folder: string): string[] {
    return discoverPopFiles(['.'], folder).files.map(path => relative(folder, path)).sort();
}

/** The files of TREE that Git does not ignore: `git check-ignore` over all of them at once. */
function notIgnoredByGit(folder: string): string[] {
    const result = spawnSync('git', ['check-ignore', '--stdin', '-z'], { cwd: folder, input: TREE.join('\0') + '\0', encoding: 'utf8', env: { PATH: process.env.PATH, HOME: folder, GIT_CONFIG_NOSYSTEM: '1' } });
    expect(result.status === 0 || result.status === 1, result.stderr).toBe(true);
    const ignored = new Set(result.stdout.split('\0').filter(Boolean));
    return TREE.filter(path => !ignored.has(path)).sort();
}

describe('discovery ignores exactly what Git ignores', () => {
    it('covers at least 50 patterns', () => {
        expect(CASES.length).toBeGreaterThanOrEqual(50);
    });

    it.each(CASES.map((c, i) => [i, ...c] as const))('%i: %s', (index, _name, rootIgnore, nested = {}) => {
        const folder = join(root, `case-${index}`);
        for (const path of TREE) writeFile(folder, path, '');
        writeFile(folder, '.gitignore', rootIgnore);
        for (const [dir, text] of Object.entries(nested)) writeFile(folder, `${dir}/.gitignore`, text);

        const outside = discovered(folder);
        expect(git(folder, 'init', '-q').code).toBe(0);
        const expected = notIgnoredByGit(folder);
        expect(outside, 'outside a repository: the ignore package').toEqual(expected);
        expect(discovered(folder), 'inside a repository: Git itself').toEqual(expected);
    });
});

describe('a tracked file is Git\'s even when a pattern matches it', () => {
    it('lists what git ls-files --cached --others --exclude-standard lists', () => {
        const folder = join(root, 'tracked');
        for (const path of TREE) writeFile(folder, path, '');
        writeFile(folder, '.gitignore', '*.private.pop\nbuild/\n');
        expect(git(folder, 'init', '-q').code).toBe(0);
        expect(git(folder, 'add', '-f', 'x.private.pop', 'build/sub/a.pop').code).toBe(0);
        const listed = git(folder, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').stdout.split('\0').filter(path => path.endsWith('.pop')).sort();
        expect(listed).toContain('x.private.pop');
        expect(listed).toContain('build/sub/a.pop');
        expect(discovered(folder)).toEqual(listed);
    });
});
