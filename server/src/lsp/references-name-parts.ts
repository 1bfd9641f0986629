import { isStray } from '../../../language/src/workspace/private-file.js';
import {
    CstUtils, GrammarAST, GrammarUtils, isReference,
    type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, type Reference,
} from 'langium';
import type { Range } from 'vscode-languageserver';
import { isNameKeyword } from '../../../language/src/syntax/grammar-facts.js';


/**
 * What one token of a .pop file is, as the editor features see it: the name of a
 * declaration, (part of) a reference, a learning form, or plain syntax. Shared by
 * rename, go to definition and semantic tokens so all three agree on what a word is.
 */
export type TokenRole =
    | { kind: 'declaration'; node: AstNode; nameNode: CstNode }
    | {
        kind: 'reference';
        reference: Reference;
        refNode: CstNode;
        /** `qualifier` is `senge` in `senge.SharedVision`; `name` is the part after the dot; `whole` a plain name. */
        part: 'whole' | 'qualifier' | 'name';
        /** The range of that part alone. */
        partRange: Range;
    }
    | { kind: 'form'; node: AstNode }
    | { kind: 'keyword' | 'string' | 'date' | 'number' | 'comment' | 'punctuation' | 'other' };

/** The role of the token under the cursor, or undefined when there is no token. */
export function tokenRoleAt(document: LangiumDocument, offset: number, nameRegexp: RegExp): { leaf: LeafCstNode; role: TokenRole } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, nameRegexp);
    // What a private file holds besides private blocks is left out: no definition, references or rename there.
    if (!leaf || isStray(leaf.astNode)) return undefined;
    return { leaf, role: tokenRole(leaf) };
}

/** What one leaf of the syntax tree is. */
export function tokenRole(leaf: LeafCstNode): TokenRole {
    if (leaf.hidden) return { kind: /^\s*$/.test(leaf.text) ? 'other' : 'comment' };
    const source = leaf.grammarSource;
    const tokenName = leaf.tokenType?.name;
    if (tokenName === 'STRING') return { kind: 'string' };
    if (tokenName === 'DATE' || tokenName === 'PERIOD_NAME') return { kind: 'date' };
    if (tokenName === 'NUMBER') return { kind: 'number' };
    if (source && GrammarAST.isKeyword(source)) {
        if (!/^[A-Za-z\u00C0-\u024F0-9]/.test(source.value)) return { kind: 'punctuation' };
        if (!isNameKeyword(source)) return { kind: 'keyword' };
    }
    const assignment = GrammarUtils.findAssignment(leaf);
    const owner = leaf.astNode;
    if (!assignment || !owner) return { kind: 'other' };
    const value = (owner as unknown as Record<string, unknown>)[assignment.feature];
    const reference = pickReference(value, leaf);
    if (reference?.$refNode) {
        const parts = nameParts(reference.$refNode);
        const part = parts.qualifier && leaf.offset < parts.name.offset ? 'qualifier' : parts.qualifier ? 'name' : 'whole';
        const partRange = part === 'qualifier' ? parts.qualifier!.range : parts.name.range;
        return { kind: 'reference', reference, refNode: reference.$refNode, part, partRange };
    }
    if (assignment.feature === 'name') {
        const nameNode = GrammarUtils.findNodeForProperty(owner.$cstNode, 'name');
        if (nameNode) return { kind: 'declaration', node: owner, nameNode };
    }
    if (assignment.feature === 'form') return { kind: 'form', node: owner };
    return { kind: 'other' };
}

/** The qualifier (`senge`) and the name (`SharedVision`) tokens of a possibly qualified name. */
export function nameParts(node: CstNode): { qualifier?: CstNode; name: CstNode } {
    const names = CstUtils.flattenCst(node).filter(l => !l.hidden && l.text !== '.').toArray();
    if (names.length >= 2) return { qualifier: names[0], name: names[names.length - 1] };
    return { name: names[0] ?? node };
}

function pickReference(value: unknown, leaf: CstNode): Reference | undefined {
    if (isReference(value)) return value;
    if (Array.isArray(value)) {
        return value.find((r): r is Reference => isReference(r) && !!r.$refNode
            && r.$refNode.offset <= leaf.offset && r.$refNode.end >= leaf.end);
    }
    return undefined;
}

