import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { MAX_FILE_BYTES } from '../../language/src/parser/size-limited-parser.js';
import { unreadFileText } from '../../language/src/parser/unread-file.js';

/** Why a file gave no text: larger than the limit (never read), or not readable (`code` is the system's, e.g. EACCES). */
export type ReadFailure =
    | { ok: false; reason: 'too-large'; bytes: number; message: string }
    | { ok: false; reason: 'unreadable'; code: string; message: string };

/** What reading a .pop file gave: its text, or why there is none. */
export type ReadResult = { ok: true; text: string } | ReadFailure;

const decoder = new TextDecoder('utf-8', { fatal: false });

/** A short description of a special file (what `stat` calls it), for messages. */
export function specialFileKind(stats: Stats): 'fifo' | 'socket' | 'device' | undefined {
    if (stats.isFIFO()) return 'fifo';
    if (stats.isSocket()) return 'socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
    return undefined;
}

const SPECIAL_TEXT = { fifo: 'a FIFO, not a file', socket: 'a socket, not a file', device: 'a device, not a file' } as const;

function unreadable(code: string, message?: string): ReadFailure {
    const text = message ?? (code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file'
        : code === 'EISDIR' ? 'is a folder' : code === 'ELOOP' ? 'a loop of symbolic links' : code);
    return { ok: false, reason: 'unreadable', code, message: text };
}

function failure(e: unknown): ReadFailure {
    const err = e as NodeJS.ErrnoException;
    return unreadable(err.code ?? 'EIO', err.code ? undefined : err.message);
}

function tooLarge(bytes: number, limit: number): ReadFailure {
    return { ok: false, reason: 'too-large', bytes, message: `too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB)` };
}

/**
 * The bytes of a file, or a short reason why they cannot be read. Never throws, never
 * blocks and never reads more than `limit` bytes: a file larger than that is refused by
 * its size before it is opened (and if it grows while it is read, the read stops one byte
 * past the limit); a FIFO, socket or device is refused without being opened.
 */
export function readBytes(path: string, limit = MAX_FILE_BYTES): { ok: true; bytes: Buffer } | ReadFailure {
    let stats: Stats;
    try {
        stats = statSync(path);
    } catch (e) {
        return failure(e);
    }
    if (stats.isDirectory()) return unreadable('EISDIR');
    const special = specialFileKind(stats);
    if (special) return unreadable('ENOTFILE', SPECIAL_TEXT[special]);
    if (stats.size > limit) return tooLarge(stats.size, limit);
    let fd: number;
    try {
        // Non-blocking: should the file have been replaced by a FIFO since `stat`, opening it does not wait.
        fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (e) {
        return failure(e);
    }
    try {
        const opened = fstatSync(fd);
        const kind = specialFileKind(opened);
        if (kind || !opened.isFile()) return unreadable('ENOTFILE', kind ? SPECIAL_TEXT[kind] : 'not a file');
        if (opened.size > limit) return tooLarge(opened.size, limit);
        let buffer = Buffer.allocUnsafe(Math.min(limit + 1, opened.size + 1));
        let total = 0;
        for (;;) {
            if (total === buffer.length) {
                if (total > limit) return tooLarge(Math.max(total, fstatSync(fd).size), limit);
                const grown = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(64 * 1024, buffer.length * 2)));
                buffer.copy(grown, 0, 0, total);
                buffer = grown;
            }
            const read = readSync(fd, buffer, total, buffer.length - total, null);
            if (read === 0) break;
            total += read;
        }
        return { ok: true, bytes: buffer.subarray(0, total) };
    } catch (e) {
        return failure(e);
    } finally {
        closeSync(fd);
    }
}

/**
 * Reads a file as UTF-8 (a byte-order mark is dropped, invalid bytes become U+FFFD
 * and so show up as parse errors at their place). Never throws.
 */
export function readSource(path: string, limit = MAX_FILE_BYTES): ReadResult {
    const read = readBytes(path, limit);
    if (!read.ok) return read;
    let text = decoder.decode(read.bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
}

/**
 * The text a document of this file is made from: its content, or, for a file larger
 * than the limit or one that cannot be read, the stand-in the parser turns into one
 * `parse-error` saying so (`language/src/parser/unread-file.ts`). Never throws.
 */
export function documentText(read: ReadResult): string {
    if (read.ok) return read.text;
    return read.reason === 'too-large' ? unreadFileText({ reason: 'too-large', bytes: read.bytes }) : unreadFileText({ reason: 'unreadable', why: read.code });
}
