import type { LangiumDocument } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { moveCommentOffsets } from '../langium-internals/comment-edit.js';
import type { SizedParseResult } from '../parser/size-limited-parser.js';
import { LazyIndexManager } from './lazy-index-manager.js';
import { recordParsedVersion } from './parsed-version.js';

/**
 * Takes an edit inside a `//` comment of a checked document without parsing, linking
 * and validating it again: the syntax tree's offsets move in place
 * (`langium-internals/comment-edit.ts`), and so does everything derived from them: the
 * keyword statistics of the parse, and the document's exported symbols and references
 * in the index (recomputed). The diagnostics stay as they are: their lines and columns
 * do not change. False, changing nothing, for any other edit, or when the index cannot
 * follow (it is not the lazy one).
 */
export function applyCommentEdit(document: LangiumDocument, textDocument: TextDocument, index: unknown): boolean {
    if (!(index instanceof LazyIndexManager) || !index.canFollowMovedOffsets(document)) return false;
    const moved = moveCommentOffsets(document, textDocument);
    if (!moved) return false;
    const first = (document.parseResult as SizedParseResult).keywordStats?.first;
    for (const at of [first?.en, first?.nl]) if (at && at.offset >= moved.end) at.offset += moved.delta;
    index.offsetsMoved(document);
    // The tree now stands for the edited text.
    recordParsedVersion(document, textDocument.version);
    return true;
}
