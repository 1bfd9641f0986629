import type { Lang, Severity } from '../../language/src/rules/rule-registry.js';
import type { FeedbackStatus, GoalStatusName, Moment, TimelineNote } from './summary-model.js';
import type { TimeUnit } from '../../language/src/meaning/moments.js';

/**
 * Every word the summary renderings print themselves, in English and Dutch. Plan
 * text is never in here: it comes from the model and is escaped by each renderer.
 */
export interface SummaryText {
    documentTitle: string;
    generated: (today: string) => string;
    exportNotice: string;
    ownerNotice: string;
    contents: string;
    organisation: string;
    baseline: string;
    baselineIntro: (framework: string) => string;
    /** The baseline of a team, beside its coverage. */
    teamBaseline: string;
    noAssessment: string;
    assessments: string;
    /** "4 taking part: ..." */
    takingPart: (count: number) => string;
    scoreNotes: string;
    /** The badge of a dimension that scored lowest with no goal naming it. */
    gap: string;
    developmentCard: (dimension: string) => string;
    cardParts: { challenges: string; suggestions: string; practices: string };
    notScored: string;
    dimension: string;
    goals: string;
    people: string;
    plans: string;
    teams: string;
    visions: string;
    ambitions: string;
    aboutLearning: string;
    developedWith: (by: string) => string;
    developedBy: Record<string, string>;
    supports: string;
    noOneWorksOn: string;
    everyDimensionTouched: string;
    linkedToVision: string;
    askingFeedback: string;
    otherFramework: string;
    plan: string;
    planOf: (owner: string) => string;
    owner: string;
    coach: string;
    team: string;
    period: string;
    ambition: string;
    strengths: string;
    goal: string;
    dimensions: string;
    visionLink: string;
    linked: string;
    notLinked: string;
    /** A personal goal without a vision link: nothing to fix (`goal-without-vision` does not apply). */
    personalNoVision: string;
    /** A required goal without a vision link: nothing to fix (`goal-without-vision` does not apply). */
    requiredNoVision: string;
    linkedNoVision: string;
    feedback: string;
    feedbackStatus: Record<FeedbackStatus, string>;
    feedbackSummary: (counts: Record<FeedbackStatus, number>) => string;
    ask: string;
    give: string;
    feedbackFrom: (who: string) => string;
    feedbackTo: (who: string) => string;
    /** An ask whose date passed: a record of feedback received followed it, or none yet. */
    followedUp: string;
    notFollowedUp: string;
    /** A record of feedback received: "from Ruud". */
    receivedFrom: (who: string) => string;
    received: string;
    noReceived: string;
    teamPrefix: string;
    actions: string;
    formal: string;
    informal: string;
    unknownForm: string;
    hours: (n: number) => string;
    evidence: string;
    successCriteria: string;
    why: string;
    /** Label of a required goal's `required` line (who or what requires it). */
    required: string;
    level: string;
    levelText: (now: number, target: number) => string;
    personal: string;
    routines: string;
    withoutDate: string;
    note: (n: TimelineNote) => string;
    noMoment: string;
    occurrences: (n: number) => string;
    due: string;
    status: string;
    statusName: Record<GoalStatusName, string>;
    contributes: string;
    reviews: string;
    reviewWith: (who: string) => string;
    nextReview: string;
    lastReview: string;
    noReview: string;
    reflections: string;
    privateMark: string;
    problems: string;
    noProblems: string;
    line: string;
    severity: Record<Severity, string>;
    /** `2 warnings`, `1 fout`: a count of diagnostics of one severity, plural-aware. */
    severityCount: (severity: Severity, n: number) => string;
    dimensionCoverage: string;
    timeline: string;
    timelineKinds: { action: string; feedback: string; review: string; due: string };
    noTimeline: string;
    lead: string;
    members: string;
    teamGoals: string;
    heatmap: string;
    untouched: string;
    alignment: string;
    unlinked: string;
    alignmentKind: Record<'vision' | 'ambition' | 'team-goal' | 'goal' | 'unlinked', string>;
    feedbackCalendar: string;
    asks: string;
    gives: string;
    coaches: string;
    coachList: (coach: string) => string;
    noPlans: string;
    none: string;
    relativeDays: (days: number) => string;
    moment: (m: Moment) => string;
    date: (d: string) => string;
    month: (yyyyMm: string) => string;
    monthShort: string[];
    column: { date: string; month: string; kind: string; what: string; where: string; severity: string; code: string; message: string };
    percent: (share: number) => string;
    count: (n: number, one: string, many: string) => string;
    goalWord: [string, string];
    personWord: [string, string];
    /** Shown for an id, name, title, text or date the file does not have yet (a half-written declaration). */
    missing: { id: string; name: string; title: string; text: string; date: string };
    /** A name that links to no declared person (a typo, or a placeholder such as `COACH`). */
    unknownPerson: (name: string) => string;
    errorCount: (n: number) => string;
    syntaxErrorCount: (n: number) => string;
    /** Said of a plan, team or organisation whose file has syntax errors. */
    parseErrorNotice: (n: number) => string;
    workspaceProblems: string;
    severityCounts: (counts: Record<Severity, number>) => string;
    plansWithErrors: string;
    ownProblems: string;
    rule: string;
    howMany: string;
    /** Follow-through from Git history (`leerplan status` in the summary). */
    followThrough: {
        heading: string;
        /** The period and where it comes from. */
        period: (since: string, today: string) => string;
        /** Said once, at the top, when the history could not be read: nothing is shown rather than guessed. */
        missing: string;
        shallow: string;
        lastChange: string;
        changedOn: (date: string, daysAgo: number) => string;
        notInGit: string;
        uncommitted: string;
        goalsDone: string;
        goalsDoneCount: (n: number) => string;
        none: string;
        feedback: string;
        feedbackPassed: (passed: number, withoutRecord: number) => string;
        /** An asked moment without a record: its date, who was asked, the goal. */
        withoutRecord: (date: string, who: string, goal: string) => string;
        reviews: string;
        reviewsHeld: (held: number, planned: number) => string;
        noTrace: (date: string, who: string) => string;
        /** In a coach's list: asked feedback moments of the period without a record. */
        withoutRecordCount: (n: number) => string;
        /** The organisation's overview: every plan's follow-through, summed. */
        overview: string;
        plansChanged: string;
        plansChangedCount: (changed: number, plans: number, uncommitted: number) => string;
    };
}

const MONTHS = {
    en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

/** `5 Mar 2026` / `5 mrt 2026`; a date that is not YYYY-MM-DD is shown as written, a date not written yet as missing. */
function formatDate(lang: Lang, date: string): string {
    if (!date) return lang === 'nl' ? NL.missing.date : EN.missing.date;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m) return date;
    const month = MONTHS[lang][Number(m[2]) - 1];
    return month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

function formatMonth(lang: Lang, yyyyMm: string): string {
    const month = MONTHS[lang][Number(yyyyMm.slice(5, 7)) - 1];
    return month ? `${month} ${yyyyMm.slice(0, 4)}` : yyyyMm;
}

const UNITS: Record<'en' | 'nl', Record<TimeUnit, [string, string]>> = {
    en: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], quarter: ['quarter', 'quarters'], year: ['year', 'years'] },
    nl: { day: ['dag', 'dagen'], week: ['week', 'weken'], month: ['maand', 'maanden'], quarter: ['kwartaal', 'kwartalen'], year: ['jaar', 'jaren'] },
};

/** `3 months`, `1 week` / `3 maanden`, `1 week`. */
function span(lang: Lang, count: number, unit: TimeUnit): string {
    return `${count} ${UNITS[lang][unit][count === 1 ? 0 : 1]}`;
}

/** ` (1 Sep 2026 to 30 Nov 2026)` when the moment's dates are known, else nothing. */
function datesOf(lang: Lang, m: Moment): string {
    if (!m.date) return '';
    const to = lang === 'nl' ? 'tot' : 'to';
    return m.end && m.end !== m.date ? ` (${formatDate(lang, m.date)} ${to} ${formatDate(lang, m.end)})` : ` (${formatDate(lang, m.date)})`;
}

/** A moment in words, with the dates it stands for: never a date it does not have. */
function momentText(lang: Lang, m: Moment): string {
    const nl = lang === 'nl';
    const date = formatDate(lang, m.date ?? '');
    switch (m.kind) {
        case 'on': return `${nl ? 'op' : 'on'} ${date}`;
        case 'from': return m.end ? `${date} ${nl ? 'tot' : 'to'} ${formatDate(lang, m.end)}` : `${nl ? 'vanaf' : 'from'} ${date}`;
        case 'due':
            if (m.event !== undefined) return `${nl ? 'uiterlijk voor' : 'before'} ${m.event}`;
            if (m.period !== undefined) return `${nl ? 'uiterlijk eind' : 'by the end of'} ${m.period}${datesOf(lang, m)}`;
            if (m.within) return `${nl ? 'uiterlijk binnen' : 'within'} ${span(lang, m.within.count, m.within.unit)}${m.date ? ` (${nl ? 'uiterlijk' : 'by'} ${date})` : ''}`;
            return `${nl ? 'uiterlijk' : 'by'} ${date}`;
        case 'every': {
            const unit = m.cadence ?? 'month';
            const every = m.every ?? 1;
            if (!nl) return every === 1 ? `every ${UNITS.en[unit][0]}` : `every ${span('en', every, unit)}`;
            if (every !== 1) return `elke ${span('nl', every, unit)}`;
            return `${unit === 'quarter' || unit === 'year' ? 'elk' : 'elke'} ${UNITS.nl[unit][0]}`;
        }
        case 'in': return `in ${m.period ?? ''}${datesOf(lang, m)}`;
        case 'within': return `${nl ? 'binnen' : 'within'} ${m.within ? span(lang, m.within.count, m.within.unit) : ''}${datesOf(lang, m)}`;
        case 'after': return `${nl ? 'na' : 'after'} ${m.event ?? ''}`;
        case 'ongoing': return nl ? 'doorlopend' : 'ongoing';
    }
}

const EN: SummaryText = {
    documentTitle: 'Learning plan summary',
    generated: today => `Summary as of ${formatDate('en', today)}`,
    exportNotice: 'Export: private reflections and private files are never included.',
    ownerNotice: 'Your own view: private reflections are shown to you only.',
    contents: 'Contents',
    organisation: 'Organisation',
    baseline: 'Baseline: assessments and goals per dimension',
    baselineIntro: framework => `Where the organisation stands on each dimension of "${framework}", scored from 1 (hardly) to 5 (fully) in each assessment, beside how many goals and people work on it.`,
    teamBaseline: 'Baseline: the team\'s assessments and goals per dimension',
    noAssessment: 'No assessment yet: score the dimensions with employees in an assessment (\'assessment DATE for organisation ID with ... { ... }\') and repeat it later. Until then the table shows only where goals invest.',
    assessments: 'Assessments',
    takingPart: count => `${count} taking part`,
    scoreNotes: 'Notes with the scores',
    gap: 'lowest, no goal',
    developmentCard: dimension => `Development card: ${dimension}`,
    cardParts: { challenges: 'Challenges', suggestions: 'Development suggestions', practices: 'Good practices' },
    notScored: 'not scored',
    dimension: 'Dimension',
    goals: 'Goals',
    people: 'People',
    plans: 'Plans',
    teams: 'Teams',
    visions: 'Visions',
    ambitions: 'Ambitions',
    aboutLearning: 'about learning',
    developedWith: by => `developed with ${by}`,
    developedBy: {
        employees: 'employees', representatives: 'representatives', management: 'management',
        clients: 'clients', citizens: 'citizens', students: 'students', partners: 'partners',
    },
    supports: 'supports',
    noOneWorksOn: 'No one works on',
    everyDimensionTouched: 'Every dimension has at least one goal.',
    linkedToVision: 'Goals linked to the vision',
    askingFeedback: 'Goals asking for feedback',
    otherFramework: 'other framework',
    plan: 'Plan',
    planOf: owner => `Plan of ${owner}`,
    owner: 'Owner',
    coach: 'Coach',
    team: 'Team',
    period: 'Period',
    ambition: 'Ambition',
    strengths: 'Strengths',
    goal: 'Goal',
    dimensions: 'Dimensions',
    visionLink: 'Vision link',
    linked: 'linked to the vision',
    notLinked: 'not linked to the vision',
    personalNoVision: 'a personal goal: needs no vision link',
    requiredNoVision: 'a required goal: needs no vision link',
    linkedNoVision: 'linked, but the chain does not reach a vision',
    feedback: 'Feedback',
    feedbackStatus: { asked: 'asked for', given: 'only given', none: 'none' },
    feedbackSummary: c => `${c.asked} asked for, ${c.given} only given, ${c.none} without feedback`,
    ask: 'asks',
    give: 'gives',
    feedbackFrom: who => `asks ${who}`,
    feedbackTo: who => `gives to ${who}`,
    followedUp: 'followed up',
    notFollowedUp: 'no feedback recorded yet',
    receivedFrom: who => `from ${who}`,
    received: 'Feedback received',
    noReceived: 'No feedback received recorded yet.',
    teamPrefix: 'team',
    actions: 'Actions',
    formal: 'formal',
    informal: 'in daily work',
    unknownForm: 'unknown form',
    hours: n => `${n} h`,
    evidence: 'Evidence',
    successCriteria: 'Success criteria',
    why: 'Why',
    required: 'Required',
    level: 'Level',
    levelText: (now, target) => `${now} → ${target} (of 5)`,
    personal: 'personal goal',
    routines: 'Team routines',
    withoutDate: 'Without a calendar date',
    note: n => (n.moment === 'ongoing' ? (n.kind === 'due' ? 'no deadline: ongoing' : 'ongoing') : `${n.moment === 'before' ? 'due before' : 'after'} ${n.event ?? ''}`),
    noMoment: 'no moment',
    occurrences: n => `${n} ${n === 1 ? 'date' : 'dates'} in the period`,
    due: 'Due',
    status: 'Status',
    statusName: { planned: 'planned', active: 'active', done: 'done', dropped: 'dropped' },
    contributes: 'Contributes to',
    reviews: 'Review conversations',
    reviewWith: who => `with ${who}`,
    nextReview: 'Next review',
    lastReview: 'Last review',
    noReview: 'no review planned',
    reflections: 'Reflections',
    privateMark: 'private',
    problems: 'Open problems',
    noProblems: 'No open problems.',
    line: 'line',
    severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
    severityCount: (s, n) => `${n} ${n === 1 ? { error: 'error', warning: 'warning', info: 'info', hint: 'hint' }[s] : { error: 'errors', warning: 'warnings', info: 'info', hint: 'hints' }[s]}`,
    dimensionCoverage: 'Dimension coverage',
    timeline: 'Timeline',
    timelineKinds: { action: 'action', feedback: 'feedback', review: 'review', due: 'due date' },
    noTimeline: 'Nothing is scheduled with a date yet.',
    lead: 'Lead',
    members: 'Members',
    teamGoals: 'Team goals',
    heatmap: 'Members by dimension',
    untouched: 'Dimensions no one in the team works on',
    alignment: 'Alignment: member goal, team goal, ambition, vision',
    unlinked: 'Not linked to the vision',
    alignmentKind: { vision: 'vision', ambition: 'ambition', 'team-goal': 'team goal', goal: 'goal', unlinked: '' },
    feedbackCalendar: 'Feedback calendar',
    asks: 'asked',
    gives: 'given',
    coaches: 'Coaches',
    coachList: coach => `Review list of ${coach}`,
    noPlans: 'No plans name this coach.',
    none: '-',
    relativeDays: d => (d === 0 ? 'today' : d === 1 ? 'tomorrow' : d === -1 ? 'yesterday' : d > 0 ? `in ${d} days` : `${-d} days ago`),
    moment: m => momentText('en', m),
    date: d => formatDate('en', d),
    month: m => formatMonth('en', m),
    monthShort: MONTHS.en,
    column: { date: 'Date', month: 'Month', kind: 'Kind', what: 'What', where: 'Where', severity: 'Severity', code: 'Code', message: 'Message' },
    percent: share => `${Math.round(share * 100)}%`,
    count: (n, one, many) => `${n} ${n === 1 ? one : many}`,
    goalWord: ['goal', 'goals'],
    personWord: ['person', 'people'],
    missing: { id: '(no id yet)', name: '(no name yet)', title: '(no title yet)', text: '(no text yet)', date: '(no date yet)' },
    unknownPerson: name => `${name} (unknown person)`,
    errorCount: n => (n === 1 ? '1 error' : `${n} errors`),
    syntaxErrorCount: n => (n === 1 ? '1 syntax error' : `${n} syntax errors`),
    parseErrorNotice: n => `This file does not parse: ${EN.syntaxErrorCount(n)}. What is written where it does not parse is left out of this summary.`,
    workspaceProblems: 'Open problems in the workspace',
    severityCounts: c => [c.error === 1 ? '1 error' : `${c.error} errors`, c.warning === 1 ? '1 warning' : `${c.warning} warnings`, `${c.info} info`, c.hint === 1 ? '1 hint' : `${c.hint} hints`].join(', '),
    plansWithErrors: 'Plans with errors',
    ownProblems: 'Of the organisation, the people and the frameworks',
    rule: 'Rule',
    howMany: 'Count',
    followThrough: {
        heading: 'Follow-through',
        period: (since, today) => `From Git history, ${since} to ${today}`,
        missing: 'Follow-through: there is no Git history here (not inside a Git repository, or no commit yet), so this summary shows none rather than guess.',
        shallow: 'Follow-through: this is a shallow clone, so the Git history is missing and this summary shows none rather than guess. Fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI).',
        lastChange: 'Last change',
        changedOn: (date, days) => `${date} (${days === 0 ? 'today' : days === 1 ? '1 day ago' : days === -1 ? '1 day after today' : days < 0 ? `${-days} days after today` : `${days} days ago`})`,
        notInGit: 'not in Git yet',
        uncommitted: 'with changes not committed yet',
        goalsDone: 'Goals done in the period',
        goalsDoneCount: n => (n === 1 ? '1 goal' : `${n} goals`),
        none: 'none',
        feedback: 'Feedback asked',
        feedbackPassed: (passed, open) => `${passed === 1 ? '1 moment' : `${passed} moments`} passed, ${open} without a 'feedback received' record`,
        withoutRecord: (date, who, goal) => `${date} ${who} (goal ${goal})`,
        reviews: 'Reviews',
        reviewsHeld: (held, planned) => `${held} of ${planned} planned ${planned === 1 ? 'review' : 'reviews'} held`,
        noTrace: (date, who) => `no trace of ${date} with ${who}`,
        withoutRecordCount: n => `${n === 1 ? '1 feedback moment' : `${n} feedback moments`} without a record`,
        overview: 'Follow-through of all plans',
        plansChanged: 'Plans changed in the period',
        plansChangedCount: (changed, plans, uncommitted) => `${changed} of ${plans} ${plans === 1 ? 'plan' : 'plans'}${uncommitted ? `; ${uncommitted} with changes not committed yet` : ''}`,
    },
};

const NL: SummaryText = {
    documentTitle: 'Overzicht leerplannen',
    generated: today => `Overzicht op ${formatDate('nl', today)}`,
    exportNotice: 'Export: privéreflecties en privébestanden staan hier nooit in.',
    ownerNotice: 'Je eigen weergave: privéreflecties zie alleen jij.',
    contents: 'Inhoud',
    organisation: 'Organisatie',
    baseline: 'Nulmeting: metingen en leerdoelen per dimensie',
    baselineIntro: framework => `Waar de organisatie staat op elke dimensie van "${framework}", gescoord van 1 (nauwelijks) tot 5 (helemaal) in elke meting, naast hoeveel leerdoelen en mensen eraan werken.`,
    teamBaseline: 'Nulmeting: de metingen en leerdoelen van het team per dimensie',
    noAssessment: 'Nog geen meting: scoor de dimensies samen met medewerkers in een meting (\'meting DATUM voor organisatie ID met ... { ... }\') en herhaal die later. Tot dan toont de tabel alleen waar leerdoelen in investeren.',
    assessments: 'Metingen',
    takingPart: count => `${count} ${count === 1 ? 'deelnemer' : 'deelnemers'}`,
    scoreNotes: 'Toelichting bij de scores',
    gap: 'laagst, geen leerdoel',
    developmentCard: dimension => `Ontwikkelkaart: ${dimension}`,
    cardParts: { challenges: 'Uitdagingen', suggestions: 'Ontwikkelsuggesties', practices: 'Goede voorbeelden' },
    notScored: 'niet gescoord',
    dimension: 'Dimensie',
    goals: 'Leerdoelen',
    people: 'Mensen',
    plans: 'Plannen',
    teams: 'Teams',
    visions: 'Visies',
    ambitions: 'Ambities',
    aboutLearning: 'over leren',
    developedWith: by => `ontwikkeld met ${by}`,
    developedBy: {
        employees: 'medewerkers', representatives: 'vertegenwoordigers', management: 'management',
        clients: 'cliënten', citizens: 'burgers', students: 'leerlingen', partners: 'partners',
    },
    supports: 'ondersteunt',
    noOneWorksOn: 'Niemand werkt aan',
    everyDimensionTouched: 'Elke dimensie heeft minstens één leerdoel.',
    linkedToVision: 'Leerdoelen verbonden met de visie',
    askingFeedback: 'Leerdoelen die om feedback vragen',
    otherFramework: 'ander raamwerk',
    plan: 'Plan',
    planOf: owner => `Plan van ${owner}`,
    owner: 'Eigenaar',
    coach: 'Coach',
    team: 'Team',
    period: 'Periode',
    ambition: 'Ambitie',
    strengths: 'Kwaliteiten',
    goal: 'Leerdoel',
    dimensions: 'Dimensies',
    visionLink: 'Visielijn',
    linked: 'verbonden met de visie',
    notLinked: 'niet verbonden met de visie',
    personalNoVision: 'een persoonlijk leerdoel: heeft geen visielijn nodig',
    requiredNoVision: 'een verplicht leerdoel: heeft geen visielijn nodig',
    linkedNoVision: 'verbonden, maar de keten bereikt geen visie',
    feedback: 'Feedback',
    feedbackStatus: { asked: 'gevraagd', given: 'alleen gegeven', none: 'geen' },
    feedbackSummary: c => `${c.asked} gevraagd, ${c.given} alleen gegeven, ${c.none} zonder feedback`,
    ask: 'vraagt',
    give: 'geeft',
    feedbackFrom: who => `vraagt ${who}`,
    feedbackTo: who => `geeft aan ${who}`,
    followedUp: 'opgevolgd',
    notFollowedUp: 'nog geen feedback vastgelegd',
    receivedFrom: who => `van ${who}`,
    received: 'Ontvangen feedback',
    noReceived: 'Nog geen ontvangen feedback vastgelegd.',
    teamPrefix: 'team',
    actions: 'Acties',
    formal: 'formeel',
    informal: 'in het werk',
    unknownForm: 'onbekende werkvorm',
    hours: n => `${n} u`,
    evidence: 'Bewijs',
    successCriteria: 'Succescriteria',
    why: 'Waarom',
    required: 'Verplicht',
    level: 'Niveau',
    levelText: (now, target) => `${now} → ${target} (van 5)`,
    personal: 'persoonlijk leerdoel',
    routines: 'Routines van het team',
    withoutDate: 'Zonder kalenderdatum',
    note: n => (n.moment === 'ongoing' ? (n.kind === 'due' ? 'geen deadline: doorlopend' : 'doorlopend') : `${n.moment === 'before' ? 'uiterlijk voor' : 'na'} ${n.event ?? ''}`),
    noMoment: 'geen moment',
    occurrences: n => `${n} ${n === 1 ? 'datum' : 'datums'} in de periode`,
    due: 'Uiterlijk',
    status: 'Status',
    statusName: { planned: 'gepland', active: 'actief', done: 'afgerond', dropped: 'gestopt' },
    contributes: 'Draagt bij aan',
    reviews: 'POP-gesprekken',
    reviewWith: who => `met ${who}`,
    nextReview: 'Volgend gesprek',
    lastReview: 'Laatste gesprek',
    noReview: 'geen gesprek gepland',
    reflections: 'Reflecties',
    privateMark: 'privé',
    problems: 'Open punten',
    noProblems: 'Geen open punten.',
    line: 'regel',
    severity: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'hint' },
    severityCount: (s, n) => `${n} ${n === 1 ? { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'hint' }[s] : { error: 'fouten', warning: 'waarschuwingen', info: 'info', hint: 'hints' }[s]}`,
    dimensionCoverage: 'Dekking van de dimensies',
    timeline: 'Tijdlijn',
    timelineKinds: { action: 'actie', feedback: 'feedback', review: 'gesprek', due: 'deadline' },
    noTimeline: 'Er staat nog niets met een datum gepland.',
    lead: 'Leider',
    members: 'Leden',
    teamGoals: 'Teamdoelen',
    heatmap: 'Leden per dimensie',
    untouched: 'Dimensies waar niemand in het team aan werkt',
    alignment: 'Samenhang: persoonlijk doel, teamdoel, ambitie, visie',
    unlinked: 'Niet verbonden met de visie',
    alignmentKind: { vision: 'visie', ambition: 'ambitie', 'team-goal': 'teamdoel', goal: 'leerdoel', unlinked: '' },
    feedbackCalendar: 'Feedbackkalender',
    asks: 'gevraagd',
    gives: 'gegeven',
    coaches: 'Coaches',
    coachList: coach => `Gesprekkenlijst van ${coach}`,
    noPlans: 'Geen plannen noemen deze coach.',
    none: '-',
    relativeDays: d => (d === 0 ? 'vandaag' : d === 1 ? 'morgen' : d === -1 ? 'gisteren' : d > 0 ? `over ${d} dagen` : `${-d} dagen geleden`),
    moment: m => momentText('nl', m),
    date: d => formatDate('nl', d),
    month: m => formatMonth('nl', m),
    monthShort: MONTHS.nl,
    column: { date: 'Datum', month: 'Maand', kind: 'Soort', what: 'Wat', where: 'Waar', severity: 'Ernst', code: 'Code', message: 'Melding' },
    percent: share => `${Math.round(share * 100)}%`,
    count: (n, one, many) => `${n} ${n === 1 ? one : many}`,
    goalWord: ['leerdoel', 'leerdoelen'],
    personWord: ['persoon', 'personen'],
    missing: { id: '(nog geen id)', name: '(nog geen naam)', title: '(nog geen titel)', text: '(nog geen tekst)', date: '(nog geen datum)' },
    unknownPerson: name => `${name} (onbekende persoon)`,
    errorCount: n => (n === 1 ? '1 fout' : `${n} fouten`),
    syntaxErrorCount: n => (n === 1 ? '1 syntaxfout' : `${n} syntaxfouten`),
    parseErrorNotice: n => `Dit bestand is niet helemaal te lezen: ${NL.syntaxErrorCount(n)}. Wat er staat waar het niet te lezen is, staat niet in dit overzicht.`,
    workspaceProblems: 'Open punten in de werkruimte',
    severityCounts: c => [c.error === 1 ? '1 fout' : `${c.error} fouten`, c.warning === 1 ? '1 waarschuwing' : `${c.warning} waarschuwingen`, `${c.info} info`, c.hint === 1 ? '1 hint' : `${c.hint} hints`].join(', '),
    plansWithErrors: 'Plannen met fouten',
    ownProblems: 'Van de organisatie, de mensen en de raamwerken',
    rule: 'Regel',
    howMany: 'Aantal',
    followThrough: {
        heading: 'Opvolging',
        period: (since, today) => `Uit de Git-geschiedenis, ${since} tot ${today}`,
        missing: 'Opvolging: er is hier geen Git-geschiedenis (niet in een Git-repository, of nog geen commit), dus toont dit overzicht die niet in plaats van te gokken.',
        shallow: 'Opvolging: dit is een ondiepe kloon (shallow clone), dus ontbreekt de Git-geschiedenis en toont dit overzicht geen opvolging in plaats van te gokken. Haal de hele geschiedenis op (git fetch --unshallow, of fetch-depth: 0 in CI).',
        lastChange: 'Laatst gewijzigd',
        changedOn: (date, days) => `${date} (${days === 0 ? 'vandaag' : days === 1 ? '1 dag geleden' : days < 0 ? `${-days} ${days === -1 ? 'dag' : 'dagen'} na vandaag` : `${days} dagen geleden`})`,
        notInGit: 'nog niet in Git',
        uncommitted: 'met wijzigingen die nog niet vastgelegd zijn',
        goalsDone: 'Doelen afgerond in de periode',
        goalsDoneCount: n => (n === 1 ? '1 doel' : `${n} doelen`),
        none: 'geen',
        feedback: 'Feedback gevraagd',
        feedbackPassed: (passed, open) => `${passed === 1 ? '1 moment' : `${passed} momenten`} voorbij, ${open} zonder 'feedback ontvangen'`,
        withoutRecord: (date, who, goal) => `${date} ${who} (doel ${goal})`,
        reviews: 'Gesprekken',
        reviewsHeld: (held, planned) => `${held} van ${planned} ${planned === 1 ? 'gepland gesprek' : 'geplande gesprekken'} gehouden`,
        noTrace: (date, who) => `geen spoor van ${date} met ${who}`,
        withoutRecordCount: n => `${n === 1 ? '1 feedbackmoment' : `${n} feedbackmomenten`} zonder vastlegging`,
        overview: 'Opvolging van alle plannen',
        plansChanged: 'Plannen gewijzigd in de periode',
        plansChangedCount: (changed, plans, uncommitted) => `${changed} van ${plans} ${plans === 1 ? 'plan' : 'plannen'}${uncommitted ? `; ${uncommitted} met wijzigingen die nog niet vastgelegd zijn` : ''}`,
    },
};

export function summaryText(lang: Lang): SummaryText {
    return lang === 'nl' ? NL : EN;
}

/** A person as the renderings show them: missing when the text names no one yet, marked when the name links nowhere. */
export function personLabel(person: { id: string; name: string; unknown?: true }, text: SummaryText): string {
    if (!person.id) return text.missing.name;
    return person.unknown ? text.unknownPerson(person.name || person.id) : person.name || person.id;
}

/** Who feedback is asked of, given to or received from: a person, a team, or someone outside the workspace (as written). */
export function feedbackWho(from: { kind: 'person' | 'team' | 'external'; id: string; name: string; unknown?: true }, text: SummaryText): string {
    if (from.kind === 'team') return `${text.teamPrefix} ${shown(from.name, 'name', text)}`;
    if (from.kind === 'external') return shown(from.name, 'name', text);
    return personLabel(from, text);
}

/** An id, title or text as the renderings show it: the missing marker when the file does not have it yet. */
export function shown(value: string | undefined, what: keyof SummaryText['missing'], text: SummaryText): string {
    return value ? value : text.missing[what];
}
