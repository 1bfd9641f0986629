import { DEFAULT_FRAMEWORK_ID, type Lang, type Localized } from './builtin-frameworks.js';

/**
 * Development cards: for each dimension of the default framework (Ros et al. 2024), what
 * tends to make it hard (challenges), what a team or organisation can do about it
 * (development suggestions) and what that looks like when it works (good practices).
 * The researchers behind the dimensions offer such a card per dimension; these are our
 * own words, in English and Dutch, written from the facts of the research the framework
 * library cites (the practice study with leaders by Bronsgeest, Heldens and Ros; Kessels
 * on learning in the work; the learning forms of the field) and nothing else: no figure
 * or source that those facts do not give. Shown in hovers on dimensions and assessment
 * scores, and in the summary beside a dimension that scored lowest without a goal.
 */
export interface DevelopmentCard {
    challenges: Localized[];
    suggestions: Localized[];
    practices: Localized[];
}

const CARDS: Record<string, DevelopmentCard> = {
    GedragenVisie: {
        challenges: [
            {
                en: 'Most organisations have a vision, but learning itself is rarely part of it, so it gives little direction to what people learn.',
                nl: 'De meeste organisaties hebben een visie, maar leren zelf staat er zelden in, zodat ze weinig richting geeft aan wat mensen leren.',
            },
            {
                en: 'The vision is often set by management alone, or through representatives, and then staff do not recognise it as theirs.',
                nl: 'De visie wordt vaak door het management alleen opgesteld, of via vertegenwoordigers, en dan herkennen medewerkers haar niet als de hunne.',
            },
        ],
        suggestions: [
            {
                en: 'Write an explicit vision on learning and develop it together with employees (`about learning`, `developed-with employees`).',
                nl: 'Schrijf een expliciete visie op leren en ontwikkel die samen met medewerkers (`over leren`, `ontwikkeld-met medewerkers`).',
            },
            {
                en: 'Let every team goal name the vision or ambition it serves, and talk in the team about what the vision asks of each person.',
                nl: 'Laat elk teamdoel de visie of ambitie noemen die het dient, en bespreek in het team wat de visie van ieder vraagt.',
            },
        ],
        practices: [
            {
                en: 'A team translates the vision into two or three things they will see in their own work this year, and checks them at the next assessment.',
                nl: 'Een team vertaalt de visie in twee of drie dingen die ze dit jaar in hun eigen werk zullen zien, en toetst die bij de volgende meting.',
            },
        ],
    },
    LerenVanLeidersEnMedewerkers: {
        challenges: [
            {
                en: 'Learning is organised as courses away from the work, while only a small part of classroom training ever reaches the workplace (estimates of 15 to 20%, Broad & Newstrom 1992; Latham & Crandall 1991).',
                nl: 'Leren wordt georganiseerd als cursussen buiten het werk, terwijl maar een klein deel van klassikale training ooit de werkvloer bereikt (schattingen van 15 tot 20%, Broad & Newstrom 1992; Latham & Crandall 1991).',
            },
            {
                en: 'Leaders expect their staff to develop but leave their own learning out of sight.',
                nl: 'Leidinggevenden verwachten dat medewerkers zich ontwikkelen, maar houden hun eigen leren buiten beeld.',
            },
        ],
        suggestions: [
            {
                en: 'Choose learning forms in the daily work: coaching, a buddy, job rotation, an experiment on the job, deliberate practice.',
                nl: 'Kies werkvormen in het dagelijkse werk: coaching, een buddy, job rotation, een experiment in het werk, gericht oefenen in de praktijk.',
            },
            {
                en: 'Give leaders a plan of their own, with goals they share with their team.',
                nl: 'Geef leidinggevenden een eigen plan, met leerdoelen die ze met hun team delen.',
            },
        ],
        practices: [
            {
                en: 'Every course in a plan comes with an action in the work afterwards, so what was learned is tried out and talked about.',
                nl: 'Bij elke cursus in een plan hoort daarna een actie in het werk, zodat het geleerde wordt uitgeprobeerd en besproken.',
            },
        ],
    },
    TeamlerenEnSamenwerking: {
        challenges: [
            {
                en: 'Colleagues work side by side without seeing each other work, so expertise stays with the person who has it.',
                nl: 'Collega\'s werken naast elkaar zonder elkaar aan het werk te zien, zodat deskundigheid blijft bij wie haar heeft.',
            },
        ],
        suggestions: [
            {
                en: 'Plan regular peer consultation (intervisie), case discussions, lesson visits or retrospectives as team routines.',
                nl: 'Plan geregeld intervisie, casusbesprekingen, lesbezoeken of retrospectives als routines van het team.',
            },
            {
                en: 'Make a team goal that members\' own goals contribute to (`contributes`).',
                nl: 'Maak een teamdoel waaraan de leerdoelen van de leden bijdragen (`draagt-bij-aan`).',
            },
        ],
        practices: [
            {
                en: 'Colleagues visit each other\'s work in pairs and talk afterwards about one thing each of them will change.',
                nl: 'Collega\'s bezoeken in tweetallen elkaars werk en bespreken daarna één ding dat ieder gaat veranderen.',
            },
        ],
    },
    Feedbackprocessen: {
        challenges: [
            {
                en: 'Feedback is mostly about mistakes, and leaders speak mostly of giving it rather than asking for it.',
                nl: 'Feedback gaat vooral over fouten, en leidinggevenden spreken vooral over geven en minder over vragen.',
            },
            {
                en: 'Feedback nobody asked for can undermine a safe learning climate; together with a shared vision this is one of the two dimensions leaders found most important and hardest (the practice study by Bronsgeest, Heldens and Ros).',
                nl: 'Feedback waar niemand om vroeg kan een veilig leerklimaat ondermijnen; samen met een gedragen visie is dit een van de twee dimensies die leidinggevenden het belangrijkst en het lastigst vonden (het praktijkonderzoek van Bronsgeest, Heldens en Ros).',
            },
        ],
        suggestions: [
            {
                en: 'Ask for feedback, with a question and a moment (`feedback ask PERSON "question" every quarter`), and record what came back.',
                nl: 'Vraag om feedback, met een vraag en een moment (`feedback vraag PERSOON "vraag" elk kwartaal`), en leg vast wat er terugkwam.',
            },
            {
                en: 'Leaders ask their own team for feedback: they show that asking is normal.',
                nl: 'Leidinggevenden vragen hun eigen team om feedback: zo laten ze zien dat vragen normaal is.',
            },
        ],
        practices: [
            {
                en: 'A lead asks the team each quarter what they could do differently, and tells them at the next meeting what changed.',
                nl: 'Een leidinggevende vraagt het team elk kwartaal wat die anders kan doen, en vertelt bij het volgende overleg wat er veranderd is.',
            },
            {
                en: 'A team closes each project or incident with a short after-action review.',
                nl: 'Een team sluit elk project of incident af met een korte after-action review.',
            },
        ],
    },
    SamenwerkingMetPartners: {
        challenges: [
            {
                en: 'Learning stays inside the organisation, so insights from partners, experts and the people it serves do not come in.',
                nl: 'Leren blijft binnen de organisatie, zodat inzichten van partners, experts en de mensen voor wie ze werkt niet binnenkomen.',
            },
        ],
        suggestions: [
            {
                en: 'Plan learning with others outside: job shadowing or an internship elsewhere, a conference, a shared project.',
                nl: 'Plan leren met anderen buiten de deur: meelopen of een stage elders, een congres, een gezamenlijk project.',
            },
            {
                en: 'Ask people outside the organisation for feedback (`feedback ask external "who"`).',
                nl: 'Vraag mensen buiten de organisatie om feedback (`feedback vraag extern "wie"`).',
            },
        ],
        practices: [
            {
                en: 'Two organisations exchange staff for a day and each brings back one idea to try.',
                nl: 'Twee organisaties wisselen een dag medewerkers uit en ieder neemt één idee mee om uit te proberen.',
            },
        ],
    },
    Onderzoekscultuur: {
        challenges: [
            {
                en: 'Improvements are chosen on gut feeling, and nobody looks afterwards at whether they worked.',
                nl: 'Verbeteringen worden op gevoel gekozen, en niemand kijkt achteraf of ze werkten.',
            },
        ],
        suggestions: [
            {
                en: 'Treat a change as a pilot that tests a hypothesis: say beforehand what you expect to see, and look at the data afterwards.',
                nl: 'Behandel een verandering als een pilot die een hypothese toetst: zeg vooraf wat je verwacht te zien, en kijk daarna naar de gegevens.',
            },
            {
                en: 'Write evidence that others can observe for each goal, so you can tell whether it worked.',
                nl: 'Schrijf bij elk leerdoel bewijs dat anderen kunnen waarnemen, zodat te zien is of het werkte.',
            },
        ],
        practices: [
            {
                en: 'A team tries one change per term, measures its effect and decides together whether to keep it.',
                nl: 'Een team probeert per periode één verandering, meet het effect en besluit samen of die blijft.',
            },
        ],
    },
    GespreidLeiderschap: {
        challenges: [
            {
                en: 'Leadership lies with a few people, so employees get little chance to take the lead and grow into it.',
                nl: 'Leiderschap ligt bij een paar mensen, zodat medewerkers weinig kans krijgen het voortouw te nemen en erin te groeien.',
            },
        ],
        suggestions: [
            {
                en: 'Let employees lead a project group, a pilot or a team routine, with a coach to reflect with.',
                nl: 'Laat medewerkers een projectgroep, een pilot of een teamroutine leiden, met een coach om mee te reflecteren.',
            },
            {
                en: 'Give a small self-chosen group room to redesign a way of working without asking permission first (a Gideon\'s band).',
                nl: 'Geef een kleine, zelfgekozen groep ruimte om een werkwijze te herontwerpen zonder eerst toestemming te vragen (een Gideonsbende).',
            },
        ],
        practices: [
            {
                en: 'Team routines are chaired in turn, and whoever chairs asks the team for feedback afterwards.',
                nl: 'Teamroutines worden om de beurt voorgezeten, en wie voorzit vraagt het team daarna om feedback.',
            },
        ],
    },
    StructuurEnBeleid: {
        challenges: [
            {
                en: 'Learning has to fit around the work: rosters, budgets and procedures leave no time or room for it.',
                nl: 'Leren moet om het werk heen passen: roosters, budgetten en procedures laten er geen tijd of ruimte voor.',
            },
        ],
        suggestions: [
            {
                en: 'Plan the hours learning takes (`hours N` on actions) and make room for them in the roster.',
                nl: 'Plan de uren die leren kost (`uren N` bij acties) en maak er ruimte voor in het rooster.',
            },
            {
                en: 'Repeat the assessment with employees and let its outcome steer policy and the next year\'s plans.',
                nl: 'Herhaal de meting met medewerkers en laat de uitkomst beleid en de plannen van volgend jaar sturen.',
            },
        ],
        practices: [
            {
                en: 'Review conversations are in the year planning, and every plan has a coach and a review moment.',
                nl: 'POP-gesprekken staan in de jaarplanning, en elk plan heeft een coach en een gespreksmoment.',
            },
        ],
    },
};

/** The development card of a dimension of the default framework; undefined for every other dimension. */
export function developmentCard(frameworkId: string, dimensionId: string): DevelopmentCard | undefined {
    return frameworkId === DEFAULT_FRAMEWORK_ID && Object.hasOwn(CARDS, dimensionId) ? CARDS[dimensionId] : undefined;
}

/** The ids of the dimensions that have a card. */
export function dimensionsWithCards(): string[] {
    return Object.keys(CARDS);
}

const HEADINGS: Record<Lang, { challenges: string; suggestions: string; practices: string }> = {
    en: { challenges: 'Challenges', suggestions: 'Development suggestions', practices: 'Good practices' },
    nl: { challenges: 'Uitdagingen', suggestions: 'Ontwikkelsuggesties', practices: 'Goede voorbeelden' },
};

/** The headings of a card's three parts in `lang`. */
export function cardHeadings(lang: Lang): { challenges: string; suggestions: string; practices: string } {
    return HEADINGS[lang];
}

/** A card as Markdown for a hover: three short lists under bold headings. */
export function developmentCardMarkdown(card: DevelopmentCard, lang: Lang): string {
    const headings = HEADINGS[lang];
    const part = (title: string, items: Localized[]) => `**${title}**\n\n${items.map(item => `- ${item[lang]}`).join('\n')}`;
    return [part(headings.challenges, card.challenges), part(headings.suggestions, card.suggestions), part(headings.practices, card.practices)].join('\n\n');
}
