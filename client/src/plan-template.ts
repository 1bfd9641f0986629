import { learningFormChoices } from '../../language/src/frameworks/learning-form-choices.js';

export { learningFormChoices };

export { snippetDefaultText } from '../../language/src/syntax/snippet-text.js';

/**
 * The starter plan of "New Plan from Template", as a VS Code snippet: the owner, coach
 * and team the user chose are written in; what only the user can say (the ambition,
 * the goal, what they will do, the question they ask) is a tab stop with a sensible
 * text, and the dimension, the vision link and the learning form are choices from the
 * workspace. Accepted as it stands it is a plan without an error: every name it writes
 * is declared, every date lies in its period.
 */
export interface PlanTemplateInput {
    /** The plan's id (unique in the workspace). */
    planId: string;
    owner: string;
    /** The owner's name as shown, for the opening comment. */
    ownerName: string;
    coach: string;
    team?: string;
    /** Keyword language of the plan. */
    lang: 'en' | 'nl';
    /** Today (YYYY-MM-DD): the period starts on the first day of this month and lasts a year. */
    today: string;
    /** Dimensions of the organisation's framework (the first is the default). */
    dimensions: string[];
    /** Visions and ambitions a goal may support; without any, the plan has no `supports` line. */
    supportTargets: string[];
    /** People to declare in the plan file itself (a workspace without a people block). */
    declare?: Array<{ id: string; name: string }>;
}

/** Period, mid-point and first reflection date of a plan started `today`. */
export function planDates(today: string): { start: string; end: string; middle: string; firstReflection: string } {
    const [year, month] = today.split('-').map(Number);
    const start = new Date(Date.UTC(year, month - 1, 1));
    const dayBefore = (months: number) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 0)).toISOString().slice(0, 10);
    return { start: start.toISOString().slice(0, 10), end: dayBefore(12), middle: dayBefore(6), firstReflection: dayBefore(3) };
}

/** Literal text inside a snippet: `$`, `}` and `\` escaped. */
function literal(text: string): string {
    return text.replace(/[$}\\]/g, m => `\\${m}`);
}

/** A text tab stop `${n:text}`. */
function stop(n: number, text: string): string {
    return `\${${n}:${literal(text)}}`;
}

/** A choice tab stop `${n|a,b|}`. */
function choice(n: number, options: string[]): string {
    return `\${${n}|${options.map(o => o.replace(/[,|\\]/g, m => `\\${m}`)).join(',')}|}`;
}

const TEXTS = {
    en: {
        comment: (name: string, start: string, end: string) => `// Personal development plan (POP) of ${name}, ${start} to ${end}.`,
        ambition: 'Where do you want to be a year from now?',
        goalId: 'first-goal',
        goalTitle: 'Describe your goal in one sentence',
        action: 'What will you do, in your own work?',
        question: 'What do you see me do differently?',
        evidence: 'What will others see when it has worked?',
        review: 'Mid-year POP conversation',
        reflection: 'What have you learned so far?',
    },
    nl: {
        comment: (name: string, start: string, end: string) => `// Persoonlijk ontwikkelplan (POP) van ${name}, ${start} tot ${end}.`,
        ambition: 'Waar wil je over een jaar staan?',
        goalId: 'eerste-leerdoel',
        goalTitle: 'Beschrijf je leerdoel in één zin',
        action: 'Wat ga je doen, in je eigen werk?',
        question: 'Wat zie je mij anders doen?',
        evidence: 'Wat zien anderen als het gelukt is?',
        review: 'Halfjaar POP-gesprek',
        reflection: 'Wat heb je tot nu toe geleerd?',
    },
} as const;

const KEYWORDS = {
    en: {
        plan: 'plan', for: 'for', coach: 'coach', team: 'team', period: 'period', ambition: 'ambition', goal: 'goal', dimensions: 'dimensions',
        supports: 'supports', action: 'action', monthly: 'every month', feedback: 'feedback ask', quarterly: 'every quarter', evidence: 'evidence',
        due: 'due', status: 'status planned', review: 'review', with: 'with', reflection: 'reflection', people: 'people', person: 'person',
    },
    nl: {
        plan: 'plan', for: 'voor', coach: 'coach', team: 'team', period: 'periode', ambition: 'ambitie', goal: 'leerdoel', dimensions: 'dimensies',
        supports: 'ondersteunt', action: 'actie', monthly: 'elke maand', feedback: 'feedback vraag', quarterly: 'elk kwartaal', evidence: 'bewijs',
        due: 'uiterlijk', status: 'status gepland', review: 'gesprek', with: 'met', reflection: 'reflectie', people: 'mensen', person: 'persoon',
    },
} as const;

/** The plan as a snippet (VS Code snippet syntax). */
export function planSnippet(input: PlanTemplateInput): string {
    const t = TEXTS[input.lang];
    const k = KEYWORDS[input.lang];
    const dates = planDates(input.today);
    const i = '    ';
    const lines = [
        literal(t.comment(input.ownerName, dates.start, dates.end)),
        `${k.plan} ${literal(input.planId)} ${k.for} ${literal(input.owner)} {`,
        `${i}${k.coach} ${literal(input.coach)}`,
        ...(input.team ? [`${i}${k.team} ${literal(input.team)}`] : []),
        `${i}${k.period} ${dates.start} .. ${dates.end}`,
        `${i}${k.ambition} "${stop(1, t.ambition)}"`,
        '',
        `${i}${k.goal} ${stop(2, t.goalId)} "${stop(3, t.goalTitle)}" {`,
        ...(input.dimensions.length ? [`${i}${i}${k.dimensions} ${choice(4, input.dimensions)}`] : []),
        ...(input.supportTargets.length ? [`${i}${i}${k.supports} ${choice(5, input.supportTargets)}`] : []),
        `${i}${i}${k.action} ${choice(6, learningFormChoices(input.lang))} "${stop(7, t.action)}" ${k.monthly}`,
        `${i}${i}${k.feedback} ${literal(input.coach)} "${stop(8, t.question)}" ${k.quarterly}`,
        `${i}${i}${k.evidence} "${stop(9, t.evidence)}"`,
        `${i}${i}${k.due} ${dates.middle}`,
        `${i}${i}${k.status}`,
        `${i}}`,
        '',
        `${i}${k.review} ${dates.middle} ${k.with} ${literal(input.coach)} "${stop(10, t.review)}"`,
        `${i}${k.reflection} ${dates.firstReflection} "${stop(11, t.reflection)}"`,
        '}',
    ];
    if (input.declare?.length) {
        lines.push('', `${k.people} {`, ...input.declare.map(p => `${i}${k.person} ${literal(p.id)} "${literal(p.name.replace(/["\\]/g, m => `\\${m}`))}"`), '}');
    }
    return lines.join('\n') + '\n$0';
}
