import type { LangiumCoreServices, LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import {
    TextEdit,
    type DocumentFormattingParams, type DocumentOnTypeFormattingOptions, type DocumentOnTypeFormattingParams,
    type DocumentRangeFormattingParams,
} from 'vscode-languageserver';
import { formatPop } from '../../../language/src/formatting/format-text.js';

/**
 * LSP document formatting is `leerplan fmt`: the same pure `formatPop`, so the
 * editor and the command line never disagree. The answer is one edit replacing the
 * whole document, or no edit at all when the file is already formatted or does not
 * parse (a half-typed file is left exactly as it is). Range formatting formats the
 * whole file too: the layout of a line depends on the blocks around it.
 */
export class LeerplanFormatter implements Formatter {
    constructor(private readonly services: LangiumCoreServices) {}

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.wholeDocumentEdit(document);
    }

    formatDocumentRange(document: LangiumDocument, _params: DocumentRangeFormattingParams): TextEdit[] {
        return this.wholeDocumentEdit(document);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private wholeDocumentEdit(document: LangiumDocument): TextEdit[] {
        const text = document.textDocument.getText();
        const result = formatPop(text, this.services);
        if (!result.ok || result.text === text) return [];
        const end = document.textDocument.positionAt(text.length);
        return [TextEdit.replace({ start: { line: 0, character: 0 }, end }, result.text)];
    }
}
