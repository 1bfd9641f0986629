import { chmodSync, closeSync, constants, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content as one step: the text goes to a temporary file beside it,
 * which then takes the file's place, so an interrupted run never leaves half a plan.
 * A symbolic link is followed (the file it points to is replaced, the link stays) and
 * the file's permissions are kept. Throws on failure (the caller reports it).
 */
export function replaceFileContent(path: string, text: string): void {
    const target = realpathSync(path);
    const mode = statSync(target).mode & 0o7777;
    const temporary = join(dirname(target), `.${basename(target)}.leerplan-${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text, 'utf8');
        chmodSync(temporary, mode);
        renameSync(temporary, target);
    } catch (e) {
        rmSync(temporary, { force: true });
        throw e;
    }
}

/** Writes a new file, failing (EEXIST) rather than replacing one that appeared meanwhile. */
export function writeNewFile(path: string, text: string): void {
    writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
}

/**
 * Writes an output file (an export, a report) without following a symbolic link at
 * `path` (O_NOFOLLOW, where the platform has it): a link planted in a repository
 * (`summary.html -> ~/.bashrc`) must not redirect a CI job's write to a file outside the
 * place it was told. Throws on failure.
 */
export function writeOutputFile(path: string, text: string): void {
    const file = openOutputFile(path);
    try {
        file.write(text);
    } finally {
        file.close();
    }
}

/** An output file written piece by piece. */
export interface OutputFile {
    write(text: string): void;
    close(): void;
}

/**
 * Opens an output file as `writeOutputFile` writes it (never through a symbolic link),
 * for a caller that writes it as it is made (`leerplan summary` of a large workspace).
 */
export function openOutputFile(path: string): OutputFile {
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o666);
    let open = true;
    return {
        write: text => {
            writeFileSync(fd, text, 'utf8');
        },
        close: () => {
            if (!open) return;
            open = false;
            closeSync(fd);
        },
    };
}
