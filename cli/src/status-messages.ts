import type { Lang } from '../../language/src/rules/rule-registry.js';

/**
 * What `leerplan status` prints, in English and Dutch: one entry per text, `{ en, nl }`,
 * a function when it takes arguments. Arguments are ids, names, titles, dates and counts,
 * never private text (status reads none).
 */
const STATUS_MESSAGES = {
    noHistory: {
        en: (folder: string) => `no Git history for '${folder}' (not inside a repository, or no commit yet): status reads when plans changed from Git, so it reports nothing rather than guess (exit 3)`,
        nl: (folder: string) => `geen Git-geschiedenis voor '${folder}' (niet in een repository, of nog geen commit): status leest uit Git wanneer plannen veranderden, en meldt dus niets in plaats van te gokken (afsluitcode 3)`,
    },
    shallow: {
        en: 'this is a shallow clone: the Git history status reads is missing, so it reports nothing rather than guess (exit 3); fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)',
        nl: 'dit is een ondiepe kloon (shallow clone): de Git-geschiedenis die status leest ontbreekt, dus meldt het niets in plaats van te gokken (afsluitcode 3); haal de hele geschiedenis op (git fetch --unshallow, of fetch-depth: 0 in CI)',
    },
    sinceAfterToday: {
        en: (since: string, today: string) => `--since ${since} is after today (${today})`,
        nl: (since: string, today: string) => `--since ${since} ligt na vandaag (${today})`,
    },
    heading: {
        en: (since: string, today: string, plans: number) => `Follow-through from ${since} to ${today}, from Git history: ${plans} ${plans === 1 ? 'plan' : 'plans'}`,
        nl: (since: string, today: string, plans: number) => `Opvolging van ${since} tot ${today}, uit de Git-geschiedenis: ${plans} ${plans === 1 ? 'plan' : 'plannen'}`,
    },
    pinnedToday: {
        en: (today: string) => `(today is ${today} here, as --today or "today" in leerplan.json sets it: a commit after it is "after today")`,
        nl: (today: string) => `(vandaag is hier ${today}, zoals --today of "today" in leerplan.json het zet: een commit daarna is "na vandaag")`,
    },
    lastChange: { en: 'last change', nl: 'laatst gewijzigd' },
    goalsDone: { en: 'goals done', nl: 'doelen afgerond' },
    feedback: { en: 'feedback', nl: 'feedback' },
    reviews: { en: 'reviews', nl: 'gesprekken' },
    changedOn: {
        en: (date: string, days: number) => `${date} (${days === 0 ? 'today' : days === 1 ? '1 day ago' : days === -1 ? '1 day after today' : days < 0 ? `${-days} days after today` : `${days} days ago`})`,
        nl: (date: string, days: number) => `${date} (${days === 0 ? 'vandaag' : days === 1 ? '1 dag geleden' : days < 0 ? `${-days} ${days === -1 ? 'dag' : 'dagen'} na vandaag` : `${days} dagen geleden`})`,
    },
    neverCommitted: { en: 'not in Git yet', nl: 'nog niet in Git' },
    uncommitted: { en: 'with changes not committed yet', nl: 'met wijzigingen die nog niet vastgelegd zijn' },
    none: { en: 'none', nl: 'geen' },
    pending: {
        en: (passed: number, open: number) => `${passed} ${passed === 1 ? 'moment' : 'moments'} passed, ${open} without a 'feedback received' record`,
        nl: (passed: number, open: number) => `${passed} ${passed === 1 ? 'moment' : 'momenten'} voorbij, ${open} zonder 'feedback ontvangen'`,
    },
    pendingItem: {
        en: (date: string, who: string, goal: string) => `${date} ${who} (goal ${goal})`,
        nl: (date: string, who: string, goal: string) => `${date} ${who} (doel ${goal})`,
    },
    held: {
        en: (held: number, planned: number) => `${held} of ${planned} planned held`,
        nl: (held: number, planned: number) => `${held} van ${planned} geplande gehouden`,
    },
    missedItem: { en: (date: string, who: string) => `no trace of ${date} with ${who}`, nl: (date: string, who: string) => `geen spoor van ${date} met ${who}` },
    noPlans: { en: 'no plans', nl: 'geen plannen' },
} as const;

type Messages = typeof STATUS_MESSAGES;

export function statusText<K extends keyof Messages>(key: K, lang: Lang): Messages[K]['en'] {
    return STATUS_MESSAGES[key][lang] as Messages[K]['en'];
}
