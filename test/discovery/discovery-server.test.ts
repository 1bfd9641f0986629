import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, startServer, type LspSession } from '../server/lsp-client.js';
import { cleanPlan, ORGANISATION } from '../cli/cli-harness.js';
import {
    EXAMPLE_FILES, git, linkTraps, makeRoot, manyEntries, NOBODY, privateBehindLinks, removeRoot, RUNNING_AS_ROOT, SKIPPED_LINKS, sparseFile, writeFile,
} from './discovery-fixture.js';

/**
 * The bundled language server (over stdio) opening folders with the traps of
 * `discovery-cli.test.ts`: the same files as the CLI, each skipped link named in its log,
 * devices and FIFOs never read, files over the size limit refused with the CLI's
 * diagnostic, unreadable files and folders reported, and the discovery limit.
 */
let root: string;
const sessions: LspSession[] = [];

beforeAll(() => {
    root = makeRoot('leerplan-discovery-server-');
});

afterAll(async () => {
    for (const session of sessions) await session.stop();
    removeRoot(root);
});

async function open(folder: string, uid?: number): Promise<LspSession> {
    const session = await startServer({ folders: [folder], settings: { leerplan: { language: 'en' } }, uid });
    sessions.push(session);
    return session;
}

/** The user files the server published diagnostics for, relative to `folder`. */
function published(session: LspSession, folder: string): string[] {
    const prefix = fileUri(folder) + '/';
    return [...session.published.keys()].filter(uri => uri.startsWith(prefix) && uri.endsWith('.pop')).map(uri => decodeURIComponent(uri.slice(prefix.length))).sort();
}

function logText(session: LspSession): string {
    return session.logs.map(log => log.message).join('\n');
}

describe.each([['outside a Git repository', false], ['inside a Git repository', true]])('a folder with links to /, loops, rings, devices and FIFOs %s', (_name, inRepository) => {
    let ws: string;
    let server: LspSession;
    beforeAll(async () => {
        ws = linkTraps(join(root, inRepository ? 'repo' : 'plain'));
        if (inRepository) expect(git(ws, 'init', '-q').code).toBe(0);
        server = await open(ws);
        await server.waitFor(() => published(server, ws).length >= EXAMPLE_FILES.length, 'the workspace diagnosed');
    });

    it('diagnoses exactly the real files of the workspace, each once', async () => {
        // A moment for anything else to arrive: nothing may.
        await server.diagnosticsOf(fileUri(join(ws, 'organisation.pop')), () => true);
        expect(published(server, ws)).toEqual([...EXAMPLE_FILES].sort());
        for (const file of EXAMPLE_FILES) {
            const codes = (server.current(fileUri(join(ws, file))) as Diagnostic[]).map(d => d.code);
            expect(codes, file).not.toContain('duplicate-id');
        }
    });

    it('names every skipped link in its log and warns about the device and the FIFO', async () => {
        await server.waitFor(() => logText(server).includes('symbolic links skipped'), 'the count of skipped links');
        const log = logText(server);
        for (const [link, why] of Object.entries(SKIPPED_LINKS)) {
            const line = log.split('\n').find(l => l.startsWith(`Leerplan: skipped link '${join(ws, link)}': `));
            expect(line, link).toMatch(why);
        }
        expect(log).toContain(`Leerplan: ${Object.keys(SKIPPED_LINKS).length + 1} symbolic links skipped`);
        const shown = server.messages.map(m => m.message);
        expect(shown).toContain(`Leerplan: skipped '${join(ws, 'zero.pop')}': a link to a device, not a file; it is never read`);
        expect(shown).toContain(`Leerplan: skipped '${join(ws, 'fifo.pop')}': a FIFO, not a file; it is never read`);
    });
});

describe('the server on a private file behind links, hostile ignore lines and files it cannot read', () => {
    it('flags the committed private plan where it is, and nowhere else', async () => {
        const repo = privateBehindLinks(root, cleanPlan({ planExtra: '\n    reflection 2026-05-01 private "Mine."' }), ORGANISATION);
        const server = await open(repo);
        const diagnostics = await server.diagnosticsOf(fileUri(join(repo, 'real', 'anna-2026.pop')), d => d.length > 0);
        expect(diagnostics.map(d => d.code)).toEqual(['private-in-tracked-file']);
        expect(published(server, repo)).toEqual(['organisation.pop', 'real/anna-2026.pop']);
    });

    it('a backtracking .gitignore line beside a file named with 40 a\'s, inside a repository: published at once', async () => {
        const ws = join(root, 'backtracking');
        writeFile(ws, 'organisation.pop', ORGANISATION);
        writeFile(ws, `${'a'.repeat(40)}.pop`, cleanPlan());
        writeFile(ws, 'secret.private.pop', 'private anna-2026 {\n}\n');
        writeFile(ws, '.gitignore', '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n[z-a].tmp\n*.private.pop\n');
        expect(git(ws, 'init', '-q').code).toBe(0);
        const server = await open(ws);
        await server.waitFor(() => published(server, ws).length >= 2, 'both files diagnosed');
        await server.diagnosticsOf(fileUri(join(ws, 'organisation.pop')), () => true);
        expect(published(server, ws)).toEqual([`${'a'.repeat(40)}.pop`, 'organisation.pop']);
    });

    it('a 600 MB file gets the same parse-error as in the CLI, unread, and the rest is diagnosed', async () => {
        const ws = join(root, 'huge');
        writeFile(ws, 'organisation.pop', ORGANISATION);
        sparseFile(join(ws, 'huge.pop'), 600 * 1024 * 1024);
        const server = await open(ws);
        const diagnostics = await server.diagnosticsOf(fileUri(join(ws, 'huge.pop')), d => d.length > 0);
        expect(diagnostics).toEqual([expect.objectContaining({
            code: 'parse-error', message: expect.stringContaining('the file is too large to check (600.0 MB; the limit is 2 MB and 50000 lines); it was not read'),
        })]);
        await server.diagnosticsOf(fileUri(join(ws, 'organisation.pop')), () => true);
    });

    it('an unreadable file gets a parse-error, an unreadable folder a message, and the check of the workspace fails', async () => {
        const ws = join(root, 'unreadable');
        writeFile(ws, 'organisation.pop', ORGANISATION);
        writeFile(ws, 'anna-2026.pop', cleanPlan());
        writeFile(ws, 'locked/bob-2026.pop', cleanPlan({ name: 'bob-2026' }));
        chmodSync(join(ws, 'anna-2026.pop'), 0o000);
        chmodSync(join(ws, 'locked'), 0o000);
        // chmod 000 does not stop root: as root, the server runs as user `nobody`.
        const server = await open(ws, RUNNING_AS_ROOT ? NOBODY : undefined);
        const diagnostics = await server.diagnosticsOf(fileUri(join(ws, 'anna-2026.pop')), d => d.length > 0);
        expect(diagnostics).toEqual([expect.objectContaining({ code: 'parse-error', message: expect.stringContaining('the file cannot be read (permission denied)') })]);
        await server.waitFor(() => server.messages.some(m => m.message === `Leerplan: cannot read folder '${join(ws, 'locked')}': permission denied`), 'the unreadable folder shown');
        const result = await server.request<{ files: number; errors: number }>('leerplan/checkWorkspace', {});
        expect(result.files).toBe(2);
        expect(result.errors).toBe(2);
    });

    it('stops at the discovery limit of leerplan.json with a message naming it', async () => {
        const ws = join(root, 'limited');
        writeFile(ws, 'leerplan.json', JSON.stringify({ discoveryLimit: 50 }));
        writeFile(ws, 'organisation.pop', ORGANISATION);
        manyEntries(ws, 'data', 5, 20);
        const server = await open(ws);
        const message = `Leerplan: stopped looking for .pop files in '${ws}' at 50 files and folders, the limit ("discoveryLimit" in leerplan.json): check a smaller folder, or raise the limit`;
        await server.waitFor(() => server.messages.some(m => m.message === message && m.type === 1), 'the limit shown as an error');
        expect(published(server, ws)).toEqual([]);
    });
});
