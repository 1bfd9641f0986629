import fc from 'fast-check';

/**
 * How much fuzzing a run does. The normal test run uses each property's small default
 * budget (a few hundred inputs, seconds on a busy machine); `npm run fuzz` sets
 * `FUZZ_RUNS` (inputs per property) for a long run. `FUZZ_SEED` replays a failure
 * that a long run printed. The seed is fixed by default, so every run of the normal
 * suite tries the same inputs and a failure is repeatable.
 */
export const DEFAULT_SEED = 20261124;

export function fuzzSeed(): number {
    const given = Number(process.env.FUZZ_SEED);
    return Number.isInteger(given) ? given : DEFAULT_SEED;
}

/** Inputs per property: `FUZZ_RUNS` when set, else the property's own default, scaled by `weight`. */
export function fuzzRuns(defaultRuns: number, weight = 1): number {
    const given = Number(process.env.FUZZ_RUNS);
    return Number.isInteger(given) && given > 0 ? Math.max(1, Math.round(given * weight)) : defaultRuns;
}

/** A vitest timeout for `runs` inputs at about `msPerInput` each, never below a minute. */
export function fuzzTimeout(runs: number, msPerInput: number): number {
    return Math.max(60_000, runs * msPerInput * 3);
}

/**
 * Runs an asynchronous property with a fixed seed and prints what it did: how many
 * inputs ran and the seed (on failure fast-check's own report names the seed and the
 * shrunk counterexample; the line below says how to replay it).
 */
export async function checkProperty<T>(name: string, property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>, runs: number): Promise<void> {
    const seed = fuzzSeed();
    const started = Date.now();
    try {
        await fc.assert(property as fc.IAsyncProperty<T>, { numRuns: runs, seed });
    } catch (error) {
        const budget = process.env.FUZZ_RUNS ? ` FUZZ_RUNS=${process.env.FUZZ_RUNS}` : '';
        console.log(`[fuzz] ${name}: FAILED (seed ${seed}, ${runs} inputs); replay with FUZZ_SEED=${seed}${budget}`);
        throw error;
    }
    console.log(`[fuzz] ${name}: ${runs} inputs, no failure (seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
