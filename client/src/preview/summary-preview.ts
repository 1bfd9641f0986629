import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SummaryRequest, type SummaryResult } from '../../../server/src/protocol.js';
import { POP_LANGUAGE_ID } from '../language-client.js';
import { t, translate, uiLanguage } from '../i18n.js';
import { createNonce, renderPreviewShell } from './preview-shell.js';
import { isFromWebview, type ToWebview } from './preview-messages.js';
import { renderSummaryFragment } from '../summary-rendering.js';

export const PREVIEW_VIEW_TYPE = 'leerplan.preview';

/** Delay between a keystroke and the request for a new model: short, the server is fast. */
const UPDATE_DELAY_MS = 10;

/** What the panel shows: the summary of one document, kept until the next good one. */
interface Shown {
    html: string;
    notice?: string;
}

/**
 * The live summary beside the editor, like Markdown's preview: one panel that follows
 * the active `.pop` editor, re-renders as you type (from the unsaved text the server
 * already has), keeps the last good render with a notice while the text does not
 * parse, and reveals a line when a goal, review or problem is clicked. The server
 * computes the model (`leerplan/summary`); this class only renders it.
 */
export class SummaryPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private source: vscode.Uri | undefined;
    /** The editor column the source lives in, where a click reveals lines. */
    private sourceColumn: vscode.ViewColumn | undefined;
    private shown: Shown | undefined;
    private nonce = createNonce();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private inFlight = false;
    private again = false;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly renderedEmitter = new vscode.EventEmitter<{ uri: string; result: SummaryResult }>();
    /** Fires after each answer from the server was shown (tests wait for it). */
    readonly onDidRender = this.renderedEmitter.event;

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: LanguageClient) {
        this.disposables.push(
            this.renderedEmitter,
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor && editor.document.languageId === POP_LANGUAGE_ID) this.follow(editor);
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (this.panel && event.document.uri.toString() === this.source?.toString()) this.schedule();
            }),
            vscode.languages.onDidChangeDiagnostics(event => {
                // A change in another file (the organisation) can change this plan's summary;
                // changes of the source itself already triggered an update.
                const source = this.source?.toString();
                if (this.panel && source && event.uris.some(uri => uri.toString() !== source)) this.schedule();
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (this.panel && event.affectsConfiguration('leerplan')) this.schedule();
            }),
        );
    }

    /** What the panel shows now: the summary HTML and the notice, if any (the tests read it). */
    get shownContent(): Readonly<Shown> | undefined {
        return this.panel ? this.shown : undefined;
    }

    /** The document the preview shows, if it is open. */
    get sourceUri(): vscode.Uri | undefined {
        return this.panel ? this.source : undefined;
    }

    /** "Open Preview to the Side": show the summary of `editor`'s document beside it. */
    showToSide(editor: vscode.TextEditor | undefined): void {
        const target = editor ?? vscode.window.activeTextEditor;
        if (!target || target.document.languageId !== POP_LANGUAGE_ID) {
            void vscode.window.showInformationMessage(t('Open a .pop file to see its summary.'));
            return;
        }
        const column = target.viewColumn ?? vscode.ViewColumn.One;
        if (!this.panel) {
            const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, t('Leerplan Preview'), { viewColumn: column + 1, preserveFocus: true }, this.webviewOptions());
            this.adopt(panel);
        } else {
            this.panel.reveal(this.panel.viewColumn ?? column + 1, true);
        }
        this.follow(target);
    }

    /** Takes over a panel VS Code restored after a reload. */
    restore(panel: vscode.WebviewPanel, state: unknown): void {
        this.panel?.dispose();
        panel.webview.options = this.webviewOptions();
        this.adopt(panel);
        const uri = state && typeof state === 'object' && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
        if (uri) {
            this.source = vscode.Uri.parse(uri);
            this.schedule();
        }
    }

    private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        return {
            enableScripts: true,
            enableFindWidget: true,
            enableCommandUris: false,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'client', 'media')],
        };
    }

    private adopt(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        this.shown = undefined;
        this.nonce = createNonce();
        panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'client', 'images', 'icon.png');
        const media = vscode.Uri.joinPath(this.extensionUri, 'client', 'media');
        panel.webview.html = renderPreviewShell({
            lang: uiLanguage(),
            cspSource: panel.webview.cspSource,
            nonce: this.nonce,
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
            title: t('Leerplan Preview'),
            calendarLabel: t('Save the moments for a calendar (.ics)'),
        });
        panel.webview.onDidReceiveMessage(message => this.onMessage(message), undefined, this.disposables);
        panel.onDidDispose(() => {
            if (this.panel === panel) {
                this.panel = undefined;
                this.shown = undefined;
            }
        }, undefined, this.disposables);
    }

    private follow(editor: vscode.TextEditor): void {
        const changed = editor.document.uri.toString() !== this.source?.toString();
        this.source = editor.document.uri;
        this.sourceColumn = editor.viewColumn;
        if (changed) this.shown = undefined;
        this.schedule(0);
    }

    private schedule(delay = UPDATE_DELAY_MS): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), delay);
    }

    /** Asks the server for the model; one request at a time, the newest text wins. */
    private async update(): Promise<void> {
        if (!this.panel || !this.source) return;
        if (this.inFlight) {
            this.again = true;
            return;
        }
        this.inFlight = true;
        const uri = this.source.toString();
        try {
            const result = await this.client.sendRequest(SummaryRequest, { textDocument: { uri }, audience: 'owner', scope: 'document' });
            if (this.panel && this.source?.toString() === uri) {
                this.show(result);
                this.renderedEmitter.fire({ uri, result });
            }
        } catch (error) {
            if (this.panel && !this.client.isRunning()) this.post({ type: 'notice', notice: t('The Leerplan language server is not running; the preview shows the last summary.') });
            else if (this.panel) this.post({ type: 'notice', notice: t('The summary could not be computed: {0}', error instanceof Error ? error.message : String(error)) });
        } finally {
            this.inFlight = false;
            if (this.again) {
                this.again = false;
                this.schedule(0);
            }
        }
    }

    private show(result: SummaryResult): void {
        if (!this.panel) return;
        // Speak the language the server's messages and the model are in.
        const lang = result.model?.lang ?? uiLanguage();
        const t = (message: string, ...args: Array<string | number>) => translate(lang, message, ...args);
        this.panel.title = t('Preview {0}', result.title);
        if (!result.model) {
            this.shown = { html: `<p class="leerplan-empty">${escapeText(t('Nothing to show: the server does not know this document.'))}</p>` };
        } else if (result.parseErrors > 0 && this.shown) {
            // Keep the last good render: a half-typed line should not blank the preview.
            this.shown = { html: this.shown.html, notice: t('The text does not parse ({0} errors): showing the last version that did.', result.parseErrors) };
            this.post({ type: 'notice', notice: this.shown.notice });
            return;
        } else {
            const html = renderSummaryFragment(result.model, { nonce: this.nonce, cspSource: this.panel.webview.cspSource });
            const notice = result.parseErrors > 0 ? t('The text does not parse ({0} errors): the summary may be incomplete.', result.parseErrors) : undefined;
            // Most keystrokes inside a string change nothing the summary shows: skip the repaint.
            if (this.shown && this.shown.html === html && this.shown.notice === notice) return;
            this.shown = { html, notice };
        }
        this.postShown();
    }

    private postShown(): void {
        if (this.shown && this.source) this.post({ type: 'render', html: this.shown.html, notice: this.shown.notice, uri: this.source.toString() });
    }

    private onMessage(message: unknown): void {
        if (!isFromWebview(message)) return;
        if (message.type === 'ready') {
            if (this.shown) this.postShown();
            else this.schedule(0);
            return;
        }
        if (message.type === 'calendar') {
            // The export model of the previewed file (never its private text), saved where the user says.
            if (this.source) void vscode.commands.executeCommand('leerplan.exportSummary', { format: 'ics', scope: 'document', source: this.source.toString() });
            return;
        }
        void this.reveal(message.uri, message.line);
    }

    /** Shows `line` (1-based) of `uri` in the editor column the source is in. */
    private async reveal(uri: string, line: number): Promise<void> {
        const target = vscode.Uri.parse(uri);
        if (target.scheme !== 'file' && target.scheme !== 'untitled' && target.scheme !== this.source?.scheme) return;
        const position = new vscode.Position(Math.max(0, line - 1), 0);
        const editor = await vscode.window.showTextDocument(target, {
            viewColumn: this.sourceColumn ?? vscode.ViewColumn.One,
            selection: new vscode.Range(position, position),
            preserveFocus: false,
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private post(message: ToWebview): void {
        void this.panel?.webview.postMessage(message);
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.panel?.dispose();
        for (const d of this.disposables) d.dispose();
    }
}

function escapeText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
