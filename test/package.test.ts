import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What package.json promises about the code: every package the sources import is
 * declared (and nothing is declared that no one uses), the npm package carries no
 * runtime dependencies (the bundles hold them), and the VS Code API types are those of
 * the oldest VS Code the extension supports. scripts/test-install.mjs installs the
 * package itself.
 */
const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>; devDependencies: Record<string, string>; engines: { vscode: string; node: string }; files: string[];
};
/** Packages used by the tooling only (build, tests, packaging), not imported by the sources. */
const TOOLING = ['@types/node', '@types/vscode', '@vscode/vsce', 'esbuild', 'langium-cli', 'node', 'typescript'];
/** Installed by hand for an optional route (README: `npm install --no-save @vscode/test-electron`). */
const OPTIONAL = ['@vscode/test-electron'];

function sources(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (name === 'node_modules' || name === 'out' || name === 'fixtures') return [];
        return statSync(path).isDirectory() ? sources(path) : /\.(ts|mts|mjs)$/.test(name) ? [path] : [];
    });
}

function importedPackages(): Set<string> {
    const found = new Set<string>();
    const files = ['language', 'node', 'cli', 'server', 'client', 'test', 'bench', 'scripts'].flatMap(dir => sources(join(ROOT, dir)));
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const statements = /^\s*(?:import|export)\b[^;'"`]*?from\s*'([^'.][^']*)'|^\s*import\s*'([^'.][^']*)'|\bimport\(\s*'([^'.][^']*)'\s*\)/gm;
        for (const m of text.matchAll(statements)) {
            const spec = m[1] ?? m[2] ?? m[3];
            if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
            found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
    }
    return found;
}

describe('package.json', () => {
    it('declares every package the code imports, and no package nobody uses', () => {
        const imported = importedPackages();
        const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
        expect([...imported].filter(name => !declared.includes(name) && name !== 'vscode' && !OPTIONAL.includes(name)).sort()).toEqual([]);
        expect(declared.filter(name => !imported.has(name) && !TOOLING.includes(name)).sort()).toEqual([]);
    });

    it('has no runtime dependencies: the bundles hold everything', () => {
        expect(manifest.dependencies ?? {}).toEqual({});
        expect(manifest.files).toEqual(['out/cli.cjs', 'out/server.cjs', 'schema/leerplan.schema.json', 'CHANGELOG.md']);
    });

    it('types the VS Code API of the oldest VS Code that engines.vscode accepts', () => {
        const engine = /^\^(\d+\.\d+)\./.exec(manifest.engines.vscode)?.[1];
        const types = /^~(\d+\.\d+)\./.exec(manifest.devDependencies['@types/vscode'])?.[1];
        expect(engine).toBeDefined();
        expect(types).toBe(engine);
    });
});
