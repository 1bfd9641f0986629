import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../language/src/generated/ast.js';
import type { SummaryDocument } from './build-summary.js';

/**
 * A checked document as the summary model reads it, under the path people see
 * (`file`). The diagnostics are the document's own unless the caller has them apart
 * (a check that drops documents keeps only their diagnostics).
 */
export function summaryDocument(document: LangiumDocument, file: string, diagnostics: readonly Diagnostic[] = document.diagnostics ?? []): SummaryDocument {
    return { uri: document.uri.toString(), file, root: document.parseResult.value as Document, diagnostics };
}
