import {
    AstUtils, type AstNode, type AstNodeLocator, type IndexManager, type LangiumDocument, type LangiumDocuments, type MaybePromise, type ReferenceDescription, type URI,
} from 'langium';
import { DefaultReferencesProvider, type LangiumServices } from 'langium/lsp';
import { Location, type Range, type ReferenceParams } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import { tokenRoleAt } from './references-name-parts.js';

/** One place a name is written: a whole reference, or the part of a qualified one that names the target. */
export interface NameOccurrence {
    uri: URI;
    range: Range;
}

/**
 * Finds where things are named across the workspace. A reference segment covers
 * the whole text `senge.SharedVision`; rename and references need the part that
 * names the dimension (`SharedVision`) or the framework (`senge`), so this splits
 * qualified references by their text.
 */
export class NameOccurrences {
    private readonly index: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumServices) {
        this.index = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
    }

    /** Every reference to `target` anywhere in the workspace, narrowed to the part that names it. */
    referencesTo(target: AstNode): NameOccurrence[] {
        const path = this.locator.getAstNodePath(target);
        return this.index.findAllReferences(target, path).toArray()
            .map(ref => this.part(ref, ast.isDimension(target) ? 'name' : 'whole'))
            .filter((o): o is NameOccurrence => o !== undefined);
    }

    /** The qualifiers (`acme` in `acme.Craft`) that name a framework in dimension references. */
    qualifiersOf(framework: ast.Framework): NameOccurrence[] {
        return framework.dimensions.flatMap(dimension => {
            const path = this.locator.getAstNodePath(dimension);
            return this.index.findAllReferences(dimension, path).toArray()
                .map(ref => this.part(ref, 'qualifier'))
                .filter((o): o is NameOccurrence => o !== undefined);
        });
    }

    private part(ref: ReferenceDescription, want: 'whole' | 'name' | 'qualifier'): NameOccurrence | undefined {
        if (want === 'whole') return { uri: ref.sourceUri, range: ref.segment.range };
        const document = this.documents.getDocument(ref.sourceUri);
        if (!document) return undefined;
        const text = document.textDocument.getText().slice(ref.segment.offset, ref.segment.end);
        const dot = text.indexOf('.');
        if (dot < 0) return want === 'name' ? { uri: ref.sourceUri, range: ref.segment.range } : undefined;
        const toPosition = (offset: number) => document.textDocument.positionAt(ref.segment.offset + offset);
        if (want === 'qualifier') {
            return { uri: ref.sourceUri, range: { start: toPosition(0), end: toPosition(text.slice(0, dot).trimEnd().length) } };
        }
        const nameStart = dot + 1 + (text.slice(dot + 1).length - text.slice(dot + 1).trimStart().length);
        return { uri: ref.sourceUri, range: { start: toPosition(nameStart), end: toPosition(text.length) } };
    }
}

/**
 * Find references, across all files of the workspace: for a person this lists every
 * `coach`, `lead`, `members`, `feedback`, `review` and plan owner line that names
 * them ("which plans name me as coach"). On the qualifier of `senge.SharedVision`
 * it finds the framework's references: `framework senge` lines and the qualifiers.
 */
export class LeerplanReferencesProvider extends DefaultReferencesProvider {
    private readonly occurrences: NameOccurrences;

    constructor(services: LangiumServices) {
        super(services);
        this.occurrences = new NameOccurrences(services);
    }

    override findReferences(document: LangiumDocument, params: ReferenceParams): MaybePromise<Location[]> {
        const at = tokenRoleAt(document, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (at?.role.kind === 'reference' && at.role.part === 'qualifier') {
            const dimension = at.role.reference.ref;
            if (!ast.isDimension(dimension)) return [];
            return this.frameworkReferences(dimension.$container, params.context.includeDeclaration);
        }
        if (at?.role.kind === 'declaration' && ast.isFramework(at.role.node)) {
            return this.frameworkReferences(at.role.node, params.context.includeDeclaration);
        }
        return super.findReferences(document, params);
    }

    private frameworkReferences(framework: ast.Framework, includeDeclaration: boolean): Location[] {
        const locations: Location[] = [];
        const nameNode = this.nameProvider.getNameNode(framework);
        if (includeDeclaration && nameNode) locations.push(Location.create(AstUtils.getDocument(framework).uri.toString(), nameNode.range));
        for (const o of [...this.occurrences.referencesTo(framework), ...this.occurrences.qualifiersOf(framework)]) {
            locations.push(Location.create(o.uri.toString(), o.range));
        }
        return locations;
    }
}
