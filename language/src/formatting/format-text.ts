import { EmptyFileSystem, type LangiumCoreServices } from 'langium';
import { createLeerplanCoreServices } from '../leerplan-module.js';
import { layoutItems, type LayoutItem } from './layout-items.js';
import { personTablePadding } from './person-table.js';
import type { SizedParseResult } from '../parser/size-limited-parser.js';

/**
 * The formatter's answer: the formatted text, or why the text was left alone:
 * `does-not-parse` (with the 1-based position of the first syntax error when there is
 * one), `too-large` (beyond the parser's size limit, so never parsed) or
 * `would-change-tokens` (a formatter bug caught by the final check).
 */
export type FormatResult =
    | { ok: true; text: string }
    | { ok: false; reason: 'does-not-parse' | 'too-large' | 'would-change-tokens'; line?: number; column?: number };

const INDENT = '    ';
const BOM = '\uFEFF';

let parserServices: LangiumCoreServices | undefined;

/** One parser for every call: building Langium's parser costs far more than a parse. */
function services(): LangiumCoreServices {
    parserServices ??= createLeerplanCoreServices(EmptyFileSystem).Leerplan;
    return parserServices;
}

/**
 * Formats a .pop file the way language.md prescribes: four spaces per block level,
 * every line of a block on its own line, one blank line between top-level declarations
 * and around goals, single spaces between tokens (people lines are aligned as a table,
 * see person-table.ts), comments where they were, keywords as written. Pure: no I/O. A text that does not parse is not touched (`ok: false`),
 * because without a syntax tree the formatter cannot know where lines start.
 *
 * Line breaks the user put inside one declaration (a vision's flags, a dimension's
 * description on the next line) are kept as continuation lines, and at most one blank
 * line is kept where the user left blank lines; so formatting twice gives the same text.
 * A comment at the end of a line keeps its column when the code before it now ends
 * earlier (aligned comments stay aligned); a line comment loses its trailing spaces.
 */
export function formatPop(text: string, parser: LangiumCoreServices = services()): FormatResult {
    const bom = text.startsWith(BOM) ? BOM : '';
    const source = bom ? text.slice(1) : text;
    let parsed: SizedParseResult;
    try {
        parsed = parser.parser.LangiumParser.parse(source);
    } catch {
        // The parser itself gave up (e.g. a stack overflow on a hostile text): not a plan we can lay out.
        return { ok: false, reason: 'does-not-parse' };
    }
    if (parsed.tooLarge || parsed.unread?.reason === 'too-large') return { ok: false, reason: 'too-large' };
    if (parsed.unread) return { ok: false, reason: 'does-not-parse' };
    const lexError = parsed.lexerErrors[0];
    if (lexError) {
        return { ok: false, reason: 'does-not-parse', line: lexError.line, column: lexError.column };
    }
    const parseError = parsed.parserErrors[0];
    if (parseError) {
        const token = parseError.token;
        const known = token && !isNaN(token.startOffset) && token.tokenType.name !== 'EOF';
        return { ok: false, reason: 'does-not-parse', line: known ? token.startLine : undefined, column: known ? token.startColumn : undefined };
    }
    const items = layoutItems(parsed.value);
    const formatted = bom + layout(source, items, lineEnding(source));
    if (formatted !== text && !sameTokens(source, formatted.slice(bom.length), parser)) {
        // A safety net: the formatter only ever changes whitespace, so the tokens and
        // comments must come out the same. If they do not, leave the file alone.
        return { ok: false, reason: 'would-change-tokens' };
    }
    return { ok: true, text: formatted };
}

/** CRLF when the file's first line ends in CRLF, otherwise LF. */
function lineEnding(text: string): string {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** The number of line breaks in `text` between `from` and `to` (CRLF, LF and a lone CR each count once). */
function lineBreaks(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) count++;
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
    }
    return count;
}

/**
 * Columns of offsets in `text` (0-based, in UTF-16 units), asked in increasing order:
 * the text is scanned once, so a long line full of comments stays linear.
 */
function columnFinder(text: string): (offset: number) => number {
    let scanned = 0;
    let lineStart = 0;
    return (offset: number) => {
        for (; scanned < offset; scanned++) {
            const c = text.charCodeAt(scanned);
            if (c === 10 || c === 13) lineStart = scanned + 1;
        }
        return offset - lineStart;
    };
}

function isToken(item: LayoutItem | undefined, text?: string): boolean {
    return item !== undefined && item.kind === 'token' && (text === undefined || item.text === text);
}

/**
 * Lays the items out. Each pair of neighbours gets a separator: nothing, one space, a
 * space-padded gap (a comment at the end of a line keeps its column when it can), or
 * a line break with indentation and, where the rules want one, a blank line.
 */
function layout(source: string, items: LayoutItem[], eol: string): string {
    if (items.length === 0) return '';
    const blankBefore = requiredBlankLines(items);
    const nextToken = nextTokenIndex(items);
    const tablePadding = personTablePadding(source, items);
    const columnOf = columnFinder(source);
    const out: string[] = [];
    let column = 0;
    let depth = 0;
    let breaksSinceToken = 0;
    let lastToken: LayoutItem | undefined;
    let previousStartedLine = true;
    // Whether the output line holds the same items as a line of the original: only then
    // does a comment's original column mean anything.
    let lineMatchesOriginal = true;
    const write = (s: string) => {
        out.push(s);
        const lastBreak = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
        column = lastBreak === -1 ? column + s.length : s.length - lastBreak - 1;
    };

    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const previous = items[i - 1];
        const next = nextToken[i] === -1 ? undefined : items[nextToken[i]];
        if (item.kind === 'token' && item.breaks === 'close') depth = Math.max(0, depth - 1);

        const originalBreaks = previous ? lineBreaks(source, previous.end, item.offset) : 0;
        const brokeBefore = originalBreaks > 0;
        const separator = previous ? separatorBetween(previous, item, brokeBefore, previousStartedLine) : { newline: true };
        if (separator.newline) {
            lineMatchesOriginal = previous === undefined || brokeBefore;
            if (previous) {
                const originalBlank = Math.min(1, Math.max(0, originalBreaks - 1));
                let blank = isToken(previous, '{') || isToken(item, '}') ? 0 : originalBlank;
                const rule = next && breaksSinceToken === 0 ? blankBefore[nextToken[i]] : 'never';
                if (rule === 'always' || (rule === 'when-split' && lastToken && lineBreaks(source, lastToken.end, next!.offset) === 0)) blank = 1;
                write(eol.repeat(1 + blank));
            }
            write(INDENT.repeat(indentLevel(item, next, depth)));
            breaksSinceToken++;
            previousStartedLine = true;
        } else {
            let gap = separator.gap ?? '';
            if (brokeBefore) lineMatchesOriginal = false;
            const padded = item.kind === 'token' && gap === ' ' ? tablePadding.get(i - 1) : undefined;
            if (padded !== undefined) gap = ' '.repeat(padded);
            if (item.kind !== 'token' && gap === ' ' && lineMatchesOriginal) {
                // A comment after code keeps the column it had, when the code now ends before it.
                gap = ' '.repeat(Math.max(1, columnOf(item.offset) - column));
            }
            write(gap);
            previousStartedLine = false;
        }
        write(item.text);
        if (item.kind === 'token') {
            lastToken = item;
            breaksSinceToken = 0;
            if (item.text === '{') depth++;
        }
    }
    write(eol);
    return out.join('');
}

/**
 * How `item` is separated from `previous`: a line break, or a gap on the same line.
 * `brokeBefore` says whether the original had a line break between them.
 */
function separatorBetween(previous: LayoutItem, item: LayoutItem, brokeBefore: boolean, previousStartedLine: boolean): { newline: boolean; gap?: string } {
    if (previous.kind === 'line-comment') return { newline: true };
    if (item.kind !== 'token') return brokeBefore ? { newline: true } : { newline: false, gap: ' ' };
    const afterToken = previous.kind === 'token';
    if (afterToken && previous.text === '{' && item.text === '}') return { newline: false, gap: '' };
    if (item.breaks) {
        // A block comment that opens the line of a statement stays in front of it.
        if (previous.kind === 'block-comment' && !brokeBefore && previousStartedLine) return { newline: false, gap: ' ' };
        return { newline: true };
    }
    if (afterToken && item.text === ',') return { newline: false, gap: '' };
    if (afterToken && (item.text === '.' || previous.text === '.')) return { newline: false, gap: '' };
    if (afterToken && item.text === '{') return { newline: false, gap: ' ' };
    return brokeBefore ? { newline: true } : { newline: false, gap: ' ' };
}

/**
 * Indentation of a line that starts with `item`: a statement at its block's depth, a
 * `}` one less, a comment like the token it comes before (so a comment above `}` stays
 * inside the block), anything else one more (a continuation line).
 */
function indentLevel(item: LayoutItem, next: LayoutItem | undefined, depth: number): number {
    if (item.kind === 'token' && item.breaks === 'close') return depth;
    if (!next || next.breaks) return depth;
    return depth + 1;
}

/**
 * For each statement token, when a blank line comes before it: `always` between two
 * top-level declarations and between two goals; `when-split` between a goal and another
 * line, when the two stood on one line (the formatter breaks the line, so it chooses;
 * where the user broke it, the user's blank line or its absence stays, as in the
 * sketch's `members anna, piet` right above the team goal); otherwise `never`
 * (the user's blank lines are kept, at most one).
 */
type BlankRule = 'never' | 'always' | 'when-split';

function requiredBlankLines(items: LayoutItem[]): BlankRule[] {
    const result = new Array<BlankRule>(items.length).fill('never');
    const previousAtDepth: Array<LayoutItem['statement'] | undefined> = [undefined];
    let depth = 0;
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.kind !== 'token') continue;
        if (item.text === '{') {
            depth++;
            previousAtDepth[depth] = undefined;
        } else if (item.text === '}') {
            depth = Math.max(0, depth - 1);
        } else if (item.breaks === 'statement') {
            const before = previousAtDepth[depth];
            const kind = item.statement;
            if (before === undefined) result[i] = 'never';
            else if (kind === 'top' || (kind === 'goal' && before === 'goal')) result[i] = 'always';
            else if (kind === 'goal' || before === 'goal') result[i] = 'when-split';
            previousAtDepth[depth] = kind;
        }
    }
    return result;
}

/** For each item, the index of the first token at or after it (-1 at the end). */
function nextTokenIndex(items: LayoutItem[]): number[] {
    const result = new Array<number>(items.length);
    let next = -1;
    for (let i = items.length - 1; i >= 0; i--) {
        if (items[i].kind === 'token') next = i;
        result[i] = next;
    }
    return result;
}

/**
 * Whether `formatted` lexes into exactly the tokens and comments of `source` (a line
 * comment's trailing spaces aside). Both texts are lexed afresh, so the check does not
 * depend on the parse the layout came from.
 */
function sameTokens(source: string, formatted: string, parser: LangiumCoreServices): boolean {
    const before = tokenTexts(source, parser);
    const after = tokenTexts(formatted, parser);
    if (!before || !after || before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return false;
    return true;
}

function tokenTexts(text: string, parser: LangiumCoreServices): string[] | undefined {
    const lexed = parser.parser.Lexer.tokenize(text);
    if (lexed.errors.length) return undefined;
    return [...lexed.tokens, ...(lexed.hidden ?? [])]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => (t.image.startsWith('//') ? t.image.trimEnd() : t.image));
}
