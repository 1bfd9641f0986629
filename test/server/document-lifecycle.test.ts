import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { cliFindings, messageText, serverFindings } from './cli-oracle.js';
import { startServer, type LspSession } from './lsp-client.js';
import { codesOf, positionAfter, sketchFiles, WorkspaceFixture } from './workspace-fixture.js';

/**
 * Document lifecycle without surprises, over stdio against the bundled server: every
 * sequence of editor and disk events ends where `leerplan check` is, and no event
 * leaves later requests unanswered.
 */
const FILES = sketchFiles();

let server: LspSession | undefined;
let ws: WorkspaceFixture | undefined;

afterEach(async () => {
    await server?.stop();
    ws?.dispose();
    server = undefined;
    ws = undefined;
});

async function start(files: Record<string, string> = FILES): Promise<{ server: LspSession; ws: WorkspaceFixture }> {
    ws = new WorkspaceFixture(files);
    server = await startServer({ folders: [ws.root] });
    const names = Object.keys(files).filter(f => f.endsWith('.pop') && !f.endsWith('.private.pop'));
    await server.waitFor(() => names.every(f => server!.current(ws!.uri(f))), 'the workspace diagnosed');
    return { server, ws };
}

/** Waits until the server's diagnostics of every file the CLI checks equal the CLI's. */
async function agreesWithCli(session: LspSession, fixture: WorkspaceFixture, what: string): Promise<void> {
    const cli = cliFindings(fixture.root);
    const uris = new Set([...cli.byUri.keys(), ...[...session.published.keys()].filter(u => u.startsWith('file:') && u.endsWith('.pop'))]);
    const mismatches = () => [...uris].filter(uri => JSON.stringify(serverFindings(session.current(uri))) !== JSON.stringify(cli.byUri.get(uri) ?? []));
    try {
        await session.waitFor(() => mismatches().length === 0, what, 20_000);
    } catch {
        const uri = mismatches()[0];
        expect({ uri, server: serverFindings(session.current(uri)) }).toEqual({ uri, server: cli.byUri.get(uri) ?? [] });
    }
}

/** Workspace requests that must be answered at any time. */
async function workspaceRequestsAnswered(session: LspSession, fixture: WorkspaceFixture): Promise<void> {
    const anna = fixture.uri('anna-2026.pop');
    const position = positionAfter(FILES['anna-2026.pop'], 'coach m');
    const symbols = await session.request<unknown[]>('workspace/symbol', { query: 'mark' });
    expect(symbols.length).toBeGreaterThan(0);
    const references = await session.request<Location[]>('textDocument/references', { textDocument: { uri: anna }, position, context: { includeDeclaration: true } });
    expect(references.length).toBeGreaterThan(1);
    expect(JSON.stringify(await session.request('textDocument/hover', { textDocument: { uri: anna }, position }))).toContain('Mark Jansen');
}

describe('closed files changed and deleted on disk', () => {
    it('takes a Changed event for a file that no longer exists as its deletion, and keeps answering', async () => {
        const { server, ws } = await start({ ...FILES, 'extra.pop': 'people {\n    person zoe "Zoe Extra" role "Nurse"\n}\n' });
        ws.remove('extra.pop');
        server.filesChanged([{ uri: ws.uri('extra.pop'), type: 2 }]);
        await server.diagnosticsOf(ws.uri('extra.pop'), d => d.length === 0);
        await workspaceRequestsAnswered(server, ws);
        const symbols = await server.request<Array<{ name: string }>>('workspace/symbol', { query: 'zoe' });
        expect(symbols.map(s => s.name)).not.toContain('zoe');
        await agreesWithCli(server, ws, 'the CLI after the deletion');
    });

    it('ignores a Changed event for a folder, a FIFO or another non-file named .pop, and keeps answering', async () => {
        const { server, ws } = await start();
        mkdirSync(ws.path('folder.pop'));
        execFileSync('mkfifo', [ws.path('pipe.pop')]);
        server.filesChanged([{ uri: ws.uri('folder.pop'), type: 1 }, { uri: ws.uri('pipe.pop'), type: 1 }, { uri: ws.uri('folder.pop'), type: 2 }]);
        ws.write('later.pop', 'people {\n    person lena "Lena Later" role "Nurse"\n}\n');
        server.filesChanged([{ uri: ws.uri('later.pop'), type: 1 }]);
        await server.diagnosticsOf(ws.uri('later.pop'), () => true);
        await workspaceRequestsAnswered(server, ws);
        expect(server.current(ws.uri('folder.pop'))).toBeUndefined();
        expect(server.current(ws.uri('pipe.pop'))).toBeUndefined();
        rmSync(ws.path('pipe.pop'));
        rmSync(ws.path('folder.pop'), { recursive: true });
    });

    it('reads a file with a byte-order mark changed on disk with the one reader: columns as the CLI counts them', async () => {
        const { server, ws } = await start({ ...FILES, 'bom.pop': '\uFEFFplan bom-2026 for nobody1 {\n}\n' });
        await agreesWithCli(server, ws, 'the CLI at startup');
        ws.write('bom.pop', '\uFEFFplan bom-2026 for nobody2 {\n    coach nobody3\n}\n');
        server.filesChanged([{ uri: ws.uri('bom.pop'), type: 2 }]);
        await server.diagnosticsOf(ws.uri('bom.pop'), d => d.some(x => messageText(x).includes('nobody3')));
        const link = server.current(ws.uri('bom.pop'))!.find(d => messageText(d).includes('nobody2'))!;
        expect(link.range.start).toEqual({ line: 0, character: 18 });
        await agreesWithCli(server, ws, 'the CLI after the change');
    });
});

describe('open and closed files together', () => {
    it('links a closed file again when the declaration it names disappears from an open file', async () => {
        const people = 'people {\n    person zoe "Zoe Open" role "Nurse"\n}\n';
        const { server, ws } = await start({ ...FILES, 'zoe-people.pop': people, 'zoe-team.pop': 'team zoes "Zoes" {\n    lead zoe\n}\n' });
        const open = ws.uri('zoe-people.pop');
        server.open(open, people, 1);
        expect(codesOf(server.current(ws.uri('zoe-team.pop')))).not.toContain('link-error');
        // Unsaved: the editor's text is the truth for the open file, the closed one follows it.
        server.change(open, 'people {\n}\n', 2);
        const team = await server.diagnosticsOf(ws.uri('zoe-team.pop'), d => codesOf(d).includes('link-error'));
        expect(codesOf(team)).toContain('link-error');
        ws.write('zoe-people.pop', 'people {\n}\n');
        await agreesWithCli(server, ws, 'the CLI once the declaration is gone');
    });

    it('drops a file deleted on disk while open once the editor closes it', async () => {
        const twin = 'people {\n    person mark "Mark Twin" role "Nurse"\n}\n';
        const { server, ws } = await start({ ...FILES, 'twin.pop': twin });
        expect(codesOf(server.current(ws.uri('organisation.pop')))).toContain('duplicate-id');
        const uri = ws.uri('twin.pop');
        server.open(uri, twin, 1);
        ws.remove('twin.pop');
        server.filesChanged([{ uri, type: 3 }]);
        server.close(uri);
        await server.diagnosticsOf(uri, d => d.length === 0);
        await server.diagnosticsOf(ws.uri('organisation.pop'), d => !codesOf(d).includes('duplicate-id'));
        await agreesWithCli(server, ws, 'the CLI without the deleted file');
    });

    it('reads a closed file from disk again when the editor closes it with unsaved changes', async () => {
        const { server, ws } = await start();
        const uri = ws.uri('anna-2026.pop');
        server.open(uri, FILES['anna-2026.pop'], 1);
        server.change(uri, FILES['anna-2026.pop'].replace('coach mark', 'coach nobody'), 2);
        await server.diagnosticsOf(uri, d => codesOf(d).includes('link-error'));
        server.close(uri);
        await server.diagnosticsOf(uri, d => !codesOf(d).includes('link-error'));
        await agreesWithCli(server, ws, 'the CLI after closing without saving');
    });

    it('parses again a file that was binary (a NUL character) once its text is empty', async () => {
        // A binary file gets a syntax tree made from no text; an empty text must not pass for "unchanged".
        const { server, ws } = await start({ ...FILES, 'scratch.pop': 'people {\n    person zoe "Zoe\u0000" role "Nurse"\n}\n' });
        const uri = ws.uri('scratch.pop');
        expect(server.current(uri)?.map(d => d.message)).toEqual([expect.stringContaining('NUL characters')]);
        server.open(uri, 'people {\n    person zoe "Zoe\u0000" role "Nurse"\n}\n', 1);
        server.change(uri, '', 2);
        await server.diagnosticsOf(uri, d => d.length === 0);
        ws.write('scratch.pop', '');
        await agreesWithCli(server, ws, 'the CLI on the emptied file');
    });

    it('takes a NUL character typed into a comment as a binary file, and its removal as text again', async () => {
        const { server, ws } = await start();
        const uri = ws.uri('anna-2026.pop');
        const text = FILES['anna-2026.pop'];
        server.open(uri, text, 1);
        const comment = positionAfter(text, '// the vision');
        const at = { line: comment.line, character: comment.character };
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: '\u0000' }] });
        await server.diagnosticsOf(uri, d => d.some(x => messageText(x).includes('NUL characters')));
        ws.write('anna-2026.pop', text.replace('// the vision', '// the vision\u0000'));
        await agreesWithCli(server, ws, 'the CLI on the file with a NUL in a comment');
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }] });
        await server.diagnosticsOf(uri, d => !d.some(x => messageText(x).includes('NUL characters')));
        ws.write('anna-2026.pop', text);
        await agreesWithCli(server, ws, 'the CLI on the file without it');
    });

    it('drops an untitled document when it is closed', async () => {
        const { server, ws } = await start();
        const untitled = 'untitled:Untitled-1';
        server.open(untitled, 'people {\n    person mark "Mark Again" role "Nurse"\n}\n', 1);
        await server.diagnosticsOf(untitled, d => codesOf(d).includes('duplicate-id'));
        await server.diagnosticsOf(ws.uri('organisation.pop'), d => codesOf(d).includes('duplicate-id'));
        server.close(untitled);
        await server.diagnosticsOf(untitled, d => d.length === 0);
        await server.diagnosticsOf(ws.uri('organisation.pop'), d => !codesOf(d).includes('duplicate-id'));
        await agreesWithCli(server, ws, 'the CLI without the untitled document');
    });
});

describe('private files', () => {
    it('requests about what a private file holds besides private blocks change nothing: its diagnostics stay the CLI\'s', async () => {
        const text = 'private anna-2026 {\n    reflection 2026-04-02 "Mine."\n}\nplan extra-2026 for nobody1 {\n    coach nobody2\n    team nobody3\n}\n';
        const { server, ws } = await start({ ...FILES, 'anna.private.pop': text });
        const uri = ws.uri('anna.private.pop');
        server.open(uri, text, 1);
        await server.diagnosticsOf(uri, d => codesOf(d).includes('public-in-private-file'));
        // Semantic tokens, hover, highlights and definition look at every word of the left-out plan.
        await server.request('textDocument/semanticTokens/full', { textDocument: { uri } });
        for (const [line, character] of [[3, 22], [4, 12], [5, 11]]) {
            for (const method of ['textDocument/hover', 'textDocument/documentHighlight', 'textDocument/definition']) {
                expect(await server.request(method, { textDocument: { uri }, position: { line, character } }) ?? []).toEqual([]);
            }
        }
        // And while the file is being checked again after each edit.
        for (let version = 2; version < 12; version++) {
            server.change(uri, text.replace('"Mine."', `"Mine, edited ${version} times."`), version);
            const answers = [server.request('textDocument/semanticTokens/full', { textDocument: { uri } })];
            for (const [line, character] of [[3, 22], [4, 12], [5, 11]]) {
                answers.push(server.request('textDocument/documentHighlight', { textDocument: { uri }, position: { line, character } }));
            }
            const after = await server.diagnosticsOf(uri);
            await Promise.allSettled(answers);
            expect(codesOf(after)).toEqual(['public-in-private-file']);
        }
        await agreesWithCli(server, ws, 'the CLI on the private file');
    });
});

describe('notifications the server cannot use', () => {
    it('logs a malformed notification once and changes nothing', async () => {
        const { server, ws } = await start();
        const uri = ws.uri('anna-2026.pop');
        for (let i = 0; i < 3; i++) void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pop', version: 1 } });
        void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 'a' } }, text: 'x' }] });
        void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ type: 2 }] });
        server.open(uri, FILES['anna-2026.pop'].replace('coach mark', 'coach nobody'), 3);
        await server.diagnosticsOf(uri, d => codesOf(d).includes('link-error'));
        server.change(uri, FILES['anna-2026.pop'], 4);
        await server.diagnosticsOf(uri, d => !codesOf(d).includes('link-error'));
        const ignored = server.logs.filter(l => l.message.includes('cannot use'));
        expect(ignored.map(l => l.message.split(' notification')[0])).toEqual([
            'Leerplan ignored a textDocument/didOpen', 'Leerplan ignored a textDocument/didChange', 'Leerplan ignored a workspace/didChangeWatchedFiles',
        ]);
        await workspaceRequestsAnswered(server, ws);
    });
});

describe('rename', () => {
    it('renames a plan in its Git-ignored private file too', async () => {
        const privateText = 'private anna-2026 {\n    reflection 2026-04-02 "Only for me."\n}\n';
        ws = new WorkspaceFixture({ ...FILES, '.gitignore': '*.private.pop\n', 'anna.private.pop': privateText });
        execFileSync('git', ['init', '-q', ws.root]);
        server = await startServer({ folders: [ws.root] });
        await server.waitFor(() => Object.keys(FILES).every(f => server!.current(ws!.uri(f))), 'the workspace diagnosed');
        expect(server.current(ws.uri('anna.private.pop'))).toBeUndefined();
        const uri = ws.uri('anna-2026.pop');
        const edit = await server.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: positionAfter(FILES['anna-2026.pop'], 'plan anna'), newName: 'anna-2027' });
        const privateEdits = edit.changes?.[ws.uri('anna.private.pop')] ?? [];
        expect(privateEdits).toEqual([{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 17 } }, newText: 'anna-2027' }]);
    });
});
