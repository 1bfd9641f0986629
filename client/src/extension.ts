import * as vscode from 'vscode';
import { startLanguageClient, type LeerplanClient } from './language-client.js';
import { PlanStatusBar } from './status-bar.js';
import { PREVIEW_VIEW_TYPE, SummaryPreview } from './preview/summary-preview.js';
import { registerCommands } from './commands.js';
import { RULE_DOCS_SCHEME, RuleDocsProvider } from './rule-docs.js';
import { loadDutchBundle, t } from './i18n.js';
import { WalkthroughProgress } from './walkthrough-progress.js';

/**
 * What `activate` returns: the extension's API for other extensions and for the
 * tests inside VS Code (test/e2e), which wait on the preview and talk to the client.
 */
export interface LeerplanExtensionApi {
    leerplan: LeerplanClient;
    preview: SummaryPreview;
    /** The walkthrough's context keys reached so far. */
    walkthrough: WalkthroughProgress;
    /** The folder of the extension's log files, where the "Leerplan" output channel (and the trace) is written. */
    logUri: vscode.Uri;
}

let running: LeerplanClient | undefined;

/**
 * Starts Leerplan in VS Code: the language server over IPC, the status bar item, the
 * live preview and the commands. Activates on `.pop` files and on workspaces that
 * contain them (package.json `activationEvents`).
 */
export async function activate(context: vscode.ExtensionContext): Promise<LeerplanExtensionApi | undefined> {
    loadDutchBundle(context.extensionPath);
    const output = vscode.window.createOutputChannel('Leerplan', { log: true });
    context.subscriptions.push(output);
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, new RuleDocsProvider()));

    try {
        running = await startLanguageClient(context, output);
    } catch (error) {
        output.error(`Leerplan: the language server did not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        const showOutput = t('Show Output');
        void vscode.window.showErrorMessage(t('The Leerplan language server did not start; see the Leerplan output for details.'), showOutput).then(choice => {
            if (choice === showOutput) output.show(true);
        });
        return undefined;
    }
    const leerplan = running;
    const preview = new SummaryPreview(context.extensionUri, leerplan.client);
    const statusBar = new PlanStatusBar(leerplan.client);
    const walkthrough = new WalkthroughProgress();
    context.subscriptions.push(
        preview,
        statusBar,
        statusBar.onDidChangeHealth(health => walkthrough.update(health)),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state) => preview.restore(panel, state),
        }),
        ...registerCommands(leerplan, preview, output),
    );
    return { leerplan, preview, walkthrough, logUri: context.logUri };
}

export async function deactivate(): Promise<void> {
    const client = running?.client;
    running = undefined;
    if (client?.isRunning()) await client.stop();
}
