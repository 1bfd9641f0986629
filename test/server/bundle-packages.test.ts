import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './lsp-client.js';

/**
 * Each bundle holds one copy of every package. Two copies of `vscode-jsonrpc` in the
 * server made Langium's `ResponseError`s foreign to the connection, which then sent
 * them as results (`{"result":{"code":-32800}}`) instead of errors.
 */
const ENTRIES = [
    { entry: 'server/src/main.ts', external: [] as string[] },
    { entry: 'cli/src/main.ts', external: [] as string[] },
    { entry: 'client/src/extension.ts', external: ['vscode'] },
];

/** Package folder -> the versions of it that the bundle's inputs come from. */
async function packagesIn(entry: string, external: string[]): Promise<Map<string, Set<string>>> {
    const result = await build({
        entryPoints: [join(PROJECT_ROOT, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true,
        external, logLevel: 'silent', absWorkingDir: PROJECT_ROOT, define: { __LEERPLAN_VERSION__: '"test"' },
    });
    const packages = new Map<string, Set<string>>();
    for (const input of Object.keys(result.metafile.inputs)) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
        if (!match) continue;
        const version = JSON.parse(readFileSync(join(PROJECT_ROOT, match[1], 'package.json'), 'utf8')).version as string;
        const name = match[2];
        if (!packages.has(name)) packages.set(name, new Set());
        packages.get(name)!.add(`${version} (${match[1]})`);
    }
    return packages;
}

describe('bundled packages', () => {
    for (const { entry, external } of ENTRIES) {
        it(`${entry}: one copy of every package, vscode-jsonrpc among them`, async () => {
            const packages = await packagesIn(entry, external);
            const twice = [...packages].filter(([, copies]) => copies.size > 1).map(([name, copies]) => `${name}: ${[...copies].join(', ')}`);
            expect(twice).toEqual([]);
            if (entry !== 'cli/src/main.ts') expect(packages.has('vscode-jsonrpc')).toBe(true);
        });
    }
});
