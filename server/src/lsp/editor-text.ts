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
    openSummary: { en: 'Open summary', nl: 'Open overzicht' },
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
