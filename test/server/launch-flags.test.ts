import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../server/src/launch-flags.js';
import { NODE, PROJECT_ROOT } from './lsp-client.js';

/** What V8's young generation measures after a burst of short-lived allocations, in MiB. */
function youngGenerationMiB(flags: readonly string[]): number {
    const script = [
        "const v8 = require('node:v8');",
        // As node/src/memory-limits.ts does at the server's start.
        "v8.setFlagsFromString('--semi-space-growth-factor=1');",
        'const kept = [];',
        'for (let i = 0; i < 1e6; i++) { const o = { i, pair: [i, i + 1] }; if (i % 7 === 0) kept.push(o); }',
        "const space = v8.getHeapSpaceStatistics().find(s => s.space_name === 'new_space');",
        'console.log(space.space_size / 1048576);',
    ].join('\n');
    const run = spawnSync(NODE, [...flags, '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return Number(run.stdout.trim());
}

describe('the Node flags the server starts with', () => {
    it('are the ones the benchmark measures', async () => {
        const bench = await import(pathToFileURL(join(PROJECT_ROOT, 'bench', 'lsp-session.mjs')).href) as { SERVER_NODE_FLAGS: string[] };
        expect(bench.SERVER_NODE_FLAGS).toEqual([...SERVER_NODE_FLAGS]);
    });

    it('give the young generation 4 MiB per half from the start, where the server keeps it', () => {
        // Without them V8 starts at 1 MiB per half and, not growing, stays there.
        expect(youngGenerationMiB([])).toBeLessThanOrEqual(2);
        expect(youngGenerationMiB(SERVER_NODE_FLAGS)).toBe(8);
    });
});
