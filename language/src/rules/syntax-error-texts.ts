/**
 * The wording of syntax errors (`parse-error`), in English and Dutch: the registry's
 * `parse-error` message says "Syntax error: <detail>", and these texts are the detail.
 * Shaped like the rule registry: one entry per kind of text, each a function of its
 * arguments in both languages. Arguments are counts, code points, token kinds and
 * keywords; never a word of the plan (it may be private text that lost its quotes),
 * except a word one or two letters away from a keyword: a keyword with a typo.
 *
 * This module is pure: no imports, no I/O.
 */
type Text<A = Record<string, never>> = { en: (a: A) => string; nl: (a: A) => string };

export const SYNTAX_ERROR_TEXTS = {
    binaryFile: {
        en: () => 'the file contains NUL characters (U+0000): is it a binary file? A .pop file is UTF-8 text',
        nl: () => 'het bestand bevat NUL-tekens (U+0000): is het een binair bestand? Een .pop-bestand is tekst in UTF-8',
    } satisfies Text,
    tooComplex: {
        en: () => 'the file cannot be read: it is too complex (for example hundreds of thousands of comments in a row)',
        nl: () => 'het bestand kan niet worden gelezen: het is te complex (bijvoorbeeld honderdduizenden opmerkingen achter elkaar)',
    } satisfies Text,
    tooLarge: {
        en: a => `the file is too large to check (${a.mb} MB, ${a.lines} lines; the limit is ${a.maxMb} MB and ${a.maxLines} lines)`,
        nl: a => `het bestand is te groot om te controleren (${a.mb} MB, ${a.lines} regels; de grens is ${a.maxMb} MB en ${a.maxLines} regels)`,
    } satisfies Text<{ mb: string; lines: number; maxMb: number; maxLines: number }>,
    unexpectedCodePoint: {
        en: a => `unexpected character ${a.codePoint} (is this a text file in UTF-8?)`,
        nl: a => `onverwacht teken ${a.codePoint} (is dit een tekstbestand in UTF-8?)`,
    } satisfies Text<{ codePoint: string }>,
    unexpectedCharacter: {
        en: a => `unexpected character '${a.char}'${a.inDate ? ' (dates are written YYYY-MM-DD)' : ''}`,
        nl: a => `onverwacht teken '${a.char}'${a.inDate ? ' (een datum schrijf je als JJJJ-MM-DD)' : ''}`,
    } satisfies Text<{ char: string; inDate: boolean }>,
    expected: {
        en: a => `expected ${a.oneOf ? 'one of: ' : ''}${a.what}, but found ${a.found}`,
        nl: a => `verwacht ${a.oneOf ? 'een van: ' : ''}${a.what}, maar gevonden: ${a.found}`,
    } satisfies Text<{ oneOf: boolean; what: string; found: string }>,
    misspeltKeyword: {
        en: a => `unknown word '${a.word}': did you mean '${a.keyword}'?`,
        nl: a => `onbekend woord '${a.word}': bedoelde je '${a.keyword}'?`,
    } satisfies Text<{ word: string; keyword: string }>,
    keywordAsId: {
        en: a => `'${a.keyword}' is a keyword and cannot be an id here: choose another name`,
        nl: a => `'${a.keyword}' is een sleutelwoord en kan hier geen id zijn: kies een andere naam`,
    } satisfies Text<{ keyword: string }>,
    actionWithoutForm: {
        en: a => `'${a.action}' needs a learning form before its text, such as ${a.forms.map(f => `'${f}'`).join(', ').replace(/, ([^,]*)$/, ' or $1')}`,
        nl: a => `bij '${a.action}' hoort eerst een werkvorm en dan de tekst, bijvoorbeeld ${a.forms.map(f => `'${f}'`).join(', ').replace(/, ([^,]*)$/, ' of $1')}`,
    } satisfies Text<{ action: string; forms: readonly string[] }>,
    wrongMoment: {
        en: a => `this moment cannot be read: write '${a.right}'`,
        nl: a => `dit moment is niet te lezen: schrijf '${a.right}'`,
    } satisfies Text<{ right: string }>,
    timesPerForm: {
        en: a => `this moment cannot be read: a rhythm names one moment each time it comes back, so write '${a.right}' and say how often in the text ("${a.times} times")`,
        nl: a => `dit moment is niet te lezen: een ritme noemt één moment per keer dat het terugkomt, dus schrijf '${a.right}' en zeg in de tekst hoe vaak ("${a.times} keer")`,
    } satisfies Text<{ right: string; times: string }>,
    cadenceForm: {
        en: a => `a rhythm is written '${a.every} <number> <unit>' with the number in digits and a unit of day, week, month, quarter or year, such as '${a.every === 'every' ? 'every 2 weeks' : 'elke 2 weken'}'`,
        nl: a => `een ritme schrijf je als '${a.every} <getal> <eenheid>', met het getal in cijfers en een eenheid dag, week, maand, kwartaal of jaar, zoals '${a.every === 'every' ? 'every 2 weeks' : 'elke 2 weken'}'`,
    } satisfies Text<{ every: string }>,
    dueForm: {
        en: a => `'${a.due}' needs a date, a period or a span: '${a.due} ${a.year}-12-31', '${a.due} ${a.year}-Q4' or '${a.due} ${a.due === 'due' ? 'within 3 months' : 'binnen 3 maanden'}'; without a date, an event in quotes: '${a.due} ${a.due === 'due' ? 'before "the summer holiday"' : 'voor "de zomervakantie"'}'`,
        nl: a => `na '${a.due}' komt een datum, een periode of een termijn: '${a.due} ${a.year}-12-31', '${a.due} ${a.year}-Q4' of '${a.due} ${a.due === 'due' ? 'within 3 months' : 'binnen 3 maanden'}'; zonder datum een gebeurtenis tussen aanhalingstekens: '${a.due} ${a.due === 'due' ? 'before "the summer holiday"' : 'voor "de zomervakantie"'}'`,
    } satisfies Text<{ due: string; year: string }>,
    onForm: {
        en: a => `'${a.on}' needs a date: '${a.on} ${a.year}-03-01' (YYYY-MM-DD)`,
        nl: a => `na '${a.on}' komt een datum: '${a.on} ${a.year}-03-01' (JJJJ-MM-DD)`,
    } satisfies Text<{ on: string; year: string }>,
    dateOrder: {
        en: a => `write the date as ${a.right} (YYYY-MM-DD: the year first, two digits for the month and the day)`,
        nl: a => `schrijf de datum als ${a.right} (JJJJ-MM-DD: eerst het jaar, twee cijfers voor de maand en de dag)`,
    } satisfies Text<{ right: string }>,
    periodDash: {
        en: () => `a period is written with '..' between its dates: 'period 2026-01-01 .. 2026-12-31'`,
        nl: () => `een periode schrijf je met '..' tussen de datums: 'periode 2026-01-01 .. 2026-12-31'`,
    } satisfies Text,
    hashComment: {
        en: () => `unexpected character '#': a comment starts with '//'`,
        nl: () => `onverwacht teken '#': een opmerking begint met '//'`,
    } satisfies Text,
    unclosedString: {
        en: () => `this text in quotes is never closed: end it with '"' on this line`,
        nl: () => `deze tekst tussen aanhalingstekens wordt niet afgesloten: sluit hem af met '"' op deze regel`,
    } satisfies Text,
    nameInQuotes: {
        en: () => `expected a name here, but found a text in quotes: write the id without quotes`,
        nl: () => `hier hoort een naam, maar er staat een tekst tussen aanhalingstekens: schrijf de id zonder aanhalingstekens`,
    } satisfies Text,
    newDeclarationOrEnd: {
        en: () => 'a new declaration (organisation, people, team, plan, private, framework) or the end of the file',
        nl: () => 'een nieuwe declaratie (organisatie, mensen, team, plan, privé, raamwerk) of het einde van het bestand',
    } satisfies Text,
};

/** A kind of token in words (`ID` is "a name"), as a syntax error names what it expected or found. */
export const TOKEN_WORDS: Record<string, { en: string; nl: string }> = {
    ID: { en: 'a name', nl: 'een naam' },
    STRING: { en: 'a text in quotes', nl: 'een tekst tussen aanhalingstekens' },
    DATE: { en: 'a date (YYYY-MM-DD)', nl: 'een datum (JJJJ-MM-DD)' },
    PERIOD_NAME: { en: 'a period (2026-Q2, 2026-H1, 2026-05)', nl: 'een periode (2026-Q2, 2026-H1, 2026-05)' },
    NUMBER: { en: 'a number', nl: 'een getal' },
    EOF: { en: 'the end of the file', nl: 'het einde van het bestand' },
};

/** The kind of a token found in the wrong place, said instead of its text (it may be a private word). */
export const FOUND_KINDS: Record<string, { en: string; nl: string }> = {
    ID: { en: 'a name', nl: 'een naam' },
    NUMBER: { en: 'a number', nl: 'een getal' },
    DATE: { en: 'a date', nl: 'een datum' },
};

export type SyntaxErrorText = keyof typeof SYNTAX_ERROR_TEXTS;
