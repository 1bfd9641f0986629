import type { CstNode, LangiumDocument, LeafCstNode } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_FILE_BYTES } from '../parser/size-limited-parser.js';

/** Where an edit inside a comment happened: offsets from `end` (in the old text) on moved by `delta`. */
export interface MovedOffsets {
    end: number;
    delta: number;
}

/**
 * Typing inside a `//` comment changes no token but the comment itself, so the
 * syntax tree, the links and every diagnostic stay what they were; only the
 * offsets of the tokens after it move (their lines and columns do not: a line
 * comment runs to the end of its line). `moveCommentOffsets` recognises such an
 * edit by comparing the checked text with the new one and, when it is one, moves
 * the syntax tree's offsets in place and gives the document the new text. Anything
 * else (a line break, an edit that touches the `//` or another token, a file with
 * syntax errors) returns undefined and changes nothing. The caller moves what it
 * derived from the old offsets (`language/src/workspace/comment-edit.ts`).
 */
export function moveCommentOffsets(document: LangiumDocument, textDocument: TextDocument): MovedOffsets | undefined {
    const newText = textDocument.getText();
    const parse = document.parseResult;
    const root = parse.value.$cstNode?.root;
    if (!root || parse.lexerErrors.length > 0 || parse.parserErrors.length > 0) return undefined;
    const oldText = root.fullText;
    if (oldText === newText) return undefined;
    let start = 0;
    const shortest = Math.min(oldText.length, newText.length);
    while (start < shortest && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let tail = 0;
    while (tail < shortest - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
    const oldEnd = oldText.length - tail;
    const inserted = newText.slice(start, newText.length - tail);
    if (/[\r\n]/.test(inserted) || /[\r\n]/.test(oldText.slice(start, oldEnd))) return undefined;
    // A NUL character makes the whole file unreadable, and a file past the size limit is not parsed: both change more than a comment.
    if (inserted.includes('\u0000') || newText.length > MAX_FILE_BYTES) return undefined;
    // A comment holding the edit starts with `//` before it on the same line: without one
    // (most edits in code) there is no need to walk the tree's thousands of leaves.
    const lineStart = oldText.lastIndexOf('\n', start - 1) + 1;
    const slashes = oldText.indexOf('//', lineStart);
    if (slashes < 0 || slashes + 2 > start) return undefined;

    const leaves = leavesOf(root);
    const comment = leaves.find(leaf => leaf.hidden && (leaf as LeafCstNode).tokenType?.name === 'SL_COMMENT' && leaf.offset + 2 <= start && oldEnd <= leaf.end);
    if (!comment) return undefined;
    const delta = newText.length - oldText.length;
    // The parser's compact leaves (`compact-cst.ts`) hold an offset and a length, and
    // take lines and columns from the root's text; Langium's own leaves also store the end column.
    const mutable = (leaf: CstNode) => leaf as unknown as { _offset: number; _length: number; _endColumn?: number };
    if (typeof mutable(comment)._length !== 'number' || typeof (root as unknown as { _text?: unknown })._text !== 'string') return undefined;
    if (!useTextDocument(document, textDocument)) return undefined;
    mutable(comment)._length += delta;
    if (typeof mutable(comment)._endColumn === 'number') mutable(comment)._endColumn! += delta;
    for (const leaf of leaves) if (leaf.offset >= comment.end - delta && leaf !== comment) mutable(leaf)._offset += delta;
    (root as unknown as { _text: string })._text = newText;
    return { end: oldEnd, delta };
}

/**
 * The document reads its text from `textDocument` from now on, as Langium's own
 * `LangiumDocumentFactory.update` makes it (the property is read-only in the
 * interface); false when the property cannot be replaced.
 */
function useTextDocument(document: LangiumDocument, textDocument: TextDocument): boolean {
    if (document.textDocument === textDocument) return true;
    try {
        Object.defineProperty(document, 'textDocument', { value: textDocument, configurable: true });
        return true;
    } catch {
        return false;
    }
}

function leavesOf(root: CstNode): CstNode[] {
    const leaves: CstNode[] = [];
    const walk = (node: CstNode) => {
        const content = (node as { content?: CstNode[] }).content;
        if (content === undefined) leaves.push(node);
        else for (const child of content) walk(child);
    };
    walk(root);
    return leaves;
}
