// `npm run fuzz`: the fuzz properties of test/fuzz/ with a long budget.
//   FUZZ_RUNS  inputs per property (default 20000; the normal test run uses a few hundred)
//   FUZZ_SEED  the seed to replay (a failing run prints it)
// Extra arguments go to vitest, e.g. `npm run fuzz -- test/fuzz/formatter.test.ts`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const targets = args.some(a => !a.startsWith('-')) ? [] : ['test/fuzz'];
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000' };
console.log(`fuzzing with FUZZ_RUNS=${env.FUZZ_RUNS}${env.FUZZ_SEED ? ` FUZZ_SEED=${env.FUZZ_SEED}` : ''}`);
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...targets, ...args], {
    cwd: root, env, stdio: 'inherit',
});
process.exit(result.status ?? 1);
