import { isAstNode, type AstNode, type LangiumParser, type Lexer, type LexerResult, type ParseResult, type RootCstNode } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';

/** The parts of Langium's parser (4.4) that one parse of a whole document goes through. */
interface ParserInternals {
    lexer: Lexer;
    wrapper: { input: IToken[]; errors: IRecognitionException[] };
    nodeBuilder: { buildRootNode(input: string): RootCstNode; addHiddenNodes(tokens: IToken[]): void };
    mainRule: unknown;
    lexerResult?: LexerResult;
    unorderedGroups: Map<string, boolean[]>;
    doParse(rule: unknown): AstNode;
}

/**
 * Parses a whole document the way `LangiumParser.parse` does, with one difference:
 * the syntax tree's `$container` links are set by `linkContainers` below instead of
 * Langium's `linkContentToContainer`, which allocates an entries array (and a pair
 * per property) for every node of the tree. With a thousand files that was a tenth
 * of everything the parser allocated, and so a tenth of its garbage collections.
 * The parse itself (lexer, Chevrotain, the syntax tree builder) is Langium's own.
 */
export function parseWithContainers(parser: LangiumParser, input: string): ParseResult {
    const internals = parser as unknown as ParserInternals;
    internals.nodeBuilder.buildRootNode(input);
    const lexed = internals.lexer.tokenize(input);
    internals.lexerResult = lexed;
    internals.wrapper.input = lexed.tokens;
    const value = internals.doParse(internals.mainRule);
    internals.nodeBuilder.addHiddenNodes(lexed.hidden);
    internals.unorderedGroups.clear();
    internals.lexerResult = undefined;
    linkContainers(value);
    const parserErrors = internals.wrapper.errors;
    // Chevrotain keeps the tokens it was given until the next parse: let them go now.
    internals.wrapper.input = [];
    return { value, lexerErrors: lexed.errors, lexerReport: lexed.report, parserErrors };
}

/** Whether this Langium parser has the internals `parseWithContainers` relies on. */
export function supportsParseWithContainers(parser: LangiumParser): boolean {
    const internals = parser as unknown as Partial<ParserInternals>;
    return typeof internals.doParse === 'function' && typeof internals.nodeBuilder?.buildRootNode === 'function'
        && typeof internals.nodeBuilder.addHiddenNodes === 'function' && internals.lexer !== undefined
        && internals.wrapper !== undefined && internals.unorderedGroups instanceof Map;
}

const DOLLAR = 0x24;

/**
 * Sets `$container`, `$containerProperty` and `$containerIndex` of every node below
 * `node`, depth first and in property order, as Langium's `linkContentToContainer`
 * with `deep: true` does, without allocating. Properties starting with `$` are
 * Langium's own (`$cstNode`, `$type` ...) and hold no children.
 *
 * A list the parser filled is replaced by a copy of it: Langium's parser pushes its
 * items into an empty array, which V8 gives room for 17, and a syntax tree's lists
 * mostly hold one to three (a goal's dimensions, actions, due date, status). The copy
 * has room for exactly its items: 5.5 MB less for the 1,001 files of the benchmark, a
 * tenth of what their syntax trees keep (Langium compacts the syntax tree's own
 * `content` lists the same way).
 */
export function linkContainers(node: AstNode): void {
    const record = node as unknown as Record<string, unknown>;
    for (const name in record) {
        if (name.charCodeAt(0) === DOLLAR) continue;
        const value = record[name];
        if (Array.isArray(value)) {
            const list: unknown[] = value.length > 0 ? value.slice() : value;
            if (list !== value) record[name] = list;
            for (let index = 0; index < list.length; index++) {
                const item: unknown = list[index];
                if (!isAstNode(item)) continue;
                const child = item as { $container: AstNode; $containerProperty: string; $containerIndex: number };
                child.$container = node;
                child.$containerProperty = name;
                child.$containerIndex = index;
                linkContainers(item);
            }
        } else if (isAstNode(value)) {
            const child = value as { $container: AstNode; $containerProperty: string };
            child.$container = node;
            child.$containerProperty = name;
            linkContainers(value);
        }
    }
}
