import { AstUtils, GrammarUtils, type IndexManager, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider, type LangiumServices } from 'langium/lsp';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import { tokenRoleAt } from './references-name-parts.js';

/**
 * Go to definition for every reference: people, teams, team goals, visions,
 * ambitions, plans (in `private PLAN { }`), frameworks and dimensions, built-in ones
 * included (they live in the built-in document `leerplan-builtin:/frameworks.pop`).
 * In a qualified dimension (`senge.SharedVision`) the part under the cursor decides:
 * the qualifier goes to the framework, the name to the dimension.
 */
export class LeerplanDefinitionProvider extends DefaultDefinitionProvider {
    private readonly indexManager: IndexManager;

    constructor(services: LangiumServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const at = tokenRoleAt(document, offset, this.grammarConfig.nameRegexp);
        // Nothing there, or something a private file holds besides private blocks (left out).
        if (!at) return undefined;
        if (at.role.kind === 'reference' && at.role.part === 'qualifier') {
            const framework = this.frameworkOf(at.role.reference.ref, at.leaf.text);
            const nameNode = framework && GrammarUtils.findNodeForProperty(framework.$cstNode, 'name');
            if (framework?.$cstNode && nameNode) {
                const uri = AstUtils.getDocument(framework).uri.toString();
                return [LocationLink.create(uri, framework.$cstNode.range, nameNode.range, at.role.partRange)];
            }
            return undefined;
        }
        return super.getDefinition(document, params);
    }

    /** The framework a qualified dimension belongs to: its container, or the framework of that name. */
    private frameworkOf(dimension: unknown, qualifier: string): ast.Framework | undefined {
        if (ast.isDimension(dimension)) return dimension.$container;
        const description = this.indexManager.allElements('Framework').find(d => d.name === qualifier);
        return ast.isFramework(description?.node) ? description.node : undefined;
    }
}
