import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, startServer, type LspSession } from '../server/lsp-client.js';
import { PRIVACY_FILES, removeWorkspace, writePrivacyWorkspace } from './privacy-fixture.js';

/**
 * Private text in the language server: it may show a person's private reflections in
 * that person's own files and own preview (audience `owner` of their plan), and
 * nowhere else: not in a diagnostic message, not in the server's log (stderr,
 * window/logMessage, window/showMessage), not in a hover, completion, symbol or code
 * lens of another person's plan or of the organisation, not in workspace symbols,
 * not in an export-audience summary, and not in the summary of the team or the
 * workspace.
 */
const POP_FILES = Object.keys(PRIVACY_FILES).filter(f => f.endsWith('.pop'));

/** Whose private sentence each canary number is (see privacy-fixture.ts). */
const OWNER_OF_CANARY: Record<number, string> = {
    1: 'anna', 2: 'anna', 3: 'anna', 4: 'anna', 5: 'anna', 6: 'piet', 7: 'piet', 8: 'lisa', 9: 'anna', 10: 'piet', 11: 'nobody', 12: 'lisa',
    // Unparsed text (a misspelt privacy word), declarations in a private file and a private file that does not parse: shown to no one, the owner included.
    13: 'nobody', 14: 'nobody', 15: 'nobody', 16: 'nobody', 19: 'nobody', 20: 'nobody', 21: 'nobody', 22: 'nobody', 23: 'nobody', 24: 'nobody',
    // The second edition's private reflections with a moment and private records of feedback received.
    25: 'anna', 26: 'anna', 27: 'anna', 28: 'anna', 29: 'anna',
};
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'twentyone', 'twentytwo',
    'twentythree', 'twentyfour', 'twentyfive', 'twentysix', 'twentyseven', 'twentyeight', 'twentynine'];

/** The canary numbers in a text: from `CANARY-n` or the made-up words `quokka<n>` / `marmot<n>`. */
function canaries(text: string): number[] {
    const found = new Set<number>();
    for (const m of text.matchAll(/canary-(\d+)|(?:quokka|marmot)([a-z]+)/gi)) {
        const n = m[1] ? Number(m[1]) : NUMBER_WORDS.indexOf(m[2].toLowerCase());
        found.add(n > 0 ? n : 0);
    }
    return [...found].sort((a, b) => a - b);
}

/** Whose file it is: the plan owner for a plan or a private file, nobody for the organisation. */
function ownerOf(file: string): string {
    if (file.includes('anna')) return 'anna';
    if (file.includes('piet') || file.includes('broken-unquoted')) return 'piet';
    if (file.includes('lisa') || file.includes('broken-public')) return 'lisa';
    if (file.includes('broken-unterminated')) return 'anna';
    if (file.includes('broken-misspelt')) return 'piet';
    return 'nobody-owns-this';
}

/** Canaries in `text` that do not belong to `owner`. */
function foreignCanaries(text: string, owner: string): number[] {
    return canaries(text).filter(n => OWNER_OF_CANARY[n] !== owner);
}

let root: string;
let server: LspSession;
const logs: string[] = [];

beforeAll(async () => {
    root = writePrivacyWorkspace();
    server = await startServer({ folders: [root], settings: { leerplan: { language: 'en' } } });
    // Record the log the client would show (lsp-client ignores window/logMessage).
    server.connection.onNotification('window/logMessage', (params: { message: string }) => {
        logs.push(params.message);
    });
    await server.waitFor(() => POP_FILES.every(f => server.current(uri(f))), 'every file diagnosed');
    for (const file of POP_FILES) server.open(uri(file), PRIVACY_FILES[file], 1);
    await server.waitFor(() => POP_FILES.every(f => (server.publishCount.get(uri(f)) ?? 0) >= 2), 'every opened file diagnosed again');
});

afterAll(async () => {
    await server?.stop();
    removeWorkspace(root);
});

function uri(file: string): string {
    return fileUri(join(root, file));
}

/** A position on every word of a file (the second character of each run of letters, digits or dashes). */
function wordPositions(text: string): Array<{ line: number; character: number }> {
    const positions: Array<{ line: number; character: number }> = [];
    text.split('\n').forEach((line, index) => {
        for (const m of line.matchAll(/[\p{L}\p{N}_-]+/gu)) positions.push({ line: index, character: m.index + Math.min(1, m[0].length - 1) });
    });
    return positions;
}

describe('privacy in the language server', () => {
    it('no diagnostic message or related information holds private text', () => {
        const texts = POP_FILES.flatMap(f => (server.current(uri(f)) ?? []).flatMap(d => [d.message, ...(d.relatedInformation ?? []).map(r => r.message)]));
        expect(texts.length).toBeGreaterThan(0);
        expect(canaries(texts.join('\n'))).toEqual([]);
    });

    it('reports what a private file holds besides private blocks, by kind and never by name', () => {
        const stray = (server.current(uri('plans/anna-extra.private.pop')) ?? []).filter(d => d.code === 'public-in-private-file');
        expect(stray.map(d => d.range.start.line)).toEqual([3, 6, 10, 17, 20]);
        expect(canaries(stray.map(d => String(d.message)).join('\n'))).toEqual([]);
        // Nothing declared there exists for the rest of the workspace: a reference to it is unknown.
        expect(server.current(uri('plans/anna-extra.private.pop'))?.filter(d => d.code === 'link-error')).toEqual([]);
    });

    it("hover on every word of a file shows no private text of anyone but the file's owner", async () => {
        const leaks: string[] = [];
        let hovers = 0;
        for (const file of POP_FILES) {
            for (const position of wordPositions(PRIVACY_FILES[file])) {
                const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri(file) }, position });
                if (!hover) continue;
                hovers++;
                const text = (hover.contents as MarkupContent).value ?? JSON.stringify(hover.contents);
                const foreign = foreignCanaries(text, ownerOf(file));
                if (foreign.length) leaks.push(`${file}:${position.line}:${position.character} shows canary ${foreign.join(', ')}`);
            }
        }
        console.log(`[privacy] ${hovers} hovers searched for private text`);
        expect(hovers).toBeGreaterThan(50);
        expect(leaks).toEqual([]);
    });

    it("completion, document symbols, code lenses and folding of a file hold no other person's private text", async () => {
        const leaks: string[] = [];
        for (const file of POP_FILES) {
            const textDocument = { uri: uri(file) };
            const answers = [
                await server.request('textDocument/documentSymbol', { textDocument }),
                await server.request('textDocument/codeLens', { textDocument }),
            ];
            for (const position of wordPositions(PRIVACY_FILES[file]).filter((_, i) => i % 7 === 0)) {
                answers.push(await server.request('textDocument/completion', { textDocument, position }));
            }
            const foreign = foreignCanaries(JSON.stringify(answers), ownerOf(file));
            if (foreign.length) leaks.push(`${file}: canary ${foreign.join(', ')}`);
        }
        expect(leaks).toEqual([]);
    });

    it("quick fixes and Fix all of a file hold no other person's private text", async () => {
        const leaks: string[] = [];
        let actions = 0;
        for (const file of POP_FILES) {
            const textDocument = { uri: uri(file) };
            const diagnostics = server.current(uri(file)) ?? [];
            const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            const answers = [await server.request<unknown[]>('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } })];
            for (const diagnostic of diagnostics) {
                answers.push(await server.request<unknown[]>('textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
            }
            actions += answers.reduce((n, a) => n + (a?.length ?? 0), 0);
            const foreign = foreignCanaries(JSON.stringify(answers), ownerOf(file));
            if (foreign.length) leaks.push(`${file}: canary ${foreign.join(', ')}`);
        }
        expect(actions).toBeGreaterThan(5);
        expect(leaks).toEqual([]);
    });

    it('workspace symbols hold no private text', async () => {
        for (const query of ['', 'quokka', 'canary', 'anna']) {
            const symbols = await server.request('workspace/symbol', { query });
            expect(canaries(JSON.stringify(symbols))).toEqual([]);
        }
    });

    it("summaries: the owner's own preview shows their private reflections, every other view none", async () => {
        const summary = (file: string, audience: 'owner' | 'export', scope?: 'workspace') =>
            server.request<{ model?: unknown }>('leerplan/summary', { textDocument: { uri: uri(file) }, audience, scope });
        // The positive control: the canaries are there to be found, in the one place they belong.
        // Private reflections with a moment and private records of feedback received (goal and private file) too.
        expect(canaries(JSON.stringify(await summary('plans/anna-2026.pop', 'owner')))).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 25, 26, 27, 28, 29]));
        const leaks: string[] = [];
        for (const file of POP_FILES) {
            const exported = canaries(JSON.stringify(await summary(file, 'export')));
            if (exported.length) leaks.push(`${file} export: canary ${exported.join(', ')}`);
            const own = foreignCanaries(JSON.stringify(await summary(file, 'owner')), ownerOf(file));
            if (own.length) leaks.push(`${file} owner: canary ${own.join(', ')}`);
            for (const audience of ['owner', 'export'] as const) {
                const workspace = canaries(JSON.stringify(await summary(file, audience, 'workspace')));
                if (workspace.length) leaks.push(`${file} workspace ${audience}: canary ${workspace.join(', ')}`);
            }
        }
        // The organisation's file shows the team and the organisation: nobody's private text.
        expect(canaries(JSON.stringify(await summary('organisation.pop', 'owner')))).toEqual([]);
        expect(leaks).toEqual([]);
    });

    it('plan health and check workspace answers hold no private text', async () => {
        const answers: unknown[] = [await server.request('leerplan/checkWorkspace', {})];
        for (const file of POP_FILES) answers.push(await server.request('leerplan/planHealth', { textDocument: { uri: uri(file) } }));
        expect(canaries(JSON.stringify(answers))).toEqual([]);
    });

    it('edits that break private text (quotes lost, a quote left open) put none of it into diagnostics', async () => {
        const file = 'plans/anna-2026.private.pop';
        const broken = PRIVACY_FILES[file].replace('"PRIVATE-CANARY-4', 'PRIVATE-CANARY-4').replace('marmotfive"', 'marmotfive');
        server.change(uri(file), broken, 2);
        const diagnostics = await server.diagnosticsOf(uri(file), d => d.some(x => x.code === 'parse-error'));
        expect(canaries(diagnostics.map(d => d.message).join('\n'))).toEqual([]);
        server.change(uri(file), PRIVACY_FILES[file], 3);
        await server.diagnosticsOf(uri(file), d => !d.some(x => x.code === 'parse-error'));
    });

    it('the server log (stderr, log and show messages) holds no private text', () => {
        const log = [...server.stderr, ...logs, ...server.messages.map(m => m.message)].join('\n');
        expect(canaries(log)).toEqual([]);
    });
});
