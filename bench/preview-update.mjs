// Preview update latency: a keystroke in the code of the big plan (not a comment), then the
// `leerplan/summary` request the preview sends, until its model has arrived and been parsed
// (the client's HTML render is not part of it: see bench/summary-bench.ts for that).
// The answer must be for the text just sent (its version), never an older one.
// Usage: node bench/preview-update.mjs [PLAN] [N=30] [--json]   (after `npm run build`)
//   --json prints {"samples": [...ms]} instead of the summary line (bench/run.mjs reads it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspSession, SERVER_NODE_FLAGS } from './lsp-session.mjs';
import { generate } from './gen-workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench', '.data-preview');
const json = process.argv.includes('--json');
const [planArg, nArg] = process.argv.slice(2).filter(a => a !== '--json');
const plan = planArg ?? generate(data, []).big;
const n = Number(nArg ?? 30);
const text = readFileSync(plan, 'utf8');
const lines = text.split('\n');
const line = lines.findIndex(l => /^\s+goal /.test(l));
const col = lines[line].indexOf('"') + 1;
const server = join(root, 'out', 'server.cjs');
if (!existsSync(server)) throw new Error(`${server} is missing: build first (node scripts/build.mjs)`);
const s = new LspSession(process.execPath, [...SERVER_NODE_FLAGS, server, '--stdio']);
await s.initialize(null);
const uri = pathToFileURL(plan).href;
const first = s.waitForPublish(p => p.uri === uri);
s.open(plan);
await first;
await s.request('leerplan/summary', { textDocument: { uri }, audience: 'owner' });
const times = [];
for (let i = 0; i < n; i++) {
    const t = performance.now();
    s.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col } }, text: 'x' }] });
    const result = await s.request('leerplan/summary', { textDocument: { uri }, audience: 'owner' });
    times.push(performance.now() - t);
    if (!result?.model) throw new Error('no model');
    if (result.version !== i + 2) throw new Error(`summary of version ${result.version}, expected ${i + 2}`);
}
await s.close();
if (json) {
    console.log(JSON.stringify({ lines: lines.length, samples: times }));
    process.exit(0);
}
times.sort((a, b) => a - b);
console.log(`preview update (keystroke in code -> summary model), ${lines.length}-line plan: median ${times[Math.floor(n / 2)].toFixed(1)} ms, p95 ${times[Math.floor(n * 0.95)].toFixed(1)} ms, min ${times[0].toFixed(1)} ms (n=${n})`);
