import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import { isAsk, visionLink } from '../../../language/src/meaning/semantics.js';
import type { LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import type { LeerplanLspServices } from '../leerplan-lsp-services.js';
import { OPEN_PREVIEW_COMMAND } from '../protocol.js';
import { editorText, goalCountsTitle } from './editor-text.js';

/**
 * Above each plan and team: how many goals, how many reach the vision, how many
 * ask for feedback (the two headline checks at a glance), and "Open summary",
 * which the client turns into its preview.
 */
export class LeerplanCodeLensProvider implements CodeLensProvider {
    private readonly settings: LeerplanSettingsProvider;

    constructor(services: LeerplanLspServices) {
        this.settings = services.leerplan.Settings;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const lang = this.settings.get().lang;
        const root = document.parseResult.value as ast.Document;
        const lenses: CodeLens[] = [];
        for (const element of root.elements ?? []) {
            if (!ast.isPlan(element) && !ast.isTeam(element)) continue;
            const start = element.$cstNode?.range.start;
            if (!start) continue;
            const range = { start, end: start };
            const goals = element.goals;
            const linked = goals.filter(goal => visionLink(goal).linked).length;
            const asking = goals.filter(goal => goal.feedback.some(isAsk)).length;
            lenses.push({ range, command: { title: goalCountsTitle(lang, goals.length, linked, asking), command: '' } });
            lenses.push({ range, command: { title: editorText('openSummary', lang), command: OPEN_PREVIEW_COMMAND, arguments: [document.uri.toString()] } });
        }
        return lenses;
    }
}
