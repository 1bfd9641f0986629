import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { keywordLanguageCounts, keywordTokens } from './keyword-tokens.js';
import { translateKeyword, type KeywordLang } from './keywords.js';

/** One keyword to replace: where it is and what it becomes. */
export interface KeywordEdit {
    range: Range;
    newText: string;
}

/**
 * The edits that turn every keyword of one language into the other language, for
 * the quick fix of `mixed-keyword-language`. Names, strings and comments are never
 * touched: only keyword tokens (`keywordTokens`) are. Without `to`, the keywords are
 * translated into the language most of the document uses. Pure: no I/O, no services.
 */
export function translateKeywordEdits(root: AstNode, to?: KeywordLang): KeywordEdit[] {
    const tokens = keywordTokens(root);
    const target = to ?? keywordLanguageCounts(tokens).majority;
    const edits: KeywordEdit[] = [];
    tokens.forEach((token, i) => {
        if (!token.lang || token.lang === target) return;
        // `elk`/`elke` depend on the cadence unit that follows, `voor` on the word before it.
        const next = tokens[i + 1]?.text;
        const translated = translateKeyword(token.text, target, next, tokens[i - 1]?.text);
        if (translated && translated !== token.text) edits.push({ range: token.node.range, newText: translated });
    });
    return edits;
}
