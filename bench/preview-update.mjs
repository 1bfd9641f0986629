// Preview update latency: a keystroke in the code of the big plan (not a comment), then the
// `leerplan/summary` request the preview sends, until its model arrives; plus the HTML render.
// Usage: node bench/preview-update.mjs [PLAN] [N=30]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspSession } from './lsp-session.mjs';
import { generate } from './gen-workspace.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'bench', '.data-preview');
const plan = process.argv[2] ?? generate(data, []).big;
const n = Number(process.argv[3] ?? 30);
const text = readFileSync(plan, 'utf8');
const lines = text.split('\n');
const line = lines.findIndex(l => /^\s+goal /.test(l));
const col = lines[line].indexOf('"') + 1;
const s = new LspSession(process.execPath, [join(root, 'out', 'server.cjs'), '--stdio']);
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
    if (!result?.model) throw new Error('no model');
    times.push(performance.now() - t);
}
await s.close();
times.sort((a, b) => a - b);
console.log(`preview update (keystroke in code -> summary model), ${lines.length}-line plan: median ${times[Math.floor(n / 2)].toFixed(1)} ms, p95 ${times[Math.floor(n * 0.95)].toFixed(1)} ms, min ${times[0].toFixed(1)} ms (n=${n})`);
