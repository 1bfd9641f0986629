import { DefaultLangiumDocuments, type Cancellation, type LangiumDocument, type URI } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';

/**
 * The server's documents are those of the workspace and those the editor opened,
 * nothing else: a request about any other document is answered with a
 * `RequestFailed` error, where Langium would read the file from disk and add it
 * to the workspace as a side effect of the request.
 */
export class LeerplanLangiumDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, _cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument> {
        const document = this.getDocument(uri);
        if (document) return document;
        throw unknownDocument(uri);
    }
}

/** The error a request about a document the server does not have gets. */
export function unknownDocument(uri: URI | string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, `Unknown document: ${uri.toString()}`);
}
