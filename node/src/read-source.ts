import { readFileSync } from 'node:fs';

/** What reading a .pop file gave: its text, or why there is none. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: false });

/** The bytes of a file, or a short reason why they cannot be read. Never throws. */
export function readBytes(path: string): { ok: true; bytes: Buffer } | { ok: false; message: string } {
    try {
        return { ok: true, bytes: readFileSync(path) };
    } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const why = err.code === 'EACCES' ? 'permission denied' : err.code === 'ENOENT' ? 'no such file'
            : err.code === 'EISDIR' ? 'is a folder' : err.code ?? err.message;
        return { ok: false, message: why };
    }
}

/**
 * Reads a file as UTF-8 (a byte-order mark is dropped, invalid bytes become U+FFFD
 * and so show up as parse errors at their place). Never throws.
 */
export function readSource(path: string): ReadResult {
    const read = readBytes(path);
    if (!read.ok) return read;
    let text = decoder.decode(read.bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
}
