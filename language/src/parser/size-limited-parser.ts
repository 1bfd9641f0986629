import {
    createLangiumParser, DefaultLexer, type LangiumCoreServices, type LangiumParser, type LexerResult, type ParseResult, type TokenizeOptions,
} from 'langium';
import type { IToken } from 'chevrotain';
import { keywordStatsFromTokens, type KeywordStats } from '../syntax/keyword-tokens.js';

/** Files beyond these sizes are not plans but accidents (a log, a dump, a binary): they are not parsed. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_FILE_LINES = 50_000;

export interface TooLarge {
    chars: number;
    lines: number;
}

/** A parse result of a file that was too large to parse; the validator turns it into one parse-error. */
export type SizedParseResult = ParseResult & { tooLarge?: TooLarge; unparsable?: 'too-complex' | 'failed' | 'binary'; keywordStats?: KeywordStats };

/** The lexer, keeping the tokens of its last run for the parser wrapper below. */
export class RecordingLexer extends DefaultLexer {
    lastTokens: IToken[] = [];

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        this.lastTokens = result.tokens;
        return result;
    }
}

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
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: unknown) => {
        const lines = input.length > MAX_FILE_BYTES / 4 ? countLines(input, MAX_FILE_LINES) : 0;
        if (input.length > MAX_FILE_BYTES || lines > MAX_FILE_LINES) {
            const empty = parse('', options as never) as SizedParseResult;
            empty.tooLarge = { chars: input.length, lines: countLines(input, Number.MAX_SAFE_INTEGER) };
            return empty;
        }
        if (input.includes('\u0000')) {
            // No text file holds NUL characters: this is a binary file (or a damaged one).
            const empty = parse('', options as never) as SizedParseResult;
            empty.unparsable = 'binary';
            return empty;
        }
        try {
            const result = parse(input, options as never) as SizedParseResult;
            const lexer = services.parser.Lexer as RecordingLexer;
            if (lexer.lastTokens) {
                result.keywordStats = keywordStatsFromTokens(lexer.lastTokens, result.value.$cstNode);
                lexer.lastTokens = [];
            }
            return result;
        } catch (e) {
            // The parser recurses per hidden token run and per nesting level; a pathological
            // file (150,000 comments in a row) can exhaust the stack. It is reported, not thrown.
            const empty = parse('', options as never) as SizedParseResult;
            empty.unparsable = e instanceof RangeError ? 'too-complex' : 'failed';
            return empty;
        }
    }) as typeof parser.parse;
    return parser;
}
