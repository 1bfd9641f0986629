import { readBytes, type ReadFailure } from './read-source.js';

/** A file's text exactly as stored (byte-order mark included), or why it cannot be used. */
export type ExactReadResult = { ok: true; text: string } | ReadFailure;

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a file for rewriting it (`leerplan fmt`): unlike `readSource`, the byte-order
 * mark is kept and a file that is not valid UTF-8 is refused, so writing the text back
 * can never change a byte the formatter did not mean to change. Never throws.
 */
export function readExactText(path: string): ExactReadResult {
    const read = readBytes(path);
    if (!read.ok) return read;
    try {
        return { ok: true, text: strictDecoder.decode(read.bytes) };
    } catch {
        return { ok: false, reason: 'unreadable', code: 'EILSEQ', message: 'not valid UTF-8' };
    }
}
