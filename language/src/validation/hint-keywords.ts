import { keywordLanguage, translateKeyword, type KeywordLang } from '../syntax/keywords.js';
import type { KeywordStats } from '../syntax/keyword-tokens.js';

/** The keyword language most of a file is written in, or undefined for a file with no keywords. */
export function fileKeywordLanguage(stats: KeywordStats | undefined): KeywordLang | undefined {
    if (!stats || stats.en === stats.nl) return undefined;
    return stats.en > stats.nl ? 'en' : 'nl';
}

/**
 * A message's fix hints in the keyword language of the file they are about: a hint is a
 * quoted template with a placeholder (`'supports <vision or ambition>'`), written with
 * the keywords of the message's language; in a Dutch file it becomes
 * `'ondersteunt <vision or ambition>'`, so it can be typed as it stands. Quoted names and
 * values (no placeholder) are left alone: an id may be a word that is also a keyword.
 */
export function hintsInFileLanguage(message: string, fileLang: KeywordLang | undefined): string {
    if (!fileLang) return message;
    return message.replace(/'([^'\n]*<[^'\n]*)'/g, (_whole, hint: string) => {
        const words = hint.split(/(\s+)/);
        let inPlaceholder = false;
        const translated = words.map((word, i) => {
            // Words of a placeholder (`<what you noticed>`) are the message's own language.
            const placeholder = inPlaceholder || word.includes('<');
            inPlaceholder = placeholder && !word.includes('>');
            if (placeholder || keywordLanguage(word) === undefined || keywordLanguage(word) === fileLang) return word;
            const next = words.slice(i + 1).find(w => w.trim() !== '');
            return translateKeyword(word, fileLang, next) ?? word;
        });
        return `'${translated.join('')}'`;
    });
}
