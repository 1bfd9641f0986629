import {
    createLangiumParser, DefaultLexer, type LangiumCoreServices, type LangiumParser, type LexerResult, type ParseResult, type TokenizeOptions,
} from 'langium';
import type { IToken } from 'chevrotain';
import { keywordStatsFromTokens, type KeywordStats } from '../syntax/keyword-tokens.js';
import { nameKeywords } from '../syntax/grammar-facts.js';
import { parseWithContainers, supportsParseWithContainers } from '../langium-internals/parse-with-containers.js';
import { useCompactCst } from '../langium-internals/compact-cst.js';
import { createStaticLangiumParser } from '../langium-internals/static-parser-builder.js';
import { limitParseErrors, resetStoppedParse, TooManyParseErrors } from '../langium-internals/parse-error-limit.js';
import { unreadFileOf, type UnreadFile } from './unread-file.js';

/** Files beyond these sizes are not plans but accidents (a log, a dump, a binary): they are not parsed. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_FILE_LINES = 50_000;

export interface TooLarge {
    chars: number;
    lines: number;
}

/** A parse result of a file that was too large to parse; the validator turns it into one parse-error. */
export type SizedParseResult = ParseResult & {
    tooLarge?: TooLarge;
    unparsable?: 'too-complex' | 'failed' | 'binary';
    /** The host did not read the file (too large on disk, or unreadable): the text was a stand-in. */
    unread?: UnreadFile;
    keywordStats?: KeywordStats;
};

/**
 * The lexer, keeping the tokens of its last run for the parser wrapper below while it
 * parses (`recording`); other users of the lexer (the formatter) leave no tokens behind.
 */
export class RecordingLexer extends DefaultLexer {
    lastTokens: IToken[] = [];
    recording = false;

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        if (this.recording) this.lastTokens = result.tokens;
        return result;
    }
}

/**
 * Error recovery costs about 0.1 ms per syntax error: 2 MB of `people { people { ...`
 * (220,000 errors) took 30 s and 650 MB. The validator shows the first 25 errors only,
 * so the parser stops after this many and parses the text up to that point instead.
 */
export const MAX_PARSE_ERRORS = 100;

function countLines(text: string, stopAt: number): number {
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1 && lines <= stopAt; i = text.indexOf('\n', i + 1)) lines++;
    return lines;
}

/**
 * The generated parser, refusing texts too large to be a plan: they parse as an empty
 * document (so the rest of the workspace is checked as usual) and carry `tooLarge`.
 * Bounded time and memory for a 10 MB file or a 200,000-line file.
 */
export function createSizeLimitedParser(services: LangiumCoreServices): LangiumParser {
    const parser = createStaticLangiumParser(services) ?? createLangiumParser(services);
    useCompactCst(parser);
    let errorLimit = MAX_PARSE_ERRORS;
    limitParseErrors(parser, () => errorLimit);
    const langiumParse = parser.parse.bind(parser);
    const ownParse = supportsParseWithContainers(parser);
    const parseAll = ((input: string, options?: { rule?: string }) =>
        ownParse && !options?.rule ? parseWithContainers(parser, input) : langiumParse(input, options)) as typeof parser.parse;
    /** A parse that stops after MAX_PARSE_ERRORS errors: the text up to the last of them is parsed instead. */
    const parse = ((input: string, options?: never) => {
        try {
            return parseAll(input, options);
        } catch (e) {
            if (!(e instanceof TooManyParseErrors)) throw e;
            resetStoppedParse(parser);
            errorLimit = Number.POSITIVE_INFINITY;
            try {
                return parseAll(input.slice(0, e.offset), options);
            } finally {
                errorLimit = MAX_PARSE_ERRORS;
            }
        }
    }) as typeof parser.parse;
    parser.parse = ((input: string, options?: unknown) => {
        const lines = input.length > MAX_FILE_BYTES / 4 ? countLines(input, MAX_FILE_LINES) : 0;
        if (input.length > MAX_FILE_BYTES || lines > MAX_FILE_LINES) {
            const empty = parse('', options as never) as SizedParseResult;
            empty.tooLarge = { chars: input.length, lines: countLines(input, Number.MAX_SAFE_INTEGER) };
            return empty;
        }
        const unread = input.charCodeAt(0) === 0 ? unreadFileOf(input) : undefined;
        if (unread) {
            const empty = parse('', options as never) as SizedParseResult;
            empty.unread = unread;
            return empty;
        }
        if (input.includes('\u0000')) {
            // No text file holds NUL characters: this is a binary file (or a damaged one).
            const empty = parse('', options as never) as SizedParseResult;
            empty.unparsable = 'binary';
            return empty;
        }
        const lexer = services.parser.Lexer as RecordingLexer;
        try {
            if (lexer.lastTokens) lexer.recording = true;
            const result = parse(input, options as never) as SizedParseResult;
            if (lexer.lastTokens) result.keywordStats = keywordStatsFromTokens(lexer.lastTokens, result.value.$cstNode, nameKeywords(services.Grammar));
            return result;
        } catch (e) {
            // The parser recurses per hidden token run and per nesting level; a pathological
            // file (150,000 comments in a row) can exhaust the stack. It is reported, not thrown.
            lexer.recording = false;
            const empty = parse('', options as never) as SizedParseResult;
            empty.unparsable = e instanceof RangeError ? 'too-complex' : 'failed';
            return empty;
        } finally {
            lexer.recording = false;
            if (lexer.lastTokens) lexer.lastTokens = [];
        }
    }) as typeof parser.parse;
    return parser;
}
