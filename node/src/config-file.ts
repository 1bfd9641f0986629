import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type ConfigError, type LeerplanConfig } from '../../language/src/config/leerplan-config.js';
import { systemErrorText } from './discovery-messages.js';
import { readSource } from './read-source.js';
import { MAX_FILE_BYTES } from '../../language/src/parser/size-limited-parser.js';

/**
 * The `leerplan.json` that governs `start` (a file or folder): the nearest one in
 * that folder or above it, not beyond the repository root. A `leerplan.json` in the
 * home folder or the file-system root is never picked up from below: its folder would
 * become the workspace and be searched whole.
 */
export function findConfigFile(start: string): string | undefined {
    let dir = resolve(start);
    try {
        if (!statSync(dir).isDirectory()) dir = dirname(dir);
    } catch {
        dir = dirname(dir);
    }
    const first = dir;
    const tooWide = new Set([homedir(), parse(dir).root]);
    for (;;) {
        const candidate = join(dir, CONFIG_FILE_NAME);
        if ((dir === first || !tooWide.has(dir)) && existsSync(candidate)) return candidate;
        if (existsSync(join(dir, '.git'))) return undefined;
        const parent = dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
    }
}


/** Reads and parses a `leerplan.json`; `text` is what was read (for ranges of its errors). Never throws. */
export function loadConfigFile(path: string): { config: LeerplanConfig; errors: ConfigError[]; text: string } {
    const read = readSource(path);
    if (!read.ok) {
        const why = read.reason === 'too-large'
            ? { en: read.message, nl: `te groot (${(read.bytes / 1048576).toFixed(1)} MB; de grens is ${MAX_FILE_BYTES / 1048576} MB)` }
            : { en: systemErrorText(read.code, 'en'), nl: systemErrorText(read.code, 'nl') };
        return { config: {}, errors: [{ key: '', problem: { kind: 'unreadable', why } }], text: '' };
    }
    return { ...parseConfig(read.text), text: read.text };
}
