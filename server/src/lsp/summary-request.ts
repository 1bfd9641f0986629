import { parsedVersion } from '../../../language/src/workspace/parsed-version.js';
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { LeerplanSharedLspServices } from '../leerplan-lsp-services.js';
import type { Connection } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import { buildSummary, type FollowThroughInput } from '../../../summary/src/build-summary.js';
import type { SummaryScope } from '../../../summary/src/summary-model.js';
import type { LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import { SummaryRequest, type SummaryParams, type SummaryResult } from '../protocol.js';
import { findDocument, parseErrorCount, workspaceSummaryDocuments } from './workspace-documents.js';

/**
 * What a document is about, for the preview: its plan (a private file: the plan it
 * names); the organisation's overview for a file that declares the organisation; a
 * file that declares exactly one team (and no organisation): that team; else the
 * whole workspace.
 */
export function documentScope(document: LangiumDocument): { scope: SummaryScope; view: SummaryResult['view']; title: string } {
    const root = document.parseResult.value as ast.Document;
    const elements = root.elements ?? [];
    for (const element of elements) {
        if (ast.isPlan(element) && element.name) return { scope: { kind: 'plan', id: element.name }, view: 'plan', title: element.name };
    }
    // A plan that has no id yet (`plan for yara {` while typing): the plan of this document.
    if (elements.some(ast.isPlan)) {
        return { scope: { kind: 'plan', id: '', uri: document.uri.toString() }, view: 'plan', title: document.uri.path.split('/').pop() ?? '' };
    }
    for (const element of elements) {
        const plan = ast.isPrivateBlock(element) ? element.plan?.$refText : undefined;
        if (plan) return { scope: { kind: 'plan', id: plan }, view: 'plan', title: plan };
    }
    const organisation = elements.find(ast.isOrganisation);
    const teams = elements.filter(ast.isTeam).filter(team => team.name);
    if (!organisation && teams.length === 1) return { scope: { kind: 'team', id: teams[0].name }, view: 'team', title: teams[0].title || teams[0].name };
    return { scope: { kind: 'all' }, view: 'organisation', title: organisation?.title || organisation?.name || 'Leerplan' };
}

/**
 * `leerplan/summary`: the summary model of what a document declares, from the text
 * the server has now (the editor's unsaved text). The server computes the model and
 * the client only renders it, so the preview, the CLI and the exports show the same
 * thing. The request waits behind pending document updates (a normal read of the
 * workspace lock), so the model always reflects the latest keystroke.
 *
 * Each plan's follow-through comes from the Git history of the workspace
 * (`FollowThroughHistory`: read asynchronously before the lock, kept between requests);
 * a plan's own view needs only its own workspace folder's history, a view of several
 * plans that of every folder holding one.
 *
 * Audience `owner` is the plan owner's own preview: their private reflections are in
 * it, marked private. `export` never holds private content.
 */
export function registerSummaryRequest(connection: Connection, shared: LeerplanSharedLspServices, settings: LeerplanSettingsProvider): void {
    const history = shared.workspace.FollowThroughHistory;
    // By method name: the server's vscode-jsonrpc is another version than the client's.
    connection.onRequest(SummaryRequest.method, async (params: SummaryParams): Promise<SummaryResult> => {
        await shared.workspace.WorkspaceManager.ready;
        // Git is asked before the lock is taken, asynchronously (and mostly not at all: the reading is kept).
        const followThrough = await history.input(settings.get().today);
        return shared.workspace.WorkspaceLock.read(() => computeSummary(shared, settings, params, followThrough));
    });
}

export function computeSummary(shared: LangiumSharedServices, settings: LeerplanSettingsProvider, params: SummaryParams, followThrough?: FollowThroughInput): SummaryResult {
    const document = findDocument(shared, params.textDocument.uri);
    if (!document) return { title: params.textDocument.uri.split('/').pop() ?? '', view: 'plan', parseErrors: 0 };
    const { scope, view, title } = params.scope === 'workspace'
        ? { scope: { kind: 'all' } as SummaryScope, view: 'organisation' as const, title: workspaceTitle(shared) }
        : documentScope(document);
    const folders = (shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(f => f.uri);
    const current = settings.get();
    // A plan's own view shows its follow-through when its own folder has history, whatever the other workspace folders have.
    const history = view === 'plan' && followThrough?.historyOf ? { ...followThrough, history: followThrough.historyOf(document.uri.toString()) } : followThrough;
    const model = buildSummary(workspaceSummaryDocuments(shared, folders), { lang: current.lang, today: current.today, audience: params.audience, scope, followThrough: history });
    return { model, title, view, parseErrors: parseErrorCount(document), version: parsedVersion(document) };
}

function workspaceTitle(shared: LangiumSharedServices): string {
    for (const document of shared.workspace.LangiumDocuments.all) {
        const organisation = (document.parseResult.value as ast.Document).elements?.find(ast.isOrganisation);
        if (organisation) return organisation.title || organisation.name;
    }
    return 'Leerplan';
}
