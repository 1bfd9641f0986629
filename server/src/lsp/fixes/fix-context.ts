import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { LeerplanAddedServices } from '../../../../language/src/leerplan-module.js';
import type { Lang } from '../../../../language/src/rules/rule-registry.js';
import { keywordLanguageCounts, keywordTokens } from '../../../../language/src/syntax/keyword-tokens.js';
import { translateKeyword, type KeywordLang } from '../../../../language/src/syntax/keywords.js';

export type FixServices = LangiumServices & LeerplanAddedServices;

/** Everything a quick fix needs to know about the diagnostic it fixes. */
export interface FixContext {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    /** `diagnostic.data` as the checks set it: code, and per rule suggestion, kind, name. */
    data: Record<string, unknown>;
    services: FixServices;
    /** Language of the user interface: fix titles. */
    uiLang: Lang;
    /** Language most keywords of the document are in: the lines a fix writes. */
    fileLang: KeywordLang;
}

/** A quick fix computes zero or more code actions for one diagnostic. */
export type QuickFix = (context: FixContext) => CodeAction[];

/** The keyword language most of a document is written in (English when it has no keywords yet). */
export function fileKeywordLanguage(document: LangiumDocument): KeywordLang {
    return keywordLanguageCounts(keywordTokens(document.parseResult.value)).majority;
}

/**
 * An English keyword in the file's language: `supports` -> `ondersteunt`. `next` is
 * the word that follows, for Dutch `elk kwartaal` / `elke maand`.
 */
export function kw(english: string, lang: KeywordLang, next?: string): string {
    if (lang === 'en') return english;
    return translateKeyword(english, 'nl', next) ?? english;
}

/** The innermost node of the wanted kind at the start of the diagnostic's range. */
export function nodeAtDiagnostic<T extends AstNode>(context: FixContext, guard: (node: AstNode) => node is T): T | undefined {
    const root = context.document.parseResult.value.$cstNode;
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        if (guard(node)) return node;
    }
    return undefined;
}

/** A quick fix code action made of text edits in one or more documents. */
export function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, isPreferred: isPreferred || undefined };
}

/** A quick fix that only edits the document of the diagnostic. */
export function localFix(context: FixContext, title: string, edits: Array<TextEdit | undefined>, isPreferred = false): CodeAction[] {
    const present = edits.filter((e): e is TextEdit => e !== undefined);
    if (present.length === 0) return [];
    return [quickFix(title, context.diagnostic, { changes: { [context.document.uri.toString()]: present } }, isPreferred)];
}

/** A string literal in .pop syntax. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
