import type { Lang } from '../rules/rule-registry.js';

/**
 * Titles of the quick fixes, as the editor lists them, in English and Dutch (the
 * language of the user interface, not of the file's keywords). The quoted line is
 * exactly what the fix writes, so the title already shows the result.
 */
type Args = Record<string, string | number>;

const KIND_TITLES: Record<string, { en: string; nl: string }> = {
    person: { en: 'person', nl: 'persoon' }, team: { en: 'team', nl: 'team' }, vision: { en: 'vision', nl: 'visie' },
    ambition: { en: 'ambition', nl: 'ambitie' }, goal: { en: 'team goal', nl: 'teamdoel' }, framework: { en: 'framework', nl: 'raamwerk' },
    plan: { en: 'plan', nl: 'plan' },
};

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
    addReflection: {
        en: (a: Args) => `Add '${a.line}'`,
        nl: (a: Args) => `Voeg '${a.line}' toe`,
    },
    setStatus: {
        en: (a: Args) => `Mark '${a.goal}' as ${a.status}`,
        nl: (a: Args) => `Zet '${a.goal}' op ${a.status}`,
    },
    moveDue: {
        en: (a: Args) => `Move the due date to ${a.date} (${a.why === 'periodEnd' ? 'end of the period' : 'four weeks from today'})`,
        nl: (a: Args) => `Verschuif de deadline naar ${a.date} (${a.why === 'periodEnd' ? 'einde van de periode' : 'over vier weken'})`,
    },
    moveStrayDue: {
        en: (a: Args) => `Make '${a.line}' the goal's due date (on a line of its own, before the entry it followed)`,
        nl: (a: Args) => `Maak '${a.line}' de deadline van het leerdoel (op een eigen regel, vóór de regel waar hij achter stond)`,
    },
    addDue: {
        en: (a: Args) => `Add '${a.line}' (end of the period)`,
        nl: (a: Args) => `Voeg '${a.line}' toe (einde van de periode)`,
    },
    movePrivate: {
        en: (a: Args) => `Move the private reflections to '${a.file}' (Git-ignored)`,
        nl: (a: Args) => `Verplaats de privéreflecties naar '${a.file}' (genegeerd door Git)`,
    },
    movePrivateAndUntrack: {
        en: (a: Args) => `Move the private reflections to '${a.file}' and stop Git tracking it (git rm --cached; it stays on disk)`,
        nl: (a: Args) => `Verplaats de privéreflecties naar '${a.file}' en haal het uit Git (git rm --cached; het blijft op schijf)`,
    },
    untrack: {
        en: (a: Args) => `Stop Git tracking '${a.file}'`,
        nl: (a: Args) => `Haal '${a.file}' uit Git`,
    },
    untrackTracked: {
        en: (a: Args) => `Git already tracks '${a.file}', so .gitignore does not hide it: stop tracking it (git rm --cached; it stays on disk)`,
        nl: (a: Args) => `Git volgt '${a.file}' al, dus .gitignore verbergt het niet: haal het uit Git (git rm --cached; het blijft op schijf)`,
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
    replaceWithKind: {
        en: (a: Args) => `Change to '${a.name}' (${KIND_TITLES[String(a.kind)]?.en ?? a.kind})`,
        nl: (a: Args) => `Wijzig in '${a.name}' (${KIND_TITLES[String(a.kind)]?.nl ?? a.kind})`,
    },
    addTeamGoal: {
        en: (a: Args) => `Add a team goal for '${a.dimension}' to team '${a.team}'${a.file ? ` in ${a.file}` : ''}`,
        nl: (a: Args) => `Voeg een teamdoel voor '${a.dimension}' toe aan team '${a.team}'${a.file ? ` in ${a.file}` : ''}`,
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

/** The title of the "Fix all" action. */
export function fixAllTitle(lang: Lang, count: number): string {
    return lang === 'nl'
        ? `Leerplan: ${count} veilige ${count === 1 ? 'oplossing' : 'oplossingen'} toepassen`
        : `Leerplan: apply ${count} safe ${count === 1 ? 'fix' : 'fixes'}`;
}
