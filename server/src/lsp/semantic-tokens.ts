import { AstUtils, CstUtils, GrammarUtils, type AstNode, type AstReflection, type LeafCstNode } from 'langium';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { findLearningForm } from '../../../language/src/frameworks/builtin-frameworks.js';
import { tokenRole } from './references-name-parts.js';

/**
 * The legend: standard LSP token types only, so every theme colours them. Dates, named
 * periods (2026-Q2), counts and hours are `number`; learning forms, from a fixed list, are `enumMember`.
 */
export const LEERPLAN_TOKEN_TYPES: Record<string, number> = Object.fromEntries([
    SemanticTokenTypes.keyword, SemanticTokenTypes.string, SemanticTokenTypes.number, SemanticTokenTypes.comment,
    SemanticTokenTypes.operator, SemanticTokenTypes.namespace, SemanticTokenTypes.class, SemanticTokenTypes.interface,
    SemanticTokenTypes.type, SemanticTokenTypes.function, SemanticTokenTypes.variable, SemanticTokenTypes.enumMember,
].map((type, i) => [type, i]));

export const LEERPLAN_TOKEN_MODIFIERS: Record<string, number> = Object.fromEntries([
    SemanticTokenModifiers.declaration, SemanticTokenModifiers.defaultLibrary, SemanticTokenModifiers.readonly,
].map((modifier, i) => [modifier, 1 << i]));

/** The token type of each kind of declaration, whether declared or referenced. */
const TYPE_OF: Record<string, string> = {
    Organisation: SemanticTokenTypes.namespace,
    Framework: SemanticTokenTypes.namespace,
    Person: SemanticTokenTypes.variable,
    Team: SemanticTokenTypes.class,
    Plan: SemanticTokenTypes.class,
    Goal: SemanticTokenTypes.function,
    Vision: SemanticTokenTypes.interface,
    Ambition: SemanticTokenTypes.interface,
    SupportTarget: SemanticTokenTypes.interface,
    Dimension: SemanticTokenTypes.type,
};

/**
 * Semantic tokens from one walk over the tokens of the file: declarations (with the
 * `declaration` modifier) and references coloured by what they name, keywords in
 * either language, strings, dates and hours, learning forms, comments. Built-in
 * dimensions and known learning forms carry `defaultLibrary`.
 */
export class LeerplanSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    override get tokenTypes(): Record<string, number> {
        return LEERPLAN_TOKEN_TYPES;
    }

    override get tokenModifiers(): Record<string, number> {
        return LEERPLAN_TOKEN_MODIFIERS;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): 'prune' | undefined {
        const cst = node.$cstNode;
        if (!cst) return 'prune';
        for (const leaf of CstUtils.flattenCst(cst)) this.highlightLeaf(leaf, acceptor);
        return 'prune';
    }

    private highlightLeaf(leaf: LeafCstNode, acceptor: SemanticTokenAcceptor): void {
        const role = tokenRole(leaf);
        switch (role.kind) {
            case 'comment': return this.highlightComment(leaf, acceptor);
            case 'keyword': return acceptor({ cst: leaf, type: SemanticTokenTypes.keyword });
            case 'string': return acceptor({ cst: leaf, type: SemanticTokenTypes.string });
            case 'date': case 'number': return acceptor({ cst: leaf, type: SemanticTokenTypes.number });
            case 'punctuation':
                if (leaf.text === '..' || leaf.text === '->') acceptor({ cst: leaf, type: SemanticTokenTypes.operator });
                return;
            case 'form': {
                const known = ast.isAction(role.node) && findLearningForm(role.node.form) !== undefined;
                return acceptor({ cst: leaf, type: SemanticTokenTypes.enumMember, modifier: known ? SemanticTokenModifiers.defaultLibrary : [] });
            }
            case 'declaration': {
                const type = TYPE_OF[role.node.$type];
                if (type) acceptor({ cst: leaf, type, modifier: this.modifiers(role.node, true) });
                return;
            }
            case 'reference': {
                const target = role.reference.ref;
                if (role.part === 'qualifier') {
                    return acceptor({ cst: leaf, type: SemanticTokenTypes.namespace, modifier: this.modifiers(target?.$container, false) });
                }
                const type = TYPE_OF[target?.$type ?? this.referenceType(leaf)];
                if (type) acceptor({ cst: leaf, type, modifier: this.modifiers(target, false) });
                return;
            }
            default:
                return;
        }
    }

    /** One token per line: not every client takes tokens that span lines. */
    private highlightComment(leaf: LeafCstNode, acceptor: SemanticTokenAcceptor): void {
        let line = leaf.range.start.line;
        let char = leaf.range.start.character;
        for (const part of leaf.text.split(/\r?\n/)) {
            if (part.length > 0) acceptor({ line, char, length: part.length, type: SemanticTokenTypes.comment });
            line++;
            char = 0;
        }
    }

    private modifiers(node: AstNode | undefined, declaration: boolean): string[] {
        const result: string[] = [];
        if (declaration) result.push(SemanticTokenModifiers.declaration);
        if (node && isBuiltinUri(AstUtils.getDocument(node).uri)) result.push(SemanticTokenModifiers.defaultLibrary);
        if (node && ast.isPerson(node)) result.push(SemanticTokenModifiers.readonly);
        return result;
    }

    /** The declared type of an unresolved reference, so a typo is still coloured as a person or team. */
    private referenceType(leaf: LeafCstNode): string {
        const assignment = GrammarUtils.findAssignment(leaf);
        if (!assignment || !leaf.astNode) return '';
        try {
            return this.reflection.getReferenceType({ container: leaf.astNode, property: assignment.feature, reference: undefined as never });
        } catch {
            return '';
        }
    }
}
