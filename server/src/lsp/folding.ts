import type { AstNode, CstNode } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';

/** The declarations written as `{ ... }` blocks. */
const BLOCK_TYPES = new Set(['Organisation', 'People', 'Team', 'Plan', 'Goal', 'PrivateBlock', 'Framework']);

const BLOCK_HOLDERS = new Set(['Document', 'Team', 'Plan']);

/**
 * Folds every block (organisation, people, team, plan, goal, private block,
 * framework) and every block comment that spans three lines or more. Single lines
 * that happen to wrap (a long `action`) are not folded: only blocks and comments
 * are what a reader wants to collapse.
 */
export class LeerplanFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return BLOCK_TYPES.has(node.$type);
    }

    /** Only the document, teams and plans hold blocks; everything else holds lines. */
    protected override shouldProcessContent(node: AstNode): boolean {
        return BLOCK_HOLDERS.has(node.$type);
    }

    /** A folded block comment hides its closing line too; a block keeps its closing brace visible. */
    protected override includeLastFoldingLine(node: CstNode, kind?: FoldingRangeKind): boolean {
        return kind === FoldingRangeKind.Comment ? true : super.includeLastFoldingLine(node, kind);
    }
}
