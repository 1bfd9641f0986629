import { translateKeywordEdits } from '../syntax/translate-keywords.js';
import type { KeywordLang } from '../syntax/keywords.js';
import { fixTitle } from './fix-titles.js';
import { localFix, type Fix, type FixContext } from './fix-context.js';

/**
 * `mixed-keyword-language`: translate every keyword of the minority language into
 * the language most of the file uses (`diagnostic.data.majority`). Names, strings
 * and comments stay as they are. Safe: the file says the same in one language.
 */
export function translateKeywordsFixes(context: FixContext): Fix[] {
    const majority: KeywordLang = context.data.majority === 'nl' || context.data.majority === 'en'
        ? context.data.majority
        : context.fileLang;
    const edits = translateKeywordEdits(context.document.parseResult.value, majority);
    const from: KeywordLang = majority === 'en' ? 'nl' : 'en';
    return localFix(context, fixTitle('translateKeywords', context.uiLang, { count: edits.length, from, to: majority }), edits, true, true);
}
