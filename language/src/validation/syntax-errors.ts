import { FOUND_KINDS, SYNTAX_ERROR_TEXTS, TOKEN_WORDS } from '../rules/syntax-error-texts.js';
import type { Lang } from '../rules/rule-registry.js';

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
 * A parser error as the detail of a `parse-error`: shortened (`describeParserError`),
 * the token found named by its kind when it is a name, number or date, then in words.
 */
export function describeParsingError(message: string, foundTokenType: string | undefined, nameKeywords: ReadonlySet<string>, lang: Lang): string {
    let detail = describeParserError(message, nameKeywords);
    const kind = foundTokenType ? FOUND_KINDS[foundTokenType] : undefined;
    if (kind) detail = detail.replace(/but found:? .*$/s, `but found ${kind.en}`);
    return localizeSyntaxDetail(detail, lang);
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
