import type { Lang } from '../../../../language/src/rules/rule-registry.js';

/**
 * Titles of the quick fixes, as the editor lists them, in English and Dutch (the
 * language of the user interface, not of the file's keywords). The quoted line is
 * exactly what the fix writes, so the title already shows the result.
 */
type Args = Record<string, string | number>;

const TITLES = {
    addSupports: {
        en: (a: Args) => `Add '${a.line}' (${a.kind === 'vision' ? 'vision' : 'ambition'})`,
        nl: (a: Args) => `Voeg '${a.line}' toe (${a.kind === 'vision' ? 'visie' : 'ambitie'})`,
    },
    addFeedback: {
        en: (a: Args) => `Add '${a.line}'`,
        nl: (a: Args) => `Voeg '${a.line}' toe`,
    },
    addReview: {
        en: (a: Args) => `Add '${a.line}'`,
        nl: (a: Args) => `Voeg '${a.line}' toe`,
    },
    addDue: {
        en: (a: Args) => `Add '${a.line}' (end of the period)`,
        nl: (a: Args) => `Voeg '${a.line}' toe (einde van de periode)`,
    },
    movePrivate: {
        en: (a: Args) => `Move the private reflections to '${a.file}' (Git-ignored)`,
        nl: (a: Args) => `Verplaats de privéreflecties naar '${a.file}' (genegeerd door Git)`,
    },
    ignorePrivate: {
        en: () => `Add '*.private.pop' to .gitignore`,
        nl: () => `Voeg '*.private.pop' toe aan .gitignore`,
    },
    translateKeywords: {
        en: (a: Args) => `Translate ${a.count} ${a.from === 'en' ? 'English' : 'Dutch'} keyword${a.count === 1 ? '' : 's'} to ${a.to === 'en' ? 'English' : 'Dutch'}`,
        nl: (a: Args) => `Vertaal ${a.count} ${a.from === 'en' ? 'Engels' : 'Nederlands'}${a.count === 1 ? ' sleutelwoord' : 'e sleutelwoorden'} naar het ${a.to === 'en' ? 'Engels' : 'Nederlands'}`,
    },
    replaceWith: {
        en: (a: Args) => `Change to '${a.name}'`,
        nl: (a: Args) => `Wijzig in '${a.name}'`,
    },
    createPerson: {
        en: (a: Args) => `Create person '${a.name}' in the people block${a.file ? ` of ${a.file}` : ''}`,
        nl: (a: Args) => `Maak persoon '${a.name}' aan in het blok mensen${a.file ? ` van ${a.file}` : ''}`,
    },
} as const;

export type FixTitle = keyof typeof TITLES;

export function fixTitle(title: FixTitle, lang: Lang, args: Args = {}): string {
    return TITLES[title][lang](args);
}
