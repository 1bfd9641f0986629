/**
 * The single registry of rule codes.
 *
 * Every diagnostic the language server and the CLI report carries one of these codes.
 * Each code has a default severity, a short title, a one-sentence message and a longer
 * explanation, in English and Dutch. Messages and explanations live only here: checks
 * pass a code and a few identifiers, tests assert codes, and the hover texts and the
 * rules page of the docs are rendered from this one table.
 *
 * Message arguments are always identifiers, dates, numbers or names supplied by the
 * validator; never free text from a plan (such as a reflection), so a message can be
 * shown, logged or exported without leaking private content.
 *
 * This module is pure: no imports, no I/O.
 */

/** How a diagnostic is reported. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Every severity a user can configure, most severe first; `off` silences the rule. */
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** A severity as configured by the user; `off` silences the rule. */
export type SeveritySetting = typeof SEVERITY_SETTINGS[number];

/** True when `s` is a severity a user can configure. */
export function isSeveritySetting(s: unknown): s is SeveritySetting {
    return (SEVERITY_SETTINGS as readonly unknown[]).includes(s);
}

/** Display language of messages, hovers and docs. */
export type Lang = 'en' | 'nl';

/** Values a check passes to a message: identifiers, dates, counts. Never plan text. */
export type MessageArgs = Record<string, string | number | undefined>;

/** Everything the registry knows about one rule. */
export interface RuleInfo {
    /** The stable code, kebab-case; also the anchor on the rules docs page. */
    code: RuleCode;
    /** Severity used unless the configuration overrides it (for an opt-in rule: the severity it has once turned on with `on`). */
    defaultSeverity: Severity;
    /**
     * Off unless `leerplan.json` (or the editor's `leerplan.rules`) gives it a severity: a
     * rule that needs what not every workspace has (Git history) or that not every team wants.
     */
    optIn?: true;
    /** A short name for the rule, e.g. "Goal without vision link". */
    title: { en: string; nl: string };
    /** What it flags, in a few words, for the catalogue in the README ("a goal with no feedback entry"). */
    flags: { en: string; nl: string };
    /** Builds the one-sentence diagnostic message from the check's arguments. */
    message: { en: (a: MessageArgs) => string; nl: (a: MessageArgs) => string };
    /** One paragraph: what it flags, why it matters, how to fix it. */
    explanation: { en: string; nl: string };
}

/** Every rule code, in catalogue order (design/product.md). */
export const RULE_CODES = [
    'goal-without-vision',
    'goal-without-feedback',
    'feedback-without-moment',
    'feedback-from-self',
    'feedback-without-question',
    'feedback-after-due',
    'feedback-not-followed-up',
    'feedback-only-given',
    'lead-not-asking-team',
    'goal-without-dimension',
    'goal-without-action',
    'goal-named-after-form',
    'goal-without-evidence',
    'evidence-is-attendance',
    'goal-without-due',
    'due-outside-period',
    'too-many-goals',
    'only-formal-learning',
    'no-review',
    'no-reflection',
    'reflection-without-moment',
    'plan-without-coach',
    'plan-stale',
    'invalid-date',
    'invalid-period',
    'invalid-moment',
    'invalid-level',
    'invalid-score',
    'overdue',
    'done-without-evidence',
    'team-missing-role',
    'member-without-plan',
    'vision-without-learning',
    'vision-not-shared',
    'assessment-gap',
    'assessment-stale',
    'assessment-without-employees',
    'private-in-tracked-file',
    'public-in-private-file',
    'mixed-keyword-language',
    'unknown-learning-form',
    'duplicate-property',
    'parse-error',
    'link-error',
    'duplicate-id',
] as const;

export type RuleCode = typeof RULE_CODES[number];

/** The kinds of things a reference or a declaration can name, in both languages. */
export type KindName =
    | 'person'
    | 'team'
    | 'vision'
    | 'ambition'
    | 'goal'
    | 'dimension'
    | 'framework'
    | 'plan'
    | 'organisation'
    | 'supportTarget';

/**
 * Localized kind names, lower case, for the `kind` argument of `link-error` and
 * `duplicate-id`. `supportTarget` is what a `supports` line may name.
 */
export const KIND_NAMES: Record<KindName, { en: string; nl: string }> = {
    person: { en: 'person', nl: 'persoon' },
    team: { en: 'team', nl: 'team' },
    vision: { en: 'vision', nl: 'visie' },
    ambition: { en: 'ambition', nl: 'ambitie' },
    goal: { en: 'goal', nl: 'leerdoel' },
    dimension: { en: 'dimension', nl: 'dimensie' },
    framework: { en: 'framework', nl: 'raamwerk' },
    plan: { en: 'plan', nl: 'plan' },
    organisation: { en: 'organisation', nl: 'organisatie' },
    supportTarget: { en: 'vision or ambition', nl: 'visie of ambitie' },
};

// ---------------------------------------------------------------------------
// Small helpers for building messages. A missing argument renders as '?', so a
// check that forgets one yields a readable message instead of "undefined".

function str(v: string | number | undefined): string {
    return v === undefined || v === '' ? '?' : String(v);
}

/** An identifier in quotes: 'anna-2026'. */
function q(v: string | number | undefined): string {
    return `'${str(v)}'`;
}

function has(v: string | number | undefined): v is string | number {
    return v !== undefined && v !== '';
}

function capitalize(s: string): string {
    return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

function toCount(v: string | number | undefined): number {
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : 0;
}

/** What a top-level element of a file is, for `public-in-private-file` (by AST type; anything else is "a declaration"). */
const ELEMENT_NAMES: Record<string, { en: string; nl: string }> = {
    Organisation: { en: 'organisation', nl: 'organisatie' },
    People: { en: 'list of people', nl: 'personenlijst' },
    Team: { en: 'team', nl: 'team' },
    Plan: { en: 'plan', nl: 'plan' },
    Framework: { en: 'framework', nl: 'raamwerk' },
    Assessment: { en: 'assessment', nl: 'meting' },
};

function elementName(v: string | number | undefined, lang: 'en' | 'nl'): string {
    return ELEMENT_NAMES[str(v)]?.[lang] ?? (lang === 'nl' ? 'declaratie' : 'declaration');
}

/** Keyword-language names for `mixed-keyword-language`: the noun and, for Dutch, its adjective forms. */
const LANGUAGE_NAMES: Record<string, { en: string; nl: string; nlAdj: string; nlAdjPlural: string }> = {
    en: { en: 'English', nl: 'Engels', nlAdj: 'Engels', nlAdjPlural: 'Engelse' },
    nl: { en: 'Dutch', nl: 'Nederlands', nlAdj: 'Nederlands', nlAdjPlural: 'Nederlandse' },
};

function languageName(v: string | number | undefined) {
    const key = String(v);
    return LANGUAGE_NAMES[key] ?? { en: str(v), nl: str(v), nlAdj: str(v), nlAdjPlural: str(v) };
}

// ---------------------------------------------------------------------------

type RuleTable = { [C in RuleCode]: Omit<RuleInfo, 'code'> };

const TABLE: RuleTable = {
    'goal-without-vision': {
        defaultSeverity: 'warning',
        title: { en: 'Goal without vision link', nl: 'Leerdoel zonder visielink' },
        flags: {
            en: "a goal with no `supports` link to a vision or ambition, directly or through a team goal it contributes to",
            nl: "een leerdoel zonder `ondersteunt`-koppeling met een visie of ambitie, rechtstreeks of via een teamdoel waaraan het bijdraagt",
        },
        message: {
            en: ({ goal, count, holder, team }) => has(count)
                ? `None of the ${str(count)} goals of ${has(team) ? 'team' : 'plan'} ${q(holder)} is linked to the vision: add 'supports <vision or ambition>' to each.`
                : `Goal ${q(goal)} is not linked to the vision: add 'supports <vision or ambition>'.`,
            nl: ({ goal, count, holder, team }) => has(count)
                ? `Geen van de ${str(count)} leerdoelen van ${has(team) ? 'team' : 'plan'} ${q(holder)} is gekoppeld aan de visie: voeg bij elk 'ondersteunt <visie of ambitie>' toe.`
                : `Leerdoel ${q(goal)} is niet gekoppeld aan de visie: voeg 'ondersteunt <visie of ambitie>' toe.`,
        },
        explanation: {
            en: "Flags a goal that supports no vision or ambition, neither directly nor through a team goal it contributes to. " +
                "A learning organisation ties personal development to where the organisation wants to go, and the practice study with Dutch leaders by Bronsgeest, Heldens and Ros found a shared vision to be one of the two most important and hardest of the eight dimensions of Ros et al. (2024). " +
                "A goal without that link may be worthwhile, but nobody can see why it matters to the team or the organisation. " +
                "Add a 'supports' line naming a vision or ambition, or a 'contributes' line naming a team goal that is itself linked to the vision. " +
                "A goal for your own growth that has nothing to do with the organisation's course can be marked 'personal' after its title: learning starts from personal drive (Kessels), and such a goal is not asked for a vision link. " +
                "Neither is a goal that a regulator, the law or the employer requires (revalidation, a mandatory qualification): give it a 'required' line that says who or what requires it, and that requirement is why it matters.",
            nl: "Signaleert een leerdoel dat geen visie of ambitie ondersteunt, niet rechtstreeks en ook niet via een teamdoel waaraan het bijdraagt. " +
                "Een lerende organisatie verbindt persoonlijke ontwikkeling met de koers van de organisatie, en het praktijkonderzoek onder Nederlandse leidinggevenden van Bronsgeest, Heldens en Ros liet zien dat een gedragen visie een van de twee belangrijkste en tegelijk lastigste van de acht dimensies van Ros e.a. (2024) is. " +
                "Een leerdoel zonder die koppeling kan waardevol zijn, maar niemand ziet dan waarom het ertoe doet voor het team of de organisatie. " +
                "Voeg een regel 'ondersteunt' toe met een visie of ambitie, of een regel 'draagt-bij-aan' met een teamdoel dat zelf aan de visie gekoppeld is. " +
                "Een leerdoel voor je eigen groei dat los staat van de koers van de organisatie, markeer je na de titel met 'persoonlijk': leren begint bij persoonlijke drijfveren (Kessels), en zo'n leerdoel hoeft niet aan de visie gekoppeld te zijn. " +
                "Dat geldt ook voor een leerdoel dat een toezichthouder, de wet of de werkgever eist (herregistratie, een verplichte bekwaamheid): geef het een regel 'verplicht' die zegt wie of wat het eist, en die eis is waarom het ertoe doet.",
        },
    },
    'goal-without-feedback': {
        defaultSeverity: 'warning',
        title: { en: 'Goal without feedback', nl: 'Leerdoel zonder feedback' },
        flags: {
            en: "a goal with no feedback entry",
            nl: "een leerdoel zonder feedback",
        },
        message: {
            en: ({ goal }) => `Goal ${q(goal)} has no feedback: ask someone with 'feedback ask <person> "<question>" <when>'.`,
            nl: ({ goal }) => `Bij leerdoel ${q(goal)} is geen feedback gepland: vraag iemand erom met 'feedback vraag <persoon> "<vraag>" <moment>'.`,
        },
        explanation: {
            en: "Flags a goal without any feedback entry. " +
                "Feedback processes are, with a shared vision, the dimension that the practice study with Dutch leaders by Bronsgeest, Heldens and Ros found both most important and hardest (of the eight dimensions of Ros et al. 2024): without feedback you cannot tell whether you are making progress. " +
                "Asking for feedback yourself works better than waiting for it, because feedback you asked for is easier to hear and helps a safe learning climate. " +
                "Add a 'feedback ask' line that names a person (or a team, or 'external \"who\"' for people outside the organisation), the question you want answered and a moment. " +
                "Feedback that came back ('feedback received') and an action that gathers feedback (360-degree feedback, an after-action review, a retrospective, intervisie, a peer review of your work) count as well. " +
                "A question that is still '...' (as a quick fix writes it) does not count until you write it.",
            nl: "Signaleert een leerdoel zonder enige feedbackregel. " +
                "Feedbackprocessen zijn, naast een gedragen visie, de dimensie die het praktijkonderzoek onder Nederlandse leidinggevenden van Bronsgeest, Heldens en Ros als belangrijkst en lastigst aanwees (van de acht dimensies van Ros e.a. 2024): zonder feedback weet je niet of je vooruitgaat. " +
                "Zelf om feedback vragen werkt beter dan afwachten, omdat gevraagde feedback makkelijker binnenkomt en bijdraagt aan een veilig leerklimaat. " +
                "Voeg een regel 'feedback vraag' toe met een persoon (of een team, of 'extern \"wie\"' voor mensen buiten de organisatie), de vraag die je beantwoord wilt zien en een moment. " +
                "Ontvangen feedback ('feedback ontvangen') en een actie die feedback ophaalt (360-graden-feedback, een after-action review, een retrospectief, intervisie, collegiale toetsing van je werk) tellen ook. " +
                "Een vraag die nog '...' is (zoals een snelle oplossing hem schrijft) telt pas als je hem invult.",
        },
    },
    'feedback-without-moment': {
        defaultSeverity: 'warning',
        title: { en: 'Feedback without a moment', nl: 'Feedback zonder moment' },
        flags: {
            en: "feedback with no date or cadence",
            nl: "feedback zonder datum of ritme",
        },
        message: {
            en: ({ who }) => `Feedback with ${q(who)} has no moment: add a date ('on <date>') or a cadence ('every month').`,
            nl: ({ who }) => `Voor de feedback met ${q(who)} is geen moment gepland: voeg een datum ('op <datum>') of een ritme ('elke maand') toe.`,
        },
        explanation: {
            en: "Flags a feedback entry that says who and what, but not when. " +
                "Good intentions about feedback tend to evaporate in a busy week; a date or a regular rhythm turns the intention into an appointment that both people can plan for. " +
                "Add a moment to the line: 'on <date>', 'from <date> to <date>', 'due <date>', a cadence such as 'every month' or 'every 2 weeks', a named period such as 'in 2026-Q2', 'within 3 months', 'after \"each presentation\"' or 'ongoing'. " +
                "A record of feedback that came back ('feedback received') needs no moment.",
            nl: "Signaleert een feedbackregel die wel zegt met wie en waarover, maar niet wanneer. " +
                "Goede voornemens over feedback verdampen snel in een drukke week; een datum of een vast ritme maakt van het voornemen een afspraak waar beide mensen rekening mee kunnen houden. " +
                "Voeg een moment toe aan de regel: 'op <datum>', 'van <datum> tot <datum>', 'uiterlijk <datum>', een ritme zoals 'elke maand' of 'elke 2 weken', een periode zoals 'in 2026-Q2', 'binnen 3 maanden', 'na \"elke presentatie\"' of 'doorlopend'. " +
                "Een verslag van ontvangen feedback ('feedback ontvangen') heeft geen moment nodig.",
        },
    },
    'feedback-from-self': {
        defaultSeverity: 'warning',
        title: { en: 'Feedback asked of yourself', nl: 'Feedback aan jezelf gevraagd' },
        flags: {
            en: "feedback asked of the plan's owner, or of a team whose only member is the owner",
            nl: "feedback gevraagd aan de eigenaar van het plan, of aan een team met alleen de eigenaar",
        },
        message: {
            en: ({ who }) => `Feedback is asked of ${q(who)}, the plan's own owner: ask someone who sees your work (a colleague, your team, a client).`,
            nl: ({ who }) => `De feedback wordt gevraagd aan ${q(who)}, de eigenaar van het plan zelf: vraag het iemand die je werk ziet (een collega, je team, een cliënt).`,
        },
        explanation: {
            en: "Flags a 'feedback ask' line whose source is the plan's owner, or a team whose only member is the owner. " +
                "Feedback is what others see of your work; asking yourself is reflection, which belongs in a 'reflection' line. " +
                "A goal whose only feedback is asked of yourself gets this diagnostic and not also 'goal-without-feedback': one problem, one diagnostic. " +
                "Ask a colleague, your team, your coach or a client instead.",
            nl: "Signaleert een regel 'feedback vraag' waarvan de bron de eigenaar van het plan is, of een team waarvan de eigenaar het enige lid is. " +
                "Feedback is wat anderen van je werk zien; jezelf iets vragen is reflectie, en dat hoort in een regel 'reflectie'. " +
                "Een leerdoel waarvan de enige feedback aan jezelf gevraagd is, krijgt deze melding en niet ook 'goal-without-feedback': één probleem, één melding. " +
                "Vraag het een collega, je team, je coach of een cliënt.",
        },
    },
    'feedback-without-question': {
        defaultSeverity: 'info',
        title: { en: 'Feedback asked without a question', nl: 'Feedback gevraagd zonder vraag' },
        flags: {
            en: "a 'feedback ask' line with no question",
            nl: "een regel 'feedback vraag' zonder vraag",
        },
        message: {
            en: ({ who }) => `Feedback is asked of ${q(who)} without a question: add what you want to know, e.g. '"What should I keep doing?"'.`,
            nl: ({ who }) => `Er wordt feedback gevraagd aan ${q(who)} zonder vraag: zet erbij wat je wilt weten, bijvoorbeeld '"Wat moet ik blijven doen?"'.`,
        },
        explanation: {
            en: "Flags a 'feedback ask' line that says whom and when, but not what you want to know. " +
                "A concrete question gets concrete answers: 'any feedback?' gets 'fine', while 'what did you see me do when the meeting got tense?' gets something to learn from. " +
                "Add the question as a string after the source: feedback ask <person> \"<question>\" <moment>.",
            nl: "Signaleert een regel 'feedback vraag' die zegt aan wie en wanneer, maar niet wat je wilt weten. " +
                "Een concrete vraag levert concrete antwoorden op: 'heb je feedback?' levert 'prima' op, 'wat zag je mij doen toen het overleg gespannen werd?' levert iets op om van te leren. " +
                "Zet de vraag als tekst na de bron: feedback vraag <persoon> \"<vraag>\" <moment>.",
        },
    },
    'feedback-after-due': {
        defaultSeverity: 'warning',
        title: { en: 'Feedback only after the due date', nl: 'Feedback pas na de deadline' },
        flags: {
            en: "every feedback moment of a goal falls after its due date",
            nl: "elk feedbackmoment van een leerdoel valt na de deadline",
        },
        message: {
            en: ({ goal, due }) => `All feedback for goal ${q(goal)} comes after its due date ${str(due)}: plan at least one feedback moment before then.`,
            nl: ({ goal, due }) => `Alle feedback bij leerdoel ${q(goal)} valt na de deadline van ${str(due)}: plan minstens één feedbackmoment eerder.`,
        },
        explanation: {
            en: "Flags a goal whose feedback moments all fall after the goal's due date. " +
                "Feedback is most useful while you can still act on it; feedback that only arrives once the goal is over can confirm or judge, but no longer steer your learning. " +
                "Plan at least one feedback moment during the work towards the goal, for example halfway, or move the due date if the goal simply needs more time.",
            nl: "Signaleert een leerdoel waarvan alle feedbackmomenten na de deadline van dat leerdoel vallen. " +
                "Feedback helpt het meest zolang je er nog iets mee kunt; feedback die pas komt als het leerdoel voorbij is, kan bevestigen of beoordelen, maar je leren niet meer bijsturen. " +
                "Plan minstens één feedbackmoment terwijl je aan het leerdoel werkt, bijvoorbeeld halverwege, of schuif de deadline op als het leerdoel gewoon meer tijd nodig heeft.",
        },
    },
    'feedback-not-followed-up': {
        defaultSeverity: 'info',
        optIn: true,
        title: { en: 'Feedback not followed up', nl: 'Feedback niet opgevolgd' },
        flags: {
            en: "(opt-in) an asked, dated feedback moment more than `feedbackFollowUpDays` (default 14) days past with no `feedback received` record",
            nl: "(aan te zetten) een gevraagd feedbackmoment met een datum, meer dan `feedbackFollowUpDays` (standaard 14) dagen voorbij, zonder `feedback ontvangen`",
        },
        message: {
            en: ({ goal, date, days }) => `The feedback asked in goal ${q(goal)} for ${str(date)} is more than ${str(days)} days past and nothing is recorded: add 'feedback received <person> on <date>' once it came back, or ask again.`,
            nl: ({ goal, date, days }) => `De feedback die bij leerdoel ${q(goal)} voor ${str(date)} gevraagd is, is meer dan ${str(days)} dagen voorbij en er is niets vastgelegd: voeg 'feedback ontvangen <persoon> op <datum>' toe zodra die er is, of vraag opnieuw.`,
        },
        explanation: {
            en: "Off unless turned on in leerplan.json (`\"rules\": { \"feedback-not-followed-up\": \"info\" }`). Flags a `feedback ask` line with a date (on a day, by a due date, within a span: its last day) that lies more than `feedbackFollowUpDays` days before today (14 unless set), when the goal has no `feedback received` record from the same person, team or outside source dated on or after the moment (a record without a date counts for the earliest moment). " +
                "Asking is half of feedback: what came back, and what you did with it, is where the learning is. A rhythm (`every month`) is not flagged here; `leerplan status` lists each of its moments. " +
                "Add the record, `feedback received mark on 2026-04-03 \"what I heard\"` (marked `private` if you wish), or ask again with a new date.",
            nl: "Staat uit tot je hem aanzet in leerplan.json (`\"rules\": { \"feedback-not-followed-up\": \"info\" }`). Signaleert een regel `feedback vraag` met een datum (op een dag, uiterlijk een datum, binnen een periode: de laatste dag) die meer dan `feedbackFollowUpDays` dagen voor vandaag ligt (14 als niets is ingesteld), als het leerdoel geen `feedback ontvangen` heeft van dezelfde persoon, hetzelfde team of dezelfde bron van buiten, op of na dat moment (een verslag zonder datum telt voor het vroegste moment). " +
                "Vragen is de helft van feedback: wat er terugkwam en wat je ermee deed, daar zit het leren. Een ritme (`elke maand`) wordt hier niet gesignaleerd; `leerplan status` noemt elk moment ervan. " +
                "Voeg het verslag toe, `feedback ontvangen mark op 2026-04-03 \"wat ik hoorde\"` (met `privé` als je wilt), of vraag opnieuw met een nieuwe datum.",
        },
    },
    'feedback-only-given': {
        defaultSeverity: 'info',
        title: { en: 'Feedback only given, never asked', nl: 'Feedback alleen gegeven, nooit gevraagd' },
        flags: {
            en: "a plan or a team whose feedback is only given, never asked for",
            nl: "een plan of team waarin feedback alleen gegeven wordt, nooit gevraagd",
        },
        message: {
            en: ({ plan, team }) => team
                ? `Team ${q(team)} only gives feedback and never asks for it: add a 'feedback ask' line to a team goal or routine, such as asking the team what helps.`
                : `Plan ${q(plan)} only gives feedback and never asks for it: add at least one 'feedback ask' line.`,
            nl: ({ plan, team }) => team
                ? `In team ${q(team)} wordt alleen feedback gegeven en nooit gevraagd: voeg een regel 'feedback vraag' toe aan een teamdoel of routine, bijvoorbeeld het team vragen wat helpt.`
                : `In plan ${q(plan)} wordt alleen feedback gegeven en nooit gevraagd: voeg minstens één regel 'feedback vraag' toe.`,
        },
        explanation: {
            en: "Flags a plan in which every feedback entry gives feedback and none asks for it, and likewise a team whose goals and routines only give feedback (a manager's fortnightly feedback to the team, say): there the team gets this instead of a missing feedback role (`team-missing-role`), since the point is that nobody asks, not that there is no feedback. " +
                "In the practice study behind the default framework (Bronsgeest, Heldens & Ros), leaders spoke mostly of giving feedback, while asking for feedback is what builds a safe learning climate; unasked feedback can even undermine it. " +
                "Your own learning also depends on what others see in you. " +
                "Add a 'feedback ask' entry to at least one goal, for instance asking your coach or a colleague to observe you.",
            nl: "Signaleert een plan waarin alle feedbackregels feedback geven en geen enkele erom vraagt, en net zo een team waarvan de doelen en routines alleen feedback geven (bijvoorbeeld de tweewekelijkse feedback van een leidinggevende aan het team): dat team krijgt dit in plaats van een ontbrekende feedbackrol (`team-missing-role`), want het punt is dat niemand erom vraagt, niet dat er geen feedback is. " +
                "In het praktijkonderzoek achter het standaardraamwerk (Bronsgeest, Heldens & Ros) spraken leidinggevenden vooral over feedback geven, terwijl juist feedback vragen een veilig leerklimaat opbouwt; ongevraagde feedback kan dat klimaat zelfs ondermijnen. " +
                "Ook je eigen leren hangt af van wat anderen bij jou zien. " +
                "Voeg bij minstens één leerdoel een regel 'feedback vraag' toe, bijvoorbeeld aan je coach of een collega die je wil observeren.",
        },
    },
    'lead-not-asking-team': {
        defaultSeverity: 'info',
        title: { en: 'Team lead does not ask the team for feedback', nl: 'Teamleider vraagt het team niet om feedback' },
        flags: {
            en: "a team lead's own plan asks the team for no feedback",
            nl: "het eigen plan van een teamleider vraagt het team niet om feedback",
        },
        message: {
            en: ({ person, team }) => `Team lead ${q(person)} does not ask team ${q(team)} for feedback: add 'feedback ask team ${str(team)} "<question>" <when>'.`,
            nl: ({ person, team }) => `Teamleider ${q(person)} vraagt team ${q(team)} nergens om feedback: voeg 'feedback vraag team ${str(team)} "<vraag>" <moment>' toe.`,
        },
        explanation: {
            en: "Flags the plan of a team lead that never asks their own team for feedback. " +
                "Leaders who ask their team how they are doing act as role models: they show that learning from feedback is normal and safe, which research on learning organisations links to a healthy learning climate (Ros et al. 2024). " +
                "Feedback from one's own team is also the most direct view of how leadership lands. " +
                "Add a 'feedback ask team <team>' entry to one of the lead's goals, with a question and a moment.",
            nl: "Signaleert het plan van een teamleider die het eigen team nooit om feedback vraagt. " +
                "Leidinggevenden die hun team vragen hoe ze het doen, geven het goede voorbeeld: ze laten zien dat leren van feedback normaal en veilig is, wat onderzoek naar lerende organisaties verbindt met een gezond leerklimaat (Ros e.a. 2024). " +
                "Feedback van het eigen team is bovendien de meest directe blik op hoe het leidinggeven overkomt. " +
                "Voeg bij een van de leerdoelen van de teamleider een regel 'feedback vraag team <team>' toe, met een vraag en een moment.",
        },
    },
    'goal-without-dimension': {
        defaultSeverity: 'warning',
        title: { en: 'Goal without dimension', nl: 'Leerdoel zonder dimensie' },
        flags: {
            en: "a goal linked to no dimension",
            nl: "een leerdoel zonder dimensie",
        },
        message: {
            en: ({ goal, count, holder, team }) => has(count)
                ? `None of the ${str(count)} goals of ${has(team) ? 'team' : 'plan'} ${q(holder)} is linked to a dimension: add 'dimensions <dimension>, ...' to each.`
                : `Goal ${q(goal)} is linked to no dimension: add 'dimensions <dimension>, ...'.`,
            nl: ({ goal, count, holder, team }) => has(count)
                ? `Geen van de ${str(count)} leerdoelen van ${has(team) ? 'team' : 'plan'} ${q(holder)} is aan een dimensie gekoppeld: voeg bij elk 'dimensies <dimensie>, ...' toe.`
                : `Leerdoel ${q(goal)} is aan geen enkele dimensie gekoppeld: voeg 'dimensies <dimensie>, ...' toe.`,
        },
        explanation: {
            en: "Flags a goal that names no dimension of a learning-organisation framework. " +
                "The dimensions show which part of the learning organisation a goal strengthens; they feed the coverage chart of the plan, the team heatmap and the baseline measurement of the organisation. " +
                "A goal without a dimension is invisible in all of these. " +
                "Dimensions are a framework an organisation chooses to work with: in a workspace where no goal names a dimension, no goal is asked for one (on real plans that never use them it was noise). " +
                "Add a 'dimensions' line with one or more dimension ids; completion lists the dimensions of the organisation's framework.",
            nl: "Signaleert een leerdoel dat geen enkele dimensie van een raamwerk voor de lerende organisatie noemt. " +
                "De dimensies laten zien welk deel van de lerende organisatie een leerdoel versterkt; ze voeden de dekkingsgrafiek van het plan, de heatmap van het team en de nulmeting van de organisatie. " +
                "Een leerdoel zonder dimensie blijft in al die overzichten onzichtbaar. " +
                "Dimensies zijn een raamwerk waarmee een organisatie kiest te werken: in een werkruimte waarin geen enkel leerdoel een dimensie noemt, wordt er ook geen gevraagd (op echte plannen die ze nooit gebruiken was dat ruis). " +
                "Voeg een regel 'dimensies' toe met een of meer dimensie-id's; de aanvulling toont de dimensies uit het raamwerk van de organisatie.",
        },
    },
    'goal-without-action': {
        defaultSeverity: 'warning',
        title: { en: 'Goal without action', nl: 'Leerdoel zonder actie' },
        flags: {
            en: "a goal with no action",
            nl: "een leerdoel zonder actie",
        },
        message: {
            en: ({ goal }) => `Goal ${q(goal)} has no action: add at least one 'action <form> "<what you will do>"'.`,
            nl: ({ goal }) => `Leerdoel ${q(goal)} heeft geen actie: voeg minstens één 'actie <werkvorm> "<wat je gaat doen>"' toe.`,
        },
        explanation: {
            en: "Flags a goal with no action. " +
                "A goal says where you want to get; actions say how, and without them a goal easily stays a wish. " +
                "Naming a learning form (coaching, intervisie, a pilot, a course ...) also makes visible how you learn, not just what. " +
                "Add an 'action' line with a learning form, a short description and, if you can, a moment.",
            nl: "Signaleert een leerdoel zonder actie. " +
                "Een leerdoel zegt waar je naartoe wilt; acties zeggen hoe, en zonder acties blijft een leerdoel al snel een wens. " +
                "Door een werkvorm te noemen (coaching, intervisie, een pilot, een cursus ...) wordt ook zichtbaar hoe je leert, niet alleen wat. " +
                "Voeg een regel 'actie' toe met een werkvorm, een korte omschrijving en, als het kan, een moment.",
        },
    },
    'goal-named-after-form': {
        defaultSeverity: 'info',
        title: { en: 'Goal named after a learning form', nl: 'Leerdoel heet naar een werkvorm' },
        flags: {
            en: "a goal whose title is only a learning form (`Intervisie`, `E-learning`): how you learn, not what",
            nl: "een leerdoel waarvan de titel alleen een werkvorm is (`Intervisie`, `E-learning`): hoe je leert, niet wat",
        },
        message: {
            en: ({ goal, form }) => `Goal ${q(goal)} is named after a learning form (${form}), which says how you learn, not what: say in its title what you want to learn or be able to do.`,
            nl: ({ goal, form }) => `Leerdoel ${q(goal)} heet naar een werkvorm (${form}), en die zegt hoe je leert, niet wat: zeg in de titel wat je wilt leren of kunnen.`,
        },
        explanation: {
            en: "Flags a goal whose title is nothing but the name of a learning form: Intervisie, E-learning, Workshop, 360-degree feedback, Job shadowing. " +
                "A goal says what you want to be able to do or achieve; a learning form is one way to get there and belongs in the goal's actions. " +
                "A goal named after its form leaves open what it is for, so neither you nor your coach can tell when it is reached, and the summary shows a way of learning where a goal belongs. " +
                "Coaching, mentoring, buddy, presentation, reading and practice are left alone: they are skills a goal may be about as well ('Coaching' can mean learning to coach). " +
                "Write what taking part should bring you (for example 'Bring my own cases to intervisie and try one new approach each time'), and keep the form as an action.",
            nl: "Signaleert een leerdoel waarvan de titel niets anders is dan de naam van een werkvorm: Intervisie, E-learning, Workshop, 360-graden-feedback, Meelopen. " +
                "Een leerdoel zegt wat je wilt kunnen of bereiken; een werkvorm is een manier om daar te komen en hoort bij de acties van het leerdoel. " +
                "Een leerdoel dat naar zijn werkvorm heet, laat open waarvoor het is, zodat jij noch je coach kan zien wanneer het bereikt is, en het overzicht toont een manier van leren waar een leerdoel hoort. " +
                "Coaching, mentoring, buddy, presentatie, lezen en praktijk blijven buiten schot: dat zijn ook vaardigheden waar een leerdoel over kan gaan ('Coaching' kan betekenen: leren coachen). " +
                "Schrijf wat meedoen je moet opleveren (bijvoorbeeld 'Eigen casussen inbrengen in de intervisie en elke keer één nieuwe aanpak uitproberen'), en houd de werkvorm als actie.",
        },
    },
    'goal-without-evidence': {
        defaultSeverity: 'info',
        title: { en: 'Goal without evidence', nl: 'Leerdoel zonder bewijs' },
        flags: {
            en: "a goal without observable evidence of success",
            nl: "een leerdoel zonder zichtbaar bewijs van succes",
        },
        message: {
            en: ({ goal }) => `Goal ${q(goal)} has no evidence: add 'evidence "<what others will see>"' to say how you will know you reached it.`,
            nl: ({ goal }) => `Leerdoel ${q(goal)} heeft geen bewijs: beschrijf met 'bewijs "<wat anderen zien>"' waaraan je merkt dat je het hebt bereikt.`,
        },
        explanation: {
            en: "Flags a goal that does not say what success looks like. " +
                "Observable evidence makes a goal specific and measurable: it tells you, your coach and your colleagues when the goal is reached, and it gives the review conversation something concrete to discuss. " +
                "Describe behaviour or results that someone else could notice, not an intention. " +
                "Add an 'evidence' line, for example what a colleague will see you do differently.",
            nl: "Signaleert een leerdoel dat niet zegt hoe succes eruitziet. " +
                "Waarneembaar bewijs maakt een leerdoel specifiek en meetbaar: het vertelt jou, je coach en je collega's wanneer het doel bereikt is, en het geeft het POP-gesprek iets concreets om te bespreken. " +
                "Beschrijf gedrag of resultaten die een ander kan opmerken, geen voornemen. " +
                "Voeg een regel 'bewijs' toe, bijvoorbeeld wat een collega je straks anders ziet doen.",
        },
    },
    'evidence-is-attendance': {
        defaultSeverity: 'info',
        title: { en: 'Evidence is only attendance', nl: 'Bewijs is alleen aanwezigheid' },
        flags: {
            en: "a goal whose every evidence line only says you were there (attended, a certificate)",
            nl: "een leerdoel waarvan elk bewijs alleen zegt dat je erbij was (deelname, een certificaat)",
        },
        message: {
            en: ({ goal }) => `The evidence of goal ${q(goal)} only says you were there: add what you now do differently, and who sees it.`,
            nl: ({ goal }) => `Het bewijs bij leerdoel ${q(goal)} zegt alleen dat je erbij was: voeg toe wat je nu anders doet, en wie dat ziet.`,
        },
        explanation: {
            en: "Flags a goal whose every evidence line counts attendance: attended, took part, a certificate, a course followed or completed. " +
                "Having been at a course says little about learning: what matters is what changes in the work (Kirkpatrick's levels of behaviour and results; the 15 to 20% transfer of classroom training). " +
                "Add evidence of use: what you do differently, a result, what a colleague or client noticed. " +
                "The words are a bilingual list; the rule is measured on the corpus of real plans to raise no false alarm.",
            nl: "Signaleert een leerdoel waarvan elk bewijs aanwezigheid telt: deelname, bijgewoond, een certificaat, een cursus gevolgd of afgerond. " +
                "Dat je bij een cursus was, zegt weinig over wat je geleerd hebt: het gaat om wat er in het werk verandert (de niveaus gedrag en resultaat van Kirkpatrick; de 15 tot 20% doorwerking van klassikale training). " +
                "Voeg bewijs van gebruik toe: wat je anders doet, een resultaat, wat een collega of cliënt merkte. " +
                "De woorden zijn een tweetalige lijst; de regel is op het corpus van echte plannen gemeten op geen valse alarmen.",
        },
    },
    'goal-without-due': {
        defaultSeverity: 'info',
        title: { en: 'Goal without due date', nl: 'Leerdoel zonder deadline' },
        flags: {
            en: "a goal without a due date",
            nl: "een leerdoel zonder deadline",
        },
        message: {
            en: ({ goal, count, holder, team, line, entry, keyword }) => has(line)
                ? `Goal ${q(goal)} has no due date: the ${q(keyword)} on line ${str(line)} is the moment of the ${entry === 'action' ? 'action' : 'feedback entry'} before it (a line break changes nothing). Put the goal's 'due <date>' before its actions and feedback, or give that ${entry === 'action' ? 'action' : 'entry'} a moment of its own.`
                : has(count)
                    ? `None of the ${str(count)} goals of ${has(team) ? 'team' : 'plan'} ${q(holder)} has a due date: add 'due <date>' to each to make them time-bound.`
                    : `Goal ${q(goal)} has no due date: add 'due <date>' to make it time-bound.`,
            nl: ({ goal, count, holder, team, line, entry, keyword }) => has(line)
                ? `Leerdoel ${q(goal)} heeft geen deadline: de ${q(keyword)} op regel ${str(line)} is het moment van de ${entry === 'action' ? 'actie' : 'feedbackregel'} ervoor (een regelovergang verandert daar niets aan). Zet de 'uiterlijk <datum>' van het leerdoel vóór de acties en feedback, of geef die ${entry === 'action' ? 'actie' : 'regel'} een eigen moment.`
                : has(count)
                    ? `Geen van de ${str(count)} leerdoelen van ${has(team) ? 'team' : 'plan'} ${q(holder)} heeft een deadline: voeg bij elk 'uiterlijk <datum>' toe om ze tijdgebonden te maken.`
                    : `Leerdoel ${q(goal)} heeft geen deadline: voeg 'uiterlijk <datum>' toe om het tijdgebonden te maken.`,
        },
        explanation: {
            en: "Flags a goal without a due date. " +
                "A goal without a date tends to slide to the end of the year, and it cannot be planned against feedback moments or review conversations. " +
                "A realistic date inside the plan period keeps the goal small enough to reach and gives a natural moment to look back. " +
                "Add a 'due' line with a date within the plan's period.",
            nl: "Signaleert een leerdoel zonder deadline. " +
                "Een leerdoel zonder datum schuift makkelijk door naar het eind van het jaar, en je kunt het niet afstemmen op feedbackmomenten of POP-gesprekken. " +
                "Een realistische datum binnen de planperiode houdt het leerdoel behapbaar en geeft een natuurlijk moment om terug te kijken. " +
                "Voeg een regel 'uiterlijk' toe met een datum binnen de periode van het plan.",
        },
    },
    'due-outside-period': {
        defaultSeverity: 'warning',
        title: { en: 'Due date outside the plan period', nl: 'Deadline buiten de planperiode' },
        flags: {
            en: "a goal due before or after the plan's period",
            nl: "een leerdoel met een deadline voor of na de periode van het plan",
        },
        message: {
            en: ({ goal, due, start, end }) => `Goal ${q(goal)} is due on ${str(due)}, outside the plan period ${str(start)} .. ${str(end)}: move the due date or adjust the period.`,
            nl: ({ goal, due, start, end }) => `De deadline van leerdoel ${q(goal)} (${str(due)}) valt buiten de planperiode ${str(start)} .. ${str(end)}: verschuif de deadline of pas de periode aan.`,
        },
        explanation: {
            en: "Flags a goal whose due date lies before the start or after the end of the plan's period. " +
                "A plan is reviewed and closed at the end of its period; a goal due outside it escapes that review, or was finished before the plan began. " +
                "Often it is a typo in the year. " +
                "Move the due date into the period, move the goal to the plan of the next period, or widen the period.",
            nl: "Signaleert een leerdoel waarvan de deadline vóór het begin of na het einde van de planperiode ligt. " +
                "Een plan wordt aan het eind van de periode besproken en afgesloten; een leerdoel met een deadline daarbuiten valt buiten dat gesprek, of was al klaar voordat het plan begon. " +
                "Vaak is het gewoon een tikfout in het jaartal. " +
                "Zet de deadline binnen de periode, verplaats het leerdoel naar het plan van de volgende periode, of verruim de periode.",
        },
    },
    'too-many-goals': {
        defaultSeverity: 'info',
        title: { en: 'Too many goals', nl: 'Te veel leerdoelen' },
        flags: {
            en: "a plan with more goals than `maxGoals` (default 5)",
            nl: "een plan met meer leerdoelen dan `maxGoals` (standaard 5)",
        },
        message: {
            en: ({ plan, count, max }) => `Plan ${q(plan)} has ${str(count)} goals, more than the maximum of ${str(max)}: focus on the ones that matter most.`,
            nl: ({ plan, count, max }) => `Plan ${q(plan)} heeft ${str(count)} leerdoelen, meer dan het maximum van ${str(max)}: beperk je tot de belangrijkste.`,
        },
        explanation: {
            en: "Flags a plan with more goals than the configured maximum (5 unless the configuration says otherwise). " +
                "Development takes attention, practice and feedback, and a long list spreads them thin: small, realistic goals are more likely to be reached. " +
                "Keep the goals that link most clearly to the vision and to your own ambition, and move the rest to a later period. " +
                "Goals that are the organisation's ambitions, one goal for each (a programme's prescribed learning outcomes, a profession's standards), are not counted as your choice: the plan then holds exactly what the organisation asks. " +
                "A plan whose period spans several whole years stages its goals over them (short, mid and long term): it may hold the maximum for each year (10 for a two-year period). " +
                "If your organisation works with a different maximum, set it in the configuration.",
            nl: "Signaleert een plan met meer leerdoelen dan het ingestelde maximum (5, tenzij de configuratie iets anders zegt). " +
                "Ontwikkelen vraagt aandacht, oefening en feedback, en een lange lijst verdeelt die te dun: kleine, haalbare leerdoelen worden vaker bereikt. " +
                "Houd de leerdoelen die het duidelijkst aansluiten bij de visie en je eigen ambitie, en bewaar de rest voor een volgende periode. " +
                "Leerdoelen die de ambities van de organisatie zijn, één leerdoel per ambitie (de voorgeschreven leeruitkomsten van een opleiding, de standaarden van een beroep), tellen niet als je eigen keuze: het plan bevat dan precies wat de organisatie vraagt. " +
                "Een plan waarvan de periode meerdere hele jaren beslaat, spreidt zijn leerdoelen daarover (korte, middellange en lange termijn): het mag het maximum voor elk jaar bevatten (10 bij een periode van twee jaar). " +
                "Werkt je organisatie met een ander maximum, stel dat dan in de configuratie in.",
        },
    },
    'only-formal-learning': {
        defaultSeverity: 'info',
        title: { en: 'Only formal learning', nl: 'Alleen formeel leren' },
        flags: {
            en: "a plan or team in which every action is a course, e-learning or workshop and no feedback is sought",
            nl: "een plan of team waarin elke actie een cursus, e-learning of workshop is en geen feedback gevraagd wordt",
        },
        message: {
            en: ({ plan, team }) => `Every action ${has(team) ? `of team ${q(team)}` : `in plan ${q(plan)}`} is a course, e-learning or workshop, and no feedback is asked: add learning in daily work, such as coaching, intervisie or an experiment.`,
            nl: ({ plan, team }) => `Alle acties ${has(team) ? `van team ${q(team)}` : `in plan ${q(plan)}`} zijn een cursus, e-learning of workshop, en er wordt geen feedback gevraagd: voeg ook leren in het dagelijks werk toe, zoals coaching, intervisie of een experiment.`,
        },
        explanation: {
            en: "Flags a plan, or a team (its goals and routines together), in which every action is a formal learning form (a course, an e-learning or a workshop) and no feedback is asked or has come back. " +
                "Estimates put the transfer of classroom training to the workplace at only 15 to 20% (Broad & Newstrom 1992; Latham & Crandall 1991), and Kessels' corporate curriculum places much of learning in and around the work itself. " +
                "A course can be a good start, but what sticks is practising on the job and talking about it with others. " +
                "Feedback asked of colleagues, clients or a coach, or a record of feedback that came back, is that talking with others, just as an action that gathers feedback (a retrospective, an after-action review, intervisie, a peer review) is: a plan with such feedback does not learn in courses only. " +
                "Add at least one action in daily work, such as coaching, mentoring, intervisie, a case discussion, a pilot or an experiment on the job, or ask the people you work with for feedback on what you apply.",
            nl: "Signaleert een plan, of een team (zijn doelen en routines samen), waarin elke actie een formele werkvorm is (een cursus, een e-learning of een workshop) en geen feedback gevraagd of teruggekomen is. " +
                "Schattingen zeggen dat maar 15 tot 20% van een klassikale training doorwerkt in het werk (Broad & Newstrom 1992; Latham & Crandall 1991), en het corporate curriculum van Kessels legt veel van het leren in en rond het werk zelf. " +
                "Een cursus kan een goed begin zijn, maar wat beklijft is oefenen in de praktijk en er met anderen over praten. " +
                "Feedback die je vraagt aan collega's, cliënten of een coach, of een verslag van feedback die terugkwam, is dat praten met anderen, net als een actie die feedback verzamelt (een retrospectief, een after-action review, intervisie, collegiale toetsing): een plan met zulke feedback leert niet alleen in cursussen. " +
                "Voeg minstens één actie in het dagelijks werk toe, zoals coaching, mentoring, intervisie, een casusbespreking, een pilot of een experiment op de werkvloer, of vraag de mensen met wie je werkt om feedback op wat je toepast.",
        },
    },
    'no-review': {
        defaultSeverity: 'warning',
        title: { en: 'No review conversation', nl: 'Geen POP-gesprek' },
        flags: {
            en: "a plan with no review conversation with its coach in the period",
            nl: "een plan zonder POP-gesprek met de coach in de periode",
        },
        message: {
            en: ({ coach, plan }) => has(coach)
                ? `Plan ${q(plan)} has no review conversation with coach ${q(coach)} in its period: add 'review <date> with ${str(coach)} "<topic>"'.`
                : `Plan ${q(plan)} has no review conversation with the coach in its period: add 'review <date> with <coach> "<topic>"'.`,
            nl: ({ coach, plan }) => has(coach)
                ? `Plan ${q(plan)} heeft binnen de periode geen POP-gesprek met coach ${q(coach)}: voeg 'gesprek <datum> met ${str(coach)} "<onderwerp>"' toe.`
                : `Plan ${q(plan)} heeft binnen de periode geen POP-gesprek met de coach: voeg 'gesprek <datum> met <coach> "<onderwerp>"' toe.`,
        },
        explanation: {
            en: "Flags a plan with no review conversation with its coach within the plan period. " +
                "A development plan comes alive in conversation: looking back together on progress, feedback and obstacles is where goals get sharpened or let go. " +
                "Without a planned review, a plan easily stays a form that is filled in once and then forgotten. " +
                "Add a 'review' line with a date inside the period and the coach's id; a mid-year and an end-of-year conversation work well. " +
                "A review with a cadence ('review every quarter with <coach>'), a named period ('in 2026-Q2') or an event counts as well. " +
                "A plan without a coach gets 'plan-without-coach' only: one problem, one diagnostic.",
            nl: "Signaleert een plan zonder POP-gesprek met de coach binnen de planperiode. " +
                "Een ontwikkelplan gaat leven in het gesprek: samen terugkijken op voortgang, feedback en obstakels is het moment waarop leerdoelen worden aangescherpt of losgelaten. " +
                "Zonder gepland gesprek blijft een POP al snel een formulier dat één keer wordt ingevuld en daarna vergeten. " +
                "Voeg een regel 'gesprek' toe met een datum binnen de periode en het id van de coach; een gesprek halverwege en een aan het eind van het jaar werkt goed. " +
                "Een gesprek met een ritme ('gesprek elk kwartaal met <coach>'), een periode ('in 2026-Q2') of een gebeurtenis telt ook. " +
                "Een plan zonder coach krijgt alleen 'plan-without-coach': één probleem, één melding.",
        },
    },
    'no-reflection': {
        defaultSeverity: 'info',
        title: { en: 'No reflection moment', nl: 'Geen reflectiemoment' },
        flags: {
            en: "a plan with no reflection moment (private ones count)",
            nl: "een plan zonder reflectiemoment (privé-reflecties tellen mee)",
        },
        message: {
            en: ({ plan }) => `Plan ${q(plan)} has no reflection moment: add 'reflection <date> "<what you noticed>"', marked 'private' if you wish.`,
            nl: ({ plan }) => `Plan ${q(plan)} heeft geen reflectiemoment: voeg 'reflectie <datum> "<wat je opviel>"' toe, desgewenst met 'privé'.`,
        },
        explanation: {
            en: "Flags a plan without a single reflection moment. " +
                "Reflection turns experience into learning: stepping back to question not only what you did but the assumptions behind it is what Argyris and Schön call double-loop learning, and Kessels counts reflective skills among the core learning functions of an organisation. " +
                "Reflections can stay personal: mark them 'private', or keep them in a Git-ignored '*.private.pop' file, and they never leave your own editor. " +
                "Add a 'reflection' line with a date and a few words; a reflection that is still '...' does not count until you write it.",
            nl: "Signaleert een plan zonder één reflectiemoment. " +
                "Door te reflecteren wordt ervaring leren: een stap terug doen en niet alleen je aanpak maar ook de aannames daarachter bevragen, is wat Argyris en Schön double-loop leren noemen, en Kessels rekent reflectieve vaardigheden tot de kernfuncties van leren in een organisatie. " +
                "Reflecties mogen persoonlijk blijven: markeer ze als 'privé' of zet ze in een '*.private.pop'-bestand dat Git negeert, dan verlaten ze je eigen editor nooit. " +
                "Voeg een regel 'reflectie' toe met een datum en een paar woorden; een reflectie die nog '...' is, telt pas als je haar schrijft.",
        },
    },
    'reflection-without-moment': {
        defaultSeverity: 'info',
        title: { en: 'Reflection without a moment', nl: 'Reflectie zonder moment' },
        flags: {
            en: "a reflection line with no date, period or cadence",
            nl: "een reflectieregel zonder datum, periode of ritme",
        },
        message: {
            en: () => `This reflection has no moment: add a date or a moment such as 'every month' or 'after "<event>"' so you know when to look back.`,
            nl: () => `Deze reflectie heeft geen moment: voeg een datum of een moment toe, zoals 'elke maand' of 'na "<gebeurtenis>"', zodat je weet wanneer je terugkijkt.`,
        },
        explanation: {
            en: "Points out a reflection line without a date or a moment. " +
                "The reflection counts (the plan is not 'without reflection'), but a reflection that is not tied to a moment is easily written once and never again. " +
                "Reflection works best as a habit: after each lesson visit, every month, at the end of a project. " +
                "Add a date ('reflection 2026-04-02'), a cadence ('reflection every month') or an event ('reflection after \"each incident debrief\"') before the text.",
            nl: "Wijst op een reflectieregel zonder datum of moment. " +
                "De reflectie telt mee (het plan is niet 'zonder reflectie'), maar een reflectie die niet aan een moment vastzit, schrijf je makkelijk één keer en daarna nooit meer. " +
                "Reflecteren werkt het best als gewoonte: na elk lesbezoek, elke maand, aan het eind van een project. " +
                "Zet een datum ('reflectie 2026-04-02'), een ritme ('reflectie elke maand') of een gebeurtenis ('reflectie na \"elke incidentbespreking\"') voor de tekst.",
        },
    },
    'plan-without-coach': {
        defaultSeverity: 'warning',
        title: { en: 'Plan without coach', nl: 'Plan zonder coach' },
        flags: {
            en: "a plan with no coach",
            nl: "een plan zonder coach",
        },
        message: {
            en: ({ plan }) => `Plan ${q(plan)} has no coach: add 'coach <person>'.`,
            nl: ({ plan }) => `Plan ${q(plan)} heeft geen coach: voeg 'coach <persoon>' toe.`,
        },
        explanation: {
            en: "Flags a plan that names no coach. " +
                "A coach, often the manager, is the natural partner for feedback and review conversations, and the one who helps connect personal goals to the team and the vision. " +
                "Naming the coach also lets coaches find the plans they support ('which plans name me as coach'). " +
                "Add a 'coach' line with the id of a person.",
            nl: "Signaleert een plan zonder coach. " +
                "Een coach, vaak de leidinggevende, is de vanzelfsprekende partner voor feedback en POP-gesprekken, en degene die helpt persoonlijke leerdoelen te verbinden met het team en de visie. " +
                "Door de coach te noemen kunnen coaches ook terugvinden welke plannen ze begeleiden. " +
                "Voeg een regel 'coach' toe met het id van een persoon.",
        },
    },
    'plan-stale': {
        defaultSeverity: 'info',
        optIn: true,
        title: { en: 'Plan not looked at', nl: 'Plan niet bijgehouden' },
        flags: {
            en: "(opt-in, `leerplan check` in Git) an active plan whose file no commit changed for `planStaleMonths` (default 6) months",
            nl: "(aan te zetten, `leerplan check` in Git) een lopend plan waarvan geen commit het bestand veranderde in `planStaleMonths` (standaard 6) maanden",
        },
        message: {
            en: ({ plan, date, months }) => `Plan ${q(plan)} is active but has not changed since ${str(date)}, more than ${str(months)} months ago: look at it with your coach, and record what happened.`,
            nl: ({ plan, date, months }) => `Plan ${q(plan)} loopt, maar is niet veranderd sinds ${str(date)}, meer dan ${str(months)} maanden geleden: bekijk het met je coach, en leg vast wat er gebeurd is.`,
        },
        explanation: {
            en: "Off unless turned on in leerplan.json (`\"rules\": { \"plan-stale\": \"info\" }`); it reads Git history, so only `leerplan check` runs it (the editor does not read history). Flags an active plan (today within its period; without a period, a plan with a goal that is not done or dropped) when the last commit that changed its file is more than `planStaleMonths` months old (6 unless set). A file with changes not committed yet, or not in Git yet, is not flagged. Without history (not a repository, or a shallow clone such as a CI checkout with `fetch-depth: 1`) the check says so once and flags nothing. " +
                "A plan written in January and not looked at again teaches nobody anything: statuses, reviews, reflections and feedback received are what a plan is for. " +
                "Update the plan (a status, a review held, what you learned) and commit it.",
            nl: "Staat uit tot je hem aanzet in leerplan.json (`\"rules\": { \"plan-stale\": \"info\" }`); hij leest de Git-geschiedenis, dus alleen `leerplan check` voert hem uit (de editor leest geen geschiedenis). Signaleert een lopend plan (vandaag valt in de periode; zonder periode: een plan met een leerdoel dat niet afgerond of gestopt is) als de laatste commit die het bestand veranderde meer dan `planStaleMonths` maanden oud is (6 als niets is ingesteld). Een bestand met wijzigingen die nog niet vastgelegd zijn, of dat nog niet in Git staat, wordt niet gesignaleerd. Zonder geschiedenis (geen repository, of een ondiepe kloon zoals een CI-checkout met `fetch-depth: 1`) zegt de controle dat één keer en signaleert niets. " +
                "Een plan dat in januari geschreven is en daarna niet meer bekeken, leert niemand iets: statussen, gesprekken, reflecties en ontvangen feedback zijn waar een plan voor is. " +
                "Werk het plan bij (een status, een gehouden gesprek, wat je leerde) en leg het vast.",
        },
    },
    'invalid-date': {
        defaultSeverity: 'error',
        title: { en: 'Invalid date', nl: 'Ongeldige datum' },
        flags: {
            en: "a date that does not exist, such as 2026-02-30",
            nl: "een datum die niet bestaat, zoals 2026-02-30",
        },
        message: {
            en: ({ date }) => `Date ${str(date)} does not exist: check the day and the month.`,
            nl: ({ date }) => `Datum ${str(date)} bestaat niet: controleer de dag en de maand.`,
        },
        explanation: {
            en: "Flags a date that is written correctly as YYYY-MM-DD but does not exist in the calendar, such as 2026-02-30 or 2026-13-01. " +
                "Every check that compares dates (due dates, periods, feedback moments, overdue goals) depends on real dates, so such a date is an error. " +
                "Correct the day or the month; months run from 01 to 12 and February has 28 days, or 29 in a leap year.",
            nl: "Signaleert een datum die wel in de vorm JJJJ-MM-DD staat, maar niet in de kalender bestaat, zoals 2026-02-30 of 2026-13-01. " +
                "Elke controle die datums vergelijkt (deadlines, periodes, feedbackmomenten, verlopen leerdoelen) rekent op echte datums, dus zo'n datum is een fout. " +
                "Verbeter de dag of de maand; maanden lopen van 01 tot en met 12 en februari heeft 28 dagen, of 29 in een schrikkeljaar.",
        },
    },
    'invalid-period': {
        defaultSeverity: 'error',
        title: { en: 'Invalid period', nl: 'Ongeldige periode' },
        flags: {
            en: "a period or `from ... to` range that ends before it starts",
            nl: "een periode of `van ... tot` die eindigt voordat die begint",
        },
        message: {
            en: ({ start, end }) => `Start date ${str(start)} is after end date ${str(end)}: swap the dates or correct one of them.`,
            nl: ({ start, end }) => `Begindatum ${str(start)} ligt na einddatum ${str(end)}: draai de datums om of verbeter er een.`,
        },
        explanation: {
            en: "Flags a period, or an action's 'from .. to' range, whose start date lies after its end date. " +
                "Checks such as due dates outside the period, overdue goals and missing reviews all rely on a sensible period, so this is an error. " +
                "Usually the two dates are swapped, or the year of one of them is wrong; write the earlier date first.",
            nl: "Signaleert een periode, of een 'van .. tot' bij een actie, waarvan de begindatum na de einddatum ligt. " +
                "Controles zoals deadlines buiten de periode, verlopen leerdoelen en ontbrekende POP-gesprekken rekenen op een kloppende periode, dus dit is een fout. " +
                "Meestal zijn de twee datums omgewisseld of klopt het jaartal van een ervan niet; zet de vroegste datum voorop.",
        },
    },
    'invalid-moment': {
        defaultSeverity: 'error',
        title: { en: 'Invalid moment', nl: 'Ongeldig moment' },
        flags: {
            en: "a moment that names no real time: a quarter, half-year or month that does not exist, or a form that needs a period where there is none",
            nl: "een moment dat geen echte tijd noemt: een kwartaal, halfjaar of maand die niet bestaat, of een vorm die een periode nodig heeft waar die er niet is",
        },
        message: {
            en: ({ reason, value }) => {
                switch (reason) {
                    case 'period': return `${q(value)} is no quarter, half year or month: write a named period as 2026-Q2, 2026-H1 or 2026-03.`;
                    case 'count': return `${q(value)} is not a whole number of at least 1: write a count such as 'every 2 weeks' or 'within 3 months'.`;
                    case 'event': return `The event is empty: write what happens, such as 'after "each presentation"' or 'due before "the summer holiday"'.`;
                    default: return `'within' counts from the start of a plan's period, and a team has no period: use a date, a named period ('in 2026-Q2') or a cadence.`;
                }
            },
            nl: ({ reason, value }) => {
                switch (reason) {
                    case 'period': return `${q(value)} is geen kwartaal, halfjaar of maand: schrijf een periode als 2026-Q2, 2026-H1 of 2026-03.`;
                    case 'count': return `${q(value)} is geen geheel getal van minstens 1: schrijf een aantal zoals 'elke 2 weken' of 'binnen 3 maanden'.`;
                    case 'event': return `De gebeurtenis is leeg: schrijf wat er gebeurt, zoals 'na "elke presentatie"' of 'uiterlijk voor "de zomervakantie"'.`;
                    default: return `'binnen' telt vanaf het begin van de periode van een plan, en een team heeft geen periode: gebruik een datum, een periode ('in 2026-Q2') of een ritme.`;
                }
            },
        },
        explanation: {
            en: "Flags a moment that cannot be turned into dates: a named period that does not exist (2026-Q5, 2026-H3, 2026-13), a count that is not a whole number of at least 1 ('every 0 weeks', 'within 1.5 months'), an 'after' or a 'due before' that names no event, or a 'within' in a team. " +
                "'within 3 months' counts from the first day of the plan's period; a team goal or a team routine has no period to count from (in a plan without a 'period' line, such a span simply has no dates until the plan gets one). " +
                "Checks such as overdue goals, due dates outside the period and feedback after the due date rely on these dates, so this is an error. " +
                "Write quarters as 2026-Q1 to 2026-Q4, half years as 2026-H1 and 2026-H2, months as 2026-01 to 2026-12; in a team, use a date, a named period or a cadence.",
            nl: "Signaleert een moment dat niet in datums om te zetten is: een periode die niet bestaat (2026-Q5, 2026-H3, 2026-13), een aantal dat geen geheel getal van minstens 1 is ('elke 0 weken', 'binnen 1.5 maanden'), een 'na' of 'uiterlijk voor' zonder gebeurtenis, of een 'binnen' in een team. " +
                "'binnen 3 maanden' telt vanaf de eerste dag van de periode van het plan; een teamdoel of een teamroutine heeft geen periode om vanaf te tellen (in een plan zonder regel 'periode' heeft zo'n tijd nog geen datums, tot het plan er een krijgt). " +
                "Controles zoals verlopen leerdoelen, deadlines buiten de periode en feedback na de deadline rekenen met deze datums, dus dit is een fout. " +
                "Schrijf kwartalen als 2026-Q1 tot en met 2026-Q4, halfjaren als 2026-H1 en 2026-H2, maanden als 2026-01 tot en met 2026-12; gebruik in een team een datum, een periode of een ritme.",
        },
    },
    'invalid-level': {
        defaultSeverity: 'error',
        title: { en: 'Invalid level', nl: 'Ongeldig niveau' },
        flags: {
            en: "a goal level that is not a whole number from 1 to 5",
            nl: "een doelniveau dat geen heel getal van 1 tot en met 5 is",
        },
        message: {
            en: ({ value }) => `Level ${str(value)} is not a whole number from 1 to 5: write where you stand now and want to be as 'level 2 -> 4'.`,
            nl: ({ value }) => `Niveau ${str(value)} is geen geheel getal van 1 tot en met 5: schrijf waar je nu staat en wilt staan als 'niveau 2 -> 4'.`,
        },
        explanation: {
            en: "Flags a 'level N -> M' line whose numbers are not whole numbers from 1 to 5. " +
                "The level says where the person stands now and where they want to be, on a five-point scale that the summary draws on the goal card; a number outside it cannot be drawn or compared. " +
                "Use 1 for a beginner and 5 for someone who could teach it, and write the level now first: 'level 2 -> 4'.",
            nl: "Signaleert een regel 'niveau N -> M' waarvan de getallen geen gehele getallen van 1 tot en met 5 zijn. " +
                "Het niveau zegt waar iemand nu staat en waar die wil staan, op een schaal van vijf die het overzicht op de kaart van het leerdoel tekent; een getal daarbuiten valt niet te tekenen of te vergelijken. " +
                "Gebruik 1 voor een beginner en 5 voor iemand die het een ander kan leren, en zet het huidige niveau voorop: 'niveau 2 -> 4'.",
        },
    },
    'invalid-score': {
        defaultSeverity: 'error',
        title: { en: 'Invalid score', nl: 'Ongeldige score' },
        flags: {
            en: "an assessment score that is not a whole number from 1 to 5",
            nl: "een score in een meting die geen heel getal van 1 tot en met 5 is",
        },
        message: {
            en: ({ value, dimension }) => `Score ${str(value)} for ${q(dimension)} is not a whole number from 1 to 5: write how far the dimension has come as 1 (hardly) to 5 (fully).`,
            nl: ({ value, dimension }) => `Score ${str(value)} voor ${q(dimension)} is geen geheel getal van 1 tot en met 5: schrijf hoe ver de dimensie is als 1 (nauwelijks) tot 5 (helemaal).`,
        },
        explanation: {
            en: "Flags a score in an assessment that is not a whole number from 1 to 5. " +
                "An assessment (a baseline measurement) scores each dimension of the framework on a five-point scale, so that the summary can put assessments side by side over time and find the weakest dimensions; a number outside the scale cannot be compared. " +
                "Use 1 when the dimension is hardly present yet and 5 when it is part of how everyone works.",
            nl: "Signaleert een score in een meting die geen geheel getal van 1 tot en met 5 is. " +
                "Een meting (nulmeting) geeft elke dimensie van het raamwerk een score op een schaal van vijf, zodat het overzicht metingen door de tijd naast elkaar kan zetten en de zwakste dimensies kan vinden; een getal buiten de schaal valt niet te vergelijken. " +
                "Gebruik 1 als de dimensie nog nauwelijks aanwezig is en 5 als ze deel is van hoe iedereen werkt.",
        },
    },
    'overdue': {
        defaultSeverity: 'info',
        title: { en: 'Goal overdue', nl: 'Deadline verstreken' },
        flags: {
            en: "an active goal past its due date (compared with `today`)",
            nl: "een actief leerdoel waarvan de deadline voorbij is (vergeleken met `today`)",
        },
        message: {
            en: ({ goal, due }) => `Goal ${q(goal)} was due on ${str(due)} and is still active: set its status to 'done' or 'dropped', or choose a new due date.`,
            nl: ({ goal, due }) => `Leerdoel ${q(goal)} moest uiterlijk ${str(due)} af zijn en staat nog op actief: zet de status op 'afgerond' of 'gestopt', of kies een nieuwe deadline.`,
        },
        explanation: {
            en: "Flags an active goal whose due date has passed. " +
                "That is not a failure in itself: plans change, and learning rarely follows a schedule. " +
                "But a plan is only useful if it reflects where you stand, for you and for your coach. " +
                "Mark the goal 'done' (with evidence) or 'dropped', or agree on a new due date, ideally in your next review conversation.",
            nl: "Signaleert een actief leerdoel waarvan de deadline verstreken is. " +
                "Dat is op zich geen falen: plannen veranderen, en leren houdt zich zelden aan een planning. " +
                "Maar een plan heeft alleen waarde als het laat zien waar je staat, voor jezelf en voor je coach. " +
                "Zet het leerdoel op 'afgerond' (met bewijs) of 'gestopt', of spreek een nieuwe deadline af, het liefst in je volgende POP-gesprek.",
        },
    },
    'done-without-evidence': {
        defaultSeverity: 'warning',
        title: { en: 'Done without evidence', nl: 'Afgerond zonder bewijs' },
        flags: {
            en: "a goal with status done but no evidence",
            nl: "een afgerond leerdoel zonder bewijs",
        },
        message: {
            en: ({ goal }) => `Goal ${q(goal)} is marked done but has no evidence: add 'evidence "<what was achieved>"'.`,
            nl: ({ goal }) => `Leerdoel ${q(goal)} staat op afgerond maar heeft geen bewijs: voeg 'bewijs "<wat er bereikt is>"' toe.`,
        },
        explanation: {
            en: "Flags a goal with status done that does not say what shows it is done. " +
                "Evidence makes the result visible to your coach, your team and yourself a year from now, and it is what a review conversation or a baseline measurement can build on. " +
                "Without it, 'done' may just mean the actions were completed, not that anything changed in the work. " +
                "Add an 'evidence' line describing what others can now observe.",
            nl: "Signaleert een leerdoel met status afgerond dat niet zegt waaruit dat blijkt. " +
                "Bewijs maakt het resultaat zichtbaar voor je coach, je team en jezelf over een jaar, en het is waar een POP-gesprek of een nulmeting op kan voortbouwen. " +
                "Zonder bewijs betekent 'afgerond' misschien alleen dat de acties zijn uitgevoerd, niet dat er in het werk iets veranderd is. " +
                "Voeg een regel 'bewijs' toe die beschrijft wat anderen nu kunnen waarnemen.",
        },
    },
    'team-missing-role': {
        defaultSeverity: 'warning',
        title: { en: 'Team goals miss a key dimension', nl: 'Teamdoelen missen een kerndimensie' },
        flags: {
            en: "a team whose goals cover no dimension with a required role (`requiredRoles`: vision and feedback)",
            nl: "een team waarvan de leerdoelen geen dimensie met een vereiste rol dekken (`requiredRoles`: visie en feedback)",
        },
        message: {
            en: ({ team, role }) => `The goals of team ${q(team)} cover no dimension with the role '${str(role)}': add a team goal linked to such a dimension.`,
            nl: ({ team, role }) => `De doelen van team ${q(team)} raken geen enkele dimensie met de rol '${str(role)}': voeg een teamdoel toe dat aan zo'n dimensie gekoppeld is.`,
        },
        explanation: {
            en: "Flags a team whose goals together cover no dimension with a required role, by default shared vision and feedback. " +
                "These are the two dimensions that the practice study with Dutch leaders by Bronsgeest, Heldens and Ros found both most important and hardest in practice (of the eight of Ros et al. 2024), so a team that leaves them out misses where the most is to be gained. " +
                "The check works on roles rather than names, so it applies to every framework, including your own. " +
                "Only goals can support a vision, so the vision role is asked only of a team with goals, and not where every team goal already gets goal-without-vision (one problem, one diagnostic). " +
                "A team's routines count too: a feedback line of the team itself (asked or received) or an action that gathers feedback (a retrospective, an after-action review, intervisie, a peer review) covers the feedback role, and any routine action that is not a course, e-learning or workshop covers learning in the workplace. " +
                "Add a team goal linked to a dimension with the missing role, or change which roles are required in the configuration.",
            nl: "Signaleert een team waarvan de doelen samen geen enkele dimensie met een vereiste rol raken, standaard gedragen visie en feedback. " +
                "Dat zijn de twee dimensies die het praktijkonderzoek onder Nederlandse leidinggevenden van Bronsgeest, Heldens en Ros als belangrijkst en in de praktijk lastigst aanwees (van de acht van Ros e.a. 2024); een team dat ze overslaat, laat dus juist de grootste winst liggen. " +
                "De controle kijkt naar rollen en niet naar namen, en werkt daardoor met elk raamwerk, ook met je eigen. " +
                "Alleen leerdoelen kunnen een visie ondersteunen: de rol visie wordt dus alleen gevraagd van een team met leerdoelen, en niet waar elk teamdoel al goal-without-vision krijgt (één probleem, één melding). " +
                "De routines van een team tellen mee: een feedbackregel van het team zelf (gevraagd of ontvangen) of een actie die feedback ophaalt (een retrospectief, een after-action review, intervisie, collegiale toetsing) dekt de rol feedback, en elke routine die geen cursus, e-learning of workshop is, dekt leren op de werkplek. " +
                "Voeg een teamdoel toe dat gekoppeld is aan een dimensie met de ontbrekende rol, of pas in de configuratie aan welke rollen vereist zijn.",
        },
    },
    'member-without-plan': {
        defaultSeverity: 'info',
        title: { en: 'Team member without plan', nl: 'Teamlid zonder plan' },
        flags: {
            en: "a team member or lead with no plan whose period includes `today`",
            nl: "een teamlid of teamleider zonder plan waarvan de periode `today` omvat",
        },
        message: {
            en: ({ person, team, lead }) => `${lead ? 'Team lead' : 'Team member'} ${q(person)} of team ${q(team)} has no plan for the current period: add 'plan <id> for ${str(person)} { ... }'.`,
            nl: ({ person, team, lead }) => `${lead ? 'Teamleider' : 'Teamlid'} ${q(person)} van team ${q(team)} heeft geen plan voor de huidige periode: voeg 'plan <id> voor ${str(person)} { ... }' toe.`,
        },
        explanation: {
            en: "Flags a team member, the team lead included, who has no plan for the current period, that is, no plan whose period includes today. " +
                "A learning organisation gives everyone room to develop, and team learning works best when every member's goals are visible next to the team's goals; a lead who learns in view of the team sets the example. " +
                "A missing plan may simply mean this year's plan has not been written yet, or that it lives in a folder that was not checked; a workspace that holds no plan at all (only the organisation, its people and teams) is not asked for any. " +
                "Write a plan for the person with a period that covers today, or check that the folder holding it is included in the check.",
            nl: "Signaleert een teamlid, de teamleider inbegrepen, zonder plan voor de huidige periode, dus zonder plan waarvan de periode de datum van vandaag bevat. " +
                "Een lerende organisatie geeft iedereen ruimte om zich te ontwikkelen, en teamleren werkt het best als de leerdoelen van elk teamlid zichtbaar zijn naast die van het team; een leider die zichtbaar leert, geeft het voorbeeld. " +
                "Een ontbrekend plan kan ook betekenen dat het POP van dit jaar nog niet geschreven is, of dat het in een map staat die niet is gecontroleerd; een werkruimte zonder enig plan (alleen de organisatie, haar mensen en teams) wordt er niet om gevraagd. " +
                "Schrijf een plan voor deze persoon met een periode die vandaag omvat, of controleer of de map waarin het plan staat is meegenomen in de controle.",
        },
    },
    'vision-without-learning': {
        defaultSeverity: 'info',
        title: { en: 'No vision on learning', nl: 'Geen visie op leren' },
        flags: {
            en: "an organisation with no vision `about learning`",
            nl: "een organisatie zonder visie `over leren`",
        },
        message: {
            en: ({ organisation, none }) => has(none)
                ? `Organisation ${q(organisation)} declares no vision: add the vision its goals and ambitions serve, marked 'about learning' when it is, ideally developed with employees.`
                : `Organisation ${q(organisation)} has no vision about learning: mark a vision 'about learning' or add one, ideally developed with employees.`,
            nl: ({ organisation, none }) => has(none)
                ? `Organisatie ${q(organisation)} heeft geen visie: voeg de visie toe die haar leerdoelen en ambities dienen, gemarkeerd met 'over leren' als ze daarover gaat, bij voorkeur samen met medewerkers ontwikkeld.`
                : `Organisatie ${q(organisation)} heeft geen visie op leren: markeer een visie met 'over leren' of voeg er een toe, bij voorkeur samen met medewerkers ontwikkeld.`,
        },
        explanation: {
            en: "Flags an organisation in which no vision is marked 'about learning', also one that declares no vision at all. " +
                "In the practice study behind the default framework (Bronsgeest, Heldens & Ros), every organisation had a vision, but learning itself was almost never part of it; the authors recommend an explicit vision on learning, developed with employees. " +
                "Such a vision gives personal goals something to connect to beyond the daily work. " +
                "Add 'about learning' to a vision that is about learning, or write one with your colleagues.",
            nl: "Signaleert een organisatie waarin geen enkele visie als 'over leren' gemarkeerd is, ook een die helemaal geen visie heeft. " +
                "In het praktijkonderzoek achter het standaardraamwerk (Bronsgeest, Heldens & Ros) had elke organisatie een visie, maar leren zelf kwam daar bijna nooit in voor; de auteurs bevelen een expliciete visie op leren aan, ontwikkeld samen met medewerkers. " +
                "Zo'n visie geeft persoonlijke leerdoelen iets om bij aan te sluiten dat verder gaat dan het dagelijkse werk. " +
                "Voeg 'over leren' toe aan een visie die over leren gaat, of schrijf er een samen met je collega's.",
        },
    },
    'vision-not-shared': {
        defaultSeverity: 'info',
        title: { en: 'Vision not shared', nl: 'Visie niet gedragen' },
        flags: {
            en: "a vision `developed-with management` alone",
            nl: "een visie die alleen met het management is ontwikkeld (`ontwikkeld-met management`)",
        },
        message: {
            en: ({ vision }) => `Vision ${q(vision)} was developed by management alone: involve employees and then change the line to 'developed-with employees'.`,
            nl: ({ vision }) => `Visie ${q(vision)} is alleen door het management ontwikkeld: betrek medewerkers erbij en verander de regel daarna in 'ontwikkeld-met medewerkers'.`,
        },
        explanation: {
            en: "Flags a vision marked as developed with management only ('developed-with management', with no other group in the list). " +
                "A shared vision is one that staff help shape; the practice study behind the default framework (Bronsgeest, Heldens & Ros) found that visions were often set by management alone, or through representatives, and then steered little of what people actually did and learned. " +
                "A vision people recognise themselves in is far easier to link goals to. " +
                "Revisit the vision together with employees and record that with 'developed-with employees'.",
            nl: "Signaleert een visie die volgens de markering alleen door het management is ontwikkeld ('ontwikkeld-met management', zonder andere groep in de lijst). " +
                "Een gedragen visie is een visie die medewerkers mee vormgeven; het praktijkonderzoek achter het standaardraamwerk (Bronsgeest, Heldens & Ros) zag dat visies vaak alleen door het management of via vertegenwoordiging tot stand kwamen, en daarna weinig richting gaven aan wat mensen echt deden en leerden. " +
                "Aan een visie waarin mensen zich herkennen, koppel je veel makkelijker leerdoelen. " +
                "Herijk de visie samen met medewerkers en leg dat vast met 'ontwikkeld-met medewerkers'.",
        },
    },
    'assessment-gap': {
        defaultSeverity: 'info',
        title: { en: 'Weakest dimension without a goal', nl: 'Zwakste dimensie zonder leerdoel' },
        flags: {
            en: "a lowest-scored dimension (3 or less) of the latest assessment that no team or plan goal works on",
            nl: "een dimensie met de laagste score (3 of lager) in de laatste meting waar geen team- of planleerdoel aan werkt",
        },
        message: {
            en: ({ dimension, score, subject, team }) => `${q(dimension)} scored lowest (${str(score)}) in the latest assessment of ${has(team) ? 'team' : 'organisation'} ${q(subject)}, but no goal works on it: add a goal that names it ('goal <id> "<title>" { dimensions ${str(dimension)} }').`,
            nl: ({ dimension, score, subject, team }) => `${q(dimension)} scoorde het laagst (${str(score)}) in de laatste meting van ${has(team) ? 'team' : 'organisatie'} ${q(subject)}, maar geen leerdoel werkt eraan: voeg een leerdoel toe dat haar noemt ('leerdoel <id> "<titel>" { dimensies ${str(dimension)} }').`,
        },
        explanation: {
            en: "Flags each dimension that scored lowest in the latest assessment of a team or of the organisation (when that score is 3 or less) while no goal works on it: for a team, none of its team goals and none of the goals in its members' current plans names the dimension; for the organisation, no goal anywhere does. " +
                "The point of a baseline measurement is what follows from it: leaders measure where the organisation stands on the dimensions of Ros et al. (2024) together with employees, draw up a plan from the weakest points and measure again later. A weak dimension that no goal addresses will score the same next time. " +
                "Add a team goal that names the dimension (the quick fix writes one into the team), or a goal in a plan of the team. The hover on the dimension gives challenges, development suggestions and good practices.",
            nl: "Signaleert elke dimensie die in de laatste meting van een team of van de organisatie het laagst scoorde (bij een score van 3 of lager) terwijl geen leerdoel eraan werkt: voor een team noemt geen van zijn teamdoelen en geen leerdoel in de huidige plannen van zijn leden de dimensie; voor de organisatie doet geen enkel leerdoel dat. " +
                "Een nulmeting draait om wat erop volgt: leidinggevenden meten samen met medewerkers waar de organisatie staat op de dimensies van Ros et al. (2024), maken een plan vanuit de zwakste punten en meten later opnieuw. Een zwakke dimensie waar geen leerdoel aan werkt, scoort de volgende keer hetzelfde. " +
                "Voeg een teamdoel toe dat de dimensie noemt (de snelle oplossing schrijft er een in het team), of een leerdoel in een plan van het team. De hover op de dimensie geeft uitdagingen, ontwikkelsuggesties en goede voorbeelden.",
        },
    },
    'assessment-stale': {
        defaultSeverity: 'info',
        title: { en: 'Assessment out of date', nl: 'Meting verouderd' },
        flags: {
            en: "the latest assessment of a team or the organisation is older than `assessmentStaleMonths` (default 12)",
            nl: "de laatste meting van een team of de organisatie is ouder dan `assessmentStaleMonths` (standaard 12) maanden",
        },
        message: {
            en: ({ subject, team, date, months }) => `The latest assessment of ${has(team) ? 'team' : 'organisation'} ${q(subject)} is from ${str(date)}, more than ${str(months)} months ago: assess again with the people who took part.`,
            nl: ({ subject, team, date, months }) => `De laatste meting van ${has(team) ? 'team' : 'organisatie'} ${q(subject)} is van ${str(date)}, meer dan ${str(months)} maanden geleden: meet opnieuw met wie toen meedeed.`,
        },
        explanation: {
            en: "Flags the latest assessment of a team or of the organisation when it is older than the number of months set as `assessmentStaleMonths` in leerplan.json (12 unless set). " +
                "A baseline only shows progress when it is repeated: the research behind the dimensions advises measuring again regularly, with employees, to see what the plans changed. " +
                "Add a new assessment with today's date beside the old one; keep the old one, since the summary shows the scores over time.",
            nl: "Signaleert de laatste meting van een team of van de organisatie als die ouder is dan het aantal maanden dat `assessmentStaleMonths` in leerplan.json noemt (12 als niets is ingesteld). " +
                "Een nulmeting laat pas vooruitgang zien als ze herhaald wordt: het onderzoek achter de dimensies raadt aan regelmatig opnieuw te meten, samen met medewerkers, om te zien wat de plannen veranderd hebben. " +
                "Voeg een nieuwe meting met de datum van vandaag toe naast de oude; laat de oude staan, want het overzicht toont de scores door de tijd.",
        },
    },
    'assessment-without-employees': {
        defaultSeverity: 'info',
        title: { en: 'Assessment without employees', nl: 'Meting zonder medewerkers' },
        flags: {
            en: "an assessment in which only team leads took part, or that names nobody",
            nl: "een meting waaraan alleen teamleiders meededen, of die niemand noemt",
        },
        message: {
            en: ({ count }) => toCount(count) === 0
                ? `This assessment names nobody who took part: add the employees who scored it ('with <people>').`
                : `Only team leads took part in this assessment: score it together with employees and name them ('with <people>').`,
            nl: ({ count }) => toCount(count) === 0
                ? `Deze meting noemt niemand die meedeed: noem de medewerkers die scoorden ('met <mensen>').`
                : `Aan deze meting deden alleen teamleiders mee: scoor samen met medewerkers en noem hen ('met <mensen>').`,
        },
        explanation: {
            en: "Flags an assessment whose participants are all team leads, or that lists no participants at all. " +
                "The research behind the dimensions describes the baseline measurement as something leaders do together with employees, and repeat with them to see progress; the same study found visions often set by management alone, and a picture drawn by leads alone is not a shared one either. " +
                "Hold the assessment with employees and name them after 'with'.",
            nl: "Signaleert een meting waarvan alle deelnemers teamleiders zijn, of die helemaal geen deelnemers noemt. " +
                "Het onderzoek achter de dimensies beschrijft de nulmeting als iets wat leidinggevenden samen met medewerkers doen, en met hen herhalen om vooruitgang te zien; hetzelfde onderzoek vond visies die vaak door het management alleen waren opgesteld, en een beeld dat alleen teamleiders schetsen is evenmin gedeeld. " +
                "Houd de meting samen met medewerkers en noem hen na 'met'.",
        },
    },
    'private-in-tracked-file': {
        defaultSeverity: 'warning',
        title: { en: 'Private text in a tracked file', nl: 'Privétekst in een bestand onder Git' },
        flags: {
            en: "private text in a file that Git tracks or would commit",
            nl: "privétekst in een bestand dat Git bijhoudt of zou vastleggen",
        },
        message: {
            en: ({ file, kind }) => kind === 'feedback'
                ? `File ${q(file)} holds a private record of feedback and Git tracks it or would commit it: keep it in a 'private <plan> { }' block in a '*.private.pop' file that .gitignore lists, or leave out its text.`
                : `File ${q(file)} holds private text and Git tracks it or would commit it: keep private reflections in a '*.private.pop' file that .gitignore lists (and 'git rm --cached' a file already committed).`,
            nl: ({ file, kind }) => kind === 'feedback'
                ? `Bestand ${q(file)} bevat een privéverslag van feedback en staat onder Git of zou worden vastgelegd: zet het in een blok 'privé <plan> { }' in een '*.private.pop'-bestand dat in .gitignore staat, of laat de tekst ervan weg.`
                : `Bestand ${q(file)} bevat privétekst en staat onder Git of zou worden vastgelegd: bewaar privéreflecties in een '*.private.pop'-bestand dat in .gitignore staat (en haal een al vastgelegd bestand weg met 'git rm --cached').`,
        },
        explanation: {
            en: "Flags private content, such as a reflection or a record of received feedback marked 'private', in a file that Git tracks. " +
                "Marking text private keeps it out of exports and summaries, but a tracked file is pushed to the shared repository, where colleagues, coaches and anyone with access can read it in the history. " +
                "Reflection only works when people can be honest, so private text belongs in a file that never leaves the owner's machine. " +
                "Move the private reflections to a '<plan>.private.pop' file listed in .gitignore; a quick fix does this for you. " +
                "A private record of received feedback can go there too ('feedback received <who> on <date> \"<what you heard>\"' inside 'private <plan> { }'), or leave out its text.",
            nl: "Signaleert privé-inhoud, zoals een reflectie of een verslag van ontvangen feedback gemarkeerd als 'privé', in een bestand dat onder Git staat. " +
                "Een privémarkering houdt tekst buiten exports en overzichten, maar een bestand onder Git wordt naar de gedeelde repository gepusht, waar collega's, coaches en iedereen met toegang het in de geschiedenis kunnen lezen. " +
                "Reflecteren werkt alleen als mensen eerlijk kunnen zijn, dus privétekst hoort in een bestand dat de computer van de eigenaar nooit verlaat. " +
                "Verplaats de privéreflecties naar een bestand '<plan>.private.pop' dat in .gitignore staat; een snelle oplossing doet dat voor je. " +
                "Een privéverslag van ontvangen feedback kan daar ook staan ('feedback ontvangen <wie> op <datum> \"<wat je hoorde>\"' binnen 'privé <plan> { }'), of laat de tekst ervan weg.",
        },
    },
    'public-in-private-file': {
        defaultSeverity: 'error',
        title: { en: 'Shared content in a private file', nl: 'Gedeelde inhoud in een privébestand' },
        flags: {
            en: "anything but private blocks in a '*.private.pop' file",
            nl: "alles behalve privéblokken in een '*.private.pop'-bestand",
        },
        message: {
            en: ({ element }) => `A '*.private.pop' file holds only private blocks ('private <plan> { }'): this ${elementName(element, 'en')} is left out (not checked, linked, summarised or shown anywhere); move it to a shared .pop file.`,
            nl: ({ element }) => `Een '*.private.pop'-bestand bevat alleen privéblokken ('privé <plan> { }'): dit onderdeel (${elementName(element, 'nl')}) wordt genegeerd (niet gecontroleerd, gekoppeld, samengevat of ergens getoond); zet het in een gedeeld .pop-bestand.`,
        },
        explanation: {
            en: "Flags anything other than a private block in a '*.private.pop' file: an organisation, people, a team, a plan or a framework. " +
                "A private file keeps the owner's reflections on their own machine; everything in it is private, so Leerplan never reads anything else from it. " +
                "A person or a goal written there would otherwise look shared while nobody else can see it, and its names and titles could leak into other people's completion, hovers and summaries. " +
                "Move the declaration to a shared .pop file, and keep only 'private <plan> { reflection ... }' blocks in the private file.",
            nl: "Signaleert alles behalve een privéblok in een '*.private.pop'-bestand: een organisatie, personen, een team, een plan of een raamwerk. " +
                "Een privébestand houdt de reflecties van de eigenaar op diens eigen computer; alles daarin is privé, dus Leerplan leest er verder niets uit. " +
                "Een persoon of leerdoel die daar staat, lijkt anders gedeeld terwijl niemand anders hem ziet, en de namen en titels zouden in de aanvulling, uitleg en overzichten van anderen kunnen lekken. " +
                "Zet de declaratie in een gedeeld .pop-bestand en houd in het privébestand alleen blokken 'privé <plan> { reflectie ... }'.",
        },
    },
    'mixed-keyword-language': {
        defaultSeverity: 'hint',
        title: { en: 'Mixed keyword languages', nl: 'Gemengde taal in sleutelwoorden' },
        flags: {
            en: "English and Dutch keywords mixed in one file",
            nl: "Engelse en Nederlandse sleutelwoorden door elkaar in één bestand",
        },
        message: {
            en: ({ count, minority, majority }) => {
                const few = languageName(minority).en;
                const most = languageName(majority).en;
                return toCount(count) === 1
                    ? `This file mixes keyword languages: 1 ${few} keyword in a mostly ${most} file; translate it to ${most}.`
                    : `This file mixes keyword languages: ${str(count)} ${few} keywords in a mostly ${most} file; translate them to ${most}.`;
            },
            nl: ({ count, minority, majority }) => {
                const few = languageName(minority);
                const most = languageName(majority);
                // Dutch adjectives: "1 Engels sleutelwoord", "3 Engelse sleutelwoorden", "een overwegend Nederlands bestand".
                return toCount(count) === 1
                    ? `Dit bestand mengt talen in sleutelwoorden: 1 ${few.nlAdj} sleutelwoord in een overwegend ${most.nlAdj} bestand; vertaal het naar het ${most.nl}.`
                    : `Dit bestand mengt talen in sleutelwoorden: ${str(count)} ${few.nlAdjPlural} sleutelwoorden in een overwegend ${most.nlAdj} bestand; vertaal ze naar het ${most.nl}.`;
            },
        },
        explanation: {
            en: "Points out a file that uses both English and Dutch keywords. " +
                "Both languages are always accepted and the file means exactly the same either way, so this is only a hint about readability: a file in one language is easier to read and to review. " +
                "A quick fix translates the minority keywords into the language most of the file uses; strings, names and comments are left alone. " +
                "Turn the rule off in the configuration if your team mixes languages on purpose.",
            nl: "Wijst op een bestand dat zowel Engelse als Nederlandse sleutelwoorden gebruikt. " +
                "Beide talen worden altijd geaccepteerd en het bestand betekent in beide gevallen precies hetzelfde, dus dit is alleen een tip voor de leesbaarheid: een bestand in één taal leest en reviewt makkelijker. " +
                "Een snelle oplossing vertaalt de sleutelwoorden in de minderheidstaal naar de taal die het grootste deel van het bestand gebruikt; teksten, namen en commentaar blijven ongemoeid. " +
                "Zet de regel uit in de configuratie als je team bewust beide talen door elkaar gebruikt.",
        },
    },
    'unknown-learning-form': {
        defaultSeverity: 'warning',
        title: { en: 'Unknown learning form', nl: 'Onbekende werkvorm' },
        flags: {
            en: "an action whose form is not a known learning form",
            nl: "een actie waarvan de vorm geen bekende leervorm is",
        },
        message: {
            en: ({ suggestion, form }) => has(suggestion)
                ? `Learning form ${q(form)} is unknown: did you mean ${q(suggestion)}?`
                : `Learning form ${q(form)} is unknown: use a known form such as coaching, intervisie, experiment or course.`,
            nl: ({ suggestion, form }) => has(suggestion)
                ? `Werkvorm ${q(form)} is onbekend: bedoel je ${q(suggestion)}?`
                : `Werkvorm ${q(form)} is onbekend: gebruik een bekende werkvorm, zoals coaching, intervisie, experiment of cursus.`,
        },
        explanation: {
            en: "Flags an action whose learning form is not one of the known forms. " +
                "The forms come from the literature on workplace learning (course, e-learning, workshop, coaching, mentoring, buddy, intervisie, case discussion, action learning, pilot, project group, Gideon's band, rotation, 360-degree feedback, self-assessment, after-action review, experiment, reading, conference, practice, job shadowing, retrospective, lesson visit, presentation, peer review), in English and Dutch. " +
                "Knowing the form lets checks tell formal learning from learning in daily work, and lets summaries show how people learn. " +
                "Pick the nearest known form; completion lists them and a quick fix offers the closest match.",
            nl: "Signaleert een actie waarvan de werkvorm niet een van de bekende werkvormen is. " +
                "De werkvormen komen uit de literatuur over leren op de werkplek (cursus, e-learning, workshop, coaching, mentoring, buddy, intervisie, casusbespreking, action learning, pilot, projectgroep, Gideonsbende, stage of rotatie, 360-graden-feedback, zelfevaluatie, after-action review, experiment, lezen, congres, praktijk, meelopen, retrospectief, lesbezoek, presentatie, collegiale toetsing), in het Nederlands en het Engels. " +
                "Doordat de werkvorm bekend is, kunnen controles formeel leren onderscheiden van leren in het dagelijks werk, en laten overzichten zien hoe mensen leren. " +
                "Kies de dichtstbijzijnde bekende werkvorm; de aanvulling toont ze allemaal en een snelle oplossing stelt de best passende voor.",
        },
    },
    'duplicate-property': {
        defaultSeverity: 'error',
        title: { en: 'Duplicate property', nl: 'Dubbele eigenschap' },
        flags: {
            en: "a line that may appear once, written twice",
            nl: "een regel die maar één keer mag voorkomen, twee keer geschreven",
        },
        message: {
            en: ({ property }) => `${q(property)} may appear only once here: remove or merge the duplicate line.`,
            nl: ({ property }) => `${q(property)} mag hier maar één keer voorkomen: verwijder de dubbele regel of voeg de regels samen.`,
        },
        explanation: {
            en: "Flags a line that may appear only once in its block, such as coach, period, why, level, due or status, when it appears twice. " +
                "Lines in a block may come in any order, so a second one easily slips in, and then it is unclear which one holds. " +
                "Keep the line you mean and remove the other; for why, combine both texts into one. Evidence may be repeated: each evidence line is one success criterion.",
            nl: "Signaleert een regel die maar één keer in een blok mag staan, zoals coach, periode, waarom, niveau, uiterlijk of status, wanneer die twee keer voorkomt. " +
                "Regels in een blok mogen in elke volgorde staan, dus een tweede sluipt er makkelijk in, en dan is onduidelijk welke geldt. " +
                "Houd de regel die je bedoelt en verwijder de andere; voeg bij waarom beide teksten samen tot één. Bewijs mag vaker voorkomen: elke regel bewijs is één succescriterium.",
        },
    },
    'parse-error': {
        defaultSeverity: 'error',
        title: { en: 'Syntax error', nl: 'Syntaxfout' },
        flags: {
            en: "text that does not follow the syntax; the file's other checks wait until it parses",
            nl: "tekst die de syntaxis niet volgt; de andere controles van het bestand wachten tot het te lezen is",
        },
        message: {
            en: ({ detail }) => `Syntax error: ${str(detail)}`,
            nl: ({ detail }) => `Syntaxfout: ${str(detail)}`,
        },
        explanation: {
            en: "Reports text that does not follow the syntax of the .pop language. " +
                "Common causes are a missing closing brace, a string without its closing quote, a keyword in the wrong place, or a date not written as YYYY-MM-DD. " +
                "The rest of the file is still checked where possible, but the lines around the error may be misread. " +
                "Look at the position shown and the token the message names; completion shows what may follow at that point. " +
                "A word a letter or two away from a keyword is named with the keyword it most likely is ('feedbak': did you mean 'feedback'?), a keyword where an id belongs is said to be a keyword, and an action written without its learning form gets three common forms to choose from.",
            nl: "Meldt tekst die niet de syntaxis van de .pop-taal volgt. " +
                "Veelvoorkomende oorzaken zijn een ontbrekende sluitaccolade, een tekst zonder afsluitend aanhalingsteken, een sleutelwoord op de verkeerde plek, of een datum die niet als JJJJ-MM-DD geschreven is. " +
                "De rest van het bestand wordt waar mogelijk nog gecontroleerd, maar de regels rond de fout kunnen verkeerd worden gelezen. " +
                "Kijk naar de aangegeven plek en het woord dat de melding noemt; de aanvulling laat zien wat daar mag volgen. " +
                "Een woord dat een letter of twee van een sleutelwoord afwijkt, wordt genoemd met het sleutelwoord dat waarschijnlijk bedoeld is ('feedbak': bedoelde je 'feedback'?), bij een sleutelwoord op de plek van een id staat dat het een sleutelwoord is, en een actie zonder werkvorm krijgt drie gangbare werkvormen om uit te kiezen.",
        },
    },
    'link-error': {
        defaultSeverity: 'error',
        title: { en: 'Unknown reference', nl: 'Onbekende verwijzing' },
        flags: {
            en: "a reference to an unknown person, team, dimension, vision, ambition or goal",
            nl: "een verwijzing naar een onbekende persoon, team, dimensie, visie, ambitie of leerdoel",
        },
        message: {
            en: ({ suggestion, kind, name }) => has(suggestion)
                ? `Unknown ${str(kind)} ${q(name)}: did you mean ${q(suggestion)}?`
                : `Unknown ${str(kind)} ${q(name)}: check the spelling or declare it.`,
            nl: ({ suggestion, kind, name }) => has(suggestion)
                ? `${capitalize(str(kind))} ${q(name)} bestaat niet: bedoel je ${q(suggestion)}?`
                : `${capitalize(str(kind))} ${q(name)} bestaat niet: controleer de spelling of voeg ${q(name)} toe.`,
        },
        explanation: {
            en: "Reports a reference to a person, team, dimension, vision, ambition or goal that is not declared anywhere in the workspace. " +
                "References are by id, and ids are case-sensitive, so 'Mark' and 'mark' are different people. " +
                "Declarations in any .pop file of the workspace count, such as the people and visions in a shared organisation.pop. " +
                "Fix the spelling (the message suggests the nearest id when there is one), or add the missing declaration.",
            nl: "Meldt een verwijzing naar iets wat nergens in de werkruimte gedeclareerd is: een persoon, team, dimensie, visie, ambitie of leerdoel. " +
                "Verwijzingen gaan via het id, en id's zijn hoofdlettergevoelig: 'Mark' en 'mark' zijn verschillende personen. " +
                "Declaraties in elk .pop-bestand van de werkruimte tellen mee, zoals de mensen en visies in een gedeelde organisation.pop. " +
                "Verbeter de spelling (de melding stelt het dichtstbijzijnde id voor als dat er is), of voeg de ontbrekende declaratie toe.",
        },
    },
    'duplicate-id': {
        defaultSeverity: 'error',
        title: { en: 'Duplicate id', nl: 'Dubbel id' },
        flags: {
            en: "two declarations of the same kind with the same id, also across files",
            nl: "twee declaraties van dezelfde soort met hetzelfde id, ook over bestanden heen",
        },
        message: {
            en: ({ other, kind, name }) => has(other)
                ? `${capitalize(str(kind))} ${q(name)} is declared more than once (also at ${str(other)}): give each declaration its own id.`
                : `${capitalize(str(kind))} ${q(name)} is declared more than once: give each declaration its own id.`,
            nl: ({ other, kind, name }) => has(other)
                ? `${capitalize(str(kind))} ${q(name)} is meer dan één keer gedeclareerd (ook in ${str(other)}): geef elke declaratie een eigen id.`
                : `${capitalize(str(kind))} ${q(name)} is meer dan één keer gedeclareerd: geef elke declaratie een eigen id.`,
        },
        explanation: {
            en: "Reports two declarations of the same kind that share an id, in the same file or in different files of the workspace. " +
                "Every top-level declaration is visible from every file, so references to a duplicated id are ambiguous: a plan could end up linked to the wrong person or goal. " +
                "Until it is fixed, a reference links to the declaration in its own file if there is one, else to the one in the file whose path sorts first, the same in the editor and in the CLI. " +
                "The message names where the other declaration is. " +
                "Rename one of them (rename updates all references), or remove it if it is a leftover copy.",
            nl: "Meldt twee declaraties van dezelfde soort met hetzelfde id, in hetzelfde bestand of in verschillende bestanden van de werkruimte. " +
                "Elke declaratie op het hoogste niveau is vanuit elk bestand zichtbaar, dus verwijzingen naar een dubbel id zijn dubbelzinnig: een plan kan zo aan de verkeerde persoon of het verkeerde leerdoel gekoppeld raken. " +
                "Tot dat is opgelost, wijst een verwijzing naar de declaratie in het eigen bestand als die er is, en anders naar die in het bestand waarvan het pad vooraan komt: in de editor en in de CLI hetzelfde. " +
                "De melding noemt waar de andere declaratie staat. " +
                "Geef een van beide een andere naam (hernoemen past alle verwijzingen aan), of verwijder die als het een achtergebleven kopie is.",
        },
    },
};

/** The registry: code -> rule info, frozen. */
export const RULES: Readonly<Record<RuleCode, RuleInfo>> = Object.freeze(
    Object.fromEntries(
        RULE_CODES.map((code) => [code, Object.freeze({ code, ...TABLE[code] })]),
    ) as Record<RuleCode, RuleInfo>,
);

const CODE_SET: ReadonlySet<string> = new Set<string>(RULE_CODES);

/** True when `s` is a known rule code (e.g. a key in the configuration). */
export function isRuleCode(s: string): s is RuleCode {
    return CODE_SET.has(s);
}

/** The diagnostic message for `code` in `lang`, built from the check's arguments. */
/** The severity a rule has when nothing configures it: `off` for an opt-in rule. */
export function unconfiguredSeverity(code: RuleCode): SeveritySetting {
    return RULES[code].optIn ? 'off' : RULES[code].defaultSeverity;
}

export function formatMessage(code: RuleCode, lang: Lang, args: MessageArgs): string {
    return RULES[code].message[lang](args);
}

/** Where the rules page lives; each rule is an anchor on it. */
export const RULE_DOCS_BASE = 'https://github.com/leerplan/leerplan/blob/main/docs/rules.md';

const docUrls = new Map<RuleCode, string>();

/** Link to the docs of one rule, for the diagnostic's `codeDescription`: one string per rule, shared by every diagnostic. */
export function ruleDocUrl(code: RuleCode): string {
    let url = docUrls.get(code);
    if (url === undefined) docUrls.set(code, url = `${RULE_DOCS_BASE}#${code}`);
    return url;
}

const SEVERITY_NAMES: Record<Severity, { en: string; nl: string }> = {
    error: { en: 'error', nl: 'fout' },
    warning: { en: 'warning', nl: 'waarschuwing' },
    info: { en: 'information', nl: 'informatie' },
    hint: { en: 'hint', nl: 'tip' },
};

/**
 * The rules docs page in `lang`: one "## <code>" heading per rule (so the anchor is the
 * code), then its default severity, title and explanation.
 */
export function renderRulesMarkdown(lang: Lang): string {
    const nl = lang === 'nl';
    const lines: string[] = [];
    lines.push(nl ? '# Leerplan: regels' : '# Leerplan rules', '');
    lines.push(
        nl
            ? 'Elke melding van Leerplan heeft een vaste code. Per regel staan hieronder het standaardniveau, ' +
              'een korte titel en een toelichting. Het niveau van elke regel is in te stellen in `leerplan.json` ' +
              '(`error`, `warning`, `info`, `hint` of `off`).'
            : "Every diagnostic Leerplan reports has a stable code. Each rule below lists its default severity, " +
              'a short title and an explanation. Every rule\'s severity can be set in `leerplan.json` ' +
              '(`error`, `warning`, `info`, `hint` or `off`).',
        '',
    );
    for (const code of RULE_CODES) {
        const rule = RULES[code];
        const sev = rule.defaultSeverity;
        lines.push(`## ${code}`, '');
        lines.push(
            rule.optIn
                ? nl
                    ? `- Standaardniveau: \`off\` (staat uit; aan te zetten met een niveau in \`leerplan.json\`, bijvoorbeeld \`${sev}\`)`
                    : `- Default severity: \`off\` (opt-in: turn it on with a severity in \`leerplan.json\`, such as \`${sev}\`)`
                : nl
                    ? `- Standaardniveau: \`${sev}\` (${SEVERITY_NAMES[sev].nl})`
                    : `- Default severity: \`${sev}\` (${SEVERITY_NAMES[sev].en})`,
        );
        lines.push(nl ? `- Titel: ${rule.title.nl}` : `- Title: ${rule.title.en}`, '');
        lines.push(rule.explanation[lang], '');
    }
    return lines.join('\n');
}
