import * as vscode from 'vscode';
import { CheckWorkspaceRequest, OPEN_PREVIEW_COMMAND, type CheckWorkspaceResult } from '../../server/src/protocol.js';
import type { LeerplanClient } from './language-client.js';
import type { SummaryPreview } from './preview/summary-preview.js';
import { exportSummary, type ExportSummaryArgs } from './export-summary.js';
import { newPlanFromTemplate, type NewPlanArgs } from './new-plan.js';
import { showRuleDocumentation } from './rule-docs.js';
import { t } from './i18n.js';

/** Every command id the extension contributes (package.json `contributes.commands`). */
export const COMMANDS = {
    showPreviewToSide: 'leerplan.showPreviewToSide',
    exportSummary: 'leerplan.exportSummary',
    checkWorkspace: 'leerplan.checkWorkspace',
    newPlan: 'leerplan.newPlan',
    showRuleDocumentation: 'leerplan.showRuleDocumentation',
    restartServer: 'leerplan.restartServer',
    showOutput: 'leerplan.showOutput',
} as const;

/**
 * "Check Workspace": the server re-reads every `.pop` file and `leerplan.json` and
 * checks them all; the counts are shown and the Problems panel opens.
 */
export async function checkWorkspace(leerplan: LeerplanClient): Promise<CheckWorkspaceResult> {
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: t('Leerplan: checking the workspace') },
        () => leerplan.client.sendRequest(CheckWorkspaceRequest, {}),
    );
    const summary = t('Checked {0} files: {1} errors, {2} warnings, {3} infos.', result.files, result.errors, result.warnings, result.infos);
    if (result.errors > 0) void vscode.window.showWarningMessage(summary);
    else void vscode.window.showInformationMessage(summary);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return result;
}

/**
 * Shows the preview of `uri` (a Uri from a menu, a string from the server's "Open
 * summary" code lens) or of the active editor. From the explorer's context menu the
 * file may not be open yet: it is opened first.
 */
async function openPreviewFor(preview: SummaryPreview, uri: unknown): Promise<void> {
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
    let editor = target ? vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target.toString()) : undefined;
    if (!editor && target) editor = await vscode.window.showTextDocument(target, { preview: true });
    preview.showToSide(editor ?? vscode.window.activeTextEditor);
}

export function registerCommands(leerplan: LeerplanClient, preview: SummaryPreview, output: vscode.OutputChannel): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand(COMMANDS.showPreviewToSide, (uri?: unknown) => openPreviewFor(preview, uri)),
        // The server's code lens "Open summary" (not in the palette: it needs a document).
        vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: unknown) => openPreviewFor(preview, uri)),
        vscode.commands.registerCommand(COMMANDS.exportSummary, (args?: ExportSummaryArgs) =>
            exportSummary(leerplan.client, isPlainObject(args) ? args : {})),
        vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(leerplan)),
        vscode.commands.registerCommand(COMMANDS.newPlan, (args?: NewPlanArgs) => newPlanFromTemplate(leerplan, isPlainObject(args) ? args : {})),
        vscode.commands.registerCommand(COMMANDS.showRuleDocumentation, (code?: unknown) => showRuleDocumentation(code)),
        vscode.commands.registerCommand(COMMANDS.restartServer, () => leerplan.restart()),
        vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    ];
}

/** Commands invoked from a menu get a Uri; from a test, an options object. */
function isPlainObject<T>(value: unknown): value is T {
    return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !Array.isArray(value);
}
