import { accessSync, constants, chmodSync, copyFileSync, linkSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * As root, `chmod 000` does not stop reading, so the tests of unreadable files run the bundled
 * CLI or server as user `nobody`. That user may not be able to enter the clone at all (a
 * temporary folder of mode 700, a home folder), so the Node binary and the bundles are staged
 * once per test file in a folder anyone may enter, and run from there.
 */
export const RUNNING_AS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const NOBODY = 65534;

export interface Staged {
    /** The Node binary nobody can run. */
    node: string;
    /** The folder holding copies of `out/*.cjs`. */
    out: string;
    /** A folder nobody may use as its working folder. */
    folder: string;
}

let staged: Staged | undefined;

/** The Node binary and the bundles of `outDir`, where user `nobody` can run them. */
export function stagedForNobody(node: string, outDir: string): Staged {
    if (staged) return staged;
    const folder = mkdtempSync(join(tmpdir(), 'leerplan-as-nobody-'));
    chmodSync(folder, 0o755);
    const realNode = realpathSync(node);
    const stagedNode = join(folder, 'node');
    try {
        linkSync(realNode, stagedNode);
    } catch {
        copyFileSync(realNode, stagedNode);
    }
    chmodSync(stagedNode, 0o755);
    for (const name of readdirSync(outDir)) {
        if (name.endsWith('.cjs')) {
            copyFileSync(join(outDir, name), join(folder, name));
            chmodSync(join(folder, name), 0o644);
        }
    }
    accessSync(stagedNode, constants.X_OK);
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    staged = { node: stagedNode, out: folder, folder };
    return staged;
}
