import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type ConfigError, type LeerplanConfig } from '../../language/src/config/leerplan-config.js';
import { readSource } from './read-source.js';

/**
 * The `leerplan.json` that governs `start` (a file or folder): the nearest one in
 * that folder or above it, not beyond the repository root.
 */
export function findConfigFile(start: string): string | undefined {
    let dir = resolve(start);
    try {
        if (!statSync(dir).isDirectory()) dir = dirname(dir);
    } catch {
        dir = dirname(dir);
    }
    for (;;) {
        const candidate = join(dir, CONFIG_FILE_NAME);
        if (existsSync(candidate)) return candidate;
        if (existsSync(join(dir, '.git'))) return undefined;
        const parent = dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
    }
}

export function loadConfigFile(path: string): { config: LeerplanConfig; errors: ConfigError[] } {
    const read = readSource(path);
    if (!read.ok) return { config: {}, errors: [{ key: '', message: `cannot be read (${read.message})` }] };
    return parseConfig(read.text);
}
