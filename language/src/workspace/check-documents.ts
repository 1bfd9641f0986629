import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { BUILTIN_URI, builtinFrameworksText } from '../frameworks/builtin-document.js';

export interface SourceText {
    uri: URI;
    text: string;
}

/** Adds the built-in framework library to a workspace unless it is there already. */
export function ensureBuiltinDocument(shared: LangiumSharedCoreServices): LangiumDocument {
    const documents = shared.workspace.LangiumDocuments;
    const uri = URI.parse(BUILTIN_URI);
    const existing = documents.getDocument(uri);
    if (existing) return existing;
    const document = shared.workspace.LangiumDocumentFactory.fromString(builtinFrameworksText(), uri);
    documents.addDocument(document);
    return document;
}

/**
 * Parses, links and validates a set of texts as one workspace (plus the built-in
 * frameworks) and returns each document with its diagnostics. No I/O: the caller
 * reads the files.
 */
export async function checkDocuments(shared: LangiumSharedCoreServices, sources: SourceText[]): Promise<Array<{ document: LangiumDocument; diagnostics: Diagnostic[] }>> {
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builtin = ensureBuiltinDocument(shared);
    const created: LangiumDocument[] = [];
    for (const source of sources) {
        const existing = documents.getDocument(source.uri);
        if (existing) documents.deleteDocument(source.uri);
        const document = factory.fromString(source.text, source.uri);
        documents.addDocument(document);
        created.push(document);
    }
    await shared.workspace.DocumentBuilder.build([builtin, ...created], { validation: true });
    return created.map(document => ({ document, diagnostics: document.diagnostics ?? [] }));
}
