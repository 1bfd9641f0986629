import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PlanHealthRequest, type PlanHealthResult } from '../../server/src/protocol.js';
import { POP_LANGUAGE_ID } from './language-client.js';
import { t } from './i18n.js';

/** How long to wait after a keystroke before asking the server again. */
const HEALTH_DELAY_MS = 250;

/**
 * The active plan's health in the status bar: errors, warnings and how many goals
 * are linked to the vision (the headline check). Clicking it opens the Problems panel.
 * Errors and warnings come from VS Code's own diagnostics; the goal counts from the
 * server (`leerplan/planHealth`), since only it knows the links across files.
 */
export class PlanStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('leerplan.health', vscode.StatusBarAlignment.Left, 50);
    private readonly healthChanged = new vscode.EventEmitter<PlanHealthResult>();
    /** Fires with every plan health the server sends for the active editor. */
    readonly onDidChangeHealth = this.healthChanged.event;
    private readonly disposables: vscode.Disposable[] = [this.item, this.healthChanged];
    private health: PlanHealthResult | undefined;
    private healthFor: string | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private requestNumber = 0;

    constructor(private readonly client: LanguageClient) {
        this.item.name = 'Leerplan';
        this.item.command = 'workbench.actions.view.problems';
        this.disposables.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
            vscode.languages.onDidChangeDiagnostics(event => {
                const uri = this.activeUri();
                if (uri && event.uris.some(u => u.toString() === uri.toString())) {
                    this.render();
                    this.scheduleHealth();
                }
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('leerplan.language')) this.render();
            }),
        );
        this.refresh();
    }

    /** Re-reads everything for the active editor. */
    refresh(): void {
        const uri = this.activeUri();
        if (uri?.toString() !== this.healthFor) this.health = undefined;
        this.render();
        this.scheduleHealth();
    }

    private activeUri(): vscode.Uri | undefined {
        const document = vscode.window.activeTextEditor?.document;
        return document?.languageId === POP_LANGUAGE_ID ? document.uri : undefined;
    }

    private scheduleHealth(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.fetchHealth(), HEALTH_DELAY_MS);
    }

    private async fetchHealth(): Promise<void> {
        const uri = this.activeUri();
        if (!uri || !this.client.isRunning()) return;
        const request = ++this.requestNumber;
        try {
            const health = await this.client.sendRequest(PlanHealthRequest, { textDocument: { uri: uri.toString() } });
            if (request !== this.requestNumber) return;
            this.health = health;
            this.healthFor = uri.toString();
            this.render();
            this.healthChanged.fire(health);
        } catch {
            // The server is restarting or the document went away: keep what we showed.
        }
    }

    private render(): void {
        const uri = this.activeUri();
        if (!uri) {
            this.item.hide();
            return;
        }
        let errors = 0;
        let warnings = 0;
        for (const d of vscode.languages.getDiagnostics(uri)) {
            if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
            else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        }
        const parts = [`$(error) ${errors}`, `$(warning) ${warnings}`];
        const tooltip = [t('{0} errors, {1} warnings in this file', errors, warnings)];
        const health = this.healthFor === uri.toString() ? this.health : undefined;
        if (health && health.goals > 0) {
            parts.push(`$(target) ${health.goalsLinkedToVision}/${health.goals}`);
            tooltip.push(t('{0} of {1} goals are linked to the vision', health.goalsLinkedToVision, health.goals));
        }
        this.item.text = `Leerplan ${parts.join(' ')}`;
        tooltip.push(t('Click to open the Problems panel'));
        this.item.tooltip = tooltip.join('\n');
        this.item.accessibilityInformation = { label: tooltip.join('. ') };
        this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.item.show();
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
    }
}
