import { describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { nameOf, openWorkspace, type TestWorkspace } from './helpers.js';
import { NAVIGATION_FILES as FILES } from './fixtures.js';

/** An outline as indented lines: `name (detail)`. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(s => [
        `${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`,
        ...outline(s.children, depth + 1),
    ]);
}

async function symbolsOf(ws: TestWorkspace, file: string): Promise<DocumentSymbol[]> {
    return (await ws.services.lsp.DocumentSymbolProvider!.getSymbols(ws.doc(file), { textDocument: { uri: ws.uri(file) } })) as DocumentSymbol[];
}

const SKETCH_PLAN = `// A plan
plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31

    goal coaching-talks "Hold coaching conversations" {
        supports quality
    }

    review 2026-06-30 with mark "Mid-year POP conversation"

    goal wound-protocols "Know the protocol" {
        due 2026-03-31
    }
    reflection 2026-04-02 private "I jump to solutions too quickly."
    reflection 2026-05-02 "Asking more questions works."
}
`;

describe('document symbols (outline)', () => {
    it('shows organisation > visions and ambitions, people > persons, team > goals', async () => {
        const ws = await openWorkspace(FILES);
        expect(outline(await symbolsOf(ws, 'organisation.pop'))).toEqual([
            'anker (Zorggroep Het Anker)',
            '  quality (We deliver care that residents and their families value.)',
            '  learning-at-work (Everyone learns every day, from and with each other.)',
            '  fewer-incidents (Halve medication incidents by 2027.)',
            'people',
            '  anna (Anna de Vries · Nurse)',
            '  mark (Mark Jansen · Team lead)',
            '  piet (Piet Bakker · Nurse)',
            'wound-care (Team Wondzorg)',
            '  learn-from-incidents (Discuss one incident a month in an after-action review)',
        ]);
    });

    it('shows plan > goals, reviews and reflections in file order, never the text of a private reflection', async () => {
        const ws = await openWorkspace({ ...FILES, 'anna-2026.pop': SKETCH_PLAN });
        const symbols = await symbolsOf(ws, 'anna-2026.pop');
        expect(outline(symbols)).toEqual([
            'anna-2026 (anna)',
            '  coaching-talks (Hold coaching conversations)',
            '  review 2026-06-30 (with mark)',
            '  wound-protocols (Know the protocol)',
            '  reflection 2026-04-02 (private)',
            '  reflection 2026-05-02',
        ]);
        expect(JSON.stringify(symbols)).not.toContain('jump to solutions');
        expect(symbols[0].kind).toBe(SymbolKind.Module);
        expect(symbols[0].children!.map(c => c.kind)).toEqual([SymbolKind.Method, SymbolKind.Event, SymbolKind.Method, SymbolKind.Event, SymbolKind.Event]);
        // The selection range is the name; the range spans the whole block.
        expect(symbols[0].selectionRange.start).toEqual({ line: 1, character: 5 });
        expect(symbols[0].range.end.line).toBe(16);
    });

    it('uses the keywords as written in a Dutch file, and lists a private block and a framework', async () => {
        const ws = await openWorkspace(FILES);
        expect(outline(await symbolsOf(ws, 'piet-2026.pop'))).toEqual(['piet-2026 (piet)', '  plannen (Roosterplanning)', '  gesprek 2026-06-30 (met mark)']);
        expect(outline(await symbolsOf(ws, 'anna-2026.private.pop'))).toEqual(['private anna-2026', '  reflection 2026-04-02']);
        expect(outline(await symbolsOf(ws, 'acme.pop'))).toEqual(['acme (ACME learning framework)', '  Craft (Craft)']);
    });
});

describe('workspace symbols', () => {
    it("lists the workspace's own declarations and leaves the built-in library out", async () => {
        const ws = await openWorkspace(FILES);
        const symbols = await ws.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        const names = symbols.map(s => `${s.name}@${nameOf(s.location.uri)}`).sort();
        expect(names).toEqual([
            'acme.Craft@acme.pop', 'acme@acme.pop', 'anker@organisation.pop', 'anna-2026@anna-2026.pop', 'anna@organisation.pop',
            'fewer-incidents@organisation.pop', 'learn-from-incidents@organisation.pop', 'learning-at-work@organisation.pop',
            'mark@organisation.pop', 'piet-2026@piet-2026.pop', 'piet@organisation.pop', 'quality@organisation.pop',
            'wound-care@organisation.pop',
        ]);
        const mark = symbols.find(s => s.name === 'mark')!;
        expect(mark.kind).toBe(SymbolKind.Variable);
        expect('range' in mark.location && mark.location.range.start).toEqual({ line: 12, character: 11 });
    });

    it('fuzzy-matches the query, and finds built-in dimensions when asked by qualified name', async () => {
        const ws = await openWorkspace(FILES);
        const provider = ws.shared.lsp.WorkspaceSymbolProvider!;
        expect((await provider.getSymbols({ query: 'incid' })).map(s => s.name).sort()).toEqual(['fewer-incidents', 'learn-from-incidents']);
        expect((await provider.getSymbols({ query: 'SharedVision' })).map(s => s.name)).toEqual([]);
        const builtins = await provider.getSymbols({ query: 'senge.Shared' });
        expect(builtins.map(s => `${s.name} in ${s.containerName}`)).toEqual(['senge.SharedVision in senge']);
        expect(builtins[0].kind).toBe(SymbolKind.EnumMember);
    });
});
