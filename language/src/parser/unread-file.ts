/**
 * A file the host did not read: larger than the size limit (refused by its size on disk,
 * so a 600 MB file costs nothing), or unreadable. The host gives such a document this
 * stand-in text instead of the file's content; the parser recognises it and the validator
 * reports one `parse-error` that says why, the same in the CLI and in the editor.
 */
export type UnreadFile =
    | { reason: 'too-large'; bytes: number }
    /** `why` is the operating system's error code (`EACCES`, `EIO`, ...). */
    | { reason: 'unreadable'; why: string };

/** NUL characters never occur in a text file, so no plan can be taken for a stand-in. */
const PREFIX = '\u0000leerplan:unread\u0000';

export function unreadFileText(file: UnreadFile): string {
    return PREFIX + (file.reason === 'too-large' ? `too-large ${Math.round(file.bytes)}` : `unreadable ${file.why.replace(/[^A-Z0-9_]/gi, '')}`);
}

/** The file a stand-in text stands for, or undefined for any other text. */
export function unreadFileOf(text: string): UnreadFile | undefined {
    if (text.length > 100 || !text.startsWith(PREFIX)) return undefined;
    const [reason, value] = text.slice(PREFIX.length).split(' ');
    if (reason === 'too-large' && /^\d+$/.test(value ?? '')) return { reason, bytes: Number(value) };
    if (reason === 'unreadable') return { reason, why: value ?? '' };
    return undefined;
}
