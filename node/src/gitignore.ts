/**
 * `.gitignore` patterns, as Git reads them: last matching rule wins, `!` re-includes,
 * a trailing `/` matches folders only, a pattern with a `/` is anchored to the folder
 * of its `.gitignore`, `*`/`?`/`[...]` stay inside one path segment and `**` crosses them.
 */
export interface IgnoreRule {
    /** Folder of the .gitignore, absolute, with forward slashes and no trailing slash. */
    base: string;
    regex: RegExp;
    negate: boolean;
    dirOnly: boolean;
}

export function parseGitignore(text: string, base: string): IgnoreRule[] {
    const rules: IgnoreRule[] = [];
    for (let line of text.split(/\r?\n/)) {
        if (!line.endsWith('\\ ')) line = line.replace(/\s+$/, '');
        if (!line || line.startsWith('#')) continue;
        let negate = false;
        if (line.startsWith('!')) {
            negate = true;
            line = line.slice(1);
        } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
            line = line.slice(1);
        }
        let dirOnly = false;
        if (line.endsWith('/')) {
            dirOnly = true;
            line = line.slice(0, -1);
        }
        if (!line) continue;
        const anchored = line.includes('/');
        if (line.startsWith('/')) line = line.slice(1);
        const body = globToRegex(line);
        const regex = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`);
        rules.push({ base, regex, negate, dirOnly });
    }
    return rules;
}

function globToRegex(glob: string): string {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slashAfter = glob[i + 2] === '/';
                const atStart = i === 0 || glob[i - 1] === '/';
                if (atStart && slashAfter) {
                    out += '(?:.*/)?';
                    i += 2;
                } else {
                    out += '.*';
                    i += 1;
                }
            } else {
                out += '[^/]*';
            }
        } else if (c === '?') {
            out += '[^/]';
        } else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1) {
                out += '\\[';
            } else {
                let cls = glob.slice(i + 1, end);
                if (cls.startsWith('!')) cls = '^' + cls.slice(1);
                out += `[${cls.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        } else if (c === '\\' && i + 1 < glob.length) {
            out += escapeRegex(glob[++i]);
        } else {
            out += escapeRegex(c);
        }
    }
    return out;
}

function escapeRegex(c: string): string {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
}

/** Whether `path` (absolute, forward slashes) is ignored by `rules`; the last matching rule decides. */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isDir: boolean): boolean {
    let ignored = false;
    for (const rule of rules) {
        if (rule.dirOnly && !isDir) continue;
        if (!path.startsWith(rule.base + '/')) continue;
        const relative = path.slice(rule.base.length + 1);
        if (rule.regex.test(relative)) ignored = !rule.negate;
    }
    return ignored;
}
