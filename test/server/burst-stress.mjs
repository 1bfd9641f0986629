#!/usr/bin/env node
// Stress test of the "every didOpen gets its publishDiagnostics" guarantee, for the lead
// (the vitest suite runs the same burst 5 times). Each run starts a fresh server
// (out/server.cjs), sends 1,001 didOpens back to back and waits until every document
// has had publishDiagnostics, or reports the ones that never got it.
//
// usage: node_modules/.bin/node test/server/burst-stress.mjs [RUNS=200] [--timeout MS]
// exit code 1 when any run lost a document.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const server = join(root, 'out', 'server.cjs');
const node = existsSync(join(root, 'node_modules', '.bin', 'node')) ? join(root, 'node_modules', '.bin', 'node') : process.execPath;
const runs = Number(process.argv.slice(2).find(a => /^\d+$/.test(a)) ?? 200);
const timeoutIndex = process.argv.indexOf('--timeout');
const timeoutMs = timeoutIndex > 0 ? Number(process.argv[timeoutIndex + 1]) : 30_000;

function documents(run) {
    const people = Array.from({ length: 20 }, (_, i) => `    person p${i} "Person ${i}" role "Nurse"`).join('\n');
    const list = [{ uri: `file:///stress-${run}/00-organisation.pop`, text: `organisation org "Org" {\n    vision v "Learn together." about learning\n}\n\npeople {\n${people}\n}\n` }];
    for (let i = 1; i <= 1000; i++) {
        list.push({
            uri: `file:///stress-${run}/plan-${String(i).padStart(4, '0')}.pop`,
            text: `plan plan-${i} for p${i % 20} {\n    coach p${(i + 1) % 20}\n    goal g "Goal ${i}" {\n        supports v\n    }\n}\n`,
        });
    }
    return list;
}

async function oneRun(run) {
    const child = spawn(node, [server, '--stdio'], { stdio: 'pipe' });
    child.stderr.resume();
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const docs = documents(run);
    const published = new Set();
    let resolveAll;
    const all = new Promise(done => (resolveAll = done));
    connection.onNotification('textDocument/publishDiagnostics', params => {
        published.add(params.uri);
        if (docs.every(d => published.has(d.uri))) resolveAll(true);
    });
    connection.onRequest(() => null);
    connection.onNotification(() => undefined);
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const started = performance.now();
    for (const d of docs) void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'pop', version: 1, text: d.text } });
    const complete = await Promise.race([all, new Promise(done => setTimeout(() => done(false), timeoutMs))]);
    const elapsed = performance.now() - started;
    const missing = docs.filter(d => !published.has(d.uri)).map(d => d.uri.split('/').pop());
    try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise(done => setTimeout(done, 2000))]);
        void connection.sendNotification('exit');
    } catch { /* gone */ }
    setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    connection.dispose();
    return { complete, elapsed, missing };
}

let failed = 0;
const times = [];
for (let run = 1; run <= runs; run++) {
    const result = await oneRun(run);
    times.push(result.elapsed);
    if (!result.complete) {
        failed++;
        console.log(`run ${run}: ${result.missing.length} of 1001 documents never got diagnostics: ${result.missing.slice(0, 10).join(', ')}`);
    } else if (run % 10 === 0 || run === runs) {
        console.log(`run ${run}: all 1001 diagnosed in ${result.elapsed.toFixed(0)} ms`);
    }
}
times.sort((a, b) => a - b);
console.log(`${runs} runs, ${failed} with lost documents; median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
process.exit(failed ? 1 : 0);
