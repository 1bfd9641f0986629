// `npm run fuzz:lsp`: the differential oracle of the language server (test/fuzz/lsp-oracle.test.ts)
// with a long budget: random editor sessions against out/server.cjs over stdio, its diagnostics
// compared with `leerplan check --format json` after every quiet period. Prints operations,
// crashes, hangs (a request unanswered after 10 s), mismatches and internal errors.
//   LSP_FUZZ_OPERATIONS  operations in all (default 100000)
//   LSP_FUZZ_MINUTES     time bound (default 60): the run stops there with what it did
//   FUZZ_SEED            the seed (a failing run prints it)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = {
    ...process.env,
    LSP_FUZZ_OPERATIONS: process.env.LSP_FUZZ_OPERATIONS ?? '100000',
    LSP_FUZZ_MINUTES: process.env.LSP_FUZZ_MINUTES ?? '60',
};
console.log(`fuzzing the language server: ${env.LSP_FUZZ_OPERATIONS} operations, at most ${env.LSP_FUZZ_MINUTES} minutes${env.FUZZ_SEED ? `, FUZZ_SEED=${env.FUZZ_SEED}` : ''}`);
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/fuzz/lsp-oracle.test.ts', ...process.argv.slice(2)], {
    cwd: root, env, stdio: 'inherit',
});
process.exit(result.status ?? 1);
