import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Trace, type Diagnostic } from 'vscode-languageserver-protocol';
import { redactTrace } from '../../client/src/trace-redaction.js';
import { fileUri, startServer, type LspSession } from '../server/lsp-client.js';
import { PRIVACY_FILES, canariesIn, removeWorkspace, writePrivacyWorkspace } from './privacy-fixture.js';

/**
 * The protocol trace (`leerplan.trace.server: verbose`) is written into the "Leerplan"
 * output channel and so into a log file. A real session with the bundled server is
 * traced exactly as vscode-jsonrpc traces it for VS Code's client: the raw trace holds
 * the private text (documents, the owner's preview, the move-private quick fix), the
 * trace as the extension writes it (`redactTrace`) holds none, and still says which
 * messages went where.
 */
const POP_FILES = Object.keys(PRIVACY_FILES).filter(f => f.endsWith('.pop'));

let root: string;
let server: LspSession;
const raw: string[] = [];

/** As vscode-languageclient joins a trace message and its data before handing it to the trace channel. */
function line(message: string, data?: unknown): string {
    return data === undefined || data === null ? message : `${message}\n${String(data)}`;
}

beforeAll(async () => {
    root = writePrivacyWorkspace();
    server = await startServer({ folders: [root], settings: { leerplan: { language: 'en' } } });
    await server.connection.trace(Trace.Verbose, { log: (message: string, data?: string) => raw.push(line(message, data)) });
    const uri = (file: string) => fileUri(join(root, file));
    await server.waitFor(() => POP_FILES.every(f => server.current(uri(f))), 'every file diagnosed');
    for (const file of POP_FILES) server.open(uri(file), PRIVACY_FILES[file], 1);
    await server.waitFor(() => POP_FILES.every(f => (server.publishCount.get(uri(f)) ?? 0) >= 2), 'every opened file diagnosed again');
    const anna = uri('plans/anna-2026.pop');
    await server.request('leerplan/summary', { textDocument: { uri: anna }, audience: 'owner' });
    const privateLine = (server.current(anna) ?? []).find((d: Diagnostic) => d.code === 'private-in-tracked-file');
    if (privateLine) {
        await server.request('textDocument/codeAction', { textDocument: { uri: anna }, range: privateLine.range, context: { diagnostics: [privateLine] } });
    }
    server.change(anna, PRIVACY_FILES['plans/anna-2026.pop'].replace('Safer handovers', 'Safer handovers, quokkathirteen'), 2);
    await server.diagnosticsOf(anna);
});

afterAll(async () => {
    await server?.stop();
    removeWorkspace(root);
});

describe('the protocol trace', () => {
    it('holds private text before redaction (the test sees what it must hide)', () => {
        const all = raw.join('\n');
        expect(all).toContain("Sending notification 'textDocument/didOpen'");
        expect(all).toContain("Received response 'leerplan/summary");
        expect(canariesIn(all).length).toBeGreaterThan(5);
    });

    it('as the extension writes it: no private text, still every message with its method and URI', () => {
        const redacted = raw.map(redactTrace);
        const all = redacted.join('\n');
        expect(canariesIn(all)).toEqual([]);
        for (const method of ['textDocument/didOpen', 'textDocument/didChange', 'leerplan/summary', 'textDocument/publishDiagnostics']) {
            expect(all).toContain(method);
        }
        expect(all).toContain(fileUri(join(root, 'plans/anna-2026.private.pop')));
        expect(all).toMatch(/"text": "<\d+ characters not shown>"/);
        expect(redacted.length).toBe(raw.length);
    });
});

describe('redactTrace', () => {
    it('keeps a message without data as it is', () => {
        expect(redactTrace("Sending request 'textDocument/hover - (5)'.")).toBe("Sending request 'textDocument/hover - (5)'.");
        expect(redactTrace("Sending notification 'exit'.\nNo parameters provided.")).toBe("Sending notification 'exit'.\nNo parameters provided.");
    });

    it('replaces text, edits and the summary model by their length, and keeps ranges and codes', () => {
        const params = {
            textDocument: { uri: 'file:///a.pop', version: 2 },
            contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, text: 'secret' }],
        };
        const out = redactTrace(`Sending notification 'textDocument/didChange'.\nParams: ${JSON.stringify(params, null, 4)}`);
        expect(out).not.toContain('secret');
        expect(out).toContain('"text": "<6 characters not shown>"');
        expect(out).toContain('"uri": "file:///a.pop"');
        expect(out).toContain('"character": 3');
        const result = { title: 'anna-2026', model: { plans: [{ reflections: [{ text: 'secret' }] }] }, parseErrors: 0 };
        const response = redactTrace(`Received response 'leerplan/summary - (7)' in 3ms.\nResult: ${JSON.stringify(result)}`);
        expect(response).not.toContain('secret');
        expect(response).toContain('"title": "anna-2026"');
        expect(response).toMatch(/"model": "<\d+ characters not shown>"/);
    });

    it('leaves out data it cannot read rather than showing it', () => {
        expect(redactTrace("Received response 'x - (1)'.\nResult: {not json secret")).toBe("Received response 'x - (1)'.\nResult: [not shown]");
        expect(redactTrace("Received response 'x - (1)'.\nsomething secret")).toBe("Received response 'x - (1)'.\n[data not shown]");
    });
});
