import { DefaultLinker, type LangiumDocument, type LinkingError, type ReferenceInfo } from 'langium';
import type { AstNodeDescription, Cancellation } from 'langium';
import { forEachNode, forEachReference } from '../workspace/ast-walk.js';

/** Links a document in one synchronous pass (the default awaits between every node). */
export class LeerplanLinker extends DefaultLinker {
    override async link(document: LangiumDocument, _cancelToken?: Cancellation.CancellationToken): Promise<void> {
        forEachNode(document.parseResult.value, node => forEachReference(node, ref => this.doLink(ref, document)));
    }

    /**
     * The linking error, without Langium's console warning about a document that has not
     * computed its scopes yet. Every reference of the language resolves against exported
     * declarations only (no local scopes, see LeerplanScopeComputation), so resolving one
     * early is correct, and `leerplan check` does so on purpose: it links plans against
     * context files it has indexed but not yet linked (check-in-batches.ts). The warning
     * would reach the user's terminal as an internal message.
     */
    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const referenceType = this.reflection.getReferenceType(refInfo);
        return { info: refInfo, message: `Could not resolve reference to ${referenceType} named '${refInfo.reference.$refText}'.`, targetDescription };
    }
}
