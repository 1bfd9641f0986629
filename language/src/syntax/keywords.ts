/**
 * The two keyword sets of the .pop language. Every English keyword has a Dutch
 * twin; a few words are the same in both languages and count for neither.
 * Used for `mixed-keyword-language`, the translate quick fix, completion and `fmt`.
 */
export type KeywordLang = 'en' | 'nl';

/** English keyword -> Dutch keyword (the first Dutch spelling is the preferred one). */
export const KEYWORD_PAIRS: ReadonlyArray<readonly [en: string, nl: string[]]> = [
    ['organisation', ['organisatie']],
    ['framework', ['raamwerk']],
    ['vision', ['visie']],
    ['about', ['over']],
    ['learning', ['leren']],
    ['developed-with', ['ontwikkeld-met']],
    ['employees', ['medewerkers']],
    ['representatives', ['vertegenwoordigers']],
    ['ambition', ['ambitie']],
    ['supports', ['ondersteunt']],
    ['people', ['mensen']],
    ['person', ['persoon']],
    ['role', ['rol']],
    ['lead', ['leider']],
    ['members', ['leden']],
    ['for', ['voor']],
    ['period', ['periode']],
    ['strengths', ['kwaliteiten']],
    ['goal', ['leerdoel', 'doel']],
    ['dimensions', ['dimensies']],
    ['dimension', ['dimensie']],
    ['contributes', ['draagt-bij-aan']],
    ['action', ['actie']],
    ['from', ['van']],
    ['to', ['tot']],
    ['due', ['uiterlijk']],
    ['every', ['elke', 'elk']],
    ['month', ['maand']],
    ['quarter', ['kwartaal']],
    ['year', ['jaar']],
    ['on', ['op']],
    ['hours', ['uren']],
    ['ask', ['vraag']],
    ['give', ['geef']],
    ['evidence', ['bewijs']],
    ['planned', ['gepland']],
    ['active', ['actief']],
    ['done', ['afgerond']],
    ['dropped', ['gestopt']],
    ['review', ['gesprek']],
    ['with', ['met']],
    ['reflection', ['reflectie']],
    ['private', ['privé', 'prive']],
    ['leadership', ['leiderschap']],
    ['workplace', ['werkplek']],
    ['external', ['extern']],
    // The second edition (language-v2.md).
    ['clients', ['cliënten', 'clienten']],
    ['citizens', ['burgers']],
    ['students', ['leerlingen']],
    ['personal', ['persoonlijk']],
    ['why', ['waarom']],
    ['required', ['verplicht']],
    ['level', ['niveau']],
    ['received', ['ontvangen']],
    ['within', ['binnen']],
    ['after', ['na']],
    ['ongoing', ['doorlopend']],
    ['day', ['dag']],
    ['days', ['dagen']],
    ['weeks', ['weken']],
    ['months', ['maanden']],
    ['quarters', ['kwartalen']],
    ['years', ['jaren']],
    // Assessments (baseline measurements).
    ['assessment', ['meting']],
    // A deadline before an event: `due before "..."` / `uiterlijk voor "..."` (Dutch `voor`
    // is also `for`; which one it is depends on the word before it: `translateKeyword`).
    ['before', ['voor']],
];

/** Keywords that are the same word in both languages. */
export const NEUTRAL_KEYWORDS: ReadonlySet<string> = new Set([
    'plan', 'coach', 'team', 'feedback', 'status', 'week', 'management', '360-feedback', 'in', 'partners', '->',
]);

const languageOf = new Map<string, KeywordLang>();
const toDutch = new Map<string, string>();
const toEnglish = new Map<string, string>();
for (const [en, nls] of KEYWORD_PAIRS) {
    languageOf.set(en, 'en');
    toDutch.set(en, nls[0]);
    for (const nl of nls) {
        languageOf.set(nl, 'nl');
        // The first pair wins: `voor` is `for` unless it follows `uiterlijk` (see translateKeyword).
        if (!toEnglish.has(nl)) toEnglish.set(nl, en);
    }
}

/** The language a keyword belongs to, or undefined for neutral words and non-keywords. */
export function keywordLanguage(keyword: string): KeywordLang | undefined {
    return languageOf.get(keyword);
}

/**
 * The keyword in the other language. `next` is the keyword that follows, needed for
 * Dutch `elk`/`elke` (elk kwartaal, elk jaar; elke dag, elke week, elke maand, and
 * `elke` before a count: elke 2 kwartalen); `previous` the keyword before it, needed for
 * Dutch `voor` (`uiterlijk voor` is `due before`, any other `voor` is `for`).
 */
export function translateKeyword(keyword: string, to: KeywordLang, next?: string, previous?: string): string | undefined {
    if (keywordLanguage(keyword) === to || keywordLanguage(keyword) === undefined) return undefined;
    if (to === 'en') return keyword === 'voor' && previous === 'uiterlijk' ? 'before' : toEnglish.get(keyword);
    if (keyword === 'every') {
        return next === 'quarter' || next === 'year' || next === 'kwartaal' || next === 'jaar' ? 'elk' : 'elke';
    }
    return toDutch.get(keyword);
}

/** Keywords of one language, for completion. */
export function keywordsOf(lang: KeywordLang): string[] {
    return [...languageOf.entries()].filter(([, l]) => l === lang).map(([k]) => k);
}
