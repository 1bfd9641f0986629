import { statSync } from 'node:fs';
import { DocumentState, URI, type Cancellation } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import {
    FileChangeType, type DidChangeWatchedFilesParams, type FileSystemWatcher, type TextDocumentChangeEvent, type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { clientCapabilitiesOf } from '../connection/leerplan-language-server.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../../../language/src/config/leerplan-config.js';
import type { GitView } from '../../../language/src/workspace/git-view.js';
import type { LeerplanDocumentBuilder } from './leerplan-document-builder.js';
import { applyCommentEdit } from '../../../language/src/workspace/comment-edit.js';
import { recordParsedVersion } from '../../../language/src/workspace/parsed-version.js';
import { readSource } from '../../../node/src/read-source.js';
import type { LeerplanWorkspaceManager } from './leerplan-workspace-manager.js';
import type { WorkspaceSettings } from './workspace-settings.js';

/** A stream of changes longer than this is built in parts, so diagnostics keep coming. */
const MAX_ABSORB_MS = 250;

function nextTurn(): Promise<void> {
    return new Promise(done => setImmediate(done));
}

/**
 * Turns editor and file-system events into document builds.
 *
 * Changes are coalesced: while a build is queued, further changes join it instead
 * of each queuing (and cancelling) a build of its own, so a burst of 1,000
 * `didOpen`s costs a handful of builds, and a running build is cancelled at most
 * once per queued one. A `didOpen` whose text is what the server already checked
 * (a file of the workspace, or one closed and opened again) re-sends the current
 * diagnostics at once instead of re-checking, and so does typing inside a `//`
 * comment (`language/src/workspace/comment-edit.ts`: nothing but offsets changes).
 *
 * On disk, `.pop` files created, changed or deleted are picked up (unless the
 * editor has them open: then its text wins); a changed `leerplan.json` is read
 * again and, when the settings change, everything is re-checked; `.gitignore`
 * changes refresh Git's view for the privacy check.
 */
export class LeerplanDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly changed = new Set<string>();
    private readonly deleted = new Set<string>();
    private revalidateEverything = false;
    private queued = false;
    /** Counts incoming changes, so a queued build can wait until a burst of them is over. */
    private arrivals = 0;
    private opening: string | undefined;
    private readonly services: LangiumSharedServices;

    /** The workspace folders changed (or a file opened without any gave a root): files to load and drop. */
    private foldersChanged = false;

    constructor(services: LangiumSharedServices, private readonly settings: WorkspaceSettings, private readonly gitView: GitView) {
        super(services);
        this.services = services;
        services.lsp.LanguageServer.onInitialized(() => {
            const connection = services.lsp.Connection;
            if (connection && clientCapabilitiesOf(services.lsp.LanguageServer).workspace?.workspaceFolders) {
                connection.workspace.onDidChangeWorkspaceFolders(event => this.didChangeWorkspaceFolders(event));
            }
        });
    }

    /** Folders added or removed in the editor: the next build loads the files of the new ones and drops those of the old. */
    didChangeWorkspaceFolders(event: WorkspaceFoldersChangeEvent): void {
        this.manager.changeFolders(event.added, event.removed);
        this.foldersChanged = true;
        this.schedule();
    }

    private get builder(): LeerplanDocumentBuilder {
        return this.documentBuilder as LeerplanDocumentBuilder;
    }

    protected override getWatchers(): FileSystemWatcher[] {
        return [{ globPattern: '**/*.pop' }, { globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/.gitignore' }];
    }

    didOpenDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.opening = event.document.uri;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const opened = this.opening === change.document.uri;
        this.opening = undefined;
        const uri = URI.parse(change.document.uri).toString();
        // A file opened while the editor has no folder brings its workspace along, as the CLI finds it.
        if (opened && this.manager.addRootOf(URI.parse(uri))) this.foldersChanged = true;
        if (opened && this.republishIfUnchanged(uri, change.document)) return;
        if (!opened && this.acceptCommentEdit(uri, change.document)) return;
        this.builder.markPending(uri);
        this.changed.add(uri);
        this.deleted.delete(uri);
        this.schedule();
    }

    /**
     * The editor lets go of a document. A file of the workspace is the file on disk
     * again (its text is read back when it differs); anything else (an untitled
     * document, a file deleted while open, a file outside the workspace folders or
     * one Git ignores) leaves the workspace with the editor, as `leerplan check`
     * would not see it either.
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const key = uri.toString();
        const document = this.services.workspace.LangiumDocuments.getDocument(uri);
        if (!document && !this.changed.has(key)) return;
        if (this.manager.isWorkspaceFile(uri)) {
            const onDisk = readSource(uri.fsPath);
            if (onDisk.ok && (!document || onDisk.text !== document.textDocument.getText())) {
                this.changed.add(key);
                this.deleted.delete(key);
                this.schedule();
            }
            return;
        }
        this.changed.delete(key);
        this.deleted.add(key);
        this.schedule();
    }

    private get manager(): LeerplanWorkspaceManager {
        return this.services.workspace.WorkspaceManager as LeerplanWorkspaceManager;
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        this.onWatchedFilesChangeEmitter.fire(params);
        let configChanged = false;
        let ignoreChanged = false;
        const open = this.services.workspace.TextDocuments;
        const manager = this.manager;
        let discoverable: Set<string> | undefined;
        for (const change of params.changes) {
            const uri = URI.parse(change.uri);
            const name = uri.path.split('/').pop() ?? '';
            if (name === CONFIG_FILE_NAME) {
                configChanged = true;
            } else if (name === '.gitignore') {
                ignoreChanged = true;
            } else if (name.endsWith('.pop')) {
                const key = uri.toString();
                if (open.get(key)) continue;
                // Deleted, or no longer (or never) a file that can be read: a folder or a FIFO named `x.pop`.
                if (change.type === FileChangeType.Deleted || (uri.scheme === 'file' && !isRegularFile(uri.fsPath))) {
                    this.deleted.add(key);
                    this.changed.delete(key);
                    continue;
                }
                // A new file in a folder Git ignores stays out, as at startup.
                const known = this.services.workspace.LangiumDocuments.hasDocument(uri);
                if (!known && uri.scheme === 'file' && manager.contains(uri)) {
                    discoverable ??= new Set(manager.discoverFiles().map(u => u.toString()));
                    if (!discoverable.has(key)) continue;
                }
                this.changed.add(key);
                this.deleted.delete(key);
            }
        }
        // Git's view of which files are shared (private-in-tracked-file) may have changed, and which files there are.
        if (params.changes.length) this.gitView.invalidate?.();
        if (ignoreChanged || params.changes.some(c => c.type !== FileChangeType.Changed)) manager.forgetDiscovery();
        if (ignoreChanged) this.revalidateEverything = true;
        if (configChanged) {
            this.settings.loadConfigFile(manager.folderPaths());
            if (this.settings.apply()) this.revalidateEverything = true;
        }
        if (this.changed.size || this.deleted.size || this.revalidateEverything) this.schedule();
    }

    /**
     * After the folders changed: every file of the folders that the workspace lacks
     * is loaded, every closed document outside them is dropped, and the settings of
     * the folders are read again.
     */
    private syncFolders(changed: URI[], deleted: URI[]): void {
        const files = new Set(this.manager.discoverFiles().map(uri => uri.toString()));
        const documents = this.services.workspace.LangiumDocuments;
        const open = this.services.workspace.TextDocuments;
        for (const document of documents.all) {
            const key = document.uri.toString();
            if (document.uri.scheme === 'file' && !files.has(key) && !open?.get(key)) deleted.push(document.uri);
        }
        for (const key of files) if (!documents.hasDocument(URI.parse(key))) changed.push(URI.parse(key));
        this.settings.loadConfigFile(this.manager.folderPaths());
        if (this.settings.apply()) this.revalidateEverything = true;
        this.settings.fetchFolderSettings().then(different => different && this.revalidateAll(), () => undefined);
    }

    /** Re-checks every document (the settings changed). */
    revalidateAll(): void {
        this.revalidateEverything = true;
        this.schedule();
    }

    /** Queues one build for everything pending, unless one is queued already. */
    private schedule(): void {
        this.arrivals++;
        if (this.queued) return;
        this.queued = true;
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.flush(token)))
            .catch(err => console.error('Leerplan: a document update failed.', err));
    }

    private async flush(token: Cancellation.CancellationToken): Promise<void> {
        await this.absorbBurst();
        this.queued = false;
        // A closed file may have gone since its event arrived: then it is deleted, not read.
        for (const key of [...this.changed]) {
            const uri = URI.parse(key);
            if (uri.scheme === 'file' && !this.services.workspace.TextDocuments.get(key) && !isRegularFile(uri.fsPath)) {
                this.changed.delete(key);
                this.deleted.add(key);
            }
        }
        const changed = [...this.changed].map(u => URI.parse(u));
        const deleted = [...this.deleted].map(u => URI.parse(u));
        this.changed.clear();
        this.deleted.clear();
        if (this.foldersChanged) {
            this.foldersChanged = false;
            this.syncFolders(changed, deleted);
        }
        if (this.revalidateEverything) {
            this.revalidateEverything = false;
            this.builder.invalidateAll();
        }
        await this.builder.update(changed, deleted, token);
    }

    /**
     * The connection hands over one message per turn of the event loop. While
     * changes keep arriving turn after turn (a client opening a folder's files, a
     * fast edit storm), wait for the end of the stream so they share one build;
     * a single keystroke costs two turns of the loop, a fraction of a millisecond.
     */
    private async absorbBurst(): Promise<void> {
        const started = performance.now();
        let seen = -1;
        while (seen !== this.arrivals && performance.now() - started < MAX_ABSORB_MS) {
            seen = this.arrivals;
            await nextTurn();
            await nextTurn();
        }
    }

    /** An edit inside a line comment: move offsets, keep everything checked, re-send the same diagnostics. */
    private acceptCommentEdit(uri: string, textDocument: TextDocument): boolean {
        if (this.changed.size > 0 || this.deleted.size > 0 || this.revalidateEverything) return false;
        const document = this.services.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        if (!document || !this.builder.isUpToDate(document)) return false;
        if (!applyCommentEdit(document, textDocument, this.services.workspace.IndexManager)) return false;
        this.services.lsp.Connection?.sendDiagnostics({ uri: textDocument.uri, version: textDocument.version, diagnostics: document.diagnostics ?? [] });
        return true;
    }

    private republishIfUnchanged(uri: string, textDocument: TextDocument): boolean {
        const document = this.services.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        if (!document || this.changed.has(uri) || this.deleted.has(uri) || this.revalidateEverything) return false;
        if (document.state !== DocumentState.Validated || !this.builder.isUpToDate(document)) return false;
        if (document.parseResult.value.$cstNode?.root.fullText !== textDocument.getText()) return false;
        recordParsedVersion(document, textDocument.version);
        this.services.lsp.Connection?.sendDiagnostics({ uri: textDocument.uri, version: textDocument.version, diagnostics: document.diagnostics ?? [] });
        return true;
    }
}

function isRegularFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
