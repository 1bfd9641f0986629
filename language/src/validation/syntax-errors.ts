import { FOUND_KINDS, SYNTAX_ERROR_TEXTS, TOKEN_WORDS } from '../rules/syntax-error-texts.js';
import type { Lang } from '../rules/rule-registry.js';
import type { KeywordLang } from '../syntax/keywords.js';
import { hintsInFileLanguage } from './hint-keywords.js';
import { dateAdvice, isPeriodDash, mayStartMoment, momentAdvice, standsWhereADateBelongs, unclosedStringStart, type YearOf } from './syntax-advice.js';

/**
 * Chevrotain's lexing and parsing errors, reworded as the detail of a `parse-error`
 * in the user's language (`rules/syntax-error-texts.ts` holds the words). The text of
 * the plan is never quoted: a string becomes `"…"`, and a name, number or date found in
 * the wrong place is named by its kind.
 */

/** The unexpected character, shown as a code point when it is not printable (NUL, binary data). */
export function describeLexingError(message: string, lang: Lang): string {
    const m = /->([\s\S]*)<-/.exec(message);
    if (!m) return message;
    const char = m[1];
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || code === 0xfffd || (code >= 0x80 && code < 0xa0)) {
        return SYNTAX_ERROR_TEXTS.unexpectedCodePoint[lang]({ codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` });
    }
    // A '-' can only start a token inside a date written the wrong way (2026-1-1).
    return SYNTAX_ERROR_TEXTS.unexpectedCharacter[lang]({ char, inDate: char === '-' });
}

/**
 * A lexing error that is a typical mistake, with its fix and where to point: a text whose
 * closing quote is missing (at its opening quote), a date in another order, a period with a
 * dash, a `#` comment. Undefined for any other unexpected character. `lookBack` false
 * takes a lone quote as the opening quote itself (only the first is looked for further back).
 */
export function lexingErrorAdvice(
    message: string, text: string, offset: number, keywords: ReadonlySet<string>, lang: Lang, lookBack = true,
): { detail: string; offset: number; length: number } | undefined {
    const char = /->([\s\S]*)<-/.exec(message)?.[1];
    if (char === '"') {
        return { detail: SYNTAX_ERROR_TEXTS.unclosedString[lang](), offset: lookBack ? unclosedStringStart(text, offset, keywords) : offset, length: 1 };
    }
    if (char === '#') return { detail: SYNTAX_ERROR_TEXTS.hashComment[lang](), offset, length: 1 };
    if (char === '-' && isPeriodDash(text, offset)) return { detail: SYNTAX_ERROR_TEXTS.periodDash[lang](), offset, length: 1 };
    if (char === '-' || char === '/') {
        const date = dateAdvice(text, offset);
        if (date && standsWhereADateBelongs(text, date.start)) {
            return { detail: SYNTAX_ERROR_TEXTS.dateOrder[lang]({ right: date.right }), offset: date.start, length: date.right.length };
        }
        if (date) return { detail: SYNTAX_ERROR_TEXTS.unexpectedCharacter[lang]({ char, inDate: true }), offset: date.start, length: 1 };
    }
    return undefined;
}

/**
 * A parser error as the detail of a `parse-error`: shortened (`describeParserError`),
 * the token found named by its kind when it is a name, number or date, then in words.
 */
export function describeParsingError(
    message: string, foundTokenType: string | undefined, nameKeywords: ReadonlySet<string>, lang: Lang, forgiving?: ForgivingContext,
): string {
    let detail = describeParserError(message, nameKeywords);
    const meant = forgiving && foundTokenType ? forgivingDetail(foundTokenType, forgiving, expectedTokens(detail), lang) : undefined;
    if (meant) return meant;
    const kind = foundTokenType ? FOUND_KINDS[foundTokenType] : undefined;
    if (kind) detail = detail.replace(/but found:? .*$/s, `but found ${kind.en}`);
    return localizeSyntaxDetail(detail, lang);
}

/** What a forgiving syntax error needs besides the parser's message: the words found and before, the grammar's word keywords. */
export interface ForgivingContext {
    /** The text of the token found in the wrong place. */
    found: string;
    /** The text of the token before it, if any. */
    previous?: string;
    /** Every keyword of the grammar that is a word (`grammar-facts.ts`). */
    keywords: readonly string[];
    /** The source from the token found to the end of its line, and from the token before it. */
    rest?: string;
    restFromPrevious?: string;
    /** The year a quarter, half or month written without one is given in the advice (`yearAt`: the plan's, else today's). */
    yearOf?: YearOf;
    /** The keyword language most of the file is written in: a moment's right form is given in it. */
    fileLang?: KeywordLang;
}

/** What the parser expected, from its (shortened) message: token kinds as `ID`, keywords as written. */
function expectedTokens(detail: string): string[] {
    const single = /^Expecting token of type '([^']+)' but found/s.exec(detail);
    if (single) return [single[1]];
    const list = /^Expecting (?:one of: )?(.*?) but found/s.exec(detail);
    return list ? list[1].split(', ').map(e => e.trim()) : [];
}

/** The learning forms an action without one is told about, in the keyword language of its `action` word. */
const COMMON_FORMS: Record<string, readonly string[]> = { action: ['practice', 'coaching', 'reading'], actie: ['praktijk', 'coaching', 'lezen'] };

/**
 * Forgiving words (the second edition, §7): a syntax error that says what was most likely meant.
 * - A word where a name cannot stand, within a letter or two of a keyword: "unknown word
 *   'feedbak': did you mean 'feedback'?". Only such a word is quoted (it is a keyword with
 *   a typo, not text); any other word stays "a name".
 * - A keyword where only an id may stand: it says the word is a keyword.
 * - An action whose text follows `action` directly: a learning form is missing, with three
 *   common ones in the file's keyword language.
 */
function forgivingDetail(foundType: string, context: ForgivingContext, expected: string[], lang: Lang): string | undefined {
    const forms = context.previous !== undefined ? COMMON_FORMS[context.previous] : undefined;
    if (foundType === 'STRING' && forms && expected.includes('ID')) {
        return SYNTAX_ERROR_TEXTS.actionWithoutForm[lang]({ action: context.previous!, forms });
    }
    const yearOf: YearOf = context.yearOf ?? (() => '2026');
    const moment = (mayStartMoment(context.found) && context.rest !== undefined ? momentAdvice(context.rest, yearOf, lang) : undefined)
        ?? (mayStartMoment(context.previous) && context.restFromPrevious !== undefined ? momentAdvice(context.restFromPrevious, yearOf, lang) : undefined);
    // The right form in the file's keywords, whatever language the mistake was made in ('once a month' in a Dutch plan: 'elke maand').
    if (moment) return hintsInFileLanguage(moment, context.fileLang);
    if (foundType === 'STRING' && expected.length === 1 && expected[0] === 'ID') return SYNTAX_ERROR_TEXTS.nameInQuotes[lang]();
    if (foundType === 'ID' && !expected.includes('ID')) {
        const keyword = closestKeyword(context.found, context.keywords);
        if (keyword) return SYNTAX_ERROR_TEXTS.misspeltKeyword[lang]({ word: context.found, keyword });
    }
    if (expected.length === 1 && expected[0] === 'ID' && context.keywords.includes(context.found)) {
        return SYNTAX_ERROR_TEXTS.keywordAsId[lang]({ keyword: context.found });
    }
    return undefined;
}

/**
 * The keyword a misspelt word most likely is: one edit away (two for words of seven
 * letters or more; two letters swapped count as one edit), words and keywords of three
 * letters or more. Stricter than the "did you mean" of names, so that a stray name is
 * not taken for a keyword.
 */
function closestKeyword(word: string, keywords: readonly string[]): string | undefined {
    if (word.length < 3) return undefined;
    const limit = word.length >= 7 ? 2 : 1;
    const lower = word.toLowerCase();
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const keyword of keywords) {
        if (keyword.length < 3 || Math.abs(keyword.length - word.length) > limit) continue;
        const d = swapDistance(lower, keyword);
        if (d < bestDistance) {
            best = keyword;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance > 0 ? best : undefined;
}

/** Edits from `a` to `b`: insertions, deletions, substitutions, and two neighbouring letters swapped (gaol, goal). */
function swapDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}

/**
 * Chevrotain's "Expecting ... but found ..." as a short sentence in the user's language:
 * token kinds in words (`ID` is "a name"), keywords quoted, and after the last declaration
 * of a file the declarations that may follow.
 */
export function localizeSyntaxDetail(detail: string, lang: Lang): string {
    const word = (t: string) => TOKEN_WORDS[t]?.[lang] ?? `'${t}'`;
    const found = (f: string) => {
        const kind = Object.values(TOKEN_WORDS).find(w => w.en === f);
        if (kind) return kind[lang];
        const q = /^[`'](.*)[`']$/s.exec(f);
        return q ? `'${q[1]}'` : f;
    };
    let m = /^Expecting token of type '([^']+)' but found (.*?)\.?$/s.exec(detail);
    let expected: string[] | undefined;
    let foundText: string | undefined;
    if (m) {
        expected = [m[1]];
        foundText = m[2];
    } else if ((m = /^Expecting (?:one of: )?(.*?) but found:? (.*?)\.?$/s.exec(detail))) {
        expected = m[1].split(', ').map(e => e.trim());
        foundText = m[2];
    }
    if (!expected || foundText === undefined) return detail;
    const what = expected.length === 1 && expected[0] === 'EOF'
        ? SYNTAX_ERROR_TEXTS.newDeclarationOrEnd[lang]()
        : expected.map(e => (e === '...' ? '...' : word(e))).join(', ');
    return SYNTAX_ERROR_TEXTS.expected[lang]({ oneOf: expected.length > 1, what, found: found(foundText) });
}

/** A string literal as the lexer reads it; its text may be private, so messages never quote it. */
const STRING_LITERAL = /"(?:\\.|[^"\\])*"/g;

/**
 * Chevrotain's messages span lines and list every alternative; keep them short and on
 * one line. The token found is quoted in the message: when it is a string, only `"…"`
 * is shown, so a reflection's text cannot leak into a diagnostic, a log or CI output.
 * Where a name (`ID`) may stand, the keywords that are also names are left out of the
 * list: they are names there, and listing twenty of them hid what was actually expected.
 */
export function describeParserError(message: string, nameKeywords: ReadonlySet<string> = new Set()): string {
    let text = message.replace(STRING_LITERAL, '"…"').replace(/\s+/g, ' ').trim();
    const alternatives = ALTERNATIVES.exec(text);
    if (alternatives) {
        const sequences = [...alternatives[1].matchAll(/\d+\. \[([^\]]*)\]/g)].map(a => a[1].trim());
        const withName = sequences.includes('ID');
        const shown = [...new Set(sequences.filter(s => !(withName && nameKeywords.has(s))))];
        const list = shown.length > MAX_ALTERNATIVES ? [...shown.slice(0, MAX_ALTERNATIVES), '...'] : shown;
        text = list.length === 1
            ? `Expecting ${list[0]} but found: ${alternatives[2]}`
            : `Expecting one of: ${list.join(', ')} but found: ${alternatives[2]}`;
    }
    text = text.replace(/but found ``\.?$/, 'but found the end of the file.');
    return text.length > 300 ? text.slice(0, 297) + '...' : text;
}

const ALTERNATIVES = /^Expecting: one of these possible Token sequences: (.*) but found: (.*)$/;
const MAX_ALTERNATIVES = 12;
