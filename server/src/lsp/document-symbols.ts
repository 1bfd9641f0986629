import { CstUtils, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';

/**
 * The kind of symbol each declaration shows as, in the outline and in workspace
 * symbols. Chosen so editors give each kind of thing its own icon.
 */
export function symbolKindOf(type: string): SymbolKind {
    switch (type) {
        case 'Organisation': return SymbolKind.Namespace;
        case 'Framework': return SymbolKind.Package;
        case 'Dimension': return SymbolKind.EnumMember;
        case 'Vision': return SymbolKind.Interface;
        case 'Ambition': return SymbolKind.Struct;
        case 'People': return SymbolKind.Namespace;
        case 'Person': return SymbolKind.Variable;
        case 'Team': return SymbolKind.Class;
        case 'Plan': return SymbolKind.Module;
        case 'PrivateBlock': return SymbolKind.Module;
        case 'Goal': return SymbolKind.Method;
        case 'Review': return SymbolKind.Event;
        case 'Reflection': return SymbolKind.Event;
        default: return SymbolKind.Object;
    }
}

/**
 * The outline of one file: organisation > visions and ambitions; people > persons;
 * team > goals; plan > goals, reviews, reflections; framework > dimensions;
 * a private block > its reflections. Reviews and reflections are named by their
 * keyword and moment as written (`review 2026-06-30`, `review every quarter`,
 * `reflection after …`); a reflection's text and an event's words are never put in
 * the outline, so private text does not show up in breadcrumbs either.
 */
export class LeerplanDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    override getSymbols(document: LangiumDocument, _params?: DocumentSymbolParams): DocumentSymbol[] {
        const root = document.parseResult.value as ast.Document;
        return (root.elements ?? []).flatMap(element => this.topLevel(element));
    }

    private topLevel(element: ast.TopLevel): DocumentSymbol[] {
        switch (element.$type) {
            case 'Organisation':
                return this.named(element, element.name, element.title,
                    [...element.visions, ...element.ambitions].sort(byOffset).flatMap(n => this.named(n, n.name, n.text)));
            case 'People':
                return this.anonymous(element, firstKeyword(element), undefined,
                    element.persons.flatMap(p => this.named(p, p.name, describePerson(p))));
            case 'Team':
                return this.named(element, element.name, element.title, element.goals.flatMap(g => this.goal(g)));
            case 'Plan': {
                const children = [
                    ...element.goals.flatMap(g => this.goal(g)),
                    ...element.reviews.flatMap(r => this.review(r)),
                    ...element.reflections.flatMap(r => this.reflection(r)),
                ].sort(bySymbolStart);
                return this.named(element, element.name, element.owner?.$refText, children);
            }
            case 'PrivateBlock':
                return this.anonymous(element, `${firstKeyword(element)} ${element.plan?.$refText ?? ''}`.trim(), undefined,
                    element.reflections.flatMap(r => this.reflection(r)));
            case 'Framework':
                return this.named(element, element.name, element.title,
                    element.dimensions.flatMap(d => this.named(d, d.name, d.nameEn)));
            default:
                return [];
        }
    }

    private goal(goal: ast.Goal): DocumentSymbol[] {
        return this.named(goal, goal.name, goal.title);
    }

    private review(review: ast.Review): DocumentSymbol[] {
        const withKeyword = keywordNode(review, 'with') ?? keywordNode(review, 'met');
        const detail = [withKeyword?.text, review.person?.$refText].filter(Boolean).join(' ');
        return this.anonymous(review, `${firstKeyword(review)} ${momentText(review)}`.trim(), detail || undefined);
    }

    private reflection(reflection: ast.Reflection): DocumentSymbol[] {
        const privateWord = reflection.private ? reflectionPrivateKeyword(reflection) : undefined;
        return this.anonymous(reflection, `${firstKeyword(reflection)} ${momentText(reflection)}`.trim(), privateWord);
    }

    private named(node: AstNode, name: string | undefined, detail: string | undefined, children?: DocumentSymbol[]): DocumentSymbol[] {
        const cst = node.$cstNode;
        if (!cst || !name) return [];
        const nameNode = this.nameProvider.getNameNode(node) ?? cst;
        return [{
            name, detail, kind: symbolKindOf(node.$type), range: cst.range, selectionRange: nameNode.range,
            children: children && children.length > 0 ? children : undefined,
        }];
    }

    private anonymous(node: AstNode, name: string, detail: string | undefined, children?: DocumentSymbol[]): DocumentSymbol[] {
        const cst = node.$cstNode;
        if (!cst || !name) return [];
        const first = firstKeywordNode(node) ?? cst;
        return [{
            name, detail, kind: symbolKindOf(node.$type), range: cst.range, selectionRange: first.range,
            children: children && children.length > 0 ? children : undefined,
        }];
    }
}

function describePerson(person: ast.Person): string | undefined {
    const role = person.roles[0]?.text;
    return [person.displayName, role].filter(Boolean).join(' · ') || undefined;
}

/** The date or moment of a review or reflection as written, each string shown as `…` (it may be private text). */
function momentText(node: ast.Review | ast.Reflection): string {
    if (node.date !== undefined) return node.date;
    const cst = node.when?.$cstNode;
    if (!cst) return '';
    return CstUtils.flattenCst(cst).map(leaf => (leaf.tokenType.name === 'STRING' ? '…' : leaf.text)).join(' ');
}

function reflectionPrivateKeyword(reflection: ast.Reflection): string {
    return ['private', 'privé', 'prive'].map(k => keywordNode(reflection, k)?.text).find(Boolean) ?? 'private';
}

function keywordNode(node: AstNode, keyword: string): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, keyword);
}

/** The first token of a node: its keyword as the user wrote it. */
function firstKeywordNode(node: AstNode): CstNode | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    let current: CstNode = cst;
    while (isCompositeCstNode(current)) {
        const next = current.content.find(c => !c.hidden);
        if (!next) break;
        current = next;
    }
    return current;
}

function firstKeyword(node: AstNode): string {
    return firstKeywordNode(node)?.text ?? node.$type.toLowerCase();
}

function byOffset(a: AstNode, b: AstNode): number {
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

function bySymbolStart(a: DocumentSymbol, b: DocumentSymbol): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
