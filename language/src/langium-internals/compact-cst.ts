import { AbstractCstNode, CstNodeBuilder, type AstNode, type LangiumParser, type LeafCstNode, type LeafCstNodeImpl, type RootCstNode } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';

/**
 * A leaf of the syntax tree (one token) that keeps its offset and length only. Langium's
 * own leaf also stores the token's start and end line and column: four more fields,
 * 40 of its 104 bytes. A plan workspace holds a leaf per token (about 130,000 for
 * 1,000 small plans), and every one of them is copied by the young-generation
 * collector before it settles, so the smaller leaf is both less memory and less
 * collector work. Lines and columns are computed when a range is asked for, from the
 * line starts of the document's text (`lineStartsOf`, computed once per text).
 */
export class CompactLeafCstNode extends AbstractCstNode implements LeafCstNode {
    /** Written in place when typing inside a comment moves later tokens (`comment-edit.ts`). */
    _offset: number;
    _length: number;
    private readonly _tokenType: TokenType;

    constructor(offset: number, length: number, tokenType: TokenType) {
        super();
        // `| 0` keeps the fields small integers: Chevrotain's offsets may be stored as heap numbers.
        this._offset = offset | 0;
        this._length = length | 0;
        this._tokenType = tokenType;
    }

    get offset(): number {
        return this._offset;
    }

    get length(): number {
        return this._length;
    }

    get end(): number {
        return this._offset + this._length;
    }

    get hidden(): boolean {
        return false;
    }

    get tokenType(): TokenType {
        return this._tokenType;
    }

    get astNode(): AstNode {
        const container = this.container;
        if (!container) throw new Error('This node has no associated AST element');
        return container.astNode;
    }

    get range(): Range {
        return rangeIn(this.root, this._offset, this._offset + this._length);
    }
}

/** A comment: a token the grammar does not consume, kept in the tree for formatting and comment edits. */
export class CompactHiddenLeafCstNode extends CompactLeafCstNode {
    override get hidden(): boolean {
        return true;
    }
}

/**
 * Langium's syntax tree builder, building `CompactLeafCstNode` leaves. The parser hands
 * it the comments before every token it consumes, most often none: then there is
 * nothing to add, and Langium's builder would still make an array and search the
 * tree for the place of nothing.
 */
export class CompactCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }

    /** Langium declares its own leaf class as the result; every user of a leaf goes through the `LeafCstNode` interface. */
    protected override createLeafNode(token: IToken, hidden: boolean): LeafCstNodeImpl {
        const leaf = hidden
            ? new CompactHiddenLeafCstNode(token.startOffset, token.image.length, token.tokenType)
            : new CompactLeafCstNode(token.startOffset, token.image.length, token.tokenType);
        return leaf as unknown as LeafCstNodeImpl;
    }
}

/** Makes `parser` build compact leaves; false (and nothing changed) when its internals are not the expected ones. */
export function useCompactCst(parser: LangiumParser): boolean {
    const internals = parser as unknown as { nodeBuilder?: unknown };
    if (!(internals.nodeBuilder instanceof CstNodeBuilder)) return false;
    internals.nodeBuilder = new CompactCstNodeBuilder();
    return true;
}

const lineIndexes = new WeakMap<RootCstNode, { text: string; starts: number[] }>();

/**
 * Offsets where lines start, as the lexer counts lines: after `\n`, after `\r\n` and
 * after a `\r` alone (Chevrotain's line terminators, and LSP's).
 */
export function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x0a) starts.push(i + 1);
        else if (code === 0x0d) {
            if (text.charCodeAt(i + 1) === 0x0a) i++;
            starts.push(i + 1);
        }
    }
    return starts;
}

/** The line starts of the text a root node holds now (recomputed when the text was replaced). */
function lineStartsOf(root: RootCstNode): number[] {
    const text = root.fullText;
    let index = lineIndexes.get(root);
    if (index === undefined || index.text !== text) {
        index = { text, starts: lineStarts(text) };
        lineIndexes.set(root, index);
    }
    return index.starts;
}

function position(starts: number[], offset: number): { line: number; character: number } {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return { line: low, character: offset - starts[low] };
}

function rangeIn(root: RootCstNode, start: number, end: number): Range {
    if (typeof root.fullText !== 'string') return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const starts = lineStartsOf(root);
    return { start: position(starts, start), end: position(starts, end) };
}
