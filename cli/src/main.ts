import '../../node/src/memory-limits.js';
import { runCli } from './cli.js';
import { pipeSafeOutput } from './pipe-safe-output.js';

// The `leerplan` command: everything happens in runCli. Output goes through pipe-safe
// writers, so `leerplan check | head -1` ends quietly when `head` closes the pipe.
const stdout = pipeSafeOutput(process.stdout);
const stderr = pipeSafeOutput(process.stderr);
runCli({
    argv: process.argv.slice(2), cwd: process.cwd(), env: process.env,
    stdout, stderr, stdinIsTTY: Boolean(process.stdin.isTTY),
    readStdin: async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
    },
}).then(code => {
    process.exitCode = code;
});
