// Writes every file derived from the rule registry (scripts/registry-outputs.ts):
// docs/rules.md, the README's rule catalogue, the rule settings of schema/leerplan.schema.json and of package.json,
// and their titles in package.nls.json and package.nls.nl.json.
// test/rules/registry-outputs.test.ts fails while a committed file differs.
// Usage: npm run registry:generate
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = await build({
    entryPoints: [fileURLToPath(new URL('registry-outputs.ts', import.meta.url))],
    bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning',
});
const { registryOutputs } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));
const read = path => readFileSync(root + path, 'utf8');
for (const { path, text } of registryOutputs(read)) {
    if (read(path) === text) continue;
    writeFileSync(root + path, text);
    console.log(`wrote ${path}`);
}
