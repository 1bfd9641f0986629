import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders never searched (as in file discovery). */
const SKIPPED = new Set(['.git', 'node_modules']);
/** A search visits at most this many folder entries. */
const MAX_ENTRIES = 100_000;

/**
 * Every `*.private.pop` file under `folders`, Git-ignored ones included: a plan's
 * private file is normally Git-ignored (so the workspace does not hold it while it
 * is closed), yet renaming the plan must rename it there too. Symbolic links are not
 * followed; the search stops after `MAX_ENTRIES` entries.
 */
export function privateFilesUnder(folders: string[]): string[] {
    const found: string[] = [];
    let budget = MAX_ENTRIES;
    const walk = (dir: string) => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries) {
            if (--budget < 0) return;
            if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(join(dir, entry.name));
            else if (entry.isFile() && entry.name.endsWith('.private.pop')) found.push(join(dir, entry.name));
        }
    };
    for (const folder of folders) walk(folder);
    return found.sort();
}
