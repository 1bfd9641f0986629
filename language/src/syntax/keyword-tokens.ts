import { CstUtils, GrammarAST, type CstNode, type AstNode } from 'langium';
const { isKeyword, isParserRule } = GrammarAST;
const { findLeafNodeAtOffset } = CstUtils;
import { keywordLanguage, KEYWORD_PAIRS, NEUTRAL_KEYWORDS, type KeywordLang } from './keywords.js';

const KEYWORD_TEXTS = new Set<string>([...NEUTRAL_KEYWORDS, ...KEYWORD_PAIRS.flatMap(([en, nl]) => [en, ...nl])]);

/** Rules whose keywords are really names (a person called `management`, a form called `feedback`). */
const NAME_RULES = new Set(['Id', 'SoftKeyword', 'QualifiedId', 'LearningFormName']);

export interface KeywordToken {
    node: CstNode;
    text: string;
    lang: KeywordLang | undefined;
}

/** The keywords of a document as written, in order, with the language of each. */
export function keywordTokens(root: AstNode): KeywordToken[] {
    const result: KeywordToken[] = [];
    if (root.$cstNode) collect(root.$cstNode, result);
    return result;
}

function collect(node: CstNode, result: KeywordToken[]): void {
    const children = (node as { content?: CstNode[] }).content;
    if (children !== undefined) {
        for (let i = 0, n = children.length; i < n; i++) collect(children[i], result);
        return;
    }
    // Keyword tokens are named after their text; most tokens (names, strings, braces) stop here.
    const tokenName = (node as { tokenType?: { name: string } }).tokenType?.name;
    if (tokenName === undefined || !KEYWORD_TEXTS.has(tokenName) || node.hidden) return;
    const source = node.grammarSource;
    if (!source || !isKeyword(source) || isNameKeyword(source)) return;
    result.push({ node, text: tokenName, lang: keywordLanguage(tokenName) });
}

const nameKeywordCache = new WeakMap<GrammarAST.Keyword, boolean>();

/** Whether a keyword of the grammar stands for a name there (`management` as a person's id), not for a keyword. */
export function isNameKeyword(keyword: GrammarAST.Keyword): boolean {
    let cached = nameKeywordCache.get(keyword);
    if (cached === undefined) {
        let container: AstNode | undefined = keyword.$container;
        while (container && !isParserRule(container)) container = container.$container;
        cached = isParserRule(container) && NAME_RULES.has(container.name);
        nameKeywordCache.set(keyword, cached);
    }
    return cached;
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

/** Counts of a document's keywords per language and where the first of each stands (offsets). */
export interface KeywordStats {
    en: number;
    nl: number;
    first: { en?: { offset: number; length: number }; nl?: { offset: number; length: number } };
}

/** Words that are keywords in some places and names in others (the `Id` rule accepts them). */
const AMBIGUOUS = new Set([
    'about', 'learning', 'over', 'leren', 'employees', 'medewerkers', 'representatives', 'vertegenwoordigers', 'management',
    'week', 'month', 'quarter', 'year', 'maand', 'kwartaal', 'jaar', 'planned', 'active', 'done', 'dropped', 'gepland',
    'actief', 'afgerond', 'gestopt', 'ask', 'give', 'vraag', 'geef', 'leadership', 'leiderschap', 'workplace', 'werkplek',
    'external', 'extern', 'feedback', '360-feedback',
    'doel', 'personal', 'persoonlijk', 'why', 'waarom', 'level', 'niveau', 'received', 'ontvangen', 'in', 'within', 'binnen',
    'after', 'na', 'ongoing', 'doorlopend', 'day', 'days', 'dag', 'dagen', 'weeks', 'weken', 'months', 'maanden',
    'quarters', 'kwartalen', 'years', 'jaren', 'clients', 'cliënten', 'clienten', 'citizens', 'burgers', 'students',
    'leerlingen', 'partners',
]);

/**
 * The same counts as `keywordTokens` + `keywordLanguageCounts`, from the lexer's token
 * list instead of a walk over the whole syntax tree: only the few words that can also be
 * names are looked up in the tree. Computed once per parse (see size-limited-parser.ts).
 */
export function keywordStatsFromTokens(tokens: ReadonlyArray<{ startOffset: number; image: string; tokenType: { name: string } }>, root: CstNode | undefined): KeywordStats {
    const stats: KeywordStats = { en: 0, nl: 0, first: {} };
    for (const token of tokens) {
        const lang = keywordLanguage(token.tokenType.name);
        if (lang === undefined) continue;
        if (AMBIGUOUS.has(token.tokenType.name) && root) {
            const leaf = findLeafNodeAtOffset(root, token.startOffset);
            const source = leaf?.grammarSource;
            if (!leaf || !source || !isKeyword(source) || isNameKeyword(source)) continue;
        }
        stats[lang]++;
        stats.first[lang] ??= { offset: token.startOffset, length: token.image.length };
    }
    return stats;
}
