import { CstUtils, GrammarAST, type CstNode, type AstNode } from 'langium';
const { streamCst } = CstUtils;
const { isKeyword, isParserRule } = GrammarAST;
import { keywordLanguage, type KeywordLang } from './keywords.js';

/** Rules whose keywords are really names (a person called `management`, a form called `feedback`). */
const NAME_RULES = new Set(['Id', 'QualifiedId', 'LearningFormName']);

export interface KeywordToken {
    node: CstNode;
    text: string;
    lang: KeywordLang | undefined;
}

/** The keywords of a document as written, in order, with the language of each. */
export function keywordTokens(root: AstNode): KeywordToken[] {
    const result: KeywordToken[] = [];
    if (!root.$cstNode) return result;
    for (const node of streamCst(root.$cstNode)) {
        const source = node.grammarSource;
        if (!source || !isKeyword(source) || node.hidden) continue;
        if ((node as { content?: unknown }).content !== undefined) continue;
        if (isNameKeyword(source)) continue;
        result.push({ node, text: node.text, lang: keywordLanguage(node.text) });
    }
    return result;
}

function isNameKeyword(keyword: GrammarAST.Keyword): boolean {
    let container: AstNode | undefined = keyword.$container;
    while (container && !isParserRule(container)) container = container.$container;
    return isParserRule(container) && NAME_RULES.has(container.name);
}

/** The language most of a document's keywords are in, and the count of each. */
export function keywordLanguageCounts(tokens: KeywordToken[]): { en: number; nl: number; majority: KeywordLang } {
    let en = 0;
    let nl = 0;
    for (const t of tokens) {
        if (t.lang === 'en') en++;
        else if (t.lang === 'nl') nl++;
    }
    let majority: KeywordLang = en >= nl ? 'en' : 'nl';
    if (en === nl && en > 0) majority = tokens.find(t => t.lang)!.lang!;
    return { en, nl, majority };
}
