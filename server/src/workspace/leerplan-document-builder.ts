import {
    Cancellation, DefaultDocumentBuilder, DocumentState, isOperationCancelled, type AstNode, type MaybePromise, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices, type URI,
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { isLeerplanServices, type LeerplanServices } from '../../../language/src/leerplan-services.js';
import type { WorkspaceFacts } from '../../../language/src/workspace/workspace-facts.js';
import { unknownDocument } from './leerplan-langium-documents.js';
import { workspaceFingerprint, type WorkspaceFingerprint } from '../../../language/src/workspace/workspace-fingerprint.js';

type CancellationToken = Cancellation.CancellationToken;

/**
 * Langium's document builder with two guarantees the editor needs.
 *
 * 1. Every validated document is published. Langium marks a document validated and
 *    only then asks its phase listeners (the one that sends `publishDiagnostics`
 *    among them), checking for cancellation before each listener; a newer edit
 *    arriving in that window cancels the build after the document counted as done,
 *    and its diagnostics were never sent. Here the listeners of the `Validated`
 *    phase always run once the document is validated, and after every build a sweep
 *    notifies any validated document whose diagnostics were not announced yet.
 *
 * 2. Cross-file checks stay right. Langium re-validates the documents that changed
 *    and those that reference them; a check reading workspace facts (duplicate ids,
 *    plans of team members, team leads, private blocks, the default framework) can
 *    change without such a reference. Each validation records the fingerprint of the
 *    facts it saw; after a build, documents validated under another fingerprint are
 *    validated again (and linked again when the default framework changed, or which
 *    files hold a name declared more than once: such a name links by `OneOfTwins`).
 *
 * 3. Requests never answer from a text that was already replaced. The update
 *    handler batches changes, so a change may wait a moment before its update
 *    starts; requests about a document with such a change wait for that update.
 */
export class LeerplanDocumentBuilder extends DefaultDocumentBuilder {
    private readonly validatedUnder = new Map<string, WorkspaceFingerprint>();
    private readonly announced = new WeakSet<Diagnostic[]>();
    private readonly fingerprints = new WeakMap<WorkspaceFacts, WorkspaceFingerprint>();
    private leerplan?: LeerplanServices;
    /** Documents changed in the editor whose update has not started yet (the update handler batches them). */
    private readonly pending = new Set<string>();
    private pendingWaiters: Array<{ uri?: string; release: () => void }> = [];
    /** Requests waiting for a document's state, to be told when the document is deleted instead. */
    private readonly goneWaiters = new Map<string, Set<() => void>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async build<T extends AstNode>(documents: Array<LangiumDocument<T>>, options: BuildOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        try {
            await super.build(documents, options, cancelToken);
            await this.revalidateStale(cancelToken);
        } finally {
            await this.announceUnannounced();
        }
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        for (const uri of deleted) this.validatedUnder.delete(uri.toString());
        try {
            await super.update(changed, deleted, cancelToken);
            await this.revalidateStale(cancelToken);
        } finally {
            // Whatever happened, nothing waits for this batch any more.
            this.releasePending(changed, deleted);
            await this.announceUnannounced();
        }
    }

    /**
     * A failure while building one document (a file that vanished while it was read,
     * a bug) is logged and the build goes on with the others: the document keeps
     * what it had, and the workspace still reaches the validated state that waiting
     * requests need. A failed document is never the reason a request goes unanswered.
     */
    protected override runCancelable(
        documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken, callback: (document: LangiumDocument) => MaybePromise<unknown>,
    ): Promise<void> {
        return super.runCancelable(documents, targetState, cancelToken, async document => {
            try {
                await callback(document);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                this.logFailure(document, targetState, error);
            }
        });
    }

    private readonly loggedFailures = new Set<string>();

    /** Once per phase and kind of error; never the error's message, which might quote the document. */
    private logFailure(document: LangiumDocument, state: DocumentState, error: unknown): void {
        const kind = error instanceof Error ? error.name : typeof error;
        const key = `${state} ${kind}`;
        if (this.loggedFailures.has(key)) return;
        this.loggedFailures.add(key);
        console.error(`Leerplan: building ${document.uri.toString()} failed in phase ${DocumentState[state]} (${kind}); it keeps its last state, the other documents are built.`);
    }

    /**
     * A change of `uri` arrived and will be built with the next batch. Until that
     * update starts, requests about the document (completion, hover ...) wait for
     * it instead of answering from the text before the change.
     */
    markPending(uri: string): void {
        this.pending.add(uri);
    }

    /** The update has reset (or created) the changed documents: waiting requests may now wait for their build. */
    protected override async emitUpdate(changed: URI[], deleted: URI[]): Promise<void> {
        await super.emitUpdate(changed, deleted);
        this.releasePending(changed, deleted);
        for (const uri of deleted) {
            const gone = this.goneWaiters.get(uri.toString());
            this.goneWaiters.delete(uri.toString());
            for (const reject of gone ?? []) reject();
        }
    }

    private releasePending(changed: URI[], deleted: URI[]): void {
        for (const uri of changed) this.pending.delete(uri.toString());
        for (const uri of deleted) this.pending.delete(uri.toString());
        const waiting = this.pendingWaiters;
        this.pendingWaiters = [];
        for (const waiter of waiting) {
            const ready = waiter.uri ? !this.pending.has(waiter.uri) : this.pending.size === 0;
            if (ready) waiter.release();
            else this.pendingWaiters.push(waiter);
        }
    }

    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        if (!this.pending.has(uri.toString())) {
            // Langium answers `ServerCancelled`, a code meant only for requests that may be retried.
            if (!this.langiumDocuments.hasDocument(uri)) return Promise.reject(unknownDocument(uri));
            const document = this.langiumDocuments.getDocument(uri);
            if (document && document.state >= state) return Promise.resolve(uri);
            // A document deleted while a request waits for it would keep the request waiting forever.
            return new Promise<URI>((resolve, reject) => {
                const key = uri.toString();
                const gone = () => reject(unknownDocument(uri));
                const waiters = this.goneWaiters.get(key) ?? new Set();
                waiters.add(gone);
                this.goneWaiters.set(key, waiters);
                const settle = () => waiters.delete(gone);
                super.awaitDocumentState(state, uri, cancelToken).then(value => {
                    settle();
                    resolve(value);
                }, error => {
                    settle();
                    reject(error);
                });
            });
        }
        return new Promise<void>(release => this.pendingWaiters.push({ uri: uri.toString(), release }))
            .then(() => this.awaitDocumentState(state, uri, cancelToken));
    }

    protected override awaitBuilderState(state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (this.pending.size === 0) return super.awaitBuilderState(state, cancelToken);
        return new Promise<void>(release => this.pendingWaiters.push({ release }))
            .then(() => super.awaitBuilderState(state, cancelToken));
    }

    /** Whether a document's last build ran to the end (it is validated and nothing is pending for it). */
    isUpToDate(document: LangiumDocument): boolean {
        return document.state === DocumentState.Validated && this.buildState.get(document.uri.toString())?.completed === true;
    }

    /**
     * Marks every document for validation again (the settings changed): the next
     * build or update re-checks them all. `relink` also links them again.
     */
    invalidateAll(relink = false): void {
        for (const document of this.langiumDocuments.all) {
            if (isBuiltinUri(document.uri)) continue;
            this.resetToState(document, relink ? DocumentState.ComputedScopes : DocumentState.IndexedReferences);
        }
    }

    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const fingerprint = this.currentFingerprint();
        await super.validate(document, cancelToken);
        if (fingerprint) this.validatedUnder.set(document.uri.toString(), fingerprint);
    }

    /**
     * A document reached `state`: its listeners run whatever happens to the build now.
     * Langium skips them once the build is cancelled, but the document keeps the state
     * it reached, so a later build never announces it again; a request waiting for that
     * state of that document would wait forever.
     */
    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, _cancelToken: CancellationToken): Promise<void> {
        if (state === DocumentState.Validated) {
            if (document.diagnostics) this.announced.add(document.diagnostics);
            // The built-in library has no diagnostics and no editor: nothing to publish.
            if (isBuiltinUri(document.uri)) return;
        }
        await super.notifyDocumentPhase(document, state, Cancellation.CancellationToken.None);
    }

    /** The same for the workspace: requests waiting for a state of the whole workspace are told even if the build is then cancelled. */
    protected override async notifyBuildPhase(documents: LangiumDocument[], state: DocumentState, _cancelToken: CancellationToken): Promise<void> {
        await super.notifyBuildPhase(documents, state, Cancellation.CancellationToken.None);
    }

    private async announceUnannounced(): Promise<void> {
        for (const document of this.langiumDocuments.all) {
            if (document.state !== DocumentState.Validated || !document.diagnostics || this.announced.has(document.diagnostics)) continue;
            await this.notifyDocumentPhase(document, DocumentState.Validated, Cancellation.CancellationToken.None);
        }
    }

    private async revalidateStale(cancelToken: CancellationToken): Promise<void> {
        const now = this.currentFingerprint();
        if (!now) return;
        const stale: LangiumDocument[] = [];
        for (const document of this.langiumDocuments.all) {
            if (document.state !== DocumentState.Validated || isBuiltinUri(document.uri)) continue;
            const seen = this.validatedUnder.get(document.uri.toString());
            if (!seen || seen.key === now.key) continue;
            const relink = seen.framework !== now.framework || seen.twins !== now.twins;
            this.resetToState(document, relink ? DocumentState.ComputedScopes : DocumentState.IndexedReferences);
            stale.push(document);
        }
        if (stale.length > 0) await this.buildDocuments(this.sortDocuments(stale), this.updateBuildOptions, cancelToken);
    }

    private currentFingerprint(): WorkspaceFingerprint | undefined {
        const services = this.leerplanServices();
        if (!services) return undefined;
        const facts = services.leerplan.WorkspaceFacts.get();
        let fingerprint = this.fingerprints.get(facts);
        if (!fingerprint) {
            fingerprint = workspaceFingerprint(facts);
            this.fingerprints.set(facts, fingerprint);
        }
        return fingerprint;
    }

    private leerplanServices(): LeerplanServices | undefined {
        this.leerplan ??= this.serviceRegistry.all.find(isLeerplanServices);
        return this.leerplan;
    }
}
