import { afterEach, describe, expect, it } from 'vitest';
import type {
    ClientCapabilities, CompletionItem, CompletionList, DocumentDiagnosticReport, Location, LocationLink, WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, startServer, type LspSession } from './lsp-client.js';
import { codesOf, positionAfter, sketchFiles, WorkspaceFixture } from './workspace-fixture.js';

/**
 * The server holds to what the client declared in `initialize`, over stdio against
 * the bundled server: snippets only with snippetSupport, locations only in schemes
 * the client can open, dynamic registration only where offered, pulled diagnostics
 * for a client that pulls and pushed ones for the rest.
 */
const FILES = sketchFiles();
const ANNA = FILES['anna-2026.pop'];

let server: LspSession | undefined;
let ws: WorkspaceFixture | undefined;

afterEach(async () => {
    await server?.stop();
    ws?.dispose();
    server = undefined;
    ws = undefined;
});

/** Neovim 0.7's declaration, in substance: no snippets, no dynamic registration, no pull, no server documents. */
const PLAIN_CLIENT: ClientCapabilities = {
    workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: false }, didChangeWatchedFiles: { dynamicRegistration: false } },
    textDocument: { completion: { completionItem: { snippetSupport: false } }, publishDiagnostics: { relatedInformation: true } },
};

async function open(file: string, text = FILES[file]): Promise<string> {
    const uri = ws!.uri(file);
    server!.open(uri, text, 1);
    return uri;
}

describe('completion and snippets', () => {
    const body = ANNA.replace('    review 2026-06-30 with mark "Mid-year POP conversation"\n', '    \n');
    const at = positionAfter(body, '    }\n\n    ');

    it('sends no snippet to a client without snippetSupport: plain keywords, never a line break', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root], capabilities: PLAIN_CLIENT });
        const uri = await open('anna-2026.pop', body);
        await server.diagnosticsOf(uri, () => true);
        const items = (await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: at })).items;
        expect(items.filter(i => i.insertTextFormat === 2 || i.kind === 15)).toEqual([]);
        expect(items.filter(i => i.label === 'goal').map(i => i.insertText ?? i.label)).toEqual(['goal']);
        expect(items.filter(i => i.label === 'review').map(i => i.insertText ?? i.label)).toEqual(['review']);
        expect(items.every(i => !(i.insertText ?? '').includes('\n') && !(i.textEdit?.newText ?? '').includes('\n'))).toBe(true);
    });

    it('sends snippets to a client with snippetSupport', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root] });
        const uri = await open('anna-2026.pop', body);
        await server.diagnosticsOf(uri, () => true);
        const items: CompletionItem[] = (await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: at })).items;
        expect(items.find(i => i.label === 'goal' && i.insertTextFormat === 2)?.insertText).toMatch(/^goal \$\{1:goal-id\} "/);
    });
});

describe('locations the client can open', () => {
    const at = positionAfter(ANNA, 'dimensions Leren');

    it('gives a client without workspace/textDocumentContent no location in the built-in library', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root], capabilities: PLAIN_CLIENT });
        const uri = await open('anna-2026.pop');
        await server.diagnosticsOf(uri, () => true);
        expect(await server.request('textDocument/definition', { textDocument: { uri }, position: at })).toEqual([]);
        const references = await server.request<Location[]>('textDocument/references', { textDocument: { uri }, position: at, context: { includeDeclaration: true } });
        expect(references.length).toBeGreaterThan(0);
        expect(references.every(r => r.uri.startsWith('file:'))).toBe(true);
        const symbols = await server.request<Array<{ location: { uri: string } }>>('workspace/symbol', { query: 'senge.' });
        expect(symbols).toEqual([]);
        // Hover still describes the built-in dimension.
        expect(JSON.stringify(await server.request('textDocument/hover', { textDocument: { uri }, position: at }))).toContain('Leren');
    });

    it('gives a client that opens server documents the built-in location and its text', async () => {
        ws = new WorkspaceFixture(FILES);
        expect(DEFAULT_CAPABILITIES.workspace?.textDocumentContent).toBeDefined();
        server = await startServer({ folders: [ws.root] });
        expect(server.initializeResult?.capabilities.workspace?.textDocumentContent).toEqual({ schemes: ['leerplan-builtin'] });
        const uri = await open('anna-2026.pop');
        await server.diagnosticsOf(uri, () => true);
        const [link] = await server.request<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position: at });
        expect(link.targetUri).toBe('leerplan-builtin:/frameworks.pop');
        const content = await server.request<{ text: string }>('workspace/textDocumentContent', { uri: link.targetUri });
        const lines = content.text.split('\n');
        expect(lines[link.targetSelectionRange.start.line].slice(link.targetSelectionRange.start.character, link.targetSelectionRange.end.character)).toBe('LerenVanLeidersEnMedewerkers');
    });
});

describe('dynamic registration', () => {
    it('registers nothing with a client that offers no dynamic registration', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root], capabilities: PLAIN_CLIENT });
        await server.diagnosticsOf(ws.uri('anna-2026.pop'), () => true);
        // A request round trip after the initial build: any registration would have arrived before its answer.
        await server.request('workspace/symbol', { query: 'anna' });
        expect(server.registrations).toEqual([]);
    });

    it('registers the watched files and the configuration section where the client offers it', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root] });
        await server.waitFor(() => server!.registrations.length >= 2, 'two registrations');
        expect(server.registrations.map(r => r.method).sort()).toEqual(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    });
});

describe('pull and push diagnostics', () => {
    const PULL_CLIENT: ClientCapabilities = {
        ...DEFAULT_CAPABILITIES,
        workspace: { ...DEFAULT_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
        textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
    };

    it('pushes to a client that cannot pull and offers no pull', async () => {
        ws = new WorkspaceFixture(FILES);
        server = await startServer({ folders: [ws.root], capabilities: PLAIN_CLIENT });
        expect(server.initializeResult?.capabilities.diagnosticProvider).toBeUndefined();
        expect(codesOf(await server.diagnosticsOf(ws.uri('anna-2026.pop'), () => true))).toContain('goal-without-vision');
    });

    it('answers pulls, stops pushing what the client pulls and asks it to pull again after a change', async () => {
        ws = new WorkspaceFixture(FILES);
        let refreshes = 0;
        server = await startServer({ folders: [ws.root], capabilities: PULL_CLIENT });
        server.connection.onRequest('workspace/diagnostic/refresh', () => {
            refreshes++;
            return null;
        });
        expect(server.initializeResult?.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: true, workspaceDiagnostics: true });
        const anna = ws.uri('anna-2026.pop');
        const workspace = await server.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
        const uris = workspace.items.map(i => i.uri).sort();
        expect(uris).toEqual(Object.keys(FILES).map(f => ws!.uri(f)).sort());
        const annaReport = workspace.items.find(i => i.uri === anna)!;
        expect(annaReport.kind).toBe('full');
        const codes = codesOf(annaReport.kind === 'full' ? annaReport.items : []);
        expect(codes).toContain('goal-without-vision');
        // Anything pushed before the first pull was cleared; nothing with problems is pushed any more.
        for (const [, params] of server.published) expect(params.diagnostics).toEqual([]);

        const uri = await open('anna-2026.pop');
        const first = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
        expect(first.kind).toBe('full');
        const again = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
        expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });

        const before = server.publishCount.get(uri) ?? 0;
        server.change(uri, ANNA.replace('coach mark', 'coach nobody'), 2);
        const changed = await server.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
        expect(changed.kind).toBe('full');
        expect(codesOf(changed.kind === 'full' ? changed.items : [])).toContain('link-error');
        await server.waitFor(() => refreshes > 0, 'a diagnostic refresh request');
        // The workspace pull reports what changed since the ids the client has.
        const next = await server.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
            previousResultIds: workspace.items.map(i => ({ uri: i.uri, value: i.kind === 'full' ? i.resultId! : '' })),
        });
        expect(next.items.map(i => i.uri)).toContain(uri);
        expect(server.publishCount.get(uri) ?? 0).toBe(before);
    });
});
