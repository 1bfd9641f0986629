import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { TextEdit } from 'vscode-languageserver-types';

/** Four spaces per block level (language.md, Formatting). */
export const INDENT = '    ';

/** The line ending the document uses (CRLF when its first line ends in one). */
export function lineEndingOf(document: LangiumDocument): string {
    const text = document.textDocument.getText();
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** How deep a node sits: top-level declarations are 0, their lines 1, a goal's lines 2. */
export function depthOf(node: AstNode): number {
    let depth = 0;
    for (let c = node.$container; c && c.$container; c = c.$container) depth++;
    return depth;
}

/**
 * An edit that adds `line` inside `block`, after the last of `anchors` (the lines
 * that come before it in the usual order), or right after the block's `{` when there
 * are none. The new line gets the indentation of the anchor line, or four spaces per
 * level. In a block written on one line the text is added on that line instead,
 * since line breaks carry no meaning.
 */
export function insertLineEdit(document: LangiumDocument, block: AstNode, line: string, anchors: AstNode[], options: { blankLineBefore?: boolean } = {}): TextEdit | undefined {
    const text = document.textDocument.getText();
    const eol = lineEndingOf(document);
    const anchor = anchors.filter(a => a.$cstNode).sort((a, b) => a.$cstNode!.end - b.$cstNode!.end).pop();
    const after = anchor?.$cstNode ?? GrammarUtils.findNodeForKeyword(block.$cstNode, '{');
    if (!after) return undefined;
    const childIndent = anchor && startsItsLine(text, anchor.$cstNode!.offset)
        ? leadingWhitespace(text, anchor.$cstNode!.offset)
        : INDENT.repeat(depthOf(block) + 1);
    const lineEnd = endOfLine(text, after.end);
    const rest = text.slice(after.end, lineEnd);
    if (isBlankOrComment(rest)) {
        const blank = options.blankLineBefore && anchor ? eol : '';
        return TextEdit.insert(document.textDocument.positionAt(lineEnd), `${eol}${blank}${childIndent}${line}`);
    }
    return TextEdit.insert(document.textDocument.positionAt(after.end), ` ${line}`);
}

/** An edit that removes a node; when it stands alone on its lines, the whole lines go. */
export function removeNodeEdit(document: LangiumDocument, node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    const lineEnd = endOfLine(text, cst.end);
    const toPosition = (offset: number) => document.textDocument.positionAt(offset);
    if (/^[ \t]*$/.test(text.slice(lineStart, cst.offset)) && isBlankOrComment(text.slice(cst.end, lineEnd))) {
        const nextLine = lineEnd < text.length ? lineEnd + (text[lineEnd] === '\r' ? 2 : 1) : lineEnd;
        return TextEdit.del({ start: toPosition(lineStart), end: toPosition(nextLine) });
    }
    let start = cst.offset;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    return TextEdit.del({ start: toPosition(start), end: toPosition(cst.end) });
}

function endOfLine(text: string, offset: number): number {
    let end = offset;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return end;
}

export function startsItsLine(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*$/.test(text.slice(lineStart, offset));
}

export function leadingWhitespace(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return text.slice(lineStart, offset);
}

/** Whitespace, or a line comment, or a block comment that closes on the same line. */
function isBlankOrComment(rest: string): boolean {
    const trimmed = rest.trim();
    return trimmed === '' || trimmed.startsWith('//') || /^\/\*.*\*\/$/.test(trimmed);
}
