import type { Lang } from '../../../language/src/rules/rule-registry.js';

/**
 * The words of the editor features (hovers, completion details, code lenses) in
 * English and Dutch. Rule messages and explanations are not here: they live in
 * the rule registry.
 */
const TEXT = {
    dimension: { en: 'Dimension', nl: 'Dimensie' },
    framework: { en: 'Framework', nl: 'Raamwerk' },
    roles: { en: 'Roles', nl: 'Rollen' },
    person: { en: 'Person', nl: 'Persoon' },
    role: { en: 'Role', nl: 'Rol' },
    leads: { en: 'Leads', nl: 'Leidt' },
    memberOf: { en: 'Member of', nl: 'Lid van' },
    coachIn: { en: 'Coach in the plans', nl: 'Coach in de plannen' },
    notCoach: { en: 'Named as coach in no plan', nl: 'In geen enkel plan als coach genoemd' },
    ownPlans: { en: 'Own plans', nl: 'Eigen plannen' },
    vision: { en: 'Vision', nl: 'Visie' },
    ambition: { en: 'Ambition', nl: 'Ambitie' },
    aboutLearning: { en: 'A vision about learning', nl: 'Een visie op leren' },
    developedWith: { en: 'Developed with', nl: 'Ontwikkeld met' },
    supports: { en: 'Supports', nl: 'Ondersteunt' },
    team: { en: 'Team', nl: 'Team' },
    lead: { en: 'Lead', nl: 'Leider' },
    members: { en: 'Members', nl: 'Leden' },
    teamGoal: { en: 'Team goal', nl: 'Teamdoel' },
    goal: { en: 'Goal', nl: 'Leerdoel' },
    plan: { en: 'Plan', nl: 'Plan' },
    owner: { en: 'Owner', nl: 'Eigenaar' },
    coach: { en: 'Coach', nl: 'Coach' },
    period: { en: 'Period', nl: 'Periode' },
    learningForm: { en: 'Learning form', nl: 'Werkvorm' },
    formal: { en: 'Formal learning (away from the work)', nl: 'Formeel leren (buiten het werk)' },
    onTheJob: { en: 'Learning on the job', nl: 'Leren in het werk' },
    gathersFeedback: { en: 'Counts as feedback asked, at the moment of the action.', nl: 'Telt als gevraagde feedback, op het moment van de actie.' },
    unknownForm: { en: 'Not a known learning form', nl: 'Geen bekende werkvorm' },
    today: { en: 'today', nl: 'vandaag' },
    periodEnd: { en: 'end of the plan period', nl: 'einde van de planperiode' },
    periodStart: { en: 'start of the plan period', nl: 'begin van de planperiode' },
    cadence: { en: 'cadence', nl: 'ritme' },
    snippetGoal: { en: 'New goal', nl: 'Nieuw leerdoel' },
    snippetFeedback: { en: 'Ask for feedback', nl: 'Om feedback vragen' },
    snippetReview: { en: 'Review conversation with the coach', nl: 'POP-gesprek met de coach' },
    snippetPlan: { en: 'New plan with owner, coach and period', nl: 'Nieuw plan met eigenaar, coach en periode' },
    snippetTeam: { en: 'New team with lead and members', nl: 'Nieuw team met leider en leden' },
    snippetPeople: { en: 'People of the workspace', nl: 'Mensen van de werkruimte' },
    snippetAction: { en: 'An action: learning form, what you do, how often', nl: 'Een actie: werkvorm, wat je doet, hoe vaak' },
    snippetReflection: { en: 'A reflection: what you learned', nl: 'Een reflectie: wat je geleerd hebt' },
    keyword: { en: 'keyword', nl: 'sleutelwoord' },
    snippetLevel: { en: 'Level now -> aimed for (1..5)', nl: 'Niveau nu -> gewenst (1..5)' },
    namedPeriod: { en: 'named period', nl: 'periode' },
    withinPeriod: { en: 'Counted from the start of the plan\'s period', nl: 'Geteld vanaf het begin van de planperiode' },
    dueOn: { en: 'Due on', nl: 'Uiterlijk op' },
    noPeriodToCount: {
        en: 'No period to count from: a team has none, and this plan has no `period` line.',
        nl: 'Geen periode om vanaf te tellen: een team heeft er geen, en dit plan heeft geen regel `periode`.',
    },
    everyOne: { en: 'every', nl: 'elke' },
    everyN: { en: 'every {n}', nl: 'elke {n}' },
    'unit.day': { en: 'day', nl: 'dag' },
    'unit.days': { en: 'days', nl: 'dagen' },
    'unit.week': { en: 'week', nl: 'week' },
    'unit.weeks': { en: 'weeks', nl: 'weken' },
    'unit.month': { en: 'month', nl: 'maand' },
    'unit.months': { en: 'months', nl: 'maanden' },
    'unit.quarter': { en: 'quarter', nl: 'kwartaal' },
    'unit.quarters': { en: 'quarters', nl: 'kwartalen' },
    'unit.year': { en: 'year', nl: 'jaar' },
    'unit.years': { en: 'years', nl: 'jaren' },
    afterEvent: {
        en: 'Each time this happens in the work: no calendar date, so no date check fires on it; the summary shows it as a note.',
        nl: 'Telkens wanneer dit in het werk gebeurt: geen kalenderdatum, dus geen datumcontrole slaat erop aan; het overzicht toont het als notitie.',
    },
    ongoingMoment: { en: 'Throughout the plan\'s period, with no date of its own', nl: 'De hele planperiode door, zonder eigen datum' },
    level: { en: 'Level now {now} of 5, aimed for {target}', nl: 'Niveau nu {now} van 5, gewenst {target}' },
    score: { en: 'Score {score} of 5 in the assessment of {date}', nl: 'Score {score} van 5 in de meting van {date}' },
    previousScore: { en: 'The assessment before, of {date}: {score}', nl: 'De meting daarvoor, van {date}: {score}' },
    firstScore: { en: 'The first assessment that scores this dimension', nl: 'De eerste meting die deze dimensie scoort' },
    notAScore: { en: 'Not a score: a score is a whole number from 1 to 5', nl: 'Geen score: een score is een geheel getal van 1 tot en met 5' },
    openSummary: { en: 'Open summary', nl: 'Open overzicht' },
    followedUp: {
        en: 'Feedback asked for {date}: a record of feedback received follows it.',
        nl: 'Feedback gevraagd voor {date}: er is ontvangen feedback na vastgelegd.',
    },
    notFollowedUp: {
        en: 'Feedback asked for {date}: that date has passed and no feedback received is recorded yet.',
        nl: 'Feedback gevraagd voor {date}: die datum is voorbij en er is nog geen ontvangen feedback vastgelegd.',
    },
    visionOrAmbition: { en: 'vision or ambition', nl: 'visie of ambitie' },
} satisfies Record<string, Record<Lang, string>>;

export type EditorTextKey = keyof typeof TEXT;

export function editorText(key: EditorTextKey, lang: Lang): string {
    return TEXT[key][lang];
}

/** "3 goals · 2 linked to the vision · 1 asks for feedback" (and the Dutch). */
export function goalCountsTitle(lang: Lang, goals: number, linked: number, asking: number): string {
    if (lang === 'nl') {
        return `${goals} ${goals === 1 ? 'leerdoel' : 'leerdoelen'} · ${linked} gekoppeld aan de visie · ${asking} ${asking === 1 ? 'vraagt' : 'vragen'} om feedback`;
    }
    return `${goals} ${goals === 1 ? 'goal' : 'goals'} · ${linked} linked to the vision · ${asking} ${asking === 1 ? 'asks' : 'ask'} for feedback`;
}
