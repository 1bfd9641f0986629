import { EmptyFileSystem, DocumentState, URI } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { ensureBuiltinDocument } from '../../language/src/workspace/check-documents.js';
import { createLeerplanLspServices } from '../../server/src/leerplan-lsp-module.js';
import { sketchFiles } from './workspace-fixture.js';

/**
 * A failure while building one document never blocks the others or the requests
 * waiting for the workspace: the build goes on, the failure is logged once without
 * the document's text, and the next update works as usual.
 */
describe('a document whose build fails', () => {
    it('does not keep the other documents or waiting requests from their validated state', async () => {
        const { shared, Leerplan } = createLeerplanLspServices({ ...EmptyFileSystem });
        const files = sketchFiles();
        const documents = Object.entries(files).map(([name, text]) => shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/${name}`)));
        for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
        const broken = documents.find(d => d.uri.path.endsWith('anna-2026.pop'))!;
        const linker = Leerplan.references.Linker;
        const link = linker.link.bind(linker);
        linker.link = async (document, token) => {
            if (document === broken) throw new TypeError('the secret text of the plan');
            return link(document, token);
        };
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            await shared.workspace.DocumentBuilder.build([ensureBuiltinDocument(shared), ...documents], { validation: true });
            const builder = shared.workspace.DocumentBuilder;
            await builder.waitUntil(DocumentState.Validated);
            for (const document of documents) expect(document.state, document.uri.path).toBe(DocumentState.Validated);
            const others = documents.filter(d => d !== broken);
            for (const document of others) expect(document.diagnostics, document.uri.path).toBeDefined();
            // Once per phase and kind of error, naming the document but never quoting the error's message.
            builder.resetToState(broken, DocumentState.ComputedScopes);
            await builder.build([broken], { validation: true });
            const logged = errors.mock.calls.map(call => String(call[0]));
            expect(logged).toEqual([expect.stringMatching(/anna-2026\.pop failed in phase Linked \(TypeError\)/)]);
            expect(logged.join('\n')).not.toContain('secret');
            // Once the cause is gone, the document is built as usual.
            linker.link = link;
            builder.resetToState(broken, DocumentState.ComputedScopes);
            await builder.build([broken], { validation: true });
            expect(broken.state).toBe(DocumentState.Validated);
            expect(broken.diagnostics?.map(d => d.code)).toContain('goal-without-vision');
        } finally {
            errors.mockRestore();
        }
    });
});
