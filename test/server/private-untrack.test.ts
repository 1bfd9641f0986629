import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';
import { fileUri, startServer, type LspSession } from './lsp-client.js';

/**
 * A private file that Git already tracks, in a real repository, with the bundled
 * server over stdio: the quick fix explains and offers to stop tracking it; the
 * server's command runs `git rm --cached`, the file stays on disk, and once the ignore
 * rule is there the warning goes.
 */
const PRIVATE = 'private anna-2026 {\n    reflection 2026-04-02 "I jump to solutions too quickly."\n}\n';
const PLAN = `people {\n    person anna "Anna"\n    person mark "Mark"\n}\nplan anna-2026 for anna {\n    coach mark\n    reflection 2026-04-01 "Shared."\n}\n`;

let root: string;
let server: LspSession;
const git = (...args: string[]) => spawnSync('git', ['-C', root, ...args], {
    encoding: 'utf8', env: { PATH: process.env.PATH, HOME: root, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org' },
});
const uri = (file: string) => fileUri(join(root, file));

beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'leerplan-untrack-'));
    writeFileSync(join(root, 'anna-2026.pop'), PLAN);
    writeFileSync(join(root, 'anna-2026.private.pop'), PRIVATE);
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'plans');
    server = await startServer({ folders: [root], capabilities: { workspace: { configuration: true } } });
});

afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
});

describe('a private file Git already tracks', () => {
    it('gets a fix that explains, adds the rule and stops tracking the file with the server\'s command', async () => {
        expect((server.initializeResult as InitializeResult).capabilities.executeCommandProvider?.commands).toContain('leerplan.untrackPrivateFile');
        const diagnostics = await server.diagnosticsOf(uri('anna-2026.private.pop'), d => d.some(x => x.code === 'private-in-tracked-file'));
        const diagnostic = diagnostics.find((d: Diagnostic) => d.code === 'private-in-tracked-file')!;
        const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: uri('anna-2026.private.pop') }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        });
        expect(actions.map(a => a.title)).toEqual(["Git already tracks 'anna-2026.private.pop', so .gitignore does not hide it: stop tracking it (git rm --cached; it stays on disk)"]);
        expect(actions[0].command).toMatchObject({ command: 'leerplan.untrackPrivateFile', arguments: [uri('anna-2026.private.pop')] });
        // What the editor does with the action: apply its edit (the ignore rule), then run its command.
        const created = actions[0].edit?.documentChanges?.find(c => 'kind' in c && c.kind === 'create');
        expect(created).toMatchObject({ kind: 'create', uri: uri('.gitignore') });
        writeFileSync(join(root, '.gitignore'), '*.private.pop\n');
        const ran = await server.request<boolean>('workspace/executeCommand', { command: actions[0].command!.command, arguments: actions[0].command!.arguments });
        expect(ran).toBe(true);
        expect(git('ls-files').stdout.split('\n')).not.toContain('anna-2026.private.pop');
        await server.diagnosticsOf(uri('anna-2026.private.pop'), d => !d.some(x => x.code === 'private-in-tracked-file'));
        await server.waitFor(() => server.messages.find(m => m.message.includes("Git no longer tracks 'anna-2026.private.pop'")), 'the message');
    });

    it('refuses anything but a private file', async () => {
        const ran = await server.request<boolean>('workspace/executeCommand', { command: 'leerplan.untrackPrivateFile', arguments: [uri('anna-2026.pop')] });
        expect(ran).toBe(false);
        expect(git('ls-files').stdout.split('\n')).toContain('anna-2026.pop');
    });
});

describe('when Git cannot stop tracking it', () => {
    it('says so with what Git said, and the file stays tracked', async () => {
        const locked = mkdtempSync(join(tmpdir(), 'leerplan-untrack-locked-'));
        const inLocked = (...args: string[]) => spawnSync('git', ['-C', locked, ...args], {
            encoding: 'utf8', env: { PATH: process.env.PATH, HOME: locked, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org' },
        });
        let session: LspSession | undefined;
        try {
            writeFileSync(join(locked, 'anna-2026.pop'), PLAN);
            writeFileSync(join(locked, 'anna-2026.private.pop'), PRIVATE);
            inLocked('init', '-q');
            inLocked('add', '.');
            inLocked('commit', '-q', '-m', 'plans');
            // Another Git command holds the index.
            writeFileSync(join(locked, '.git', 'index.lock'), '');
            session = await startServer({ folders: [locked], capabilities: { workspace: { configuration: true } } });
            const ran = await session.request<boolean>('workspace/executeCommand', { command: 'leerplan.untrackPrivateFile', arguments: [fileUri(join(locked, 'anna-2026.private.pop'))] });
            expect(ran).toBe(false);
            const message = await session.waitFor(() => session?.messages.find(m => m.message.startsWith("Git still tracks 'anna-2026.private.pop'")), 'the message');
            expect(message.message).toMatch(/^Git still tracks 'anna-2026\.private\.pop': Git says: Unable to create '.*index\.lock': File exists\. Run 'git rm --cached' on it yourself\.$/);
            expect(inLocked('ls-files').stdout.split('\n')).toContain('anna-2026.private.pop');
        } finally {
            await session?.stop();
            rmSync(locked, { recursive: true, force: true });
        }
    });
});
