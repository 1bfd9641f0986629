import { describe, expect, it } from 'vitest';
import type { Location, LocationLink } from 'vscode-languageserver';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { nameOf, openWorkspace, type TestWorkspace } from './helpers.js';
import { NAVIGATION_FILES as FILES } from './fixtures.js';

async function definitionAt(ws: TestWorkspace, file: string, needle: string, shift = 0): Promise<Array<{ file: string; line: number; text: string }>> {
    const provider = ws.services.lsp.DefinitionProvider!;
    const links = (await provider.getDefinition(ws.doc(file), { textDocument: { uri: ws.uri(file) }, position: ws.at(file, needle, shift) })) ?? [];
    return links.map((link: LocationLink) => {
        const uri = link.targetUri;
        const document = [...ws.shared.workspace.LangiumDocuments.all].find(d => d.uri.toString() === uri)!;
        return { file: nameOf(uri), line: link.targetSelectionRange.start.line, text: document.textDocument.getText(link.targetSelectionRange) };
    });
}

/** `file:line:text` of each location, ordered by file and line. */
function summarize(ws: TestWorkspace, locations: Location[]): string[] {
    return [...locations]
        .sort((a, b) => nameOf(a.uri).localeCompare(nameOf(b.uri)) || a.range.start.line - b.range.start.line)
        .map(l => {
            const document = [...ws.shared.workspace.LangiumDocuments.all].find(d => d.uri.toString() === l.uri)!;
            return `${nameOf(l.uri)}:${l.range.start.line}:${document.textDocument.getText(l.range)}`;
        });
}

describe('go to definition', () => {
    it('goes from every kind of reference to its declaration, across files', async () => {
        const ws = await openWorkspace(FILES);
        expect(await definitionAt(ws, 'anna-2026.pop', 'for anna', 4)).toEqual([{ file: 'organisation.pop', line: 11, text: 'anna' }]);
        expect(await definitionAt(ws, 'anna-2026.pop', 'coach mark', 7)).toEqual([{ file: 'organisation.pop', line: 12, text: 'mark' }]);
        expect(await definitionAt(ws, 'anna-2026.pop', 'team wound-care', 6)).toEqual([{ file: 'organisation.pop', line: 16, text: 'wound-care' }]);
        expect(await definitionAt(ws, 'anna-2026.pop', 'learn-from-incidents')).toEqual([{ file: 'organisation.pop', line: 19, text: 'learn-from-incidents' }]);
        expect(await definitionAt(ws, 'anna-2026.pop', 'learning-at-work', 3)).toEqual([{ file: 'organisation.pop', line: 4, text: 'learning-at-work' }]);
        expect(await definitionAt(ws, 'piet-2026.pop', 'fewer-incidents')).toEqual([{ file: 'organisation.pop', line: 7, text: 'fewer-incidents' }]);
        expect(await definitionAt(ws, 'anna-2026.private.pop', 'anna-2026')).toEqual([{ file: 'anna-2026.pop', line: 0, text: 'anna-2026' }]);
        expect(await definitionAt(ws, 'organisation.pop', 'feedback ask team wound-care', 19)).toEqual([{ file: 'organisation.pop', line: 16, text: 'wound-care' }]);
    });

    it('goes to built-in and user dimensions, and from a qualifier to its framework', async () => {
        const ws = await openWorkspace(FILES);
        const builtin = await definitionAt(ws, 'anna-2026.pop', 'LerenVanLeidersEnMedewerkers', 2);
        expect(builtin).toHaveLength(1);
        expect(builtin[0].file).toBe('/frameworks.pop');
        expect(builtin[0].text).toBe('LerenVanLeidersEnMedewerkers');
        expect((await definitionAt(ws, 'anna-2026.pop', 'SharedVision', 3))[0].text).toBe('SharedVision');
        expect(await definitionAt(ws, 'anna-2026.pop', 'acme.Craft', 6)).toEqual([{ file: 'acme.pop', line: 1, text: 'Craft' }]);
        expect(await definitionAt(ws, 'anna-2026.pop', 'acme.Craft', 1)).toEqual([{ file: 'acme.pop', line: 0, text: 'acme' }]);
        const senge = await definitionAt(ws, 'anna-2026.pop', 'senge.SharedVision', 2);
        expect(senge.map(s => s.text)).toEqual(['senge']);
    });
});

describe('find references', () => {
    it("lists every line that names a person, in all files: which plans name me as coach", async () => {
        const ws = await openWorkspace(FILES);
        const provider = ws.services.lsp.ReferencesProvider!;
        const refs = await provider.findReferences(ws.doc('organisation.pop'), {
            textDocument: { uri: ws.uri('organisation.pop') }, position: ws.at('organisation.pop', 'person mark', 8),
            context: { includeDeclaration: false },
        });
        expect(summarize(ws, refs)).toEqual([
            'anna-2026.pop:1:mark', 'anna-2026.pop:10:mark', 'anna-2026.pop:14:mark',
            'organisation.pop:17:mark',
            'piet-2026.pop:1:mark', 'piet-2026.pop:5:mark', 'piet-2026.pop:7:mark',
        ]);
    });

    it('includes the declaration when asked, and works from a reference', async () => {
        const ws = await openWorkspace(FILES);
        const refs = await ws.services.lsp.ReferencesProvider!.findReferences(ws.doc('piet-2026.pop'), {
            textDocument: { uri: ws.uri('piet-2026.pop') }, position: ws.at('piet-2026.pop', 'fewer-incidents', 2),
            context: { includeDeclaration: true },
        });
        expect(summarize(ws, refs)).toEqual(['organisation.pop:7:fewer-incidents', 'organisation.pop:21:fewer-incidents', 'piet-2026.pop:4:fewer-incidents']);
    });

    it('finds a framework by its qualifiers', async () => {
        const ws = await openWorkspace(FILES);
        const refs = await ws.services.lsp.ReferencesProvider!.findReferences(ws.doc('acme.pop'), {
            textDocument: { uri: ws.uri('acme.pop') }, position: ws.at('acme.pop', 'acme', 1),
            context: { includeDeclaration: true },
        });
        expect(summarize(ws, refs)).toEqual(['acme.pop:0:acme', 'anna-2026.pop:6:acme']);
    });
});

describe('document highlights', () => {
    it('marks the declaration as write and the references as read, in the current file only', async () => {
        const ws = await openWorkspace(FILES);
        const highlights = await ws.services.lsp.DocumentHighlightProvider!.getDocumentHighlight(ws.doc('organisation.pop'), {
            textDocument: { uri: ws.uri('organisation.pop') }, position: ws.at('organisation.pop', 'wound-care', 2),
        });
        expect(highlights?.map(h => `${h.range.start.line}:${h.range.start.character}:${h.kind}`).sort()).toEqual([
            `16:5:${DocumentHighlightKind.Write}`, `23:26:${DocumentHighlightKind.Read}`,
        ]);
    });
});
