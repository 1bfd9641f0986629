import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, startServer, type LspSession } from '../server/lsp-client.js';
import {
    identicalIds, makeFifo, makeRoot, manySyntaxErrors, nulAndInvalidUtf8, oneMegabyteLine, oneMegabyteUnterminatedString, ORGANISATION, PLAN,
    pseudoRandomBytes, removeRoot, stackTraceIn, tenMegabytes, twoHundredThousandLines, writeFile, writeSymlinkLoops,
} from './hostile-files.js';

/**
 * The language server (out/server.cjs --stdio, a real process) with hostile files in
 * its workspace folder and opened in the editor: it publishes a clear diagnostic for
 * each within SERVER_TIME_LIMIT_MS (60 s; the wait fails the test after that), keeps
 * answering requests on the normal files (hover), and writes no stack trace to its log.
 */
const SERVER_TIME_LIMIT_MS = 60_000;

const HOSTILE: Record<string, () => string | Uint8Array> = {
    'ten-mb.pop': tenMegabytes,
    'lines.pop': twoHundredThousandLines,
    'tokens.pop': oneMegabyteLine,
    'quote.pop': oneMegabyteUnterminatedString,
    'errors.pop': manySyntaxErrors,
    'nul.pop': () => nulAndInvalidUtf8(PLAN.replace('anna-2026', 'nul-2026')),
    'image.pop': () => pseudoRandomBytes(64 * 1024),
    'ids.pop': () => identicalIds(5000).replace(/anna/g, 'twin'),
};

let root: string;
let server: LspSession;

function codes(diagnostics: Diagnostic[] | undefined): string[] {
    return [...new Set((diagnostics ?? []).map(d => String(d.code)))].sort();
}

async function hoverCoach(): Promise<string | undefined> {
    const line = PLAN.split('\n').findIndex(l => l.includes('coach mark'));
    const hover = await server.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: fileUri(join(root, 'ws', 'anna-2026.pop')) }, position: { line, character: PLAN.split('\n')[line].indexOf('mark') + 1 },
    });
    return hover ? (hover.contents as MarkupContent).value : undefined;
}

beforeAll(async () => {
    root = makeRoot('leerplan-hostile-server-');
    // A hostile leerplan.json too: unknown keys (one with an escape sequence), __proto__, deep nesting.
    writeFile(root, 'ws/leerplan.json', `{"today": "2026-06-15", "rules": {"__proto__": {"polluted": "off"}}, "\\u001b[31m": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    writeFile(root, 'ws/organisation.pop', ORGANISATION);
    writeFile(root, 'ws/anna-2026.pop', PLAN);
    for (const [name, make] of Object.entries(HOSTILE)) writeFile(root, `ws/${name}`, make());
    writeSymlinkLoops(join(root, 'ws'), { plan: PLAN.replace('anna-2026', 'looped-2026') });
    makeFifo(join(root, 'ws', 'fifo.pop'));
    writeFile(root, 'ws/folder.pop/readme.txt', 'a folder named like a plan');
    server = await startServer({ folders: [join(root, 'ws')], settings: { leerplan: { language: 'en' } } });
}, SERVER_TIME_LIMIT_MS);

afterAll(async () => {
    await server?.stop();
    removeRoot(root);
});

describe('hostile files in the workspace folder of the language server', () => {
    it('every hostile file gets its diagnostic, the normal plan is checked, within 60 s', async () => {
        const uri = (name: string) => fileUri(join(root, 'ws', name));
        for (const name of ['ten-mb.pop', 'lines.pop']) {
            const diagnostics = await server.diagnosticsOf(uri(name), d => d.length > 0, SERVER_TIME_LIMIT_MS);
            expect(diagnostics).toEqual([expect.objectContaining({ code: 'parse-error', message: expect.stringContaining('too large') })]);
        }
        for (const name of ['tokens.pop', 'quote.pop', 'errors.pop', 'nul.pop', 'image.pop']) {
            const diagnostics = await server.diagnosticsOf(uri(name), d => d.length > 0, SERVER_TIME_LIMIT_MS);
            expect(codes(diagnostics)).toEqual(['parse-error']);
        }
        expect((await server.diagnosticsOf(uri('quote.pop'), d => d.length > 0)).every(d => !String(d.message).includes('word'))).toBe(true);
        expect(codes(await server.diagnosticsOf(uri('ids.pop'), d => d.length > 0, SERVER_TIME_LIMIT_MS))).toEqual(['duplicate-id']);
        const plan = await server.diagnosticsOf(uri('anna-2026.pop'), () => true, SERVER_TIME_LIMIT_MS);
        expect(plan.filter(d => d.severity === 1)).toEqual([]);
        // The plan behind the link loops is read once: no duplicate-id with itself.
        const looped = await server.diagnosticsOf(uri('loops/plans/plan.pop'), () => true, SERVER_TIME_LIMIT_MS);
        expect(codes(looped)).not.toContain('duplicate-id');
    }, SERVER_TIME_LIMIT_MS * 2);

    it('reports the hostile leerplan.json as problems in that file', async () => {
        const config = await server.diagnosticsOf(fileUri(join(root, 'ws', 'leerplan.json')), d => d.length > 0, SERVER_TIME_LIMIT_MS);
        expect(config.length).toBeGreaterThan(0);
        const messages = config.map(d => String(d.message)).join('\n');
        expect(messages).toContain('__proto__');
        expect(messages).toContain('unknown key');
    });

    it('keeps answering hover on the normal plan', async () => {
        expect(await hoverCoach()).toContain('Mark Jansen');
    });

    it('a 10 MB text opened in the editor, then edited to a binary one: a diagnostic each, and hover still answers', async () => {
        const uri = fileUri(join(root, 'ws', 'opened.pop'));
        server.open(uri, tenMegabytes(), 1);
        const big = await server.diagnosticsOf(uri, d => d.some(x => String(x.message).includes('too large')), SERVER_TIME_LIMIT_MS);
        expect(codes(big)).toEqual(['parse-error']);
        expect(await hoverCoach()).toContain('Mark Jansen');
        server.change(uri, Buffer.from(pseudoRandomBytes(32 * 1024)).toString('latin1') + '\u0000\uFFFD', 2);
        const binary = await server.diagnosticsOf(uri, d => d.length > 0 && !d.some(x => String(x.message).includes('too large')), SERVER_TIME_LIMIT_MS);
        expect(codes(binary)).toEqual(['parse-error']);
        server.change(uri, oneMegabyteLine(), 3);
        await server.diagnosticsOf(uri, d => d.length > 0, SERVER_TIME_LIMIT_MS);
        expect(await hoverCoach()).toContain('Mark Jansen');
        server.close(uri);
    }, SERVER_TIME_LIMIT_MS * 3);

    it('writes no stack trace to its log', () => {
        expect(stackTraceIn(server.stderr.join(''))).toBeUndefined();
    });
});
