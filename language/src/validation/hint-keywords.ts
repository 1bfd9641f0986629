import { keywordLanguage, NEUTRAL_KEYWORDS, translateKeyword, type KeywordLang } from '../syntax/keywords.js';
import type { KeywordStats } from '../syntax/keyword-tokens.js';
import { formatMessage, type Lang, type MessageArgs, type RuleCode } from '../rules/rule-registry.js';

/** The keyword language most of a file is written in, or undefined for a file with no keywords. */
export function fileKeywordLanguage(stats: KeywordStats | undefined): KeywordLang | undefined {
    if (!stats || stats.en === stats.nl) return undefined;
    return stats.en > stats.nl ? 'en' : 'nl';
}

/** Stands for a quoted argument while hints are translated: never a keyword, never in a message. */
const MARK = '\u0001';
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');

/**
 * A rule's message with its fix hints in the file's keyword language. The names it quotes
 * (ids, dates) are set aside while the hints are translated, so a goal whose id is `done`
 * keeps its name while the hint `'done'` beside it becomes `'afgerond'`; a message that reads
 * its arguments beyond quoting them renders differently with the names set aside, and then
 * its quoted names are simply never translated.
 */
export function ruleMessageInFileLanguage(code: RuleCode, lang: Lang, args: MessageArgs, fileLang: KeywordLang | undefined): string {
    const key = messageKey(code, lang, args, fileLang);
    let message = recentMessages.get(key);
    if (message === undefined) {
        if (recentMessages.size >= RECENT_MESSAGES) recentMessages.clear();
        recentMessages.set(key, message = messageInFileLanguage(code, lang, args, fileLang));
    }
    return message;
}

/**
 * Messages already written, by rule, language, arguments and the file's keyword language,
 * of which the message is a pure function. A workspace repeats them (the same ids, dates
 * and hints in plan after plan: 4,317 diagnostics of the 1,001-file benchmark have 515
 * messages), and translating hints is most of what reporting a rule allocates. Cleared
 * when full; the diagnostics share the strings.
 */
const recentMessages = new Map<string, string>();
const RECENT_MESSAGES = 2000;

function messageKey(code: RuleCode, lang: Lang, args: MessageArgs, fileLang: KeywordLang | undefined): string {
    let key = `${code}\0${lang}\0${fileLang ?? ''}`;
    for (const name in args) {
        const value = args[name];
        // A string is quoted (JSON escapes any separator in it); -0 is told from 0, which prints the same.
        key += `\0${name}\0${typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : 'u'}`;
    }
    return key;
}

function messageInFileLanguage(code: RuleCode, lang: Lang, args: MessageArgs, fileLang: KeywordLang | undefined): string {
    const message = formatMessage(code, lang, args);
    if (!fileLang) return message;
    const quoted: string[] = [];
    const marked: MessageArgs = {};
    for (const [key, value] of Object.entries(args)) {
        const name = typeof value === 'string' && value !== '' && message.includes(`'${value}'`);
        marked[key] = name ? `${MARK}${quoted.push(value) - 1}${MARK}` : value;
    }
    const template = quoted.length ? formatMessage(code, lang, marked) : message;
    const restore = (text: string) => text.replace(MARKED, (_whole, i: string) => quoted[Number(i)]);
    if (restore(template) !== message) return hintsInFileLanguage(message, fileLang, Object.values(args));
    return restore(hintsInFileLanguage(template, fileLang));
}

/**
 * A message's fix hints in the keyword language of the file they are about, so a hint can be
 * typed as it stands: in a Dutch file `'supports <vision or ambition>'` becomes
 * `'ondersteunt <vision or ambition>'`, `'every month'` becomes `'elke maand'` and `'done'`
 * becomes `'afgerond'`. A hint is a quoted text that holds a placeholder (`<...>`), or one
 * made of keywords only (numbers, dates, `->` and double-quoted examples aside). The
 * message's own values (`values`: the ids, dates and numbers it names) are never translated,
 * whatever they spell, and neither are placeholders (`<what you noticed>` is in the
 * message's language) nor the double-quoted text of an example.
 */
export function hintsInFileLanguage(message: string, fileLang: KeywordLang | undefined, values: readonly unknown[] = []): string {
    if (!fileLang) return message;
    const names = new Set(values.filter(v => typeof v === 'string' || typeof v === 'number').map(String));
    // Quotes are paired from left to right, but prose between two quotes gives its closing
    // quote back: in "the goal's 'due <date>'" the apostrophe opens nothing.
    let out = '';
    let from = 0;
    for (let open = message.indexOf("'"); open >= 0;) {
        const close = message.indexOf("'", open + 1);
        if (close < 0) break;
        const quoted = message.slice(open + 1, close);
        const words = quoted.split(/(\s+)/);
        const kinds = names.has(quoted) ? words.map((): WordKind => 'value') : wordKinds(words, names);
        if (quoted.includes('\n') || kinds.includes('other') && !kinds.includes('placeholder')) {
            open = close;
            continue;
        }
        if (kinds.includes('keyword')) {
            out += message.slice(from, open + 1) + inFileLanguage(words, kinds, fileLang);
            from = close;
        }
        open = message.indexOf("'", close + 1);
    }
    return out + message.slice(from);
}

/** The keywords of a hint in the file's keyword language. */
function inFileLanguage(words: string[], kinds: WordKind[], fileLang: KeywordLang): string {
    const tokens = words.filter(w => w.trim() !== '');
    let position = -1;
    return words.map((word, i) => {
        if (word.trim() === '') return word;
        position++;
        if (kinds[i] !== 'keyword' || keywordLanguage(word) === fileLang) return word;
        return translateKeyword(word, fileLang, tokens[position + 1], tokens[position - 1]) ?? word;
    }).join('');
}

type WordKind = 'space' | 'placeholder' | 'quoted' | 'value' | 'keyword' | 'other';

/** What each word of a quoted text is: inside a placeholder or a double-quoted example, a value of the message, a keyword, or other text. */
function wordKinds(words: string[], names: ReadonlySet<string>): WordKind[] {
    let inPlaceholder = false;
    let inQuote = false;
    return words.map(word => {
        if (word.trim() === '') return 'space';
        if (inPlaceholder || word.includes('<')) {
            inPlaceholder = !word.includes('>');
            return 'placeholder';
        }
        if (inQuote || word.startsWith('"')) {
            const quotes = (word.match(/"/g) ?? []).length;
            inQuote = inQuote ? quotes % 2 === 0 : quotes % 2 === 1;
            return 'quoted';
        }
        if (names.has(word) || word.includes(MARK) || /^[\d.:>-]+$/.test(word) || /^[{}()]$|^\.\.\.$/.test(word)) return 'value';
        // A word both languages share (`feedback`, `team`) is a keyword too: 'feedback ask' is a hint.
        return keywordLanguage(word) !== undefined || NEUTRAL_KEYWORDS.has(word) ? 'keyword' : 'other';
    });
}
