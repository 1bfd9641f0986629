import type { Lang } from '../../language/src/rules/rule-registry.js';

/**
 * The words of the calendar export (`leerplan calendar`, the summary's and the
 * preview's .ics), in English and Dutch: one entry per text, `{ en, nl }`, a function
 * when it takes arguments. Plan text is never in here: it comes from the summary model.
 */
interface Entry<T> {
    en: T;
    nl: T;
}

const CALENDAR_TEXTS = {
    calendarName: { en: (scope: string) => `Leerplan: ${scope}`, nl: (scope: string) => `Leerplan: ${scope}` },
    allPlans: { en: 'all plans', nl: 'alle plannen' },
    /** The HTML summary's link to a plan's .ics file. */
    downloadLink: {
        en: (n: number) => `Add to your calendar: ${n} ${n === 1 ? 'moment' : 'moments'} (.ics)`,
        nl: (n: number) => `Zet in je agenda: ${n} ${n === 1 ? 'moment' : 'momenten'} (.ics)`,
    },
    askFeedback: { en: (who: string) => `Ask feedback from ${who}`, nl: (who: string) => `Feedback vragen aan ${who}` },
    giveFeedback: { en: (who: string) => `Give feedback to ${who}`, nl: (who: string) => `Feedback geven aan ${who}` },
    review: { en: (who: string) => `Review with ${who}`, nl: (who: string) => `Gesprek met ${who}` },
    reflection: { en: 'Reflection', nl: 'Reflectie' },
    due: { en: (goal: string) => `Due: ${goal}`, nl: (goal: string) => `Uiterlijk: ${goal}` },
    planLine: { en: (id: string, owner: string) => `Plan: ${id} (${owner})`, nl: (id: string, owner: string) => `Plan: ${id} (${owner})` },
    teamLine: { en: (name: string) => `Team: ${name}`, nl: (name: string) => `Team: ${name}` },
    goalLine: { en: (id: string, title: string) => `Goal: ${id}: ${title}`, nl: (id: string, title: string) => `Leerdoel: ${id}: ${title}` },
    questionLine: { en: (q: string) => `Question: ${q}`, nl: (q: string) => `Vraag: ${q}` },
    whenLine: { en: (w: string) => `When: ${w}`, nl: (w: string) => `Wanneer: ${w}` },
    sourceLine: { en: (where: string) => `Source: ${where}`, nl: (where: string) => `Bron: ${where}` },
    /** Said of a note: a moment with no calendar date, kept without one. */
    noDate: {
        en: 'No calendar date: it happens when the work brings it, or throughout the period.',
        nl: 'Geen kalenderdatum: het gebeurt wanneer het werk het brengt, of de hele periode door.',
    },
    /** A cadence with no period to repeat over (a team's routine, a plan without a period). */
    noPeriod: {
        en: 'Repeats, but there is no plan period to place it in.',
        nl: 'Herhaalt zich, maar er is geen planperiode om het in te plaatsen.',
    },
    category: {
        en: { action: 'Action', feedback: 'Feedback', review: 'Review', reflection: 'Reflection', due: 'Due date' },
        nl: { action: 'Actie', feedback: 'Feedback', review: 'Gesprek', reflection: 'Reflectie', due: 'Deadline' },
    },
} satisfies Record<string, Entry<unknown>>;

type CalendarTexts = typeof CALENDAR_TEXTS;

/** The text `key` in `lang`. */
export function calendarText<K extends keyof CalendarTexts>(key: K, lang: Lang): CalendarTexts[K]['en'] {
    return CALENDAR_TEXTS[key][lang] as CalendarTexts[K]['en'];
}
