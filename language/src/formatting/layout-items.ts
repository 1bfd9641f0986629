import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type CstNode } from 'langium';

/**
 * What the formatter lays out: every token and comment of a parsed file, in order,
 * with what the grammar says about where a line must start. Whitespace is not an
 * item: the formatter decides it, except inside strings and block comments, which
 * are items and so are copied as they are.
 */
export interface LayoutItem {
    /** Offset of the first character in the parsed text. */
    offset: number;
    /** Offset just after the last character. */
    end: number;
    text: string;
    kind: 'token' | 'line-comment' | 'block-comment';
    /**
     * For tokens: `statement` when the token starts a line of a block (a plan's
     * coach, a goal, an action ...), `close` for a block's `}`, otherwise undefined
     * (the token continues the current line).
     */
    breaks?: 'statement' | 'close';
    /** For statement tokens: what the statement is; decides the blank lines around it. */
    statement?: 'top' | 'goal' | 'line';
}

/** AST types whose children each stand on their own line(s): the blocks of the language. */
const BLOCK_TYPES: ReadonlySet<string> = new Set([
    'Document', 'Organisation', 'People', 'Team', 'Plan', 'Goal', 'Framework', 'PrivateBlock',
]);

/**
 * The items of a parsed document. `root` is the parser's result for the same text
 * the offsets refer to. Statement starts come from the AST (a node whose container
 * is a block starts a line), so a keyword that is also a name never breaks a line.
 */
export function layoutItems(root: AstNode): LayoutItem[] {
    const statements = new Map<number, LayoutItem['statement']>();
    for (const node of AstUtils.streamAst(root)) {
        const container = node.$container;
        if (!container || !BLOCK_TYPES.has(container.$type) || !node.$cstNode) continue;
        const kind = container.$type === 'Document' ? 'top' : node.$type === 'Goal' ? 'goal' : 'line';
        statements.set(node.$cstNode.offset, kind);
    }
    const items: LayoutItem[] = [];
    if (!root.$cstNode) return items;
    for (const node of CstUtils.streamCst(root.$cstNode)) {
        if (!isLeafCstNode(node)) continue;
        items.push(toItem(node, node.hidden, node.tokenType.name, statements));
    }
    items.sort((a, b) => a.offset - b.offset);
    return items;
}

function toItem(node: CstNode, hidden: boolean, tokenName: string, statements: Map<number, LayoutItem['statement']>): LayoutItem {
    const text = node.text;
    const base = { offset: node.offset, end: node.end, text };
    if (hidden) return { ...base, kind: tokenName === 'SL_COMMENT' || text.startsWith('//') ? 'line-comment' : 'block-comment' };
    const statement = statements.get(node.offset);
    if (statement) return { ...base, kind: 'token', breaks: 'statement', statement };
    if (text === '}') return { ...base, kind: 'token', breaks: 'close' };
    return { ...base, kind: 'token' };
}
