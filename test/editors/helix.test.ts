import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeBlock, REPO_ROOT } from './installed-package.js';

/**
 * The README's Helix entry is valid TOML (read by Python's tomllib, as strict as Helix's
 * reader) and starts the package's server for .pop files. No Helix is available from
 * Debian 12, so it is not started here; the same command line is proven in Neovim.
 */
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

describe("the README's Helix languages.toml entry", () => {
    it('is valid TOML that runs leerplan-language-server --stdio for the language pop (.pop files)', () => {
        const toml = readmeBlock(README, '**Helix**', 'toml');
        const parsed = spawnSync('python3', ['-c', 'import json, sys, tomllib; print(json.dumps(tomllib.loads(sys.stdin.read())))'], { input: toml, encoding: 'utf8' });
        expect(parsed.stderr).toBe('');
        const config = JSON.parse(parsed.stdout);
        const server = config['language-server'].leerplan;
        expect(Object.keys(manifest.bin)).toContain(server.command);
        expect(server.args).toEqual(['--stdio']);
        expect(server.config).toEqual({ leerplan: { language: 'auto' } });
        expect(config.language).toEqual([expect.objectContaining({
            name: 'pop', 'file-types': ['pop'], roots: ['leerplan.json'], 'language-servers': ['leerplan'],
            'comment-tokens': ['//'], 'block-comment-tokens': { start: '/*', end: '*/' },
        })]);
    });
});
