import type { ReferenceDescription } from 'langium';
import { DefaultDocumentHighlightProvider } from 'langium/lsp';
import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';

/**
 * Highlights every occurrence of the name under the cursor in the current file,
 * the declaration as a "write" and the references as "read", so an editor shows
 * where a person or goal is declared and where it is used in two colours.
 */
export class LeerplanDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    protected override createDocumentHighlight(reference: ReferenceDescription): DocumentHighlight {
        const isDeclaration = reference.sourceUri.toString() === reference.targetUri.toString()
            && reference.sourcePath === reference.targetPath;
        return DocumentHighlight.create(reference.segment.range, isDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read);
    }
}
