import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction ARCHITECTURE.md states ("## Dependency direction"): each
 * source folder imports only itself and what its row of that table allows.
 */
const ROOT = resolve(__dirname, '..');
const ARCHITECTURE = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');

function allowedImports(): Map<string, string[]> {
    const section = ARCHITECTURE.slice(ARCHITECTURE.indexOf('\n## Dependency direction\n'));
    const rules = new Map<string, string[]>();
    for (const row of section.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)) rules.set(row[1], [...row[2].matchAll(/`([^`]+)`/g)].map(m => m[1]));
    return rules;
}

function sourceFiles(folder: string): string[] {
    return readdirSync(join(ROOT, folder), { recursive: true }).map(String).filter(f => f.endsWith('.ts')).map(f => join(folder, f));
}

/** Every module a file names: static and dynamic imports, re-exports, side-effect imports. */
function importsOf(file: string): string[] {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)];
    return specifiers.map(m => m[1] ?? m[2] ?? m[3]).map(spec => spec.startsWith('.')
        ? relative(ROOT, resolve(dirname(join(ROOT, file)), spec)).replace(/\.js$/, '.ts')
        : spec);
}

function isAllowed(target: string, folder: string, allowed: string[]): boolean {
    if (target.startsWith(folder)) return true;
    return allowed.some(rule => rule === 'node:*' ? target.startsWith('node:') : rule.endsWith('/') ? target.startsWith(rule) : target === rule);
}

describe('the dependency direction of ARCHITECTURE.md', () => {
    const rules = allowedImports();

    it('has a rule for every source folder', () => {
        expect([...rules.keys()]).toEqual(['language/src/', 'summary/src/', 'node/src/', 'cli/src/', 'server/src/', 'client/src/']);
    });

    it.each([...allowedImports().entries()])('%s imports only what it may', (folder, allowed) => {
        const files = sourceFiles(folder);
        expect(files.length).toBeGreaterThan(0);
        const wrong: string[] = [];
        for (const file of files) {
            for (const target of importsOf(file)) if (!isAllowed(target, folder, allowed)) wrong.push(`${file} imports ${target}`);
        }
        expect(wrong).toEqual([]);
    });

    it('sees an import that breaks it (the check is not blind)', () => {
        expect(importsOf('language/src/leerplan-module.ts')).toContain('langium');
        expect(isAllowed('node:fs', 'language/src/', rules.get('language/src/')!)).toBe(false);
        expect(isAllowed('vscode-languageserver', 'language/src/', rules.get('language/src/')!)).toBe(false);
        expect(isAllowed('server/src/lsp/rename.ts', 'client/src/', rules.get('client/src/')!)).toBe(false);
        expect(isAllowed('server/src/protocol.ts', 'client/src/', rules.get('client/src/')!)).toBe(true);
    });
});
