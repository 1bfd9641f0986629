import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The normative sketch of the language (organisation, Anna's plan in English, Piet's in
 * Dutch), kept in the repository as a test fixture so a fresh clone tests on its own.
 */
export const SKETCH_DIR = join(__dirname, '..', 'fixtures', 'sketch');

/** The three sketch files by name; throws when the fixture is missing, so no test passes on nothing. */
export function sketchFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(SKETCH_DIR).sort()) if (name.endsWith('.pop')) files[name] = readFileSync(join(SKETCH_DIR, name), 'utf8');
    if (Object.keys(files).length !== 3) throw new Error(`expected the three sketch files in ${SKETCH_DIR}, found ${Object.keys(files).join(', ') || 'none'}`);
    return files;
}
