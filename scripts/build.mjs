// Bundles the CLI, the language server and the VS Code client with esbuild: each one
// file with every dependency inside, minified, with a source map beside it (the .map
// files stay out of the npm package and the .vsix). `--watch` rebuilds unminified.
// Usage: node scripts/build.mjs [--watch]
import { build, context } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile, chmod } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

/** The grammar's identifier pattern, for the client (scripts/identifier-source.ts). */
async function identifierSource() {
    const bundled = await build({ entryPoints: ['scripts/identifier-source.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
    const module = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));
    return module.identifierSource();
}

const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    minify: !watch,
    minifySyntax: true,
    // Function and class names stay readable in stack traces and in `constructor.name`.
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __LEERPLAN_VERSION__: JSON.stringify(pkg.version) },
};

const entries = [
    { entryPoints: ['cli/src/main.ts'], outfile: 'out/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
    { entryPoints: ['server/src/main.ts'], outfile: 'out/server.cjs', banner: { js: '#!/usr/bin/env node' } },
    { entryPoints: ['client/src/extension.ts'], outfile: 'out/extension.cjs', external: ['vscode'], define: { ...common.define, __LEERPLAN_IDENTIFIER__: JSON.stringify(await identifierSource()) } },
].filter(e => existsSync(e.entryPoints[0]));

if (watch) {
    for (const entry of entries) await (await context({ ...common, ...entry })).watch();
} else {
    // Each bundle is built on its own, so one broken entry point does not hide the others' output.
    const results = await Promise.allSettled(entries.map(entry => build({ ...common, ...entry })));
    for (const entry of entries) if (entry.banner && existsSync(entry.outfile)) await chmod(entry.outfile, 0o755);
    if (results.some(r => r.status === 'rejected')) process.exit(1);
    // esbuild escapes non-ASCII characters in strings, not in regular expressions; one
    // character there outside Latin-1 makes V8 keep the whole bundle's source two bytes per
    // character (a megabyte more of memory in every process). Write it as `\uXXXX` instead.
    for (const entry of entries) {
        const text = await readFile(entry.outfile, 'utf8');
        const at = text.search(/[^\x00-\xff]/);
        if (at >= 0) {
            console.error(`${entry.outfile}: a character outside Latin-1 (${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}); write it as \\u${text.charCodeAt(at).toString(16).padStart(4, '0')} in the source`);
            process.exit(1);
        }
    }
}
