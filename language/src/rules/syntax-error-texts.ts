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
