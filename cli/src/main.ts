import '../../node/src/memory-limits.js';
import { runCli } from './cli.js';

// The `leerplan` command: everything happens in runCli.
runCli({
    argv: process.argv.slice(2), cwd: process.cwd(), env: process.env,
    stdout: process.stdout, stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY),
}).then(code => {
    process.exitCode = code;
});
