import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource, type InitializeResult } from 'vscode-languageserver-protocol';
import { initializeParams, PROJECT_ROOT, spawnServer, startServer, type Answer, type LspSession } from './lsp-client.js';
import { positionAfter, sketchFiles, WorkspaceFixture } from './workspace-fixture.js';

/**
 * The protocol as the specification says, over stdio against the bundled server:
 * errors are JSON-RPC errors (never `{"result":{"code":...}}`) with the right codes,
 * the lifecycle messages are enforced, `serverInfo` names the server.
 */
const ServerNotInitialized = -32002;
const InvalidRequest = -32600;
const RequestCancelled = -32800;
const ContentModified = -32801;
const RequestFailed = -32803;

const VERSION = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version as string;
const FILES = sketchFiles();

let server: LspSession | undefined;
let ws: WorkspaceFixture | undefined;

afterEach(async () => {
    await server?.stop();
    ws?.dispose();
    server = undefined;
    ws = undefined;
});

function expectError(answer: Answer, code: number): void {
    expect(answer.result).toBeUndefined();
    expect(answer.error?.code).toBe(code);
}

describe('lifecycle', () => {
    it('answers a request before initialize with ServerNotInitialized, drops notifications, then initializes once', async () => {
        ws = new WorkspaceFixture(FILES);
        server = spawnServer();
        const uri = ws.uri('anna-2026.pop');
        expectError(await server.answer('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), ServerNotInitialized);
        expectError(await server.answer('workspace/symbol', { query: '' }), ServerNotInitialized);
        // A document opened before initialize is dropped, like every notification but exit.
        server.open('untitled:Before-1', FILES['anna-2026.pop']);

        const first = await server.answer<InitializeResult>('initialize', initializeParams({ folders: [ws.root] }));
        expect(first.error).toBeUndefined();
        expect(first.result?.serverInfo).toEqual({ name: 'leerplan-language-server', version: VERSION });
        await server.connection.sendNotification('initialized', {});

        expectError(await server.answer('initialize', initializeParams({ folders: [ws.root] })), InvalidRequest);
        await server.diagnosticsOf(uri, () => true);
        expectError(await server.answer('textDocument/hover', { textDocument: { uri: 'untitled:Before-1' }, position: { line: 0, character: 0 } }), RequestFailed);
        expect(server.published.has('untitled:Before-1')).toBe(false);
        const symbols = await server.answer<unknown[]>('workspace/symbol', { query: 'anna' });
        expect(symbols.result?.length).toBeGreaterThan(0);
    });

    it('refuses every request after shutdown with InvalidRequest and exits with 0 on exit', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root] });
        const uri = ws.uri('anna-2026.pop');
        await server.diagnosticsOf(uri, () => true);
        expect(await server.answer('shutdown', undefined)).toEqual({ result: null });
        expectError(await server.answer('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), InvalidRequest);
        expectError(await server.answer('workspace/symbol', { query: '' }), InvalidRequest);
        expectError(await server.answer('shutdown', undefined), InvalidRequest);
        await server.connection.sendNotification('exit');
        expect(await server.exited).toBe(0);
    });

    it('exits with 1 on exit without shutdown', async () => {
        server = await startServer();
        await server.connection.sendNotification('exit');
        expect(await server.exited).toBe(1);
    });
});

describe('error responses', () => {
    it('answers requests about unknown documents with RequestFailed errors', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root] });
        await server.diagnosticsOf(ws.uri('anna-2026.pop'), () => true);
        for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion', 'textDocument/references', 'textDocument/documentSymbol']) {
            const answer = await server.answer(method, { textDocument: { uri: ws.uri('nowhere.pop') }, position: { line: 0, character: 0 }, context: { includeDeclaration: true } });
            expect({ method, code: answer.error?.code, message: answer.error?.message }).toMatchObject({ method, code: RequestFailed });
            expect(answer.error?.message).toContain('nowhere.pop');
        }
    });

    it('answers every cancelled request with RequestCancelled', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root] });
        const uri = ws.uri('anna-2026.pop');
        const text = FILES['anna-2026.pop'];
        server.open(uri, text, 1);
        await server.diagnosticsOf(uri, () => true);
        const position = positionAfter(text, 'coach ');
        // A change first, so that every request waits for the next build when its cancellation
        // arrives: a request the server had already answered could not be cancelled any more.
        // The change adds 300 goals, so that build lasts long enough on a loaded machine for all
        // forty messages to arrive while it runs.
        const extra = Array.from({ length: 300 }, (_, i) => `    goal extra-${i} "Extra goal ${i}" {\n        action course "Course ${i}" due 2026-03-31\n    }\n`).join('');
        server.change(uri, text.replace('    review 2026-06-30', `${extra}    review 2026-06-30`), 2);
        const requests: Array<Promise<Answer>> = [];
        for (let i = 0; i < 20; i++) {
            const source = new CancellationTokenSource();
            const method = ['textDocument/hover', 'textDocument/references', 'workspace/symbol', 'textDocument/completion'][i % 4];
            requests.push(server.answer(method, { textDocument: { uri }, position, query: '', context: { includeDeclaration: true } }, source.token));
            source.cancel();
        }
        const answers = await Promise.all(requests);
        expect(answers.map(a => a.error?.code)).toEqual(Array(20).fill(RequestCancelled));
        // The server still answers normally afterwards.
        const hover = await server.answer('textDocument/hover', { textDocument: { uri }, position });
        expect(hover.error).toBeUndefined();
    });

    it('answers ContentModified when the document changes while a request about it waits', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root] });
        const uri = ws.uri('anna-2026.pop');
        const text = FILES['anna-2026.pop'];
        server.open(uri, text, 1);
        await server.diagnosticsOf(uri, () => true);
        const position = positionAfter(text, 'coach ');
        // The first change makes the hover wait for the next build; the second arrives while it waits.
        server.change(uri, `${text}\n`, 2);
        const hover = server.answer('textDocument/hover', { textDocument: { uri }, position });
        server.change(uri, `${text}\n\n`, 3);
        expectError(await hover, ContentModified);
        const again = await server.answer('textDocument/hover', { textDocument: { uri }, position });
        expect(again.error).toBeUndefined();
    });

    it('answers completion even when the document changed meanwhile: the editor places the items against the text as it is now', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root] });
        const uri = ws.uri('anna-2026.pop');
        const text = FILES['anna-2026.pop'];
        server.open(uri, text, 1);
        await server.diagnosticsOf(uri, () => true);
        const position = positionAfter(text, 'coach ');
        server.change(uri, `${text}\n`, 2);
        const completion = server.answer<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri }, position });
        server.change(uri, `${text}\n\n`, 3);
        const answer = await completion;
        expect(answer.error).toBeUndefined();
        expect(answer.result?.items.length).toBeGreaterThan(0);
    });
});
