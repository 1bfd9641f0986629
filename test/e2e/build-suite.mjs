// Builds what the tests inside VS Code run: the bundles under test (esbuild only, via
// scripts/build.mjs; the generated parser is part of the sources) and the test module
// test/e2e/suite.ts as out/e2e/suite.cjs (CommonJS, `vscode` external), which VS Code's
// test machinery loads in the extension host.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function buildForE2e(repo, node = process.execPath) {
    const result = spawnSync(node, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`scripts/build.mjs failed:\n${result.stdout}${result.stderr}`);
    const suite = join(repo, 'out', 'e2e', 'suite.cjs');
    await build({
        entryPoints: [join(repo, 'test', 'e2e', 'suite.ts')],
        outfile: suite,
        bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning',
    });
    return suite;
}
