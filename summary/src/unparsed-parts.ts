import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type * as ast from '../../language/src/generated/ast.js';

/**
 * The parts of a file that do not parse, so that nothing written there reaches a
 * summary. After a syntax error the parser recovers: it skips or invents a token and
 * goes on, and the syntax tree it returns still holds the statement around the error,
 * with text the writer did not mean that way (`reflection 2026-04-01 privat "..."`
 * becomes a shared reflection). A statement is *unparsed* when it overlaps the place of
 * a syntax error: the token the parser could not use and the value just before it (a
 * text followed by a misplaced `private` is as suspect as the word itself). A block
 * (`plan`, `goal`, `team` ... `{ }`) is judged by its head, from its first word to its
 * `{`: an error inside one of its statements leaves the block's title alone.
 */
export class UnparsedParts {
    /** Per syntax tree, weakly: a summary built in batches drops the trees of plans it has read. */
    private readonly regionsOf = new WeakMap<AstNode, ReadonlyArray<readonly [number, number]>>();

    /**
     * @param fallback A document whose syntax tree comes without its parse result but
     *   has syntax errors: all of it counts as unparsed.
     */
    constructor(private readonly fallback: (root: ast.Document) => boolean = () => false) {}

    /** Whether the part of its file that `node` is written in parses. */
    parses(node: AstNode): boolean {
        const regions = this.regions(rootOf(node));
        if (regions.length === 0) return true;
        const cst = node.$cstNode;
        if (!cst) return false;
        const start = cst.offset;
        const end = Math.max(blockHeadEnd(cst) ?? cst.end, start + 1);
        return !regions.some(([from, to]) => from < end && start < to);
    }

    /** The nodes of `nodes` whose part of the file parses. */
    parsed<T extends AstNode>(nodes: readonly T[]): T[] {
        return nodes.filter(node => this.parses(node));
    }

    private regions(root: AstNode): ReadonlyArray<readonly [number, number]> {
        let regions = this.regionsOf.get(root);
        if (!regions) {
            regions = errorRegions(root as ast.Document, this.fallback);
            this.regionsOf.set(root, regions);
        }
        return regions;
    }
}

function rootOf(node: AstNode): AstNode {
    let root = node;
    while (root.$container) root = root.$container;
    return root;
}

/** A token as Chevrotain reports it in a syntax error (the end-of-file token has no offsets). */
interface ErrorToken {
    image: string;
    startOffset: number;
    endOffset?: number;
}

/** Punctuation holds no text: an error right after a `{` or `}` says nothing about what came before it. */
const PUNCTUATION = new Set(['{', '}', ',', '..', '.']);

/** Offset ranges [from, to) of the syntax errors of a document: lexer errors, and parser errors with the value before them. */
function errorRegions(root: ast.Document, fallback: (root: ast.Document) => boolean): Array<[number, number]> {
    const result = root.$document?.parseResult;
    if (!result) return fallback(root) ? [[0, Number.POSITIVE_INFINITY]] : [];
    const regions: Array<[number, number]> = [];
    for (const error of result.lexerErrors) regions.push([error.offset, error.offset + Math.max(1, error.length)]);
    for (const error of result.parserErrors) {
        const token = error.token as ErrorToken | undefined;
        const previous = (error as { previousToken?: ErrorToken }).previousToken;
        const before = located(previous) && !PUNCTUATION.has(previous!.image) ? previous : undefined;
        if (located(token)) {
            // After a re-synchronisation the token before may lie after the token at fault: take both.
            const from = Math.min(token!.startOffset, before ? before.startOffset : Number.POSITIVE_INFINITY);
            regions.push([from, Math.max(tokenEnd(token!), before ? tokenEnd(before) : 0)]);
        } else if (located(previous)) {
            // At the end of the file: the value before it is suspect, a `{` or `}` is not.
            const from = before ? before.startOffset : tokenEnd(previous!);
            regions.push([from, Math.max(tokenEnd(previous!), from + 1)]);
        } else {
            // An error the parser could not place: nothing of the file is trusted.
            return [[0, Number.POSITIVE_INFINITY]];
        }
    }
    return regions;
}

function located(token: ErrorToken | undefined): boolean {
    return !!token && Number.isFinite(token.startOffset);
}

function tokenEnd(token: ErrorToken): number {
    return Number.isFinite(token.endOffset) ? token.endOffset! + 1 : token.startOffset + token.image.length;
}

/** Where the head of a block ends: after its `{`; undefined for a statement (no `{` of its own). */
function blockHeadEnd(cst: CstNode): number | undefined {
    if (!isCompositeCstNode(cst)) return undefined;
    for (const child of cst.content) {
        if (!child.hidden && child.length === 1 && child.text === '{') return child.end;
    }
    return undefined;
}
