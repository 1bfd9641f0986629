import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import { isAsk, visionLink } from '../../../language/src/meaning/semantics.js';
import { PlanHealthRequest, type PlanHealthParams, type PlanHealthResult } from '../protocol.js';
import { findDocument } from './workspace-documents.js';

/** The plans a document is about: those it declares, or the one its `private PLAN { }` block names. */
function plansOf(root: ast.Document, allPlans: () => ast.Plan[]): ast.Plan[] {
    const plans = (root.elements ?? []).filter(ast.isPlan);
    if (plans.length) return plans;
    const named = new Set((root.elements ?? []).filter(ast.isPrivateBlock).map(b => b.plan?.$refText).filter(Boolean));
    return named.size ? allPlans().filter(p => named.has(p.name)) : [];
}

/**
 * `leerplan/planHealth`: goals, goals linked to the vision and goals that ask for
 * feedback, for the status bar and the walkthrough.
 * Uses the same `visionLink` as the `goal-without-vision` check, so the two agree.
 */
export function registerPlanHealthRequest(connection: Connection, shared: LangiumSharedServices): void {
    // By method name: the server's vscode-jsonrpc is another version than the client's.
    connection.onRequest(PlanHealthRequest.method, async (params: PlanHealthParams): Promise<PlanHealthResult> => {
        await shared.workspace.WorkspaceManager.ready;
        return shared.workspace.WorkspaceLock.read(() => {
            const documents = shared.workspace.LangiumDocuments;
            const document = findDocument(shared, params.textDocument.uri);
            if (!document) return { plans: [], goals: 0, goalsLinkedToVision: 0, goalsAskingFeedback: 0 };
            const allPlans = () => documents.all.flatMap(d => (d.parseResult.value as ast.Document).elements ?? []).filter(ast.isPlan).toArray();
            const plans = plansOf(document.parseResult.value as ast.Document, allPlans);
            const goals = plans.flatMap(plan => plan.goals);
            return {
                plans: plans.map(plan => plan.name),
                goals: goals.length,
                goalsLinkedToVision: goals.filter(goal => visionLink(goal).linked).length,
                goalsAskingFeedback: goals.filter(goal => goal.feedback.some(f => isAsk(f) && f.when)).length,
            };
        });
    });
}
