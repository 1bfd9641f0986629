import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { cliFindings, serverFindings } from './cli-oracle.js';
import { fileUri, startServer, type LspSession } from './lsp-client.js';
import { codesOf, sketchFiles, WorkspaceFixture } from './workspace-fixture.js';

/**
 * Workspaces as editors have them, over stdio against the bundled server: folders
 * added and removed while the server runs, each folder with its own settings, a
 * single file opened without a folder that finds its workspace as the CLI does, and
 * untitled documents.
 */
const FILES = sketchFiles();

/** A second, self-contained workspace: its own people and a plan with one goal lacking a vision link and feedback. */
const OTHER: Record<string, string> = {
    'people.pop': 'people {\n    person zoe "Zoe Bos" role "Nurse"\n    person yara "Yara Kok" role "Team lead"\n}\n',
    'zoe-2026.pop': [
        'plan zoe-2026 for zoe {',
        '    coach yara',
        '    period 2026-01-01 .. 2026-12-31',
        '    goal triage "Triage calmly" {',
        '        action course "Triage course" due 2026-03-31',
        '        evidence "Fewer escalations."',
        '        due 2026-06-30',
        '    }',
        '}',
        '',
    ].join('\n'),
};

let server: LspSession | undefined;
const fixtures: WorkspaceFixture[] = [];

afterEach(async () => {
    await server?.stop();
    server = undefined;
    for (const fixture of fixtures.splice(0)) fixture.dispose();
});

function fixture(files: Record<string, string>, config?: Record<string, unknown>): WorkspaceFixture {
    const ws = new WorkspaceFixture(files, { today: '2026-06-01', ...config });
    fixtures.push(ws);
    return ws;
}

function folder(ws: WorkspaceFixture): { uri: string; name: string } {
    return { uri: fileUri(ws.root), name: ws.root.split('/').pop()! };
}

/** Waits until the server's diagnostics of the files of `ws` equal what `leerplan check` says in that folder. */
async function agreesWithCli(session: LspSession, ws: WorkspaceFixture): Promise<void> {
    const cli = cliFindings(ws.root);
    const differing = () => [...cli.byUri.keys(), ...Object.keys(OTHER).map(f => ws.uri(f))]
        .filter(uri => uri.startsWith(fileUri(ws.root)) && JSON.stringify(serverFindings(session.current(uri))) !== JSON.stringify(cli.byUri.get(uri) ?? []));
    try {
        await session.waitFor(() => differing().length === 0, `agreement with leerplan check in ${ws.root}`, 20_000);
    } catch {
        const uri = differing()[0];
        expect({ uri, server: serverFindings(session.current(uri)) }).toEqual({ uri, server: cli.byUri.get(uri) ?? [] });
    }
}

function severityOf(diagnostics: Diagnostic[] | undefined, code: string): number | undefined {
    return diagnostics?.find(d => d.code === code)?.severity;
}

describe('workspace folders while the server runs', () => {
    it('checks a folder added at runtime and drops a folder removed', async () => {
        const a = fixture(FILES);
        const b = fixture(OTHER);
        server = await startServer({ folders: [a.root] });
        await server.waitFor(() => Object.keys(FILES).every(f => server!.current(a.uri(f))), 'the first folder diagnosed');
        expect(server.current(b.uri('zoe-2026.pop'))).toBeUndefined();

        void server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder(b)], removed: [] } });
        await server.diagnosticsOf(b.uri('zoe-2026.pop'), d => codesOf(d).includes('goal-without-vision'));
        await agreesWithCli(server, a);
        await agreesWithCli(server, b);
        const people = await server.request<Array<{ name: string }>>('workspace/symbol', { query: 'zoe' });
        expect(people.map(s => s.name)).toContain('zoe');

        void server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder(b)] } });
        await server.diagnosticsOf(b.uri('zoe-2026.pop'), d => d.length === 0);
        const after = await server.request<Array<{ name: string }>>('workspace/symbol', { query: 'zoe' });
        expect(after.map(s => s.name)).not.toContain('zoe');
        await agreesWithCli(server, a);
    });
});

describe('settings per folder', () => {
    it("checks each folder's files with that folder's leerplan.json and the editor's settings for that folder", async () => {
        const a = fixture(FILES, { rules: { 'goal-without-vision': 'off' } });
        const b = fixture(OTHER, { rules: { 'goal-without-vision': 'error' } });
        server = await startServer({ folders: [a.root, b.root], settings: { leerplan: { rules: { 'goal-without-feedback': 'info' } } } });
        server.scopedSettings[fileUri(b.root)] = { leerplan: { rules: { 'goal-without-feedback': 'hint' } } };
        // Settings changed in the editor: the server reads them again, per folder.
        server.updateSettings({ leerplan: { rules: { 'goal-without-feedback': 'info' } } });
        const zoe = await server.diagnosticsOf(b.uri('zoe-2026.pop'), d => severityOf(d, 'goal-without-feedback') === 4);
        expect(severityOf(zoe, 'goal-without-vision')).toBe(1);
        const anna = await server.diagnosticsOf(a.uri('anna-2026.pop'), d => severityOf(d, 'goal-without-feedback') === 3);
        expect(codesOf(anna)).not.toContain('goal-without-vision');
    });
});

describe('a single file without a folder', () => {
    it('finds its workspace as leerplan check does: no false link-errors, the neighbours checked', async () => {
        const ws = fixture({ ...FILES, 'leerplan.json': '{ "today": "2026-06-01" }\n' }, undefined);
        server = await startServer();
        const uri = ws.uri('anna-2026.pop');
        server.open(uri, FILES['anna-2026.pop'], 1);
        await server.diagnosticsOf(ws.uri('organisation.pop'), () => true);
        await agreesWithCli(server, ws);
        expect(codesOf(server.current(uri))).not.toContain('link-error');
    });
});

describe('untitled documents', () => {
    it('checks an untitled document against the workspace and answers requests about it', async () => {
        const ws = fixture(FILES);
        server = await startServer({ folders: [ws.root] });
        await server.waitFor(() => Object.keys(FILES).every(f => server!.current(ws.uri(f))), 'the workspace diagnosed');
        const untitled = 'untitled:Untitled-1';
        const text = 'plan anna-2027 for anna {\n    coach mark\n    coach nobody\n}\n';
        server.open(untitled, text, 1);
        const diagnostics = await server.diagnosticsOf(untitled, () => true);
        expect(diagnostics.filter(d => d.code === 'link-error').map(d => d.range.start.line)).toEqual([2]);
        const hover = await server.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: untitled }, position: { line: 1, character: 11 } });
        expect(hover.contents.value).toContain('Mark Jansen');
        const health = await server.request<{ plans: string[] }>('leerplan/planHealth', { textDocument: { uri: untitled } });
        expect(health.plans).toEqual(['anna-2027']);
    });
});
