import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from '../server/lsp-client.js';
import { sketchFiles, WorkspaceFixture } from '../server/workspace-fixture.js';
import { fuzzRuns, fuzzSeed } from './fuzz-budget.js';
import { mutationsArb, mutate, tokenStreamArb } from './mutations.js';
import { checkFiles } from './workspace-check.js';

/**
 * The language server as a real process (out/server.cjs --stdio) under a stream of
 * random edits: mutated versions of a plan and random token streams, sent as fast as
 * the client can, with hover, completion, symbol and folding requests at random
 * positions in between. The server answers every request without an error, ends with
 * the diagnostics of the final text (the same codes the core reports for it), still
 * answers hovers on the other files, and logs no stack trace.
 */
const FILES = sketchFiles();
const PLAN = 'anna-2026.pop';

let ws: WorkspaceFixture;
let server: LspSession;

beforeAll(async () => {
    ws = new WorkspaceFixture(FILES, { today: '2026-06-01' });
    server = await startServer({ folders: [ws.root], settings: { leerplan: { language: 'en' } } });
    await server.waitFor(() => Object.keys(FILES).every(f => server.current(ws.uri(f))), 'the sketch diagnosed');
});

afterAll(async () => {
    await server?.stop();
    ws?.dispose();
});

describe('fuzz: a storm of random edits to the language server', () => {
    const edits = fuzzRuns(120, 0.05);
    it(`answers every request, ends with the final text's diagnostics, keeps serving (${edits} edits)`, async () => {
        const texts = fc.sample(fc.oneof(
            { weight: 5, arbitrary: mutationsArb.map(m => mutate(FILES[PLAN], m)) },
            { weight: 1, arbitrary: tokenStreamArb },
        ), { numRuns: edits, seed: fuzzSeed() });
        const uri = ws.uri(PLAN);
        server.open(uri, FILES[PLAN], 1);
        const pending: Array<Promise<unknown>> = [];
        let failures = 0;
        texts.forEach((text, i) => {
            server.change(uri, text, i + 2);
            const lines = text.split(/\r\n|\r|\n/);
            const line = (i * 7) % lines.length;
            const position = { line, character: (i * 13) % (lines[line].length + 1) };
            const textDocument = { uri };
            for (const [method, params] of [
                ['textDocument/hover', { textDocument, position }],
                ['textDocument/completion', { textDocument, position }],
                ['textDocument/documentSymbol', { textDocument }],
                ['textDocument/foldingRange', { textDocument }],
            ] as const) {
                pending.push(server.request(method, params).catch((error: { code?: number }) => {
                    // A request overtaken by a newer edit may be cancelled (ContentModified / RequestCancelled); anything else is a failure.
                    if (error.code !== -32801 && error.code !== -32800) failures++;
                }));
            }
        });
        await Promise.all(pending);
        expect(failures).toBe(0);
        const finalText = texts[texts.length - 1];
        const expected = await checkFiles({ ...FILES, [PLAN]: finalText });
        // ('overdue' and 'member-without-plan' depend on today, which the core check here and the server may set apart.)
        const codes = (list: Array<{ code?: string | number }>) => list.map(d => String(d.code)).filter(c => c !== 'overdue' && c !== 'member-without-plan').sort().join(' ');
        const expectedCodes = codes(expected.diagnostics[expected.names.indexOf(PLAN)]);
        // The server publishes without a document version, so wait for the final text's diagnostics themselves.
        await server.waitFor(() => codes(server.current(uri) ?? []) === expectedCodes || undefined,
            `the diagnostics of the final text (${expectedCodes}); last published: ${codes(server.current(uri) ?? [])}`, 60_000);
        const organisation = FILES['organisation.pop'];
        const at = organisation.indexOf('lead mark') + 6;
        const line = organisation.slice(0, at).split('\n').length - 1;
        const hover = await server.request<Hover | null>('textDocument/hover', {
            textDocument: { uri: ws.uri('organisation.pop') }, position: { line, character: at - organisation.lastIndexOf('\n', at - 1) - 1 },
        });
        expect((hover?.contents as MarkupContent | undefined)?.value).toContain('Mark Jansen');
        expect(server.stderr.join('')).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        console.log(`[fuzz] server edit storm: ${edits} random edits and ${pending.length} requests, none failed`);
    }, 180_000);
});
