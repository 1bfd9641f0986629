import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Lang } from '../rules/rule-registry.js';
import { fileKeywordLanguage, type Fix, type FixContext, type FixServices, type QuickFix } from './fix-context.js';
import { addDueFixes, addFeedbackFixes, addSupportsFixes, overdueFixes } from './goal-fixes.js';
import { addReflectionFixes, addReviewFixes } from './plan-fixes.js';
import { movePrivateReflectionsFixes } from './private-move-fix.js';
import { translateKeywordsFixes } from './keyword-language-fix.js';
import { addTeamGoalFixes } from './assessment-fixes.js';
import { createPersonFixes, nearestNameFixes, replaceBySuggestionFixes } from './name-fixes.js';

export type { Fix, FixServices } from './fix-context.js';
export { UNTRACK_COMMAND } from './private-move-fix.js';

/** The quick fixes per rule code; each writes the missing line(s) for the user. */
const FIXES: Record<string, QuickFix[]> = {
    'goal-without-vision': [addSupportsFixes],
    'goal-without-feedback': [addFeedbackFixes],
    'goal-without-due': [addDueFixes],
    'no-review': [addReviewFixes],
    'no-reflection': [addReflectionFixes],
    'overdue': [overdueFixes],
    'private-in-tracked-file': [movePrivateReflectionsFixes],
    'mixed-keyword-language': [translateKeywordsFixes],
    'unknown-learning-form': [replaceBySuggestionFixes],
    'assessment-gap': [addTeamGoalFixes],
    'link-error': [replaceBySuggestionFixes, nearestNameFixes, createPersonFixes],
};

export interface FixOptions {
    /** Language of the fix titles. */
    uiLang: Lang;
    /** Whether the client takes snippet edits (LSP `workspaceEdit.snippetEditSupport`). */
    snippets?: boolean;
}

/**
 * The fixes for diagnostics of one document. Everything a fix needs comes from the
 * diagnostic's `code` and `data` (set by the checks in `validation/`) and from the
 * current workspace. A fix that throws is skipped, so one broken fix never hides the
 * others; `onError` hears about it.
 */
export function fixesFor(document: LangiumDocument, diagnostics: Diagnostic[], services: FixServices, options: FixOptions,
    onError: (code: string, error: unknown) => void = () => undefined): Fix[] {
    const fixes: Fix[] = [];
    const fileLang = fileKeywordLanguage(document);
    for (const diagnostic of diagnostics) {
        const data = dataOf(diagnostic);
        const code = typeof data.code === 'string' ? data.code : String(diagnostic.code ?? '');
        const context: FixContext = { document, diagnostic, data, services, uiLang: options.uiLang, fileLang, snippets: options.snippets === true };
        for (const fix of FIXES[code] ?? []) {
            try {
                fixes.push(...fix(context));
            } catch (error) {
                onError(code, error);
            }
        }
    }
    return fixes;
}

/**
 * "Fix all": the safe fixes of a document's diagnostics (`Fix.safe`), the first one per
 * diagnostic, as one workspace edit; a fix whose edits overlap one taken already waits
 * for the next round (`leerplan check --fix` checks again and repeats). Undefined when
 * there is nothing to fix.
 */
export function safeFixesEdit(fixes: Fix[]): { edit: WorkspaceEdit; count: number } | undefined {
    const taken = new Map<string, TextEdit[]>();
    const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
    const seen = new Set<string>();
    let count = 0;
    for (const fix of fixes) {
        if (!fix.safe || !fix.edit || fix.command) continue;
        const key = `${fix.title}\u0000${JSON.stringify(fix.diagnostics?.[0]?.range)}`;
        if (seen.has(key)) continue;
        const parts = editsOf(fix.edit);
        if (!parts) continue;
        if (parts.edits.some(([uri, edit]) => (taken.get(uri) ?? []).some(other => overlaps(other, edit)))) continue;
        for (const [uri, edit] of parts.edits) (taken.get(uri) ?? taken.set(uri, []).get(uri)!).push(edit);
        documentChanges.push(...parts.changes);
        seen.add(key);
        count++;
    }
    return count ? { edit: { documentChanges }, count } : undefined;
}

/** The text edits of a workspace edit by document, and the edit as document changes; undefined for snippets. */
function editsOf(edit: WorkspaceEdit): { edits: Array<[string, TextEdit]>; changes: NonNullable<WorkspaceEdit['documentChanges']> } | undefined {
    const edits: Array<[string, TextEdit]> = [];
    const changes: NonNullable<WorkspaceEdit['documentChanges']> = [];
    for (const [uri, list] of Object.entries(edit.changes ?? {})) {
        for (const e of list) edits.push([uri, e]);
        changes.push({ textDocument: { uri, version: null }, edits: list });
    }
    for (const change of edit.documentChanges ?? []) {
        if ('kind' in change) {
            changes.push(change);
            continue;
        }
        for (const e of change.edits) {
            if (!('newText' in e)) return undefined;
            edits.push([change.textDocument.uri, e]);
        }
        changes.push(change);
    }
    return { edits, changes };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
    const before = (x: { line: number; character: number }, y: { line: number; character: number }) => x.line < y.line || (x.line === y.line && x.character < y.character);
    // Two inserts at one place would land in an order nobody chose: treat them as overlapping too.
    return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start))
        || (a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character);
}

function dataOf(diagnostic: Diagnostic): Record<string, unknown> {
    return typeof diagnostic.data === 'object' && diagnostic.data !== null ? diagnostic.data as Record<string, unknown> : {};
}
