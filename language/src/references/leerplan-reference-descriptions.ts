import { DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import type { Cancellation } from 'langium';
import { forEachNode, forEachReference } from '../workspace/ast-walk.js';

/** The reference index (find references, rename, relinking) computed in one synchronous pass. */
export class LeerplanReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, _cancelToken?: Cancellation.CancellationToken): Promise<ReferenceDescription[]> {
        return this.createDescriptionsSync(document);
    }

    /** The same, synchronously: the lazy index manager computes entries when first asked. */
    createDescriptionsSync(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        forEachNode(document.parseResult.value, node => forEachReference(node, info => {
            if (!info.reference.error) for (const d of this.createInfoDescriptions(info)) descriptions.push(d);
        }));
        return descriptions;
    }
}

/**
 * No reference index at all: for one-shot runs (the CLI) that never ask "where is this
 * used?". Saves about a fifth of the memory of a large workspace.
 */
export class NoReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(): Promise<ReferenceDescription[]> {
        return [];
    }
}
