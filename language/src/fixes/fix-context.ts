import { CstUtils, type AstNode, type LangiumCoreServices, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type SnippetTextEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { LeerplanAddedServices } from '../leerplan-module.js';
import type { Lang } from '../rules/rule-registry.js';
import { keywordLanguageCounts, keywordTokens } from '../syntax/keyword-tokens.js';
import { translateKeyword, type KeywordLang } from '../syntax/keywords.js';
import { PLACEHOLDER_TEXT } from '../meaning/placeholders.js';

/** The language services a fix reads: the workspace's documents and index, the settings, Git's view. No editor. */
export type FixServices = LangiumCoreServices & LeerplanAddedServices;

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
    /**
     * Whether the editor takes snippet edits (LSP `workspaceEdit.snippetEditSupport`): then
     * what the user still has to write is a tab stop; else it is `...`, which keeps its
     * warning until it is filled in (`meaning/placeholders.ts`).
     */
    snippets: boolean;
}

/**
 * A fix: an LSP code action, and whether it is mechanical (`safe`): one obvious result
 * that changes nothing the user meant and invents nothing (translating keywords, moving
 * private reflections out of Git's reach, the one way to write a name). Safe fixes are
 * "Fix all" (`source.fixAll`) in the editor and `leerplan check --fix` on the command line.
 */
export interface Fix extends CodeAction {
    safe?: boolean;
}

/** A quick fix computes zero or more fixes for one diagnostic. */
export type QuickFix = (context: FixContext) => Fix[];

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
export function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = false, safe = false): Fix {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, isPreferred: isPreferred || undefined, safe: safe || undefined };
}

/** An edit of the diagnostic's document: plain text, or a snippet with tab stops. */
export type LocalEdit = TextEdit | SnippetTextEdit;

/** A quick fix that only edits the document of the diagnostic. */
export function localFix(context: FixContext, title: string, edits: Array<LocalEdit | undefined>, isPreferred = false, safe = false): Fix[] {
    const present = edits.filter((e): e is LocalEdit => e !== undefined);
    if (present.length === 0) return [];
    const uri = context.document.uri.toString();
    const edit: WorkspaceEdit = present.some(e => 'snippet' in e)
        ? { documentChanges: [{ textDocument: { uri, version: context.document.textDocument.version }, edits: present }] }
        : { changes: { [uri]: present as TextEdit[] } };
    return [quickFix(title, context.diagnostic, edit, isPreferred, safe)];
}

/**
 * A text the user still has to write, inside a line a fix inserts: a snippet tab stop
 * (`${1:...}`) for an editor that takes snippets, else the placeholder `...`.
 * `edit.newText` marks each place with `PLACE`; the rest of the text is escaped.
 */
export const PLACE = '\u0000';

export function withPlaceholder(context: FixContext, edit: TextEdit | undefined, marker = PLACE): LocalEdit | undefined {
    if (!edit) return undefined;
    if (!context.snippets) return { range: edit.range, newText: edit.newText.split(marker).join(PLACEHOLDER_TEXT) };
    let stop = 0;
    const value = relativeIndentation(context, edit).split(marker).map(part => part.replace(/[$}\\]/g, m => `\\${m}`)).reduce((a, b) => `${a}\${${++stop}:${PLACEHOLDER_TEXT}}${b}`);
    return { range: edit.range, snippet: { kind: 'snippet', value: value + '$0' } } as SnippetTextEdit;
}

/**
 * The text of a snippet edit as VS Code needs it: VS Code indents every further line of
 * an inserted snippet by the indentation of the line it is inserted into (up to the
 * insertion point), so that indentation comes off each further line here, or a line
 * inserted after `        action ...` would stand 16 spaces deep.
 */
function relativeIndentation(context: FixContext, edit: TextEdit): string {
    const start = edit.range.start;
    const before = context.document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start });
    const indent = /^[ \t]*/.exec(before)![0];
    if (!indent) return edit.newText;
    return edit.newText.split('\n').map((line, i) => i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line).join('\n');
}
