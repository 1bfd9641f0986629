import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryResult } from '../../server/src/protocol.js';
import { fileUri, startServer, type LspSession } from '../server/lsp-client.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { PRIVACY_FILES, canariesIn, removeWorkspace, writePrivacyWorkspace } from './privacy-fixture.js';

/**
 * The preview's follow-through reads Git history in the language server: in a workspace
 * whose private files are committed (the worst case: they have history) and changed
 * since, no summary the server answers holds private text through it. Exports and the
 * workspace view hold no private word at all; the owner's own preview holds private text
 * only in the places it always did, never in its follow-through.
 */
const POP_FILES = Object.keys(PRIVACY_FILES).filter(f => f.endsWith('.pop'));
const PRIVATE_FILES = POP_FILES.filter(f => f.endsWith('.private.pop'));

let root: string;
let server: LspSession;

beforeAll(async () => {
    root = writePrivacyWorkspace();
    git(root, ['init', '-q']);
    commitAll(root, '2026-02-01');
    for (const file of PRIVATE_FILES) appendFileSync(join(root, file), '\n// PRIVATE-CANARY-HISTORY quokkahistory\n');
    commitAll(root, '2026-03-20');
    server = await startServer({ folders: [root], settings: { leerplan: { language: 'en' } } });
    await server.waitFor(() => POP_FILES.every(f => server.current(fileUri(join(root, f)))), 'every file diagnosed');
});
afterAll(async () => {
    await server.stop();
    removeWorkspace(root);
});

const summary = (file: string, audience: 'owner' | 'export', scope?: 'workspace') =>
    server.request<SummaryResult>('leerplan/summary', { textDocument: { uri: fileUri(join(root, file)) }, audience, scope });

describe('privacy: follow-through from Git history in the server', () => {
    it('no summary holds private text through it, in any view', async () => {
        const leaks: string[] = [];
        for (const file of POP_FILES) {
            for (const audience of ['owner', 'export'] as const) {
                for (const scope of [undefined, 'workspace'] as const) {
                    const model = (await summary(file, audience, scope)).model;
                    const followThrough = JSON.stringify([model?.followThrough, model?.plans.map(p => p.followThrough)]);
                    const found = canariesIn(audience === 'export' || scope ? JSON.stringify(model) : followThrough);
                    if (found.length) leaks.push(`${file} ${audience} ${scope ?? 'document'}: ${found.join(' | ')}`);
                    if (followThrough.includes('.private.pop')) leaks.push(`${file} ${audience} ${scope ?? 'document'}: names a private file`);
                }
            }
        }
        expect(leaks).toEqual([]);
        // The follow-through is there (the search above read real answers): anna's plan, committed on 2026-02-01.
        const anna = (await summary('plans/anna-2026.pop', 'export')).model!;
        expect(anna.followThrough?.history).toBe('ok');
        expect(anna.plans[0].followThrough?.lastChange?.date).toBe('2026-02-01');
    });

    it('the hover on a plan (its declaration, a private block naming it) shows its follow-through and no private text', async () => {
        const hovers: string[] = [];
        for (const file of POP_FILES) {
            PRIVACY_FILES[file].split('\n').forEach((line, index) => {
                const head = /^\s*(plan|private|privé)\s+(\S)/.exec(line);
                if (head) hovers.push(`${file}:${index}:${head.index + head[0].length}`);
            });
        }
        const texts: string[] = [];
        const deadline = Date.now() + 60_000;
        // The first hovers start the server's reading of the history; a hover never waits for it.
        while (!texts.some(t => t.includes('Follow-through')) && Date.now() < deadline) {
            texts.length = 0;
            for (const at of hovers) {
                const [file, line, character] = at.split(':');
                const hover = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: fileUri(join(root, file)) }, position: { line: Number(line), character: Number(character) } });
                texts.push(hover?.contents.value ?? '');
            }
        }
        expect(texts.filter(t => t.includes('Follow-through')).length).toBeGreaterThan(1);
        expect(canariesIn(texts.join('\n'))).toEqual([]);
    });
});
