import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from '../server/lsp-client.js';
import { positionAfter, sketchFiles, WorkspaceFixture } from '../server/workspace-fixture.js';
import { stackTraceIn } from './hostile-files.js';

/**
 * A client that sends nonsense: requests about documents the server never saw (other
 * schemes included), positions that are negative, fractional or far past the end,
 * unknown methods and commands, renames to names that would inject text into the
 * files, and summary requests for an audience that does not exist. Every request gets
 * an answer (a result or an error response) within the wait below, no rename writes
 * anything but a valid id, no summary shows private text, and the server keeps
 * serving the normal files without logging a stack trace.
 */
const FILES: Record<string, string> = { ...sketchFiles(), 'anna-2026.private.pop': 'private anna-2026 {\n    reflection 2026-04-02 "PRIVATE-CANARY hostile requests"\n}\n' };
const ANSWER_WITHIN_MS = 30_000;

let ws: WorkspaceFixture;
let server: LspSession;

beforeAll(async () => {
    ws = new WorkspaceFixture(FILES, { today: '2026-06-01' });
    server = await startServer({ folders: [ws.root] });
    await server.waitFor(() => Object.keys(FILES).every(f => server.current(ws.uri(f))), 'the workspace diagnosed');
});

afterAll(async () => {
    await server?.stop();
    ws?.dispose();
});

/** The answer to a request: its result, or the error response (never a hang: the wait fails the test). */
async function answer(method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`no answer to ${method} within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS));
    try {
        return { result: await Promise.race([server.request(method, params), timeout]) };
    } catch (error) {
        const e = error as { code?: number; message: string };
        if (e.code === undefined) throw error;
        return { error: { code: e.code, message: e.message } };
    }
}

async function hoverStillWorks(): Promise<void> {
    const position = positionAfter(FILES['anna-2026.pop'], 'coach ');
    const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: ws.uri('anna-2026.pop') }, position: { ...position, character: position.character + 1 } });
    expect((hover?.contents as MarkupContent).value).toContain('Mark Jansen');
}

describe('hostile requests to the language server', () => {
    const UNKNOWN = ['file:///no/such/file.pop', 'untitled:Untitled-1', 'http://evil.example/x.pop', 'file:///etc/passwd', 'not a uri', ''];
    const POSITIONS = [{ line: -1, character: -1 }, { line: 1e9, character: 1e9 }, { line: 0.5, character: 2.5 }, { line: 2 ** 31, character: 0 }];
    const METHODS = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight',
        'textDocument/prepareRename', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/semanticTokens/full',
        'textDocument/formatting', 'textDocument/codeLens', 'leerplan/summary', 'leerplan/planHealth'];

    it('requests about unknown documents and impossible positions: all answered, the server keeps serving', async () => {
        const uris = [...UNKNOWN, ws.uri('anna-2026.pop')];
        let answered = 0;
        for (const uri of uris) {
            for (const position of POSITIONS) {
                for (const method of METHODS) {
                    await answer(method, {
                        textDocument: { uri }, position, context: { includeDeclaration: true, diagnostics: [] },
                        range: { start: position, end: position }, options: { tabSize: 4, insertSpaces: true }, audience: 'export',
                    });
                    answered++;
                }
            }
        }
        console.log(`[hostile] ${answered} nonsense requests answered`);
        await hoverStillWorks();
    }, 300_000);

    it('unknown methods, commands and malformed parameters get error responses, not silence', async () => {
        expect((await answer('leerplan/noSuchRequest', {})).error).toBeDefined();
        await answer('workspace/executeCommand', { command: 'rm -rf /', arguments: ['$(touch x)'] });
        await answer('textDocument/hover', null);
        await answer('textDocument/hover', { textDocument: null, position: 'here' });
        await answer('leerplan/summary', { textDocument: { uri: 42 }, audience: 'everyone', scope: 'galaxy' });
        await hoverStillWorks();
    });

    it('a rename to a name that would inject text is refused; a valid name renames', async () => {
        const position = positionAfter(FILES['organisation.pop'], 'person ');
        const params = (newName: string) => ({ textDocument: { uri: ws.uri('organisation.pop') }, position: { ...position, character: position.character + 1 }, newName });
        for (const evil of ['x" } plan evil for anna { "', 'a b', 'a\nb', '{', 'plan', '', '-x', 'x'.repeat(100_000) + ' y', '"', '// comment']) {
            const { result, error } = await answer('textDocument/rename', params(evil));
            const edit = result as WorkspaceEdit | null | undefined;
            const edits = [...Object.values(edit?.changes ?? {}).flat(), ...(edit?.documentChanges ?? []).flatMap(c => ('edits' in c ? c.edits : []))];
            // Refused (an error response), or nothing to change: never an edit that writes the hostile text.
            expect(error !== undefined || edits.length === 0, JSON.stringify(evil).slice(0, 40)).toBe(true);
        }
        const ok = await answer('textDocument/rename', params('anna-renamed'));
        expect(Object.keys((ok.result as WorkspaceEdit).changes ?? {}).length + ((ok.result as WorkspaceEdit).documentChanges?.length ?? 0)).toBeGreaterThan(0);
    });

    it('a summary for an audience that does not exist shows no private text', async () => {
        for (const audience of ['everyone', 'OWNER', '', null, 1]) {
            for (const file of ['anna-2026.pop', 'anna-2026.private.pop', 'organisation.pop']) {
                const { result } = await answer('leerplan/summary', { textDocument: { uri: ws.uri(file) }, audience });
                expect(JSON.stringify(result ?? null)).not.toContain('CANARY');
            }
        }
    });

    it('logs no stack trace', () => {
        expect(stackTraceIn(server.stderr.join(''))).toBeUndefined();
    });
});
