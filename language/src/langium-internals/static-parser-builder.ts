import { AstUtils, GrammarAST, GrammarUtils, LangiumParser, type LangiumCoreServices } from 'langium';
import type { TokenTypeDictionary } from 'chevrotain';
import type { IOrAlt, TokenType } from 'chevrotain';

type Method = () => void;
type RuleResult = ReturnType<LangiumParser['rule']>;

/**
 * The arguments every rule call passes: the grammar has no rule parameters, so nothing
 * reads them. Langium makes a fresh `{}` per call; one frozen object is enough.
 */
const NO_ARGS = Object.freeze({});

/** Occurrence numbers of each parser method within one rule (Chevrotain keys its lookahead on them). */
interface RuleContext {
    parser: LangiumParser;
    tokens: TokenTypeDictionary;
    consume: number;
    subrule: number;
    or: number;
    option: number;
    many: number;
    atLeastOne: number;
}

const parsersBuiltHere = new WeakSet<LangiumParser>();

/** Whether `parser` was built by `createStaticLangiumParser` (and not by Langium's builder). */
export function isStaticLangiumParser(parser: LangiumParser): boolean {
    return parsersBuiltHere.has(parser);
}

/**
 * Builds Langium's parser (the same `LangiumParser`, the same Chevrotain rules, the
 * same syntax tree) for a grammar without rule parameters, guards, unordered groups
 * or infix rules, like Leerplan's; for any other grammar it returns undefined and
 * the caller uses Langium's `createLangiumParser`.
 *
 * Why: Langium's builder supports parameters by creating, on every call of a rule
 * part, the objects Chevrotain is handed: the list of alternatives with a closure per
 * alternative, the `{ DEF }` of every optional and repeated part, the arguments of
 * every rule call. Parsing 1,000 plans made 100 MB of them, a quarter of all the
 * parser allocated, and the young generation was collected a hundred more times for
 * it. Without parameters those objects never change, so here each is made once,
 * when the parser is built.
 */
export function createStaticLangiumParser(services: LangiumCoreServices): LangiumParser | undefined {
    const grammar = services.Grammar;
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    if (grammar.rules.some(rule => reachable.has(rule) && GrammarAST.isInfixRule(rule))) return undefined;
    const rules = grammar.rules.filter((rule): rule is GrammarAST.ParserRule => GrammarAST.isParserRule(rule) && reachable.has(rule));
    if (!rules.every(isStatic)) return undefined;
    const parser = new LangiumParser(services);
    const tokens = services.parser.Lexer.definition;
    for (const rule of rules) {
        const ctx: RuleContext = { parser, tokens, consume: 1, subrule: 1, or: 1, option: 1, many: 1, atLeastOne: 1 };
        parser.rule(rule, buildElement(ctx, rule.definition));
    }
    parser.finalize();
    parsersBuiltHere.add(parser);
    return parser;
}

/** Whether a rule uses only what this builder handles (everything Leerplan's grammar uses). */
function isStatic(rule: GrammarAST.ParserRule): boolean {
    if (rule.parameters.length > 0) return false;
    for (const node of [rule.definition, ...AstUtils.streamAllContents(rule.definition)]) {
        if (GrammarAST.isUnorderedGroup(node) || GrammarAST.isEndOfFile(node)) return false;
        if (GrammarAST.isGroup(node) && node.guardCondition) return false;
        if (GrammarAST.isRuleCall(node) && node.arguments.length > 0) return false;
        if (GrammarAST.isCrossReference(node) && !node.terminal) return false;
        if ((node as { predicate?: string }).predicate) return false;
        if (GrammarAST.isAbstractElement(node) && !isBuildable(node) && !GrammarAST.isAssignment(node)) return false;
    }
    return true;
}

function isBuildable(element: GrammarAST.AbstractElement): boolean {
    return GrammarAST.isKeyword(element) || GrammarAST.isAction(element) || GrammarAST.isCrossReference(element)
        || GrammarAST.isRuleCall(element) || GrammarAST.isAlternatives(element) || GrammarAST.isGroup(element);
}

function buildElement(ctx: RuleContext, element: GrammarAST.AbstractElement): Method {
    return withCardinality(ctx, buildOnce(ctx, element), element.cardinality);
}

/** The element parsed once (its `?`, `*` or `+` is added by `withCardinality`). */
function buildOnce(ctx: RuleContext, element: GrammarAST.AbstractElement): Method {
    const { parser } = ctx;
    if (GrammarAST.isAssignment(element)) {
        // The parser finds the assignment of a keyword, rule call or reference itself.
        return buildElement(ctx, element.terminal);
    }
    if (GrammarAST.isKeyword(element)) {
        const idx = ctx.consume++;
        const token = tokenFor(ctx, element.value);
        return () => parser.consume(idx, token, element);
    }
    if (GrammarAST.isAction(element)) {
        const type = GrammarUtils.getTypeName(element);
        return () => parser.action(type, element);
    }
    if (GrammarAST.isCrossReference(element)) return buildCall(ctx, element.terminal!, element);
    if (GrammarAST.isRuleCall(element)) return buildCall(ctx, element, element);
    if (GrammarAST.isAlternatives(element)) {
        if (element.elements.length === 1) return buildElement(ctx, element.elements[0]);
        const alternatives: Array<IOrAlt<unknown>> = element.elements.map(alternative => ({ ALT: buildElement(ctx, alternative) }));
        const idx = ctx.or++;
        return () => parser.alternatives(idx, alternatives);
    }
    if (GrammarAST.isGroup(element)) {
        const parts = element.elements.map(part => buildElement(ctx, part));
        return () => {
            for (let i = 0; i < parts.length; i++) parts[i]();
        };
    }
    throw new Error(`Unexpected grammar element: ${element.$type}`);
}

/**
 * A rule call or the text of a cross-reference: a subrule for a parser rule (a data
 * type rule for a reference), a token for a terminal or a keyword. `feature` is what
 * the syntax tree records as the node's grammar source.
 */
function buildCall(ctx: RuleContext, terminal: GrammarAST.AbstractElement, feature: GrammarAST.AbstractElement): Method {
    const { parser } = ctx;
    if (GrammarAST.isKeyword(terminal)) {
        const idx = ctx.consume++;
        const token = tokenFor(ctx, terminal.value);
        return () => parser.consume(idx, token, feature);
    }
    if (!GrammarAST.isRuleCall(terminal)) throw new Error(`Unexpected reference text: ${terminal.$type}`);
    const rule = terminal.rule.ref;
    if (GrammarAST.isParserRule(rule)) {
        const idx = ctx.subrule++;
        // The text of a reference is a data type rule, never a fragment.
        const fragment = feature === terminal && rule.fragment;
        let subrule: RuleResult | undefined;
        return () => {
            subrule ??= parser.getRule(rule.name);
            if (!subrule) throw new Error(`Rule "${rule.name}" not found.`);
            parser.subrule(idx, subrule, fragment, feature, NO_ARGS);
        };
    }
    if (GrammarAST.isTerminalRule(rule)) {
        const idx = ctx.consume++;
        const token = tokenFor(ctx, rule.name);
        return () => parser.consume(idx, token, feature);
    }
    throw new Error(`Undefined rule: ${terminal.rule.$refText}`);
}

function withCardinality(ctx: RuleContext, method: Method, cardinality: GrammarAST.AbstractElement['cardinality']): Method {
    const { parser } = ctx;
    const options = { DEF: method };
    switch (cardinality) {
        case undefined:
            return method;
        case '?': {
            const idx = ctx.option++;
            return () => parser.optional(idx, options);
        }
        case '*': {
            const idx = ctx.many++;
            return () => parser.many(idx, options);
        }
        case '+': {
            const idx = ctx.atLeastOne++;
            return () => parser.atLeastOne(idx, options);
        }
    }
}

function tokenFor(ctx: RuleContext, name: string): TokenType {
    const token = ctx.tokens[name];
    if (!token) throw new Error(`No token for '${name}'`);
    return token;
}
