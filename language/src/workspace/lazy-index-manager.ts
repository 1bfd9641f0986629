import { DefaultIndexManager, type LangiumDocument, type ReferenceDescription, type Stream, type URI, type AstNode } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { Cancellation } from 'langium';
import { LeerplanScopeComputation } from '../references/leerplan-scope-computation.js';
import { LeerplanReferenceDescriptionProvider } from '../references/leerplan-reference-descriptions.js';

/**
 * The reference index ("who refers to what": find references, rename, which documents
 * to relink after a change), computed when first asked for instead of during every build.
 * Opening a 1,000-file folder then reaches its diagnostics without building an index
 * nobody has used yet. A document's entry is computed from its linked AST; a document
 * that is reset below "linked" drops its pending entry (Langium calls removeReferences).
 */
export class LazyIndexManager extends DefaultIndexManager {
    private readonly pending = new Map<string, LangiumDocument>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async updateReferences(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (!(this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider instanceof LeerplanReferenceDescriptionProvider)) {
            return super.updateReferences(document, cancelToken);
        }
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pending.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.pending.delete(uri.toString());
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.flush();
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        this.flush(document.uri.toString());
        return super.isAffected(document, changedUris);
    }

    /** Whether `offsetsMoved` can follow this document: its entries can be computed synchronously. */
    canFollowMovedOffsets(document: LangiumDocument): boolean {
        const services = this.serviceRegistry.getServices(document.uri);
        return services.references.ScopeComputation instanceof LeerplanScopeComputation
            && services.workspace.ReferenceDescriptionProvider instanceof LeerplanReferenceDescriptionProvider;
    }

    /**
     * The offsets of a document moved without a new parse (an edit inside a comment):
     * its exported symbols are described again now and its references when next asked,
     * so nothing in the index points at the old offsets.
     */
    offsetsMoved(document: LangiumDocument): void {
        const scope = this.serviceRegistry.getServices(document.uri).references.ScopeComputation;
        if (!(scope instanceof LeerplanScopeComputation)) throw new Error('offsetsMoved: the exported symbols cannot be recomputed synchronously');
        const uri = document.uri.toString();
        this.symbolIndex.set(uri, scope.exportedSymbols(document));
        this.symbolByTypeIndex.clear(uri);
        this.referenceIndex.delete(uri);
        this.pending.set(uri, document);
    }

    /** Computes the pending entries: one document's, or all. */
    private flush(uri?: string): void {
        const targets = uri === undefined ? [...this.pending.entries()] : this.pending.has(uri) ? [[uri, this.pending.get(uri)!] as const] : [];
        for (const [key, document] of targets) {
            this.pending.delete(key);
            const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
            if (provider instanceof LeerplanReferenceDescriptionProvider) this.referenceIndex.set(key, provider.createDescriptionsSync(document));
        }
    }
}
