/** VS Code's snippet syntax (`${1:text}`, `${2|a,b|}`, `$0`, `\\$`), read the way VS Code inserts it. */

/**
 * The text a snippet inserts when every tab stop keeps its default (the first choice):
 * what the user gets by pressing Tab through it, and what the tests check.
 */
export function snippetDefaultText(snippet: string): string {
    let out = '';
    for (let index = 0; index < snippet.length;) {
        const c = snippet[index];
        if (c === '\\' && index + 1 < snippet.length) {
            out += snippet[index + 1];
            index += 2;
        } else if (c === '$' && snippet[index + 1] === '{') {
            const match = /^\$\{(\d+)(?::((?:\\.|[^}\\])*)|\|((?:\\.|[^|\\])*)\|)?\}/.exec(snippet.slice(index));
            if (!match) throw new Error(`unreadable snippet at ${index}`);
            const text = match[2] ?? (match[3] !== undefined ? match[3].split(/(?<!\\),/)[0] : '');
            out += text.replace(/\\(.)/g, '$1');
            index += match[0].length;
        } else if (c === '$' && /\d/.test(snippet[index + 1] ?? '')) {
            index += 1 + /^\d+/.exec(snippet.slice(index + 1))![0].length;
        } else {
            out += c;
            index++;
        }
    }
    return out;
}
