import type { Lang } from '../rules/rule-registry.js';
import { KEYWORD_PAIRS, keywordLanguage, translateKeyword } from './keywords.js';

/**
 * What a keyword means where it stands, in English and Dutch: the hover on a keyword
 * and the documentation of a keyword in completion. Keyed by the keyword's English
 * form; a keyword that means something else in another line has an entry per AST
 * type of that line (`Type.keyword`), looked up first. Like the rule registry, this is
 * user-facing text: both languages, always.
 */
export interface KeywordHelp {
    en: string;
    nl: string;
}

const HELP: Record<string, KeywordHelp> = {
    organisation: {
        en: 'Declares the organisation: its name, the framework it uses, its visions and its ambitions.',
        nl: 'Legt de organisatie vast: haar naam, het raamwerk dat ze gebruikt, haar visies en haar ambities.',
    },
    framework: {
        en: 'Declares a framework of its own: dimensions that goals can name, next to the built-in frameworks.',
        nl: 'Legt een eigen raamwerk vast: dimensies die leerdoelen kunnen noemen, naast de ingebouwde raamwerken.',
    },
    'FrameworkUse.framework': {
        en: "The organisation's framework: goals name its dimensions without a prefix (`Dimension` instead of `framework.Dimension`).",
        nl: 'Het raamwerk van de organisatie: leerdoelen noemen de dimensies ervan zonder voorvoegsel (`Dimensie` in plaats van `raamwerk.Dimensie`).',
    },
    vision: {
        en: 'A vision of the organisation: what it wants to be. Ambitions and goals support it.',
        nl: 'Een visie van de organisatie: wat ze wil zijn. Ambities en leerdoelen ondersteunen haar.',
    },
    about: {
        en: 'Marks the vision as a vision on learning (`vision-without-learning` looks for one).',
        nl: 'Markeert de visie als visie op leren (`vision-without-learning` zoekt er een).',
    },
    learning: {
        en: 'Marks the vision as a vision on learning (`vision-without-learning` looks for one).',
        nl: 'Markeert de visie als visie op leren (`vision-without-learning` zoekt er een).',
    },
    'developed-with': {
        en: 'With whom the vision was developed, separated by commas: employees, representatives, clients, citizens, students, partners, or management alone (`vision-not-shared`).',
        nl: 'Met wie de visie is ontwikkeld, gescheiden door komma’s: medewerkers, vertegenwoordigers, cliënten, burgers, leerlingen, partners, of alleen het management (`vision-not-shared`).',
    },
    clients: {
        en: 'The vision was developed together with clients (patients, customers, residents).',
        nl: 'De visie is samen met cliënten ontwikkeld (patiënten, klanten, bewoners).',
    },
    citizens: {
        en: 'The vision was developed together with citizens.',
        nl: 'De visie is samen met burgers ontwikkeld.',
    },
    students: {
        en: 'The vision was developed together with students or pupils.',
        nl: 'De visie is samen met leerlingen of studenten ontwikkeld.',
    },
    partners: {
        en: 'The vision was developed together with partner organisations.',
        nl: 'De visie is samen met partnerorganisaties ontwikkeld.',
    },
    employees: {
        en: 'The vision was developed together with the employees.',
        nl: 'De visie is samen met de medewerkers ontwikkeld.',
    },
    representatives: {
        en: 'The vision was developed with representatives of the employees.',
        nl: 'De visie is ontwikkeld met vertegenwoordigers van de medewerkers.',
    },
    management: {
        en: 'The vision was developed by management alone: `vision-not-shared` points out that employees had no say.',
        nl: 'De visie is alleen door het management ontwikkeld: `vision-not-shared` wijst erop dat medewerkers geen stem hadden.',
    },
    ambition: {
        en: 'An ambition of the organisation: a concrete aim that supports a vision. Goals can support it.',
        nl: 'Een ambitie van de organisatie: een concreet doel dat een visie ondersteunt. Leerdoelen kunnen haar ondersteunen.',
    },
    'PlanAmbition.ambition': {
        en: "The owner's own ambition for the period of the plan, in their own words.",
        nl: 'De eigen ambitie van de eigenaar voor de periode van het plan, in eigen woorden.',
    },
    supports: {
        en: 'The vision or ambition of the organisation this helps to realise. A goal needs this line, or `contributes` to a team goal that has it (`goal-without-vision`).',
        nl: 'De visie of ambitie van de organisatie die dit helpt waarmaken. Een leerdoel heeft deze regel nodig, of `draagt-bij-aan` een teamdoel dat hem heeft (`goal-without-vision`).',
    },
    people: {
        en: 'The people of the workspace, each with an id that plans, teams, reviews and feedback refer to.',
        nl: 'De mensen van de werkruimte, elk met een id waarnaar plannen, teams, gesprekken en feedback verwijzen.',
    },
    person: {
        en: 'Declares a person: an id, the name as shown, and their role.',
        nl: 'Legt een persoon vast: een id, de naam zoals die getoond wordt, en de rol.',
    },
    role: {
        en: "The person's role or job, shown in hovers and completion.",
        nl: 'De rol of functie van de persoon, getoond bij aanwijzen en aanvullen.',
    },
    'Dimension.role': {
        en: 'What the dimension stands for in a learning organisation (vision, feedback, team, leadership, workplace, external): the team and organisation views count goals per role.',
        nl: 'Waar de dimensie voor staat in een lerende organisatie (visie, feedback, team, leiderschap, werkplek, extern): het team- en organisatieoverzicht tellen leerdoelen per rol.',
    },
    team: {
        en: 'Declares a team: its lead, its members and its team goals.',
        nl: 'Legt een team vast: de leider, de leden en de teamdoelen.',
    },
    'PlanTeam.team': {
        en: "The team the owner works in: the plan's goals can contribute to its team goals.",
        nl: 'Het team waarin de eigenaar werkt: de leerdoelen van het plan kunnen bijdragen aan de teamdoelen ervan.',
    },
    'Feedback.team': {
        en: 'Feedback with the whole team named next, instead of one person.',
        nl: 'Feedback met het hele team dat erna genoemd wordt, in plaats van met één persoon.',
    },
    lead: {
        en: "The team's lead: a person of the people block. A lead is a member too: without a current plan of their own they get `member-without-plan`, and a lead who does not ask their team for feedback gets `lead-not-asking-team`.",
        nl: 'De leider van het team: een persoon uit het blok mensen. Een leider is ook teamlid: zonder eigen plan voor de huidige periode krijgt die `member-without-plan`, en een leider die het eigen team niet om feedback vraagt, krijgt `lead-not-asking-team`.',
    },
    members: {
        en: 'The people in the team, separated by commas (`member-without-plan` looks for their plans).',
        nl: 'De mensen in het team, gescheiden door komma’s (`member-without-plan` zoekt hun plannen).',
    },
    plan: {
        en: 'A personal development plan (POP): its id, then `for` and whose plan it is.',
        nl: 'Een persoonlijk ontwikkelplan (POP): het id, dan `voor` en van wie het plan is.',
    },
    for: {
        en: 'Whose plan it is: a person of the people block.',
        nl: 'Van wie het plan is: een persoon uit het blok mensen.',
    },
    coach: {
        en: 'Who coaches the owner through this plan; the review conversations are held with them (`no-review`).',
        nl: 'Wie de eigenaar bij dit plan coacht; de POP-gesprekken worden met die persoon gevoerd (`no-review`).',
    },
    period: {
        en: 'The period the plan covers: a start date `..` an end date (YYYY-MM-DD). Due dates and reviews are checked against it.',
        nl: 'De periode van het plan: een begindatum `..` een einddatum (JJJJ-MM-DD). Deadlines en gesprekken worden eraan getoetst.',
    },
    strengths: {
        en: "The owner's strengths, as texts separated by commas.",
        nl: 'De kwaliteiten van de eigenaar, als teksten gescheiden door komma’s.',
    },
    goal: {
        en: 'A learning goal: an id, a title, and the lines that make it concrete: dimensions, supports, actions, feedback, evidence and a due date.',
        nl: 'Een leerdoel: een id, een titel, en de regels die het concreet maken: dimensies, ondersteunt, acties, feedback, bewijs en een deadline.',
    },
    personal: {
        en: 'A personal goal: it serves your own growth (learning starts from personal drive, Kessels), so it needs no link to the vision (`goal-without-vision`); every other check applies, and it is shown like any goal (it is not private).',
        nl: 'Een persoonlijk leerdoel: het dient je eigen groei (leren begint bij persoonlijke drijfveren, Kessels), dus het hoeft niet aan de visie gekoppeld te zijn (`goal-without-vision`); alle andere controles gelden, en het wordt getoond als elk leerdoel (het is niet privé).',
    },
    why: {
        en: 'Why the goal matters to you, in one line: the goal card of the summary shows it.',
        nl: 'Waarom het leerdoel voor jou belangrijk is, in één regel: de kaart van het leerdoel in het overzicht toont het.',
    },
    required: {
        en: 'A required goal: a regulator, the law or your employer requires it (revalidation, a mandatory qualification), and the text says who or what: `required "NMC revalidation"`. The requirement is why it matters, so it needs no link to the vision (`goal-without-vision`); every other check applies.',
        nl: 'Een verplicht leerdoel: een toezichthouder, de wet of je werkgever eist het (herregistratie, een verplichte bekwaamheid), en de tekst zegt wie of wat: `verplicht "BIG-herregistratie"`. Die eis is waarom het ertoe doet, dus het hoeft niet aan de visie gekoppeld te zijn (`goal-without-vision`); alle andere controles gelden.',
    },
    level: {
        en: 'Where you stand now and want to be, each from 1 to 5: `level 2 -> 4` (`invalid-level` otherwise).',
        nl: 'Waar je nu staat en wilt staan, elk van 1 tot en met 5: `niveau 2 -> 4` (anders `invalid-level`).',
    },
    dimensions: {
        en: "The dimensions of a framework this goal develops: `Dimension` from the organisation's framework, `framework.Dimension` from another.",
        nl: 'De dimensies van een raamwerk die dit leerdoel ontwikkelt: `Dimensie` uit het raamwerk van de organisatie, `raamwerk.Dimensie` uit een ander.',
    },
    dimension: {
        en: 'Declares a dimension of the framework: an id, its Dutch and English name, its roles and a description.',
        nl: 'Legt een dimensie van het raamwerk vast: een id, de Nederlandse en Engelse naam, de rollen en een beschrijving.',
    },
    contributes: {
        en: 'The team goals this goal contributes to; through them it is linked to the vision as well.',
        nl: 'De teamdoelen waaraan dit leerdoel bijdraagt; via die doelen is het ook aan de visie gekoppeld.',
    },
    action: {
        en: 'What the owner does to learn: a learning form, what they will do, and when and how many hours.',
        nl: 'Wat de eigenaar doet om te leren: een leervorm, wat hij of zij gaat doen, en wanneer en hoeveel uur.',
    },
    hours: {
        en: 'How many hours the action takes.',
        nl: 'Hoeveel uur de actie kost.',
    },
    feedback: {
        en: 'A feedback loop: ask a person or a team for feedback (or give it), with a question and a moment.',
        nl: 'Een feedbacklus: vraag een persoon of een team om feedback (of geef die), met een vraag en een moment.',
    },
    ask: {
        en: 'The owner asks for feedback: this is what `goal-without-feedback` and `feedback-only-given` look for.',
        nl: 'De eigenaar vraagt om feedback: daar zoeken `goal-without-feedback` en `feedback-only-given` naar.',
    },
    give: {
        en: 'The owner gives feedback to someone. Asking for it teaches more (`feedback-only-given`).',
        nl: 'De eigenaar geeft iemand feedback. Erom vragen leert meer (`feedback-only-given`).',
    },
    received: {
        en: 'A record of feedback that came back: from whom, when, and what you heard; marked `private`, only the owner sees it.',
        nl: 'Een verslag van feedback die terugkwam: van wie, wanneer, en wat je hoorde; gemarkeerd als `privé` ziet alleen de eigenaar het.',
    },
    'Feedback.external': {
        en: 'Feedback with people outside the workspace, named in the string that follows (parents, clients, residents).',
        nl: 'Feedback met mensen buiten de werkruimte, genoemd in de tekst die volgt (ouders, cliënten, bewoners).',
    },
    'Feedback.private': {
        en: "Only the owner sees this record of feedback: it never reaches an export, someone else's view or a log.",
        nl: 'Alleen de eigenaar ziet dit verslag van feedback: het komt nooit in een export, het overzicht van iemand anders of een log.',
    },
    evidence: {
        en: 'What will show that the goal has been reached: what others will see. Each evidence line is one success criterion.',
        nl: 'Waaraan te zien is dat het leerdoel bereikt is: wat anderen straks zien. Elke regel bewijs is één succescriterium.',
    },
    due: {
        en: 'The date by which the goal should be reached: a date, a named period (its last day) or `within` a span of the plan period (`overdue`, `due-outside-period`); with no calendar date, `before` an event or `ongoing`.',
        nl: 'De datum waarop het leerdoel uiterlijk bereikt moet zijn: een datum, een periode (de laatste dag ervan) of `binnen` een deel van de planperiode (`overdue`, `due-outside-period`); zonder kalenderdatum `voor` een gebeurtenis of `doorlopend`.',
    },
    'DueMoment.due': {
        en: 'At the latest on this date, by the end of this named period, or within this span.',
        nl: 'Uiterlijk op deze datum, aan het eind van deze periode, of binnen deze tijd.',
    },
    status: {
        en: 'Where the goal stands: planned, active, done or dropped.',
        nl: 'Hoe het leerdoel ervoor staat: gepland, actief, afgerond of gestopt.',
    },
    planned: {
        en: 'The goal has not started yet.',
        nl: 'Het leerdoel is nog niet begonnen.',
    },
    active: {
        en: 'The goal is being worked on; once its due date has passed it is `overdue`.',
        nl: 'Aan het leerdoel wordt gewerkt; na de deadline is het `overdue`.',
    },
    done: {
        en: 'The goal has been reached; it needs evidence (`done-without-evidence`).',
        nl: 'Het leerdoel is bereikt; het heeft bewijs nodig (`done-without-evidence`).',
    },
    dropped: {
        en: 'The goal was stopped on purpose.',
        nl: 'Met het leerdoel is bewust gestopt.',
    },
    review: {
        en: 'A review (POP conversation) on a date, or at a moment such as every quarter, with a person; a plan needs one with its coach within its period (`no-review`).',
        nl: 'Een POP-gesprek op een datum, of op een moment zoals elk kwartaal, met een persoon; een plan heeft er een nodig met de coach binnen de periode (`no-review`).',
    },
    with: {
        en: 'The person the review is held with, usually the coach.',
        nl: 'De persoon met wie het gesprek gevoerd wordt, meestal de coach.',
    },
    assessment: {
        en: 'An assessment (baseline measurement): on a date, `for team ID` or `for organisation ID`, `with` the people who took part, a score from 1 to 5 per dimension of the framework in force, each with an optional note. Repeat it over time: the latest one is checked (`assessment-stale`, `assessment-gap`).',
        nl: 'Een meting (nulmeting): op een datum, `voor team ID` of `voor organisatie ID`, `met` wie er meededen, een score van 1 tot en met 5 per dimensie van het raamwerk dat geldt, elk met een eventuele toelichting. Herhaal haar in de tijd: de laatste wordt gecontroleerd (`assessment-stale`, `assessment-gap`).',
    },
    'Assessment.for': {
        en: 'Whom the assessment is about: `team ID` or `organisation ID`.',
        nl: 'Waarover de meting gaat: `team ID` of `organisatie ID`.',
    },
    'Assessment.team': {
        en: 'The assessment is about this team: its lowest scores look for goals of the team and of its members\' plans (`assessment-gap`).',
        nl: 'De meting gaat over dit team: bij de laagste scores wordt gezocht naar leerdoelen van het team en van de plannen van de leden (`assessment-gap`).',
    },
    'Assessment.organisation': {
        en: 'The assessment is about the whole organisation: its lowest scores look for any goal in the workspace (`assessment-gap`).',
        nl: 'De meting gaat over de hele organisatie: bij de laagste scores wordt gezocht naar elk leerdoel in de werkruimte (`assessment-gap`).',
    },
    'Assessment.with': {
        en: 'Who took part in the assessment, separated by commas; employees as well as leads (`assessment-without-employees`).',
        nl: 'Wie er aan de meting meededen, gescheiden door komma’s; medewerkers en niet alleen leiders (`assessment-without-employees`).',
    },
    reflection: {
        en: 'A reflection: what the owner learned, with a date, a moment (every month, after an event) or none (`reflection-without-moment`). Marked `private`, only the owner sees it.',
        nl: 'Een reflectie: wat de eigenaar geleerd heeft, met een datum, een moment (elke maand, na een gebeurtenis) of zonder (`reflection-without-moment`). Gemarkeerd als `privé` ziet alleen de eigenaar haar.',
    },
    private: {
        en: "Only the owner sees this reflection: it never reaches an export, someone else's view or a log.",
        nl: 'Alleen de eigenaar ziet deze reflectie: ze komt nooit in een export, het overzicht van iemand anders of een log.',
    },
    'PrivateBlock.private': {
        en: 'Private reflections and feedback records of the plan named next, usually in `PLAN.private.pop`, a file Git ignores: only the owner sees them.',
        nl: 'Privéreflecties en privéfeedback bij het plan dat erna genoemd wordt, meestal in `PLAN.private.pop`, een bestand dat Git negeert: alleen de eigenaar ziet ze.',
    },
    on: {
        en: 'On this date.',
        nl: 'Op deze datum.',
    },
    from: {
        en: 'From this date, and with `to` until another.',
        nl: 'Vanaf deze datum, en met `tot` tot een andere.',
    },
    to: {
        en: 'Until this date.',
        nl: 'Tot deze datum.',
    },
    every: {
        en: 'A cadence: every day, week, month, quarter or year, or every so many (`every 2 weeks`), from the start of the plan period.',
        nl: 'Een ritme: elke dag, week, maand, elk kwartaal of jaar, of elke zoveel (`elke 2 weken`), vanaf het begin van de planperiode.',
    },
    day: { en: 'Once a day.', nl: 'Eens per dag.' },
    week: { en: 'Once a week.', nl: 'Eens per week.' },
    month: { en: 'Once a month.', nl: 'Eens per maand.' },
    quarter: { en: 'Once a quarter.', nl: 'Eens per kwartaal.' },
    year: { en: 'Once a year.', nl: 'Eens per jaar.' },
    days: { en: 'Every so many days.', nl: 'Elke zoveel dagen.' },
    weeks: { en: 'Every so many weeks.', nl: 'Elke zoveel weken.' },
    months: { en: 'Every so many months.', nl: 'Elke zoveel maanden.' },
    quarters: { en: 'Every so many quarters.', nl: 'Elke zoveel kwartalen.' },
    years: { en: 'Every so many years.', nl: 'Elke zoveel jaren.' },
    'Within.day': { en: 'A span of one day.', nl: 'Een tijd van één dag.' },
    'Within.days': { en: 'A span of days.', nl: 'Een tijd van dagen.' },
    'Within.week': { en: 'A span of one week.', nl: 'Een tijd van één week.' },
    'Within.weeks': { en: 'A span of weeks.', nl: 'Een tijd van weken.' },
    'Within.month': { en: 'A span of one month.', nl: 'Een tijd van één maand.' },
    'Within.months': { en: 'A span of months.', nl: 'Een tijd van maanden.' },
    'Within.quarter': { en: 'A span of one quarter.', nl: 'Een tijd van één kwartaal.' },
    'Within.quarters': { en: 'A span of quarters.', nl: 'Een tijd van kwartalen.' },
    'Within.year': { en: 'A span of one year.', nl: 'Een tijd van één jaar.' },
    'Within.years': { en: 'A span of years.', nl: 'Een tijd van jaren.' },
    in: {
        en: 'In a named period: a quarter (2026-Q2), a half year (2026-H1) or a month (2026-03).',
        nl: 'In een periode: een kwartaal (2026-Q2), een halfjaar (2026-H1) of een maand (2026-03).',
    },
    within: {
        en: 'Within a span counted from the first day of the plan period (`invalid-moment` where there is no period, as in a team).',
        nl: 'Binnen een tijd geteld vanaf de eerste dag van de planperiode (`invalid-moment` waar geen periode is, zoals in een team).',
    },
    after: {
        en: 'Each time something happens in the work, named in the string that follows: no calendar date, so no date check fires on it.',
        nl: 'Telkens wanneer iets in het werk gebeurt, genoemd in de tekst die volgt: geen kalenderdatum, dus geen datumcontrole slaat erop aan.',
    },
    before: {
        en: 'A deadline tied to an event in the work or a season that has no calendar date (`due before "parental leave"`): the goal has a deadline, and no date check fires on it.',
        nl: 'Een deadline die aan een gebeurtenis of een seizoen vastzit en geen kalenderdatum heeft (`uiterlijk voor "de zomer"`): het leerdoel heeft een deadline, en geen datumcontrole slaat erop aan.',
    },
    'GoalDue.ongoing': {
        en: 'No deadline by design: a way of working that goes on. The goal counts as having a due line (`goal-without-due` does not fire), and no date check fires on it.',
        nl: 'Bewust geen deadline: een manier van werken die doorgaat. Het leerdoel telt als een leerdoel met een deadline (`goal-without-due` slaat niet aan), en geen datumcontrole slaat erop aan.',
    },
    ongoing: {
        en: 'Throughout the plan period, with no date of its own: no date check fires on it.',
        nl: 'De hele planperiode door, zonder eigen datum: geen datumcontrole slaat erop aan.',
    },
    'Dimension.vision': {
        en: 'The dimension is about a shared vision.',
        nl: 'De dimensie gaat over een gedeelde visie.',
    },
    'Dimension.feedback': {
        en: 'The dimension is about feedback.',
        nl: 'De dimensie gaat over feedback.',
    },
    'Dimension.team': {
        en: 'The dimension is about learning as a team.',
        nl: 'De dimensie gaat over leren als team.',
    },
    leadership: {
        en: 'The dimension is about leadership.',
        nl: 'De dimensie gaat over leiderschap.',
    },
    workplace: {
        en: 'The dimension is about learning in the daily work.',
        nl: 'De dimensie gaat over leren in het dagelijkse werk.',
    },
    external: {
        en: 'The dimension is about learning from outside the organisation.',
        nl: 'De dimensie gaat over leren van buiten de organisatie.',
    },
};

/** The English form of a keyword (`ondersteunt` -> `supports`); neutral words are their own. */
export function englishKeyword(keyword: string): string {
    return keywordLanguage(keyword) === 'nl' ? translateKeyword(keyword, 'en') ?? keyword : keyword;
}

/** Rules (AST types and the grammar's fragment) of a due line, where Dutch `voor` is `before`. */
const DUE_TYPES = new Set(['GoalDue', 'DueMoment', 'DueTarget']);

/** What `keyword` means in a line of AST type `type`, or undefined for a word that is no keyword. */
export function keywordHelp(keyword: string, type?: string): KeywordHelp | undefined {
    const english = keyword === 'voor' && type && DUE_TYPES.has(type) ? 'before' : englishKeyword(keyword);
    return (type ? HELP[`${type}.${english}`] : undefined)
        // An action's `due` and the grammar's DueTarget fragment mean what a goal's due line means.
        ?? (type && DUE_TYPES.has(type) ? HELP[`GoalDue.${english}`] : undefined)
        ?? HELP[english];
}

/**
 * The keyword's twins in the other language (`supports` -> `ondersteunt`, `every` ->
 * `elke`, `elk`); empty for words that are the same in both.
 */
export function keywordTwins(keyword: string): string[] {
    const lang = keywordLanguage(keyword);
    if (lang === 'nl') return [englishKeyword(keyword)];
    if (lang === 'en') return KEYWORD_PAIRS.find(([en]) => en === keyword)?.[1] ?? [];
    return [];
}

const TWIN_LABEL: Record<Lang, Record<'en' | 'nl' | 'same', string>> = {
    en: { en: 'English', nl: 'Dutch', same: 'the same in English and Dutch' },
    nl: { en: 'Engels', nl: 'Nederlands', same: 'in het Nederlands en het Engels hetzelfde' },
};

/**
 * The hover of a keyword in the UI language: the word as written with its twin in the
 * other language, and what the line means.
 */
export function keywordHoverText(keyword: string, type: string | undefined, lang: Lang): string | undefined {
    const help = keywordHelp(keyword, type);
    if (!help) return undefined;
    const twins = keyword === 'voor' && type && DUE_TYPES.has(type) ? ['before'] : keywordTwins(keyword);
    const own = keywordLanguage(keyword);
    const labels = TWIN_LABEL[lang];
    const twinText = twins.length && own ? `${labels[own === 'en' ? 'nl' : 'en']}: ${twins.map(t => `\`${t}\``).join(', ')}` : labels.same;
    return `\`${keyword}\` · ${twinText}\n\n${help[lang]}`;
}
