import { describe, expect, it } from 'vitest';
import { checkWorkspace } from './helpers/check.js';
import { sketchFiles } from './helpers/sketch.js';

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
