import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import type { SummaryDocument } from '../../../summary/src/build-summary.js';
import { summaryDocument } from '../../../summary/src/summary-document.js';
import { folderRelativePath } from '../../../node/src/display-paths.js';

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

/** The documents as the summary builder reads them. */
export function workspaceSummaryDocuments(shared: LangiumSharedCoreServices, folders: readonly string[]): SummaryDocument[] {
    return userDocuments(shared).map(document => summaryDocument(document, folderRelativePath(document.uri, folders)));
}
