import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
    CodeAction, DocumentSymbol, FoldingRange, Location, LocationLink, SemanticTokens, TextEdit, WorkspaceEdit, WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from '../server/lsp-client.js';
import { sketchFiles, WorkspaceFixture } from '../server/workspace-fixture.js';

/**
 * The editor features through the bundled server (`out/server.cjs --stdio`), as an
 * editor uses them: on files nobody opened, with the diagnostics the server published.
 */
describe('editor features over stdio', () => {
    let ws: WorkspaceFixture;
    let server: LspSession;
    const files = ['organisation.pop', 'anna-2026.pop', 'piet-2026.pop'];

    beforeAll(async () => {
        ws = new WorkspaceFixture(sketchFiles());
        server = await startServer({ folders: [ws.root] });
        await server.waitFor(() => files.every(f => server.current(ws.uri(f))), 'the sketch diagnosed');
    });

    afterAll(async () => {
        await server.stop();
        ws.dispose();
    });

    it('announces navigation, rename with prepare, symbols, folding, highlights, formatting, code actions and semantic tokens', () => {
        const caps = server.initializeResult!.capabilities;
        expect(caps.renameProvider).toEqual({ prepareProvider: true });
        for (const key of ['definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'foldingRangeProvider',
            'documentHighlightProvider', 'documentFormattingProvider', 'codeActionProvider'] as const) {
            expect(caps[key], key).toBeTruthy();
        }
        expect(caps.workspaceSymbolProvider).toBeTruthy();
        expect(caps.semanticTokensProvider?.legend.tokenTypes).toContain('keyword');
        expect(caps.semanticTokensProvider?.legend.tokenModifiers).toContain('declaration');
    });

    it('renames a person across all files, closed ones included', async () => {
        const edit = await server.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: ws.uri('anna-2026.pop') }, position: { line: 2, character: 11 }, newName: 'marco',
        });
        const touched = Object.fromEntries(Object.entries(edit.changes ?? {}).map(([uri, edits]) => [uri.split('/').pop(), edits.length]));
        expect(touched).toEqual({ 'organisation.pop': 2, 'anna-2026.pop': 3, 'piet-2026.pop': 3 });
    });

    it('refuses to rename a keyword with a message the editor shows', async () => {
        await expect(server.request('textDocument/prepareRename', {
            textDocument: { uri: ws.uri('anna-2026.pop') }, position: { line: 2, character: 5 },
        })).rejects.toThrow("'coach' is a keyword of the .pop language and cannot be renamed.");
    });

    it("finds a coach's plans and goes to a built-in dimension", async () => {
        const refs = await server.request<Location[]>('textDocument/references', {
            textDocument: { uri: ws.uri('organisation.pop') }, position: { line: 13, character: 12 }, context: { includeDeclaration: false },
        });
        expect(refs.filter(r => r.uri.endsWith('piet-2026.pop')).map(r => r.range.start.line)).toEqual([2, 13, 20]);
        const links = await server.request<LocationLink[]>('textDocument/definition', {
            textDocument: { uri: ws.uri('anna-2026.pop') }, position: { line: 9, character: 24 },
        });
        expect(links.map(l => l.targetUri)).toEqual(['leerplan-builtin:/frameworks.pop']);
        // The editor can open the built-in library the link points into.
        expect(server.initializeResult!.capabilities.workspace?.textDocumentContent).toEqual({ schemes: ['leerplan-builtin'] });
        const content = await server.request<{ text: string }>('workspace/textDocumentContent', { uri: links[0].targetUri });
        const line = content.text.split('\n')[links[0].targetSelectionRange.start.line];
        expect(line.slice(links[0].targetSelectionRange.start.character, links[0].targetSelectionRange.end.character)).toBe('LerenVanLeidersEnMedewerkers');
    });

    it('offers a supports line per vision and ambition for the published goal-without-vision', async () => {
        const diagnostic = server.current(ws.uri('anna-2026.pop'))!.find(d => d.code === 'goal-without-vision')!;
        const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: ws.uri('anna-2026.pop') }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        });
        expect(actions.map(a => a.title)).toEqual([
            "Add 'supports quality' (vision)", "Add 'supports learning-at-work' (vision)", "Add 'supports fewer-incidents' (ambition)",
        ]);
        const edits = Object.values(actions[0].edit!.changes!)[0];
        expect(edits.map(e => e.newText)).toEqual(['\n        supports quality']);
    });

    it('serves outline, workspace symbols, folding, semantic tokens and formatting', async () => {
        const outline = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri('anna-2026.pop') } });
        expect(outline.map(s => s.name)).toEqual(['anna-2026']);
        expect(outline[0].children!.map(c => c.name)).toEqual(['coaching-talks', 'wound-protocols', 'review 2026-06-30', 'reflection 2026-04-02']);
        const symbols = await server.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'wound' });
        expect(symbols.map(s => s.name).sort()).toEqual(['wound-care']);
        const folds = await server.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: ws.uri('anna-2026.pop') } });
        expect(folds.map(f => `${f.startLine}-${f.endLine}`)).toEqual(['1-30', '8-18', '21-26']);
        const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: ws.uri('anna-2026.pop') } });
        expect(tokens.data.length % 5).toBe(0);
        expect(tokens.data.length / 5).toBeGreaterThan(50);
        const messy = ws.uri('messy.pop');
        server.open(messy, 'people {\nperson zoe "Zoë" role "Nurse"\n}\n');
        const formatting = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: messy }, options: { tabSize: 4, insertSpaces: true } });
        expect(formatting.map(e => e.newText)).toEqual(['people {\n    person zoe "Zoë" role "Nurse"\n}\n']);
    });
});
