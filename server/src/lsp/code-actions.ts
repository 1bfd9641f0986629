import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import { fileKeywordLanguage, type FixContext, type FixServices, type QuickFix } from './fixes/fix-context.js';
import { addDueFixes, addFeedbackFixes, addSupportsFixes } from './fixes/goal-fixes.js';
import { addReviewFixes } from './fixes/plan-fixes.js';
import { movePrivateReflectionsFixes } from './fixes/private-move-fix.js';
import { translateKeywordsFixes } from './fixes/keyword-language-fix.js';
import { createPersonFixes, replaceBySuggestionFixes } from './fixes/name-fixes.js';

/** The quick fixes per rule code; each writes the missing line(s) for the user. */
const FIXES: Record<string, QuickFix[]> = {
    'goal-without-vision': [addSupportsFixes],
    'goal-without-feedback': [addFeedbackFixes],
    'goal-without-due': [addDueFixes],
    'no-review': [addReviewFixes],
    'private-in-tracked-file': [movePrivateReflectionsFixes],
    'mixed-keyword-language': [translateKeywordsFixes],
    'unknown-learning-form': [replaceBySuggestionFixes],
    'link-error': [replaceBySuggestionFixes, createPersonFixes],
};

/**
 * Quick fixes for the diagnostics the editor sends back with a code-action request.
 * Everything a fix needs comes from the diagnostic's `code` and `data` (set by the
 * checks in `language/src/validation/`) and from the current workspace. A fix that
 * throws is skipped, so one broken fix never hides the others.
 */
export class LeerplanCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: FixServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = dataOf(diagnostic);
            const code = typeof data.code === 'string' ? data.code : String(diagnostic.code ?? '');
            const fixes = FIXES[code];
            if (!fixes) continue;
            const context: FixContext = {
                document, diagnostic, data, services: this.services,
                uiLang: this.services.leerplan.Settings.get().lang,
                fileLang: fileKeywordLanguage(document),
            };
            for (const fix of fixes) {
                try {
                    actions.push(...fix(context));
                } catch (error) {
                    console.error(`leerplan: quick fix for '${code}' failed: ${error instanceof Error ? error.message : String(error)}`);
                }
            }
        }
        return actions;
    }
}

function dataOf(diagnostic: Diagnostic): Record<string, unknown> {
    return typeof diagnostic.data === 'object' && diagnostic.data !== null ? diagnostic.data as Record<string, unknown> : {};
}
