import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import type { SummaryDocument } from '../../../summary/src/build-summary.js';

/** The user's documents of the workspace: every `.pop` document except the built-in frameworks. */
export function userDocuments(shared: LangiumSharedCoreServices): LangiumDocument[] {
    return shared.workspace.LangiumDocuments.all.filter(document => !isBuiltinUri(document.uri)).toArray();
}

/** The document a request names, whatever way the client spelled its URI (encoding of `:` and the like). */
export function findDocument(shared: LangiumSharedCoreServices, uri: string): LangiumDocument | undefined {
    const normalised = URI.parse(uri).toString();
    return shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))
        ?? shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === normalised || d.textDocument.uri === uri);
}

/** Parse errors (lexer and parser) of one document. */
export function parseErrorCount(document: LangiumDocument): number {
    return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
}

/**
 * The path people see for a document: relative to the workspace folder that holds
 * it, with forward slashes; the whole path when it lies outside every folder.
 */
export function displayPath(uri: URI, folders: readonly string[]): string {
    if (uri.scheme !== 'file') return uri.path.split('/').pop() ?? uri.toString();
    const path = uri.path;
    for (const folder of folders) {
        const base = URI.parse(folder).path.replace(/\/$/, '');
        if (path.startsWith(base + '/')) return path.slice(base.length + 1);
    }
    return path;
}

/** The documents as the summary builder reads them. */
export function summaryDocuments(shared: LangiumSharedCoreServices, folders: readonly string[]): SummaryDocument[] {
    return userDocuments(shared).map(document => ({
        uri: document.uri.toString(),
        file: displayPath(document.uri, folders),
        root: document.parseResult.value as SummaryDocument['root'],
        diagnostics: (document.diagnostics ?? []).map(d => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value })),
    }));
}
