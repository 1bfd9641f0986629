import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from './helpers/check.js';

const sketchDir = join(__dirname, '..', '..', 'shared', 'design', 'sketch');

function sketchFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(sketchDir)) if (name.endsWith('.pop')) files[name] = readFileSync(join(sketchDir, name), 'utf8');
    return files;
}

describe('the normative sketch files', () => {
    it('parse and link without any error', async () => {
        const result = await checkWorkspace(sketchFiles());
        const errors = result.all.filter(d => d.severity === 1);
        expect(errors).toEqual([]);
    });

    it('report the diagnostics their comments name', async () => {
        const result = await checkWorkspace(sketchFiles());
        const anna = result.byFile['anna-2026.pop'].filter(d => d.code === 'goal-without-vision' || d.code === 'goal-without-feedback');
        expect(anna.map(d => d.code).sort()).toEqual(['goal-without-feedback', 'goal-without-vision']);
        expect(anna.map(d => d.range.start.line)).toEqual([21, 21]);
    });
});
