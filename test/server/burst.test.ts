import { describe, expect, it } from 'vitest';
import { fork, spawn } from 'node:child_process';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { NODE, SERVER_JS, startServer } from './lsp-client.js';

/** The shared declarations plus `plans` tiny plans that reference them across files. */
function burstDocuments(plans: number, base: string): Array<{ uri: string; text: string }> {
    const people = Array.from({ length: 20 }, (_, i) => `    person p${i} "Person ${i}" role "Nurse"`).join('\n');
    const documents = [{
        uri: `${base}/00-organisation.pop`,
        text: `organisation org "Org" {\n    vision v "Learn together." about learning developed-with employees\n}\n\npeople {\n${people}\n}\n`,
    }];
    for (let i = 1; i <= plans; i++) {
        documents.push({
            uri: `${base}/plan-${String(i).padStart(4, '0')}.pop`,
            text: `plan plan-${i} for p${i % 20} {\n    coach p${(i + 1) % 20}\n    period 2026-01-01 .. 2026-12-31\n    goal g "Goal ${i}" {\n        supports v\n        action coaching "Talk" every month\n    }\n}\n`,
        });
    }
    return documents;
}

describe('robust under bursts', () => {
    for (let run = 1; run <= 5; run++) {
        it(`publishes diagnostics for every one of 1,001 documents opened back to back (run ${run} of 5)`, async () => {
            const server = await startServer();
            try {
                const documents = burstDocuments(1000, `file:///burst-${run}`);
                for (const document of documents) server.open(document.uri, document.text);
                await server.waitFor(() => documents.every(d => server.published.has(d.uri)), 'all 1,001 documents diagnosed', 60_000);
                const missing = documents.filter(d => !server.published.has(d.uri));
                expect(missing).toEqual([]);
                // Each plan was checked with the others in view: its people resolve, its own problems are there.
                const plan = server.current(documents[500].uri)!.map(d => d.code).sort();
                // (No goal of this workspace names a dimension, so none is asked for: goal-without-dimension stays silent.)
                expect(plan).toEqual(['goal-without-due', 'goal-without-evidence', 'goal-without-feedback', 'no-reflection', 'no-review']);
            } finally {
                await server.stop();
            }
        });
    }

    it('ends an edit storm of 1,000 changes with the diagnostics of the final text', async () => {
        const server = await startServer();
        try {
            const [organisation, plan] = burstDocuments(1, 'file:///storm');
            server.open(organisation.uri, organisation.text);
            server.open(plan.uri, plan.text);
            await server.diagnosticsOf(plan.uri, d => d.length > 0);
            const withCoach = (coach: string) => plan.text.replace(/coach p\d+/, `coach ${coach}`);
            for (let version = 2; version <= 1000; version++) server.change(plan.uri, withCoach(`nobody_${version}`), version);
            server.change(plan.uri, withCoach('nobody_final'), 1001);
            const final = await server.diagnosticsOf(plan.uri, d => d.some(x => x.code === 'link-error' && String(x.message).includes("'nobody_final'")));
            expect(final.filter(d => d.code === 'link-error')).toHaveLength(1);
            // A request that needs the final text linked; afterwards the published diagnostics are still the final ones.
            await server.request('textDocument/hover', { textDocument: { uri: plan.uri }, position: { line: 1, character: 12 } });
            expect(server.current(plan.uri)!.find(d => d.code === 'link-error')!.message).toContain("'nobody_final'");
        } finally {
            await server.stop();
        }
    });

    it('re-sends unchanged diagnostics while typing in a comment, and places later edits right', async () => {
        const server = await startServer();
        try {
            const [organisation, plan] = burstDocuments(1, 'file:///comment');
            const commented = plan.text.replace('    coach p2\n', '    coach p2 // the coach\n');
            server.open(organisation.uri, organisation.text);
            server.open(plan.uri, commented);
            const before = await server.diagnosticsOf(plan.uri, d => d.length > 0);
            let text = commented;
            for (let version = 2; version <= 20; version++) {
                text = text.replace('// the coach', '// the coach!');
                server.change(plan.uri, text, version);
                expect(await server.diagnosticsOf(plan.uri)).toEqual(before);
            }
            const edited = text.replace('supports v', 'supports nothing_here');
            server.change(plan.uri, edited, 21);
            const after = await server.diagnosticsOf(plan.uri, d => d.some(x => x.code === 'link-error'));
            const line = edited.split('\n').findIndex(l => l.includes('nothing_here'));
            expect(after.find(d => d.code === 'link-error')!.range.start).toEqual({ line, character: edited.split('\n')[line].indexOf('nothing_here') });
        } finally {
            await server.stop();
        }
    });

    it('exits cleanly, without a crash, when the client disappears (stdin closed)', async () => {
        const child = spawn(NODE, [SERVER_JS, '--stdio'], { stdio: 'pipe' });
        let stderr = '';
        child.stderr.on('data', chunk => (stderr += String(chunk)));
        const exited = new Promise<number | null>(done => child.on('exit', code => done(code)));
        const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(initialize)}\r\n\r\n${initialize}`);
        await new Promise<void>(done => child.stdout.once('data', () => done()));
        child.stdin.end();
        const code = await exited;
        expect(code === 0 || code === 1).toBe(true);
        expect(stderr).not.toMatch(/Error|at .*\.cjs/);
    });
});

describe('node IPC, as VS Code starts it', () => {
    it('answers initialize and publishes diagnostics over --node-ipc', async () => {
        const child = fork(SERVER_JS, ['--node-ipc'], { execPath: NODE, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
        const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
        const published = new Promise<PublishDiagnosticsParams>(done => connection.onNotification('textDocument/publishDiagnostics', done));
        connection.listen();
        try {
            const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as InitializeResult;
            expect(result.capabilities.hoverProvider).toBe(true);
            await connection.sendNotification('initialized', {});
            const [, plan] = burstDocuments(1, 'file:///ipc');
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: plan.uri, languageId: 'pop', version: 1, text: plan.text } });
            expect((await published).uri).toBe(plan.uri);
        } finally {
            connection.dispose();
            child.kill();
        }
    });
});

describe('a client without workspace folders', () => {
    it('still checks opened files against each other', async () => {
        const server = await startServer();
        try {
            const [organisation, plan] = burstDocuments(1, 'file:///single');
            // The plan first: its people are unknown until the organisation arrives, then they link.
            server.open(plan.uri, plan.text);
            server.open(organisation.uri, organisation.text);
            const diagnostics = await server.diagnosticsOf(plan.uri, d => d.length > 0 && !d.some(x => x.code === 'link-error'));
            expect(diagnostics.map(d => d.code)).toContain('no-review');
        } finally {
            await server.stop();
        }
    });
});
