import { AstUtils, GrammarAST, type Grammar } from 'langium';
import { isNameKeyword } from '../../../language/src/syntax/grammar-facts.js';

/**
 * What the grammar says about a keyword, for completion: whether what comes right after
 * it in its own line can be completed (a name of something declared, a value such as
 * `ask` or `active`, a date, a learning form, a moment), and whether it starts a line of
 * a block or a declaration. Computed from the grammar's own rules, so a new keyword gets
 * the right behaviour without a table: completion opens by itself after `supports `,
 * `coach ` or `feedback ask `, never after `goal ` (a new name follows) or after `status
 * active ` (the line is complete), and accepting `dimensions` asks again for a dimension.
 */
export class KeywordFacts {
    private readonly argument = new Map<string, boolean>();
    private readonly argumentOf = new Map<GrammarAST.Keyword, boolean>();
    private readonly starters = new Set<GrammarAST.Keyword>();

    constructor(grammar: Grammar) {
        const callers = callSites(grammar);
        for (const node of AstUtils.streamAllContents(grammar)) {
            if (!GrammarAST.isKeyword(node) || !/\p{L}/u.test(node.value) || isNameKeyword(node)) continue;
            const completable = followingIsCompletable(node, callers, new Set());
            this.argumentOf.set(node, completable);
            this.argument.set(node.value, (this.argument.get(node.value) ?? false) || completable);
            if (startsLine(node, callers)) this.starters.add(node);
        }
    }

    /** Whether completion can offer something right after the word `keyword` (in at least one place where it stands). */
    takesCompletableArgument(keyword: string): boolean {
        return this.argument.get(keyword) ?? false;
    }

    /** Whether completion can offer something right after this keyword of the grammar, where it stands. */
    keywordTakesCompletableArgument(keyword: GrammarAST.Keyword): boolean {
        return this.argumentOf.get(keyword) ?? false;
    }

    /** Whether this keyword of the grammar begins a line of a block or a top-level declaration (a new statement). */
    keywordStartsLine(keyword: GrammarAST.Keyword): boolean {
        return this.starters.has(keyword);
    }
}

/** For every parser rule, the rule calls that use it. */
function callSites(grammar: Grammar): Map<GrammarAST.AbstractRule, GrammarAST.RuleCall[]> {
    const sites = new Map<GrammarAST.AbstractRule, GrammarAST.RuleCall[]>();
    for (const node of AstUtils.streamAllContents(grammar)) {
        if (GrammarAST.isRuleCall(node) && node.rule.ref) (sites.get(node.rule.ref) ?? sites.set(node.rule.ref, []).get(node.rule.ref)!).push(node);
    }
    return sites;
}

/** The elements that may come right after `element` inside its rule, or at the rule's call sites when it ends a value rule. */
function following(element: GrammarAST.AbstractElement, callers: Map<GrammarAST.AbstractRule, GrammarAST.RuleCall[]>, seen: Set<GrammarAST.AbstractRule>): GrammarAST.AbstractElement[] {
    const container = element.$container;
    if (GrammarAST.isGroup(container)) {
        const index = container.elements.indexOf(element);
        const after = container.elements.slice(index + 1);
        if (after.length) {
            // An optional element may be skipped: what follows it counts too.
            const result: GrammarAST.AbstractElement[] = [];
            for (const next of after) {
                result.push(next);
                if (!isOptional(next)) return result;
            }
            return [...result, ...following(container, callers, seen)];
        }
        return following(container, callers, seen);
    }
    if (GrammarAST.isAbstractElement(container)) return following(container, callers, seen);
    if (GrammarAST.isParserRule(container) && (container.fragment || isDataTypeRule(container)) && !seen.has(container)) {
        seen.add(container);
        return (callers.get(container) ?? []).flatMap(call => following(call, callers, seen));
    }
    return [];
}

function followingIsCompletable(keyword: GrammarAST.Keyword, callers: Map<GrammarAST.AbstractRule, GrammarAST.RuleCall[]>, seen: Set<GrammarAST.AbstractRule>): boolean {
    return following(keyword, callers, seen).some(next => completable(next, new Set()));
}

const COMPLETABLE_TERMINALS = new Set(['DATE']);
const COMPLETABLE_VALUE_RULES = new Set(['LearningFormName']);

/** Whether completion offers something where `element` begins. */
function completable(element: GrammarAST.AbstractElement, seen: Set<GrammarAST.AbstractRule>): boolean {
    if (GrammarAST.isKeyword(element)) return /\p{L}/u.test(element.value) && !isNameKeyword(element);
    if (GrammarAST.isCrossReference(element)) return true;
    if (GrammarAST.isAssignment(element)) return completable(element.terminal, seen);
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) return element.elements.some(e => completable(e, seen));
    if (GrammarAST.isGroup(element)) {
        for (const e of element.elements) {
            if (completable(e, seen)) return true;
            if (!isOptional(e)) return false;
        }
        return false;
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!rule || seen.has(rule)) return false;
        if (GrammarAST.isTerminalRule(rule)) return COMPLETABLE_TERMINALS.has(rule.name);
        if (COMPLETABLE_VALUE_RULES.has(rule.name)) return true;
        seen.add(rule);
        return GrammarAST.isParserRule(rule) && completable(rule.definition, seen);
    }
    return false;
}

function isOptional(element: GrammarAST.AbstractElement): boolean {
    return element.cardinality === '?' || element.cardinality === '*';
}

function isDataTypeRule(rule: GrammarAST.ParserRule): boolean {
    return rule.dataType !== undefined;
}

/**
 * Whether `keyword` is the first thing of a rule that is a line of a block (assigned to
 * a list, `goals+=Goal`) or a top-level declaration: a statement, not the middle of one.
 */
function startsLine(keyword: GrammarAST.Keyword, callers: Map<GrammarAST.AbstractRule, GrammarAST.RuleCall[]>): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (!rule || rule.fragment || isDataTypeRule(rule) || !isFirstOf(keyword, rule.definition)) return false;
    const seen = new Set<GrammarAST.AbstractRule>();
    const isStatement = (r: GrammarAST.AbstractRule): boolean => {
        if (seen.has(r)) return false;
        seen.add(r);
        return (callers.get(r) ?? []).some(call => {
            const assignment = AstUtils.getContainerOfType(call, GrammarAST.isAssignment);
            if (assignment?.operator === '+=') return true;
            // A rule that is one of the alternatives of another (TopLevel: Plan | Team | ...).
            const outer = AstUtils.getContainerOfType(call, GrammarAST.isParserRule);
            return !assignment && outer !== undefined && GrammarAST.isAlternatives(outer.definition) && isStatement(outer);
        });
    };
    return isStatement(rule);
}

function isFirstOf(keyword: GrammarAST.Keyword, definition: GrammarAST.AbstractElement): boolean {
    if (definition === keyword) return true;
    if (GrammarAST.isAlternatives(definition)) return definition.elements.some(e => isFirstOf(keyword, e));
    if (GrammarAST.isGroup(definition)) {
        for (const e of definition.elements) {
            if (GrammarAST.isAction(e)) continue;
            if (isFirstOf(keyword, e)) return true;
            if (!isOptional(e)) return false;
        }
    }
    if (GrammarAST.isAssignment(definition)) return isFirstOf(keyword, definition.terminal);
    return false;
}
