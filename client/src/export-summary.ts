import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SummaryRequest } from '../../server/src/protocol.js';
import { POP_LANGUAGE_ID } from './language-client.js';
import { t } from './i18n.js';
import { renderSummaryExport, type ExportFormat } from './summary-rendering.js';

/** Arguments a test or a keybinding may pass to skip the pickers and the save dialog. */
export interface ExportSummaryArgs {
    format?: ExportFormat;
    /** `document`: what the active file declares; `workspace`: everything. */
    scope?: 'document' | 'workspace';
    /** Where to write; without it a save dialog asks. */
    target?: vscode.Uri | string;
    /** The document whose summary to export (default: the active `.pop` editor). */
    source?: vscode.Uri | string;
}

const EXTENSIONS: Record<ExportFormat, string> = { html: 'html', md: 'md', json: 'json', ics: 'ics' };

/**
 * "Export Summary": the model for `audience: 'export'` (never any private content,
 * computed by the server), rendered as one self-contained HTML page, Markdown or JSON
 * and written where the user says. Returns the file written, or undefined.
 */
export async function exportSummary(client: LanguageClient, args: ExportSummaryArgs = {}): Promise<vscode.Uri | undefined> {
    const format = args.format ?? await pickFormat();
    if (!format) return undefined;
    const active = vscode.window.activeTextEditor?.document;
    const source = toUri(args.source) ?? (active?.languageId === POP_LANGUAGE_ID ? active.uri : undefined)
        ?? (await vscode.workspace.findFiles('**/*.pop', '**/node_modules/**', 1))[0];
    if (!source) {
        void vscode.window.showInformationMessage(t('There is no .pop file in this workspace to summarise.'));
        return undefined;
    }
    const scope = args.scope ?? (args.source || active?.languageId === POP_LANGUAGE_ID ? await pickScope() : 'workspace');
    if (!scope) return undefined;
    const result = await client.sendRequest(SummaryRequest, { textDocument: { uri: source.toString() }, audience: 'export', scope });
    if (!result.model) {
        void vscode.window.showErrorMessage(t('The summary could not be computed: {0}', source.fsPath));
        return undefined;
    }
    let target = toUri(args.target);
    if (!target) {
        const folder = vscode.workspace.getWorkspaceFolder(source)?.uri ?? vscode.Uri.joinPath(source, '..');
        const name = `${scope === 'workspace' ? 'leerplan-summary' : safeFileName(result.title)}.${EXTENSIONS[format]}`;
        target = await vscode.window.showSaveDialog({
            defaultUri: vscode.Uri.joinPath(folder, name),
            filters: { [formatLabel(format)]: [EXTENSIONS[format]] },
            title: t('Export Leerplan Summary'),
        });
    }
    if (!target) return undefined;
    const text = renderSummaryExport(result.model, format);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    if (!args.target) {
        const open = t('Open');
        void vscode.window.showInformationMessage(t('Summary written to {0}', vscode.workspace.asRelativePath(target)), open).then(choice => {
            if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
        });
    }
    return target;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
    const items: Array<vscode.QuickPickItem & { format: ExportFormat }> = [
        { label: 'HTML', description: t('one self-contained page, with charts'), format: 'html' },
        { label: 'Markdown', description: t('tables that read well on GitHub'), format: 'md' },
        { label: 'JSON', description: t('the summary model, for scripts'), format: 'json' },
        { label: t('Calendar (.ics)'), description: t('feedback moments, reviews, reflections and action dates, for any calendar'), format: 'ics' },
    ];
    return (await vscode.window.showQuickPick(items, { title: t('Export Leerplan Summary'), placeHolder: t('Format') }))?.format;
}

async function pickScope(): Promise<'document' | 'workspace' | undefined> {
    const items: Array<vscode.QuickPickItem & { scope: 'document' | 'workspace' }> = [
        { label: t('This file'), description: t('the plan or team this file declares'), scope: 'document' },
        { label: t('Whole workspace'), description: t('the organisation, every team and every plan'), scope: 'workspace' },
    ];
    return (await vscode.window.showQuickPick(items, { title: t('Export Leerplan Summary'), placeHolder: t('What to export') }))?.scope;
}

function formatLabel(format: ExportFormat): string {
    return format === 'html' ? 'HTML' : format === 'md' ? 'Markdown' : format === 'json' ? 'JSON' : t('Calendar (.ics)');
}

function toUri(value: vscode.Uri | string | undefined): vscode.Uri | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return value;
    return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

function safeFileName(title: string): string {
    return title.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'leerplan-summary';
}
