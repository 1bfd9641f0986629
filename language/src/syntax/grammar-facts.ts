import { AstUtils, GrammarAST, GrammarUtils } from 'langium';

/**
 * Facts about the .pop language read from its grammar (`leerplan.langium`), so that
 * nothing else keeps a copy of them: which rules stand for names, which keywords may
 * also be names, and what an identifier looks like. Each is computed once per grammar.
 */
interface GrammarFacts {
    nameRules: ReadonlySet<string>;
    nameKeywords: ReadonlySet<string>;
    softKeywords: ReadonlySet<string>;
    wordKeywords: readonly string[];
    identifier: RegExp;
}

const cache = new WeakMap<GrammarAST.Grammar, GrammarFacts>();

function factsOf(grammar: GrammarAST.Grammar): GrammarFacts {
    let facts = cache.get(grammar);
    if (!facts) {
        const nameRules = nameRulesOf(grammar);
        const nameKeywords = new Set<string>();
        for (const rule of grammar.rules) {
            if (!nameRules.has(rule.name)) continue;
            for (const node of AstUtils.streamAllContents(rule)) if (GrammarAST.isKeyword(node)) nameKeywords.add(node.value);
        }
        facts = { nameRules, nameKeywords, softKeywords: softKeywordsOf(grammar), wordKeywords: wordKeywordsOf(grammar), identifier: identifierOf(grammar) };
        cache.set(grammar, facts);
    }
    return facts;
}

/**
 * The data-type rules that stand for a name: those that reach the `ID` terminal
 * (`Id`, `QualifiedId`, `LearningFormName`), and the rules they call (`SoftKeyword`:
 * the keywords a name may be). A keyword written inside one of them is a name there.
 */
function nameRulesOf(grammar: GrammarAST.Grammar): Set<string> {
    const dataTypeRules = grammar.rules.filter((r): r is GrammarAST.ParserRule => GrammarAST.isParserRule(r) && GrammarUtils.isDataTypeRule(r));
    const calls = (rule: GrammarAST.ParserRule) => AstUtils.streamAllContents(rule).filter(GrammarAST.isRuleCall).map(call => call.rule.ref).nonNullable().toArray();
    const reachesId = new Map<GrammarAST.ParserRule, boolean>();
    const reaches = (rule: GrammarAST.ParserRule): boolean => {
        const known = reachesId.get(rule);
        if (known !== undefined) return known;
        reachesId.set(rule, false);
        const result = calls(rule).some(target => (GrammarAST.isTerminalRule(target) && target.name === 'ID') || (GrammarAST.isParserRule(target) && reaches(target)));
        reachesId.set(rule, result);
        return result;
    };
    const names = new Set<string>();
    const add = (rule: GrammarAST.ParserRule) => {
        if (names.has(rule.name)) return;
        names.add(rule.name);
        for (const target of calls(rule)) if (GrammarAST.isParserRule(target) && GrammarUtils.isDataTypeRule(target)) add(target);
    };
    for (const rule of dataTypeRules) if (reaches(rule)) add(rule);
    return names;
}

/** The keywords a rule that calls `ID` accepts in its place, through the data-type rules it calls (`Id`: `SoftKeyword`). */
function softKeywordsOf(grammar: GrammarAST.Grammar): Set<string> {
    const keywords = new Set<string>();
    const seen = new Set<GrammarAST.AbstractRule>();
    const visit = (rule: GrammarAST.AbstractRule | undefined) => {
        if (!rule || seen.has(rule)) return;
        seen.add(rule);
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node)) keywords.add(node.value);
            else if (GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref)) visit(node.rule.ref);
        }
    };
    const callsId = (rule: GrammarAST.AbstractRule) => AstUtils.streamAllContents(rule)
        .some(node => GrammarAST.isRuleCall(node) && GrammarAST.isTerminalRule(node.rule.ref) && node.rule.ref.name === 'ID');
    for (const rule of grammar.rules) if (GrammarAST.isParserRule(rule) && GrammarUtils.isDataTypeRule(rule) && callsId(rule)) visit(rule);
    return keywords;
}

/** The `ID` terminal as a regex that matches a whole id. */
function identifierOf(grammar: GrammarAST.Grammar): RegExp {
    const terminal = grammar.rules.find((r): r is GrammarAST.TerminalRule => GrammarAST.isTerminalRule(r) && r.name === 'ID');
    if (!terminal) throw new Error('the grammar has no ID terminal');
    return new RegExp(`^(?:${GrammarUtils.terminalRegex(terminal).source})$`);
}

/** The rules whose keywords are names (a person called `management`, a form called `feedback`). */
export function nameRules(grammar: GrammarAST.Grammar): ReadonlySet<string> {
    return factsOf(grammar).nameRules;
}

/** Every keyword that is a name in some place (`management`, `feedback`, `week` ...). */
export function nameKeywords(grammar: GrammarAST.Grammar): ReadonlySet<string> {
    return factsOf(grammar).nameKeywords;
}

/** The keywords that may stand where a plain `ID` may (`management`, `week` ...): the soft keywords. */
export function softKeywords(grammar: GrammarAST.Grammar): ReadonlySet<string> {
    return factsOf(grammar).softKeywords;
}

/** Every keyword that is a word of letters and hyphens (`feedback`, `leerdoel`), sorted: what a misspelt word may have meant. */
export function wordKeywords(grammar: GrammarAST.Grammar): readonly string[] {
    return factsOf(grammar).wordKeywords;
}

function wordKeywordsOf(grammar: GrammarAST.Grammar): string[] {
    const keywords = new Set<string>();
    for (const node of AstUtils.streamAllContents(grammar)) {
        if (GrammarAST.isKeyword(node) && /^\p{L}[\p{L}-]*$/u.test(node.value)) keywords.add(node.value);
    }
    return [...keywords].sort();
}

/** What a whole id looks like: the grammar's `ID` terminal, anchored. */
export function identifierPattern(grammar: GrammarAST.Grammar): RegExp {
    return factsOf(grammar).identifier;
}

const keywordIsName = new WeakMap<GrammarAST.Keyword, boolean>();

/** Whether this keyword of the grammar stands where a name does (inside one of the name rules). */
export function isNameKeyword(keyword: GrammarAST.Keyword): boolean {
    let cached = keywordIsName.get(keyword);
    if (cached === undefined) {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        const grammar = AstUtils.getContainerOfType(keyword, GrammarAST.isGrammar);
        cached = rule !== undefined && grammar !== undefined && nameRules(grammar).has(rule.name);
        keywordIsName.set(keyword, cached);
    }
    return cached;
}
