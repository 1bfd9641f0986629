import type { CstNode, LangiumDocument, LeafCstNode } from 'langium';

/**
 * Typing inside a `//` comment changes no token but the comment itself, so the
 * syntax tree, the links and every diagnostic stay what they were; only the
 * offsets of the tokens after it move (their lines and columns do not: a line
 * comment runs to the end of its line). `applyCommentEdit` recognises such an
 * edit by comparing the checked text with the new one and, when it is one, moves
 * the offsets in place instead of parsing, linking and validating the file again.
 * Anything else (a line break, an edit that touches the `//` or another token, a
 * file with syntax errors) returns false and takes the normal path.
 */
export function applyCommentEdit(document: LangiumDocument, newText: string): boolean {
    const parse = document.parseResult;
    const root = parse.value.$cstNode?.root;
    if (!root || parse.lexerErrors.length > 0 || parse.parserErrors.length > 0) return false;
    const oldText = root.fullText;
    if (oldText === newText) return false;
    let start = 0;
    const shortest = Math.min(oldText.length, newText.length);
    while (start < shortest && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let tail = 0;
    while (tail < shortest - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
    const oldEnd = oldText.length - tail;
    const inserted = newText.slice(start, newText.length - tail);
    if (/[\r\n]/.test(inserted) || /[\r\n]/.test(oldText.slice(start, oldEnd))) return false;
    // A comment holding the edit starts with `//` before it on the same line: without one
    // (most edits in code) there is no need to walk the tree's thousands of leaves.
    const lineStart = oldText.lastIndexOf('\n', start - 1) + 1;
    const slashes = oldText.indexOf('//', lineStart);
    if (slashes < 0 || slashes + 2 > start) return false;

    const leaves = leavesOf(root);
    const comment = leaves.find(leaf => leaf.hidden && (leaf as LeafCstNode).tokenType?.name === 'SL_COMMENT' && leaf.offset + 2 <= start && oldEnd <= leaf.end);
    if (!comment) return false;
    const delta = newText.length - oldText.length;
    // The parser's compact leaves (language/src/parser/compact-cst.ts) hold an offset and a length, and
    // take lines and columns from the root's text; Langium's own leaves also store the end column.
    const mutable = (leaf: CstNode) => leaf as unknown as { _offset: number; _length: number; _endColumn?: number };
    if (typeof mutable(comment)._length !== 'number' || typeof (root as unknown as { _text?: unknown })._text !== 'string') return false;
    mutable(comment)._length += delta;
    if (typeof mutable(comment)._endColumn === 'number') mutable(comment)._endColumn! += delta;
    for (const leaf of leaves) if (leaf.offset >= comment.end - delta && leaf !== comment) mutable(leaf)._offset += delta;
    (root as unknown as { _text: string })._text = newText;
    return true;
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
