import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryOutputs } from '../../scripts/registry-outputs.js';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('files generated from the rule registry', () => {
    const outputs = registryOutputs(read);

    it('cover the docs, the README, the schema, the manifest and both manifest translations', () => {
        expect(outputs.map(o => o.path)).toEqual(['docs/rules.md', 'README.md', 'schema/leerplan.schema.json', 'package.json', 'package.nls.json', 'package.nls.nl.json']);
    });

    it.each(outputs.map(o => [o.path, o.text]))('%s is what the registry says (else run: npm run registry:generate)', (path, text) => {
        expect(read(path)).toBe(text);
    });

    it('are stable: generating from the generated files changes nothing', () => {
        const generated = new Map(outputs.map(o => [o.path, o.text]));
        expect(registryOutputs(path => generated.get(path) ?? read(path))).toEqual(outputs);
    });
});
