/**
 * The Node flags the VS Code extension starts the language server with (and the benchmark
 * measures it with); an editor that starts `leerplan-language-server` itself can pass them
 * too (`node --min-semi-space-size=4 out/server.cjs --stdio`).
 *
 * `--min-semi-space-size=4`: V8's young generation starts at 4 MiB per half instead of 1.
 * The server keeps it from growing (`node/src/memory-limits.ts`), so the size it starts
 * with is the size it keeps; at 1 MiB, opening a folder of a thousand plans spends about
 * 40% of its time in scavenges, at 4 MiB about 25%, which makes that open 10-20% faster
 * for 3-6 MiB more peak memory (measured with `npm run bench`). Only the command line
 * sets it: V8 reads the heap's sizes once, when the process starts, and Node does not
 * accept it in NODE_OPTIONS.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--min-semi-space-size=4'];
