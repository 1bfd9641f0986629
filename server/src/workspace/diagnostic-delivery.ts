import { parsedVersion } from '../../../language/src/workspace/parsed-version.js';
import { Cancellation, DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import {
    DiagnosticRefreshRequest, DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticParams, type DocumentDiagnosticReport,
    type PublishDiagnosticsParams, type WorkspaceDiagnosticParams, type WorkspaceDiagnosticReport, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { clientCapabilitiesOf } from '../connection/leerplan-language-server.js';

/** The result id of a document that has no diagnostics because it is gone. */
const GONE = 'gone';

/**
 * How diagnostics reach the client: pushed (`publishDiagnostics`) to a client
 * that cannot pull, pulled (`textDocument/diagnostic`, `workspace/diagnostic`) by
 * one that can.
 *
 * Every diagnostic the server has goes through `publish` (Langium's listener, the
 * comment-edit fast path, `leerplan.json` problems). A document is pulled once the
 * client asked for it: from then on it is no longer pushed (an earlier push is
 * cleared once, so it is not shown twice), and a change of its diagnostics asks the
 * client to pull again (`workspace/diagnostic/refresh`). A client that pulls only the
 * documents it has open (Neovim 0.10) still gets the others pushed; once it pulls
 * the workspace (VS Code), everything is pulled. A workspace pull that would report
 * nothing new waits until something changes (long polling), so a client that pulls
 * again at once does not spin.
 */
export class DiagnosticDelivery {
    private readonly pulledDocuments = new Set<string>();
    private workspacePulled = false;
    /** Documents whose last push had diagnostics (to clear when they start to be pulled). */
    private readonly pushedProblems = new Set<string>();
    private readonly resultIds = new WeakMap<Diagnostic[], string>();
    private nextResultId = 1;
    private refreshQueued = false;
    private waiters: Array<() => void> = [];
    private push: (params: PublishDiagnosticsParams) => Promise<void>;

    constructor(private readonly connection: Connection, private readonly shared: LangiumSharedServices) {
        this.push = connection.sendDiagnostics.bind(connection);
    }

    /** Takes over the connection's `sendDiagnostics` and answers the pull requests. */
    install(): void {
        this.connection.sendDiagnostics = params => this.publish(params);
        this.connection.languages.diagnostics.on((params, token) => this.pullDocument(params, token));
        this.connection.languages.diagnostics.onWorkspace((params, token) => this.pullWorkspace(params, token));
        this.shared.workspace.TextDocuments?.onDidClose(event => this.closed(event.document.uri));
    }

    private get canPull(): boolean {
        return clientCapabilitiesOf(this.shared.lsp.LanguageServer).textDocument?.diagnostic !== undefined;
    }

    private isPulled(uri: string): boolean {
        return this.workspacePulled || this.pulledDocuments.has(uri);
    }

    publish(params: PublishDiagnosticsParams): Promise<void> {
        if (this.canPull && this.isPulled(params.uri) && this.isDocument(params.uri)) {
            this.changed();
            return Promise.resolve();
        }
        if (params.diagnostics.length > 0) this.pushedProblems.add(params.uri);
        else this.pushedProblems.delete(params.uri);
        return this.push(params);
    }

    /** Whether `uri` is a Leerplan document (as opposed to `leerplan.json`, whose problems are always pushed). */
    private isDocument(uri: string): boolean {
        return uri.endsWith('.pop') || this.shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri));
    }

    private startPulling(uri: string): void {
        if (this.isPulled(uri)) return;
        this.pulledDocuments.add(uri);
        this.clearPushed(uri);
    }

    /** A pushed list of problems would stay beside the pulled one: clear it. */
    private clearPushed(uri: string): void {
        if (this.pushedProblems.delete(uri)) void this.push({ uri, diagnostics: [] });
    }

    private closed(uri: string): void {
        if (this.workspacePulled || !this.pulledDocuments.delete(uri)) return;
        // Pulled while open; closed, it is pushed again like every other file the client does not pull.
        const document = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        if (document?.state === DocumentState.Validated && document.diagnostics) void this.publish({ uri, diagnostics: document.diagnostics });
    }

    private resultIdOf(diagnostics: Diagnostic[]): string {
        let id = this.resultIds.get(diagnostics);
        if (!id) {
            id = String(this.nextResultId++);
            this.resultIds.set(diagnostics, id);
        }
        return id;
    }

    private async pullDocument(params: DocumentDiagnosticParams, token: Cancellation.CancellationToken): Promise<DocumentDiagnosticReport> {
        const uri = URI.parse(params.textDocument.uri);
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        this.startPulling(params.textDocument.uri);
        const diagnostics = this.shared.workspace.LangiumDocuments.getDocument(uri)?.diagnostics ?? [];
        const resultId = this.resultIdOf(diagnostics);
        if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
    }

    private async pullWorkspace(params: WorkspaceDiagnosticParams, token: Cancellation.CancellationToken): Promise<WorkspaceDiagnosticReport> {
        if (!this.workspacePulled) {
            this.workspacePulled = true;
            for (const uri of [...this.pushedProblems]) if (this.isDocument(uri)) this.clearPushed(uri);
        }
        const previous = new Map(params.previousResultIds.map(p => [p.uri, p.value]));
        while (!token.isCancellationRequested) {
            await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
            const items = this.workspaceReports(previous);
            if (items.length > 0) return { items };
            await new Promise<void>(resolve => {
                const cancelled = token.onCancellationRequested(() => resolve());
                this.waiters.push(() => {
                    cancelled.dispose();
                    resolve();
                });
            });
        }
        return { items: [] };
    }

    /** A report for each document whose diagnostics the client does not have yet. */
    private workspaceReports(previous: Map<string, string>): WorkspaceDocumentDiagnosticReport[] {
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        const present = new Set<string>();
        const open = this.shared.workspace.TextDocuments;
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            if (isBuiltinUri(document.uri) || document.state !== DocumentState.Validated || !document.diagnostics) continue;
            const uri = document.uri.toString();
            present.add(uri);
            const resultId = this.resultIdOf(document.diagnostics);
            if (previous.get(uri) === resultId) continue;
            items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: open?.get(uri) ? parsedVersion(document) : null, resultId, items: document.diagnostics });
        }
        for (const [uri, resultId] of previous) {
            if (present.has(uri) || resultId === GONE || this.shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri))) continue;
            items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: GONE, items: [] });
        }
        return items;
    }

    /** Diagnostics of a pulled document changed: wake the waiting workspace pull, ask the client to pull again. */
    private changed(): void {
        const waiting = this.waiters;
        this.waiters = [];
        for (const wake of waiting) wake();
        if (this.refreshQueued || !clientCapabilitiesOf(this.shared.lsp.LanguageServer).workspace?.diagnostics?.refreshSupport) return;
        this.refreshQueued = true;
        setImmediate(() => {
            this.refreshQueued = false;
            this.connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
        });
    }
}
