import type { KeywordLang } from '../../../language/src/syntax/keywords.js';

/**
 * The snippets completion offers where the grammar lets a construct start, written in
 * the file's keyword language. Names come from the workspace as choices (the plan's
 * coach first, the organisation's visions, the dimensions of its framework), so a
 * snippet accepted as it stands links without an error; what only the user can say is
 * a tab stop with a text that reads as a question.
 */
export type SnippetKind = 'plan' | 'team' | 'people' | 'goal' | 'action' | 'feedback' | 'review' | 'reflection' | 'level';

export interface SnippetContext {
    /** People who may be asked, coach or review: the plan's coach first. */
    people: string[];
    /** The person whose plan a new plan is (people without a plan first). */
    owners: string[];
    /** A date for a due date or review: the end of the plan's period, or the end of this year. */
    due: string;
    /** Today, for a reflection. */
    today: string;
    /** Dimensions of the organisation's framework, unqualified. */
    dimensions: string[];
    /** Visions and ambitions a goal may support. */
    supportTargets: string[];
    /** Learning forms in the file's language, on-the-job first. */
    forms: string[];
}

/**
 * `every week` ... in English; `elke week`, `elke maand`, `elk kwartaal`, `elk jaar` in
 * Dutch; and the second edition's `every day` and counted cadences (`every 2 weeks`).
 */
export function cadencePhrases(lang: KeywordLang): string[] {
    return lang === 'nl'
        ? ['elke week', 'elke maand', 'elk kwartaal', 'elk jaar', 'elke dag', 'elke 2 weken', 'elke 6 weken', 'elke 6 maanden']
        : ['every week', 'every month', 'every quarter', 'every year', 'every day', 'every 2 weeks', 'every 6 weeks', 'every 6 months'];
}

/** The cadences of `lang`, `first` first. */
function rhythmsFrom(first: string, lang: KeywordLang): string[] {
    return [first, ...cadencePhrases(lang).filter(p => p !== first)];
}

function escape(text: string): string {
    return text.replace(/[$}\\]/g, m => `\\${m}`);
}

/** A tab stop that offers `options` (the first is the default), or a text stop `fallback` without options. */
function choiceOr(n: number, options: string[], fallback: string): string {
    if (options.length === 0) return `\${${n}:${escape(fallback)}}`;
    if (options.length === 1) return `\${${n}:${escape(options[0])}}`;
    return `\${${n}|${options.map(o => o.replace(/[,|\\]/g, m => `\\${m}`)).join(',')}|}`;
}

const WORDS = {
    en: {
        goal: 'goal', goalId: 'goal-id', goalTitle: 'What you want to learn', dimensions: 'dimensions', supports: 'supports',
        action: 'action', actionText: 'What you will do, in your own work', monthly: 'every month', feedback: 'feedback ask',
        question: 'What do you see me do differently?', quarterly: 'every quarter', evidence: 'evidence', evidenceText: 'What others will see when it has worked',
        due: 'due', review: 'review', with: 'with', reviewText: 'POP conversation', reflection: 'reflection', reflectionText: 'What did I learn, what will I try next?',
        plan: 'plan', for: 'for', coach: 'coach', period: 'period', year: 'year', team: 'team', teamTitle: 'Team name', lead: 'lead', members: 'members',
        people: 'people', person: 'person', name: 'Name as shown', role: 'role', roleText: 'Role', level: 'level',
    },
    nl: {
        goal: 'leerdoel', goalId: 'doel-id', goalTitle: 'Wat je wilt leren', dimensions: 'dimensies', supports: 'ondersteunt',
        action: 'actie', actionText: 'Wat je gaat doen, in je eigen werk', monthly: 'elke maand', feedback: 'feedback vraag',
        question: 'Wat zie je mij anders doen?', quarterly: 'elk kwartaal', evidence: 'bewijs', evidenceText: 'Wat anderen straks zien als het gelukt is',
        due: 'uiterlijk', review: 'gesprek', with: 'met', reviewText: 'POP-gesprek', reflection: 'reflectie', reflectionText: 'Wat heb ik geleerd, wat probeer ik nu?',
        plan: 'plan', for: 'voor', coach: 'coach', period: 'periode', year: 'jaar', team: 'team', teamTitle: 'Naam van het team', lead: 'leider', members: 'leden',
        people: 'mensen', person: 'persoon', name: 'Naam zoals getoond', role: 'rol', roleText: 'Rol', level: 'niveau',
    },
} as const;

export function snippetFor(kind: SnippetKind, lang: KeywordLang, context: SnippetContext): string {
    const w = WORDS[lang];
    const who = (n: number) => choiceOr(n, context.people, 'COACH');
    switch (kind) {
        case 'goal':
            return [
                `${w.goal} \${1:${w.goalId}} "\${2:${w.goalTitle}}" {`,
                `    ${w.dimensions} ${choiceOr(3, context.dimensions, 'LerenVanLeidersEnMedewerkers')}`,
                ...(context.supportTargets.length ? [`    ${w.supports} ${choiceOr(4, context.supportTargets, '')}`] : []),
                `    ${w.action} ${choiceOr(5, context.forms, 'coaching')} "\${6:${w.actionText}}" ${w.monthly}`,
                `    ${w.feedback} ${who(7)} "\${8:${w.question}}" ${w.quarterly}`,
                `    ${w.evidence} "\${9:${w.evidenceText}}"`,
                `    ${w.due} \${10:${escape(context.due)}}`,
                '}',
            ].join('\n');
        case 'action':
            return `${w.action} ${choiceOr(1, context.forms, 'coaching')} "\${2:${w.actionText}}" ${choiceOr(3, cadencePhrases(lang), w.monthly)}`;
        case 'feedback':
            return `${w.feedback} ${who(1)} "\${2:${w.question}}" ${choiceOr(3, rhythmsFrom(w.quarterly, lang), w.quarterly)}`;
        // A date, or (the second edition) a rhythm: `review every quarter with ...`, `reflection every month "..."`.
        case 'review':
            return `${w.review} ${choiceOr(1, [context.due, ...rhythmsFrom(w.quarterly, lang)], context.due)} ${w.with} ${who(2)} "\${3:${w.reviewText}}"`;
        case 'reflection':
            return `${w.reflection} ${choiceOr(1, [context.today, ...rhythmsFrom(w.monthly, lang)], context.today)} "\${2:${w.reflectionText}}"`;
        case 'plan': {
            const year = context.today.slice(0, 4);
            return [
                `${w.plan} \${1:${choiceText(context.owners)}}-${year} ${w.for} ${choiceOr(2, context.owners, 'OWNER')} {`,
                `    ${w.coach} ${choiceOr(3, context.people, 'COACH')}`,
                `    ${w.period} ${year}-01-01 .. ${year}-12-31`,
                '    $0',
                '}',
            ].join('\n');
        }
        case 'team':
            return [
                `${w.team} \${1:team-id} "\${2:${w.teamTitle}}" {`,
                `    ${w.lead} ${choiceOr(3, context.people, 'COACH')}`,
                `    ${w.members} $0`,
                '}',
            ].join('\n');
        case 'people':
            return [`${w.people} {`, `    ${w.person} \${1:id} "\${2:${w.name}}" ${w.role} "\${3:${w.roleText}}"`, '}'].join('\n');
        case 'level':
            return `${w.level} \${1|1,2,3,4,5|} -> \${2|1,2,3,4,5|}`;
    }
}

function choiceText(options: string[]): string {
    return escape(options[0] ?? 'OWNER');
}
