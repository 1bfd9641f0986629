import { DefaultLinker, type LangiumDocument } from 'langium';
import type { Cancellation } from 'langium';
import { forEachNode, forEachReference } from '../workspace/ast-walk.js';

/** Links a document in one synchronous pass (the default awaits between every node). */
export class LeerplanLinker extends DefaultLinker {
    override async link(document: LangiumDocument, _cancelToken?: Cancellation.CancellationToken): Promise<void> {
        forEachNode(document.parseResult.value, node => forEachReference(node, ref => this.doLink(ref, document)));
    }
}
