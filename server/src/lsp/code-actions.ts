import type { LangiumDocument } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import { fixesFor, safeFixesEdit, type Fix } from '../../../language/src/fixes/index.js';
import type { LeerplanAddedServices } from '../../../language/src/leerplan-module.js';
import { fixAllTitle } from '../../../language/src/fixes/fix-titles.js';

/** Our "Fix all" kind, under `source.fixAll` so the editor's Fix All and fix-on-save find it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.leerplan`;

/**
 * Quick fixes for the diagnostics the editor sends back with a code-action request
 * (computed in `language/src/fixes/`, shared with `leerplan check --fix`), and, when
 * the editor asks for `source.fixAll`, one action with every safe fix of the document.
 * Snippet edits (a tab stop where the user still has to write) only go to a client
 * that declared `workspaceEdit.snippetEditSupport`.
 */
export class LeerplanCodeActionProvider implements CodeActionProvider {
    private snippetEdits = false;

    constructor(private readonly services: LangiumServices & LeerplanAddedServices) {
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const uiLang = this.services.leerplan.Settings.get().lang;
        const only = params.context.only;
        const wantsFixAll = only?.some(kind => FIX_ALL_KIND.startsWith(kind) && kind.startsWith(CodeActionKind.Source)) ?? false;
        const wantsQuickFixes = !only || only.some(kind => CodeActionKind.QuickFix.startsWith(kind) || kind.startsWith(CodeActionKind.QuickFix));
        const actions: CodeAction[] = [];
        if (wantsQuickFixes) {
            actions.push(...fixesFor(document, params.context.diagnostics, this.services, { uiLang, snippets: this.snippetEdits }, logFailure).map(toCodeAction));
        }
        if (wantsFixAll) {
            const all = safeFixesEdit(fixesFor(document, document.diagnostics ?? [], this.services, { uiLang }, logFailure));
            if (all) actions.push({ title: fixAllTitle(uiLang, all.count), kind: FIX_ALL_KIND, edit: all.edit });
        }
        return actions;
    }
}

/** A fix as the protocol has it (without our `safe` mark). */
function toCodeAction(fix: Fix): CodeAction {
    const { safe: _safe, ...action } = fix;
    return action;
}

function logFailure(code: string, error: unknown): void {
    console.error(`leerplan: quick fix for '${code}' failed: ${error instanceof Error ? error.message : String(error)}`);
}
