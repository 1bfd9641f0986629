import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';

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
    /** For statement tokens: the AST type of the statement (`Person`, `Action` ...). */
    statementType?: string;
}

/** AST types whose children each stand on their own line(s): the blocks of the language. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set([
    'Document', 'Organisation', 'People', 'Team', 'Plan', 'Goal', 'Framework', 'PrivateBlock', 'Assessment',
]);

/**
 * The items of a parsed document. `root` is the parser's result for the same text
 * the offsets refer to. Statement starts come from the AST (a node whose container
 * is a block starts a line), so a keyword that is also a name never breaks a line.
 */
export function layoutItems(root: AstNode): LayoutItem[] {
    const statements = new Map<number, Statement>();
    collectStatements(root, statements);
    const items: LayoutItem[] = [];
    if (root.$cstNode) collectLeaves(root.$cstNode, statements, items);
    // Comments are attached next to the token that follows them; keep strict text order.
    let sorted = true;
    for (let i = 1; i < items.length && sorted; i++) sorted = items[i - 1].offset < items[i].offset;
    if (!sorted) items.sort((a, b) => a.offset - b.offset);
    return items;
}

interface Statement {
    kind: NonNullable<LayoutItem['statement']>;
    type: string;
}

/** Walks only the blocks (never into a line's own parts): the children of a block are its statements. */
function collectStatements(block: AstNode, statements: Map<number, Statement>): void {
    for (const key of Object.keys(block)) {
        if (key.startsWith('$')) continue;
        const value = (block as unknown as Record<string, unknown>)[key];
        if (!Array.isArray(value)) continue;
        for (const child of value) {
            if (typeof child !== 'object' || child === null || typeof (child as AstNode).$type !== 'string') continue;
            const node = child as AstNode;
            if (!node.$cstNode) continue;
            const kind = block.$type === 'Document' ? 'top' : node.$type === 'Goal' ? 'goal' : 'line';
            statements.set(node.$cstNode.offset, { kind, type: node.$type });
            if (BLOCK_TYPES.has(node.$type)) collectStatements(node, statements);
        }
    }
}

function collectLeaves(node: CstNode, statements: Map<number, Statement>, items: LayoutItem[]): void {
    if (isCompositeCstNode(node)) {
        for (const child of node.content) collectLeaves(child, statements, items);
        return;
    }
    const text = node.text;
    const offset = node.offset;
    if (node.hidden) {
        // A line comment's trailing spaces are part of its token; they are the one thing dropped.
        if (text.startsWith('//')) items.push({ offset, end: node.end, text: text.trimEnd(), kind: 'line-comment' });
        else items.push({ offset, end: node.end, text, kind: 'block-comment' });
        return;
    }
    const statement = statements.get(offset);
    if (statement) items.push({ offset, end: node.end, text, kind: 'token', breaks: 'statement', statement: statement.kind, statementType: statement.type });
    else if (text === '}') items.push({ offset, end: node.end, text, kind: 'token', breaks: 'close' });
    else items.push({ offset, end: node.end, text, kind: 'token' });
}
