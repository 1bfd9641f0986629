import { describe, expect, it } from 'vitest';
import { fuzzSeed } from './fuzz-budget.js';
import { formatStats, fuzzLanguageServer } from './lsp-session-fuzzer.js';

/**
 * The differential oracle, short: random editor sessions against the bundled server,
 * its diagnostics compared with `leerplan check` after every quiet period. `npm run
 * fuzz:lsp` runs the same for 100,000 operations or more.
 */
const OPERATIONS = Number(process.env.LSP_FUZZ_OPERATIONS) || 400;
const MINUTES = Number(process.env.LSP_FUZZ_MINUTES) || 3;

describe('fuzz: the language server against leerplan check', () => {
    it(`ends every quiet period where the CLI is, with no crash, hang or internal error (${OPERATIONS} operations)`, async () => {
        const stats = await fuzzLanguageServer({
            seed: fuzzSeed(), operations: OPERATIONS, deadlineMs: MINUTES * 60_000,
            sessionLength: Number(process.env.LSP_FUZZ_SESSION) || 3000,
            progress: s => process.env.LSP_FUZZ_OPERATIONS && console.log(`[fuzz:lsp] ${formatStats(s)}`),
        });
        console.log(`[fuzz:lsp] seed ${fuzzSeed()}: ${formatStats(stats)}`);
        for (const problem of stats.problems) console.log(`[fuzz:lsp] ${problem}`);
        expect(stats.problems).toEqual([]);
        expect(stats.quietPeriods).toBeGreaterThan(0);
        expect({ crashes: stats.crashes, hangs: stats.hangs, mismatches: stats.mismatches, internalErrors: stats.internalErrors })
            .toEqual({ crashes: 0, hangs: 0, mismatches: 0, internalErrors: 0 });
    }, (Number(process.env.LSP_FUZZ_MINUTES) || 3) * 60_000 + 120_000);
});
