import { DefaultScopeComputation, MultiMap, type LocalSymbols, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { Cancellation } from 'langium';
type CancellationToken = Cancellation.CancellationToken;
import * as ast from '../generated/ast.js';

/**
 * What every file of the workspace can see: the organisation, people, teams, team goals, visions,
 * ambitions, frameworks, plans, and dimensions under their qualified name
 * (`senge.SharedVision`). Plan goals stay local to their plan.
 */
export class LeerplanScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        return this.exportedSymbols(document);
    }

    /** The same, synchronously (the index recomputes them in place when only offsets moved). */
    exportedSymbols(document: LangiumDocument): AstNodeDescription[] {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value as ast.Document;
        const add = (node: AstNode, name: string | undefined) => {
            if (name) exports.push(this.descriptions.createDescription(node, name, document));
        };
        for (const element of root.elements ?? []) {
            switch (element.$type) {
                case 'Organisation':
                    add(element, element.name);
                    for (const v of element.visions) add(v, v.name);
                    for (const a of element.ambitions) add(a, a.name);
                    break;
                case 'People':
                    for (const p of element.persons) add(p, p.name);
                    break;
                case 'Team':
                    add(element, element.name);
                    for (const g of element.goals) add(g, g.name);
                    break;
                case 'Plan':
                    add(element, element.name);
                    break;
                case 'Framework':
                    add(element, element.name);
                    for (const d of element.dimensions) {
                        if (element.name && d.name) add(d, `${element.name}.${d.name}`);
                    }
                    break;
            }
        }
        return exports;
    }

    /** Every reference of the language points at an exported declaration, so no local scopes are needed. */
    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
