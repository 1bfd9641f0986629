import { DefaultLangiumDocumentFactory, type AstNode, type Cancellation, type LangiumDocument, type Mutable, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type * as ast from '../generated/ast.js';
import { forEachNode, forEachReference } from './ast-walk.js';
import { recordParsedVersion } from './parsed-version.js';
import type { SizedParseResult } from '../parser/size-limited-parser.js';

/** True for a file whose whole content is private (`NAME.private.pop`). */
export function isPrivateFile(pathOrUri: string | { toString(): string }): boolean {
    return pathOrUri.toString().toLowerCase().endsWith('.private.pop');
}

/** What a private file held besides private blocks, taken out of its syntax tree (see `LeerplanDocumentFactory`). */
const strays = new WeakMap<AstNode, AstNode[]>();

/** The declarations a `*.private.pop` file held that are not private blocks (reported by `public-in-private-file`). */
export function strayElementsOf(root: AstNode): readonly AstNode[] {
    return strays.get(root) ?? [];
}

/**
 * Whether `node` belongs to something taken out of a private file's syntax tree: its
 * top-level element is not among the document's elements (hover, go to definition
 * and the like say nothing about it).
 */
export function isStray(node: AstNode): boolean {
    let top: AstNode = node;
    while (top.$container && top.$container.$container) top = top.$container;
    const root = top.$container;
    return root !== undefined && strayElementsOf(root).includes(top);
}

/**
 * A `*.private.pop` file contributes its private blocks and nothing else. Whatever else
 * it holds (a person, a team, a goal, a framework, a plan, or text that only parses as
 * one) is taken out of the syntax tree right after parsing, so no part of Leerplan sees
 * it: it is not indexed, linked, completed, hovered, counted in the workspace's facts,
 * summarised or exported, for anyone. The check `public-in-private-file` names each
 * such element (its kind, never its text) so the owner can move it.
 */
export class LeerplanDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return onlyPrivateBlocks(uri, super.parse<T>(uri, text, options));
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        return onlyPrivateBlocks(uri, await super.parseAsync<T>(uri, text, cancellationToken));
    }

    /**
     * Langium parses again only when the text differs from the one the syntax tree was made
     * from. A file that was too large, unreadable or binary has a stand-in tree made from no
     * text at all, so an editor text that becomes empty would keep the old verdict (a NUL
     * character that is gone, say): such a tree is always made again.
     */
    override update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const result = document.parseResult as SizedParseResult;
        if (result.tooLarge || result.unread || result.unparsable) delete (result.value as Mutable<AstNode>).$cstNode;
        return super.update(document, cancellationToken);
    }

    // The editor's text is read here: which version of it the syntax tree stands for (see parsed-version.ts).
    protected override createLangiumDocument<T extends AstNode>(parseResult: ParseResult<T>, uri: URI, textDocument?: TextDocument, text?: string): LangiumDocument<T> {
        const document = super.createLangiumDocument(parseResult, uri, textDocument, text);
        if (textDocument) recordParsedVersion(document, textDocument.version);
        return document;
    }

    protected override getUpdatedText<T extends AstNode>(document: Mutable<LangiumDocument<T>>, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        if (textDocument) recordParsedVersion(document, textDocument.version);
        return super.getUpdatedText(document, textDocument, cancellationToken);
    }
}

function onlyPrivateBlocks<T extends AstNode>(uri: URI, result: ParseResult<T>): ParseResult<T> {
    if (!isPrivateFile(uri)) return result;
    const root = result.value as unknown as ast.Document;
    const elements = root.elements ?? [];
    const kept = elements.filter(element => element.$type === 'PrivateBlock');
    if (kept.length === elements.length) return result;
    const left = elements.filter(element => element.$type !== 'PrivateBlock');
    // Their references resolve to nothing, whoever asks (a hover, semantic tokens): resolving
    // one would also add it to the document's references, and so to its link errors.
    for (const element of left) forEachNode(element, node => forEachReference(node, ({ reference, property, index }) => {
        const inert = { $refText: reference.$refText, $refNode: reference.$refNode, ref: undefined, error: undefined };
        const holder = node as unknown as Record<string, unknown>;
        if (index === undefined) holder[property] = inert;
        else (holder[property] as unknown[])[index] = inert;
    }));
    strays.set(root, left);
    root.elements = kept;
    // Paths to nodes (`/elements@1`) count the elements that remain.
    kept.forEach((element, index) => ((element as { $containerIndex?: number }).$containerIndex = index));
    return result;
}
