import { relative, sep } from 'node:path';
import { URI } from 'langium';

/**
 * A path as the CLI prints it: relative to the working folder, with forward slashes.
 * Control and bidi characters in a file name are shown as `\u001b` and the like: a
 * repository must not be able to send escape sequences to a terminal or forge output
 * lines with a file name.
 */
export function terminalPath(path: string, cwd: string): string {
    const rel = relative(cwd, path) || '.';
    const slashed = sep === '/' ? rel : rel.split(sep).join('/');
    return slashed.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
        c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A document's path as the editor shows it: relative to the workspace folder that
 * holds it, with forward slashes; the whole path when it lies outside every folder,
 * and the file name for a document that is not a file.
 */
export function folderRelativePath(uri: URI, folders: readonly string[]): string {
    if (uri.scheme !== 'file') return uri.path.split('/').pop() ?? uri.toString();
    const path = uri.path;
    for (const folder of folders) {
        const base = URI.parse(folder).path.replace(/\/$/, '');
        if (path.startsWith(base + '/')) return path.slice(base.length + 1);
    }
    return path;
}
