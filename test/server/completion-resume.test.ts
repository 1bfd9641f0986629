import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { DefaultCompletionProvider, type NextFeature } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createLeerplanLspServices, type LeerplanLspServices } from '../../server/src/leerplan-lsp-module.js';
import { LeerplanCompletionProvider } from '../../server/src/lsp/completion-provider.js';
import { ensureBuiltinDocument } from '../../language/src/workspace/check-documents.js';
import { sketchFiles } from './workspace-fixture.js';

/** The same provider, but parsing all the text before the cursor, as Langium does. */
class FullParseCompletionProvider extends LeerplanCompletionProvider {
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const original = (DefaultCompletionProvider.prototype as unknown as { findFeaturesAt: (t: TextDocument, o: number) => NextFeature[] }).findFeaturesAt;
        return original.call(this, textDocument, offset);
    }
}

describe('completion parsing from the last line of a plan or team body', () => {
    it('offers exactly what parsing the whole text before the cursor offers, at every word of the sketch', async () => {
        const { shared, Leerplan } = createLeerplanLspServices({ ...EmptyFileSystem });
        const files = sketchFiles();
        const documents = Object.entries(files).map(([name, text]) => shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/${name}`)));
        for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([ensureBuiltinDocument(shared), ...documents], { validation: true });
        const fast = Leerplan.lsp.CompletionProvider!;
        const full = new FullParseCompletionProvider(Leerplan as LeerplanLspServices);
        let compared = 0;
        for (const document of documents) {
            const lines = document.textDocument.getText().split('\n');
            for (let line = 0; line < lines.length; line++) {
                for (let character = 0; character <= lines[line].length; character++) {
                    if (character > 0 && lines[line][character - 1] !== ' ' && character !== lines[line].length) continue;
                    const params = { textDocument: { uri: document.uri.toString() }, position: { line, character } };
                    const labels = async (provider: typeof fast) => ((await provider.getCompletion(document, params))?.items ?? []).map(i => `${i.label}|${i.kind}`).sort();
                    expect(await labels(fast), `${document.uri.path}:${line}:${character}`).toEqual(await labels(full));
                    compared++;
                }
            }
        }
        expect(compared).toBeGreaterThan(300);
    });
});
