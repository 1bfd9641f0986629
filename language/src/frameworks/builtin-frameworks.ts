/**
 * Built-in dimension frameworks and learning forms (werkvormen) for Leerplan.
 *
 * The frameworks are a read-only library: every goal in a plan links to one or
 * more of their dimensions. Names and sources are facts from the literature; all
 * descriptions are our own paraphrases, in English and Dutch, shown in hovers.
 *
 * Checks rely on dimension *roles*, not on names, so that they also work with a
 * user's own framework.
 */

export type Lang = 'en' | 'nl';

export type Localized = { en: string; nl: string };

export type DimensionRole = 'vision' | 'feedback' | 'team' | 'leadership' | 'workplace' | 'external';

export const DIMENSION_ROLES: readonly DimensionRole[] = Object.freeze([
    'vision',
    'feedback',
    'team',
    'leadership',
    'workplace',
    'external'
] as const);

export const ROLE_NAMES: Record<DimensionRole, Localized> = {
    vision: { en: 'shared vision', nl: 'gedeelde visie' },
    feedback: { en: 'feedback and reflection', nl: 'feedback en reflectie' },
    team: { en: 'team learning', nl: 'teamleren' },
    leadership: { en: 'learning leadership', nl: 'lerend leiderschap' },
    workplace: { en: 'learning at work', nl: 'leren in het werk' },
    external: { en: 'learning with partners', nl: 'leren met partners' }
};

export interface BuiltinDimension {
    id: string;
    name: Localized;
    description: Localized;
    roles: DimensionRole[];
}

export interface BuiltinFramework {
    id: string;
    title: Localized;
    source: string;
    description: Localized;
    dimensions: BuiltinDimension[];
}

export const DEFAULT_FRAMEWORK_ID = 'ros2024';

// ---------------------------------------------------------------------------
// 1. Ros et al. (2024): eight dimensions of a learning organisation (default)
// ---------------------------------------------------------------------------

const ROS2024: BuiltinFramework = {
    id: 'ros2024',
    title: {
        en: 'Eight dimensions of a learning organisation',
        nl: 'Acht dimensies van een lerende organisatie'
    },
    source: 'Ros et al. (2024), after Marsick & Watkins (2003) and Kools (2020)',
    description: {
        en: 'Eight dimensions that together describe how far an organisation supports learning; they also serve as a baseline measurement that is repeated with employees to track progress.',
        nl: 'Acht dimensies die samen laten zien in hoeverre een organisatie leren ondersteunt; ze dienen ook als nulmeting die je met medewerkers herhaalt om de voortgang te volgen.'
    },
    dimensions: [
        {
            id: 'GedragenVisie',
            name: { en: 'Shared vision and ambition', nl: 'Gedragen visie en ambitie' },
            description: {
                en: 'Staff help shape a vision and ambition on goals and quality, which then guide what they do and what they learn; the practice study with leaders by Bronsgeest, Heldens and Ros found this one of the two most important and hardest dimensions.',
                nl: 'Medewerkers bouwen mee aan een visie en ambitie op doelen en kwaliteit, die vervolgens richting geven aan hun werk en hun leren; volgens het praktijkonderzoek met leidinggevenden van Bronsgeest, Heldens en Ros is dit een van de twee belangrijkste én lastigste dimensies.'
            },
            roles: ['vision']
        },
        {
            id: 'LerenVanLeidersEnMedewerkers',
            name: { en: 'Learning of leaders and employees', nl: 'Leren van leiders en medewerkers' },
            description: {
                en: 'Leaders and employees get room to learn in their daily work, so they keep developing professionally as their situation changes.',
                nl: 'Leidinggevenden en medewerkers krijgen ruimte om in hun dagelijkse werk te leren, zodat ze zich blijven ontwikkelen wanneer hun omgeving verandert.'
            },
            roles: ['workplace', 'leadership']
        },
        {
            id: 'TeamlerenEnSamenwerking',
            name: { en: 'Team learning and collaboration', nl: 'Teamleren en samenwerking' },
            description: {
                en: 'Colleagues learn from one another and draw on each other\'s expertise.',
                nl: 'Collega\'s leren van elkaar en benutten elkaars deskundigheid.'
            },
            roles: ['team']
        },
        {
            id: 'Feedbackprocessen',
            name: { en: 'Feedback processes', nl: 'Feedbackprocessen' },
            description: {
                en: 'Feedback, both between people and at the level of the organisation, is used to learn and improve quality; the practice study with leaders by Bronsgeest, Heldens and Ros found this one of the two most important and hardest dimensions.',
                nl: 'Feedback tussen mensen en op organisatieniveau wordt ingezet om te leren en de kwaliteit te verbeteren; volgens het praktijkonderzoek met leidinggevenden van Bronsgeest, Heldens en Ros is dit een van de twee belangrijkste én lastigste dimensies.'
            },
            roles: ['feedback']
        },
        {
            id: 'SamenwerkingMetPartners',
            name: { en: 'Collaboration with partners', nl: 'Samenwerking met partners' },
            description: {
                en: 'The organisation works with other organisations, experts and stakeholders to gain useful insights.',
                nl: 'De organisatie werkt samen met andere organisaties, experts en belanghebbenden om waardevolle inzichten op te doen.'
            },
            roles: ['external']
        },
        {
            id: 'Onderzoekscultuur',
            name: { en: 'Inquiry culture', nl: 'Onderzoekscultuur' },
            description: {
                en: 'An evidence-informed quality culture: people look for ways to improve in a systematic way, informed by data and research.',
                nl: 'Men zoekt systematisch en onderbouwd met data en onderzoek naar manieren om te verbeteren.'
            },
            roles: []
        },
        {
            id: 'GespreidLeiderschap',
            name: { en: 'Distributed leadership', nl: 'Gespreid leiderschap' },
            description: {
                en: 'Employees get opportunities to grow into leadership roles.',
                nl: 'Medewerkers krijgen kansen om door te groeien in leiderschapsrollen.'
            },
            roles: ['leadership']
        },
        {
            id: 'StructuurEnBeleid',
            name: { en: 'Organisational structure and policy', nl: 'Organisatiestructuur en beleid' },
            description: {
                en: 'The way the organisation is structured and its policies make learning possible.',
                nl: 'De inrichting en het beleid van de organisatie maken leren mogelijk.'
            },
            roles: []
        }
    ]
};

// ---------------------------------------------------------------------------
// 2. Senge (1990): The Fifth Discipline
// ---------------------------------------------------------------------------

const SENGE: BuiltinFramework = {
    id: 'senge',
    title: { en: 'The five disciplines', nl: 'De vijf disciplines' },
    source: 'Senge (1990), The Fifth Discipline',
    description: {
        en: 'Five disciplines that a learning organisation practises, with systems thinking as the one that ties the others together.',
        nl: 'Vijf disciplines die een lerende organisatie beoefent, waarbij systeemdenken de andere vier met elkaar verbindt.'
    },
    dimensions: [
        {
            id: 'PersonalMastery',
            name: { en: 'Personal mastery', nl: 'Persoonlijk meesterschap' },
            description: {
                en: 'Individuals keep deepening their own skills and clarifying what they personally want to achieve.',
                nl: 'Mensen blijven hun eigen vakmanschap verdiepen en scherp krijgen wat zij persoonlijk willen bereiken.'
            },
            roles: []
        },
        {
            id: 'MentalModels',
            name: { en: 'Mental models', nl: 'Mentale modellen' },
            description: {
                en: 'People surface and question the assumptions and images that shape how they see the world and act.',
                nl: 'Mensen maken de aannames en beelden die hun kijk en handelen bepalen zichtbaar en stellen ze ter discussie.'
            },
            roles: []
        },
        {
            id: 'SharedVision',
            name: { en: 'Shared vision', nl: 'Gemeenschappelijke visie' },
            description: {
                en: 'People build a common picture of the future that they are genuinely committed to.',
                nl: 'Mensen vormen samen een toekomstbeeld waar zij zich echt aan verbinden.'
            },
            roles: ['vision']
        },
        {
            id: 'TeamLearning',
            name: { en: 'Team learning', nl: 'Teamleren' },
            description: {
                en: 'Team members think and learn together through dialogue, so the team achieves more than its members would alone.',
                nl: 'Teamleden denken en leren samen via dialoog, zodat het team meer bereikt dan de leden afzonderlijk.'
            },
            roles: ['team']
        },
        {
            id: 'SystemsThinking',
            name: { en: 'Systems thinking', nl: 'Systeemdenken' },
            description: {
                en: 'The fifth discipline, integrating the other four: seeing relationships rather than linear cause and effect, and processes of change rather than snapshots.',
                nl: 'De vijfde discipline, die de andere vier samenbrengt: kijken naar samenhang in plaats van lineaire oorzaak en gevolg, en naar veranderprocessen in plaats van momentopnamen.'
            },
            roles: []
        }
    ]
};

// ---------------------------------------------------------------------------
// 3. Kessels (1996, 2001): the corporate curriculum, seven learning functions
// ---------------------------------------------------------------------------

const KESSELS: BuiltinFramework = {
    id: 'kessels',
    title: { en: 'The corporate curriculum', nl: 'Het corporate curriculum' },
    source: 'Kessels (1996, 2001), the corporate curriculum',
    description: {
        en: 'Seven learning functions that a work environment should support so that people learn in and around their daily work, since classroom training on its own transfers poorly to the workplace.',
        nl: 'Zeven leerfuncties die een werkomgeving moet ondersteunen zodat mensen in en rond hun dagelijkse werk leren, omdat klassikale training op zichzelf slecht doorwerkt in de praktijk.'
    },
    dimensions: [
        {
            id: 'SubjectMatterExpertise',
            name: { en: 'Subject-matter expertise', nl: 'Vakinhoudelijke kennis' },
            description: {
                en: 'Building expert knowledge that relates to the core competences of the organisation.',
                nl: 'Het opbouwen van vakkennis die aansluit bij de kerncompetenties van de organisatie.'
            },
            roles: []
        },
        {
            id: 'ProblemSolving',
            name: { en: 'Problem solving', nl: 'Probleemoplossend vermogen' },
            description: {
                en: 'Learning to tackle difficult problems by putting that expertise to work.',
                nl: 'Leren om met die vakkennis lastige problemen aan te pakken.'
            },
            roles: ['workplace']
        },
        {
            id: 'Reflection',
            name: { en: 'Reflective skills', nl: 'Reflectieve vaardigheden' },
            description: {
                en: 'Reflective and metacognitive skills: knowing how to find new knowledge and put it to use.',
                nl: 'Reflectieve en metacognitieve vaardigheden: weten hoe je nieuwe kennis vindt en toepast.'
            },
            roles: ['feedback']
        },
        {
            id: 'CommunicativeSkills',
            name: { en: 'Communicative and social skills', nl: 'Communicatieve en sociale vaardigheden' },
            description: {
                en: 'Communicative and social skills that open up other people\'s knowledge networks and improve the learning climate.',
                nl: 'Communicatieve en sociale vaardigheden die toegang geven tot de kennisnetwerken van anderen en het leerklimaat verbeteren.'
            },
            roles: ['team']
        },
        {
            id: 'Motivation',
            name: { en: 'Motivation and emotions', nl: 'Motivatie en emoties' },
            description: {
                en: 'Managing motivation, emotions, drive and passion in relation to learning and work.',
                nl: 'Het sturen van motivatie, emoties, drijfveren en passie rond leren en werken.'
            },
            roles: []
        },
        {
            id: 'CalmAndStability',
            name: { en: 'Calm and stability', nl: 'Rust en stabiliteit' },
            description: {
                en: 'Creating calm and stability that leave room for deepening, cohesion and reflection.',
                nl: 'Zorgen voor rust en stabiliteit, zodat er ruimte is voor verdieping, samenhang en reflectie.'
            },
            roles: []
        },
        {
            id: 'CreativeTurmoil',
            name: { en: 'Creative turmoil', nl: 'Creatieve onrust' },
            description: {
                en: 'Stirring up creative unrest that leads to exploration and radical innovation.',
                nl: 'Het aanwakkeren van creatieve onrust die aanzet tot verkenning en radicale vernieuwing.'
            },
            roles: []
        }
    ]
};

// ---------------------------------------------------------------------------
// 4. LACU: eight building blocks of a learning organisation
// ---------------------------------------------------------------------------

const LACU: BuiltinFramework = {
    id: 'lacu',
    title: {
        en: 'Eight building blocks of a learning organisation',
        nl: 'Acht bouwstenen van een lerende organisatie'
    },
    source: 'LACU, after Dweck (2006), Edmondson (2018) and Argyris & Schön (1978)',
    description: {
        en: 'Eight building blocks that together make an organisation one that keeps learning and renewing itself.',
        nl: 'Acht bouwstenen die samen een organisatie maken die blijft leren en zichzelf vernieuwt.'
    },
    dimensions: [
        {
            id: 'SharedVision',
            name: { en: 'Shared vision', nl: 'Gedeelde visie' },
            description: {
                en: 'A common direction that gives people a reason to learn and guides what they learn.',
                nl: 'Een gezamenlijke richting die mensen een reden geeft om te leren en bepaalt wat ze leren.'
            },
            roles: ['vision']
        },
        {
            id: 'GrowthMindset',
            name: { en: 'Growth mindset', nl: 'Groeimindset' },
            description: {
                en: 'The belief that abilities can be developed through effort and practice (after Dweck, 2006).',
                nl: 'De overtuiging dat je vaardigheden kunt ontwikkelen door inzet en oefening (naar Dweck, 2006).'
            },
            roles: []
        },
        {
            id: 'ExternalFocus',
            name: { en: 'External focus', nl: 'Externe focus' },
            description: {
                en: 'Looking outward to learn from customers, partners and developments in the environment.',
                nl: 'Naar buiten kijken om te leren van klanten, partners en ontwikkelingen in de omgeving.'
            },
            roles: ['external']
        },
        {
            id: 'SafeLearningClimate',
            name: { en: 'Safe learning climate', nl: 'Veilig leerklimaat' },
            description: {
                en: 'Psychological safety, so people dare to ask questions, admit mistakes and try things out (after Edmondson, 2018).',
                nl: 'Psychologische veiligheid, zodat mensen durven vragen te stellen, fouten toe te geven en dingen uit te proberen (naar Edmondson, 2018).'
            },
            roles: []
        },
        {
            id: 'TeamLearning',
            name: { en: 'Team learning', nl: 'Teamleren' },
            description: {
                en: 'Teams learn collectively by sharing knowledge and experience.',
                nl: 'Teams leren gezamenlijk door kennis en ervaringen te delen.'
            },
            roles: ['team']
        },
        {
            id: 'CoachingLeadership',
            name: { en: 'Development-oriented/coaching leadership', nl: 'Ontwikkelgericht/coachend leiderschap' },
            description: {
                en: 'Leaders focus on development and coach their people rather than only directing them.',
                nl: 'Leidinggevenden richten zich op ontwikkeling en coachen hun mensen in plaats van alleen te sturen.'
            },
            roles: ['leadership']
        },
        {
            id: 'Innovation',
            name: { en: 'Stimulating innovation', nl: 'Innovatie stimuleren' },
            description: {
                en: 'Encouraging new ideas and giving them room to be developed.',
                nl: 'Nieuwe ideeën aanmoedigen en ruimte geven om ze uit te werken.'
            },
            roles: []
        },
        {
            id: 'ActiveExperimenting',
            name: { en: 'Active experimenting', nl: 'Actief experimenteren' },
            description: {
                en: 'Trying things out and questioning underlying assumptions as well as actions, in the sense of double-loop learning (Argyris & Schön, 1978).',
                nl: 'Dingen uitproberen en daarbij niet alleen het handelen maar ook de onderliggende aannames bevragen, in de zin van double-loop leren (Argyris & Schön, 1978).'
            },
            roles: ['workplace']
        }
    ]
};

// ---------------------------------------------------------------------------
// 5. Marsick & Watkins: DLOQ, seven dimensions
// ---------------------------------------------------------------------------

const DLOQ: BuiltinFramework = {
    id: 'dloq',
    title: {
        en: 'Dimensions of the Learning Organization Questionnaire (DLOQ)',
        nl: 'Dimensies van de lerende organisatie (DLOQ)'
    },
    source: 'Marsick & Watkins, Dimensions of the Learning Organization Questionnaire (DLOQ)',
    description: {
        en: 'Seven dimensions, at the level of individuals, teams and the organisation, that describe a learning organisation and underlie a widely used questionnaire.',
        nl: 'Zeven dimensies op het niveau van individu, team en organisatie die een lerende organisatie beschrijven en de basis vormen van een veelgebruikte vragenlijst.'
    },
    dimensions: [
        {
            id: 'ContinuousLearning',
            name: { en: 'Continuous learning', nl: 'Continu leren' },
            description: {
                en: 'Work is organised so that there are ongoing opportunities to learn on the job.',
                nl: 'Het werk is zo ingericht dat er doorlopend kansen zijn om tijdens het werk te leren.'
            },
            roles: ['workplace']
        },
        {
            id: 'InquiryAndDialogue',
            name: { en: 'Inquiry and dialogue', nl: 'Onderzoek en dialoog' },
            description: {
                en: 'People ask questions, give and seek feedback, and explore each other\'s views openly.',
                nl: 'Mensen stellen vragen, geven en vragen feedback en verkennen open elkaars standpunten.'
            },
            roles: ['feedback']
        },
        {
            id: 'TeamLearning',
            name: { en: 'Team learning and collaboration', nl: 'Teamleren en samenwerking' },
            description: {
                en: 'Teams work and learn together and are rewarded for doing so.',
                nl: 'Teams werken en leren samen en worden daarin ook gewaardeerd.'
            },
            roles: ['team']
        },
        {
            id: 'EmbeddedSystems',
            name: { en: 'Systems to capture and share learning', nl: 'Systemen om kennis vast te leggen en te delen' },
            description: {
                en: 'Systems are in place to record what has been learned and to make it available to others.',
                nl: 'Er zijn systemen om geleerde lessen vast te leggen en voor anderen beschikbaar te maken.'
            },
            roles: []
        },
        {
            id: 'EmpoweredPeople',
            name: { en: 'Empowering people toward a collective vision', nl: 'Mensen in staat stellen tot een gezamenlijke visie' },
            description: {
                en: 'People are involved in shaping a joint vision and given the responsibility to work towards it.',
                nl: 'Mensen worden betrokken bij het vormgeven van een gezamenlijke visie en krijgen de verantwoordelijkheid om daaraan te werken.'
            },
            roles: ['vision']
        },
        {
            id: 'ConnectedOrganisation',
            name: { en: 'Connecting the organisation to its environment', nl: 'Verbinding met de omgeving' },
            description: {
                en: 'The organisation links itself to its surroundings and the wider community and learns from them.',
                nl: 'De organisatie verbindt zich met haar omgeving en de bredere samenleving en leert daarvan.'
            },
            roles: ['external']
        },
        {
            id: 'StrategicLeadership',
            name: { en: 'Strategic leadership for learning', nl: 'Strategisch leiderschap voor leren' },
            description: {
                en: 'Leaders set an example in learning and use learning deliberately to reach the organisation\'s goals.',
                nl: 'Leidinggevenden geven het goede voorbeeld in leren en zetten leren bewust in om de doelen van de organisatie te halen.'
            },
            roles: ['leadership']
        }
    ]
};

export const BUILTIN_FRAMEWORKS: readonly BuiltinFramework[] = Object.freeze([ROS2024, SENGE, KESSELS, LACU, DLOQ]);

// ---------------------------------------------------------------------------
// Learning forms (werkvormen)
// ---------------------------------------------------------------------------

export interface LearningForm {
    /** The English spelling; stable identifier. */
    id: string;
    /** Spelling in English keywords. */
    en: string;
    /** Spelling in Dutch keywords. */
    nl: string;
    /** Further accepted spellings. */
    aliases: string[];
    name: Localized;
    /** True for classroom-style forms (course, e-learning, workshop). */
    formal: boolean;
    /**
     * True for forms whose very point is to gather feedback (360-degree feedback, an
     * after-action review, a retrospective, and the feedback of colleagues on your own work:
     * intervisie and peer review): such an action counts as feedback asked, at the action's
     * moment (language-v2.md, section 4). A lesson visit does not: it may be you who watches.
     */
    gathersFeedback?: boolean;
    /**
     * True for forms that are also a skill a goal may be about (coaching: learning to coach;
     * presentation: presenting): a goal titled with such a name is not `goal-named-after-form`.
     */
    alsoASkill?: boolean;
    description: Localized;
}

const TRANSFER_NOTE_EN = 'without practice at work, classroom learning transfers poorly to the workplace (Kessels cites estimates of only 15 to 20%).';
const TRANSFER_NOTE_NL = 'zonder oefening in het werk komt klassikaal leren slecht in de praktijk terecht (Kessels noemt schattingen van slechts 15 tot 20%).';

export const LEARNING_FORMS: readonly LearningForm[] = Object.freeze([
    {
        id: 'course', en: 'course', nl: 'cursus', aliases: [],
        name: { en: 'Course or training', nl: 'Cursus of training' },
        formal: true,
        description: {
            en: `A formal course or training away from daily work; ${TRANSFER_NOTE_EN}`,
            nl: `Een formele cursus of training buiten het dagelijkse werk; ${TRANSFER_NOTE_NL}`
        }
    },
    {
        id: 'e-learning', en: 'e-learning', nl: 'e-learning', aliases: [],
        name: { en: 'E-learning', nl: 'E-learning' },
        formal: true,
        description: {
            en: `Self-paced online learning material; ${TRANSFER_NOTE_EN}`,
            nl: `Online leermateriaal dat je in eigen tempo doorloopt; ${TRANSFER_NOTE_NL}`
        }
    },
    {
        id: 'workshop', en: 'workshop', nl: 'workshop', aliases: [],
        name: { en: 'Workshop', nl: 'Workshop' },
        formal: true,
        description: {
            en: `A short, hands-on group session led by a facilitator; ${TRANSFER_NOTE_EN}`,
            nl: `Een korte, praktische groepsbijeenkomst onder leiding van een begeleider; ${TRANSFER_NOTE_NL}`
        }
    },
    {
        id: 'coaching', en: 'coaching', nl: 'coaching', aliases: [],
        name: { en: 'Coaching', nl: 'Coaching' },
        formal: false,
        alsoASkill: true,
        description: {
            en: 'Regular conversations in which a coach helps someone reflect on their work and find their own next steps.',
            nl: 'Regelmatige gesprekken waarin een coach iemand helpt te reflecteren op het werk en zelf de volgende stappen te bepalen.'
        }
    },
    {
        id: 'mentoring', en: 'mentoring', nl: 'mentoring', aliases: [],
        name: { en: 'Mentoring', nl: 'Mentoring' },
        formal: false,
        alsoASkill: true,
        description: {
            en: 'An experienced colleague shares knowledge and experience and guides someone over a longer period.',
            nl: 'Een ervaren collega deelt kennis en ervaring en begeleidt iemand gedurende langere tijd.'
        }
    },
    {
        id: 'buddy', en: 'buddy', nl: 'buddy', aliases: [],
        name: { en: 'Buddy', nl: 'Buddy' },
        formal: false,
        alsoASkill: true,
        description: {
            en: 'A colleague at the same level who is the first point of contact for questions in daily work.',
            nl: 'Een collega van gelijk niveau die in het dagelijkse werk het eerste aanspreekpunt is voor vragen.'
        }
    },
    {
        id: 'peer-consultation', en: 'peer-consultation', nl: 'intervisie', aliases: [],
        name: { en: 'Peer consultation', nl: 'Intervisie' },
        formal: false,
        gathersFeedback: true,
        description: {
            en: 'A small group of peers takes turns bringing in a work situation and helps each other reflect on it with questions, following a set method.',
            nl: 'Een kleine groep collega\'s brengt om beurten een werksituatie in en helpt elkaar via vragen en een vaste methode daarop te reflecteren.'
        }
    },
    {
        id: 'case-discussion', en: 'case-discussion', nl: 'casusbespreking', aliases: [],
        name: { en: 'Case discussion', nl: 'Casusbespreking' },
        formal: false,
        description: {
            en: 'Colleagues jointly analyse a concrete case from practice and agree on how to handle it.',
            nl: 'Collega\'s analyseren samen een concrete casus uit de praktijk en spreken af hoe ze die aanpakken.'
        }
    },
    {
        id: 'action-learning', en: 'action-learning', nl: 'action-learning', aliases: [],
        name: { en: 'Action learning', nl: 'Actieleren' },
        formal: false,
        description: {
            en: 'A group works on a real problem from the organisation and learns by alternating action and reflection.',
            nl: 'Een groep werkt aan een echt vraagstuk uit de organisatie en leert door handelen en reflecteren af te wisselen.'
        }
    },
    {
        id: 'pilot', en: 'pilot', nl: 'pilot', aliases: [],
        name: { en: 'Pilot', nl: 'Pilot' },
        formal: false,
        description: {
            en: 'A new approach is tried out on a small scale to test an assumption before it is rolled out more widely.',
            nl: 'Een nieuwe aanpak wordt kleinschalig uitgeprobeerd om een veronderstelling te toetsen voordat die breder wordt ingevoerd.'
        }
    },
    {
        id: 'project-group', en: 'project-group', nl: 'projectgroep', aliases: [],
        name: { en: 'Project group', nl: 'Projectgroep' },
        formal: false,
        description: {
            en: 'Taking part in a temporary group that works on a defined assignment and learns along the way.',
            nl: 'Deelnemen aan een tijdelijke groep die aan een afgebakende opdracht werkt en daarbij al doende leert.'
        }
    },
    {
        id: 'gideon-band', en: 'gideon-band', nl: 'gideonsbende', aliases: [],
        name: { en: 'Gideon\'s band', nl: 'Gideonsbende' },
        formal: false,
        description: {
            en: 'A small, self-selected group of innovators who redesign a way of working without first asking for permission.',
            nl: 'Een kleine, zelfgekozen groep vernieuwers die een werkwijze opnieuw vormgeeft zonder eerst om toestemming te vragen.'
        }
    },
    {
        id: 'rotation', en: 'rotation', nl: 'stage', aliases: [],
        name: { en: 'Job rotation or internship', nl: 'Stage of jobrotatie' },
        formal: false,
        description: {
            en: 'Working for a while in another role, team or organisation to gain new experience and perspectives.',
            nl: 'Een tijd in een andere functie, een ander team of een andere organisatie werken om nieuwe ervaring en perspectieven op te doen.'
        }
    },
    {
        id: 'feedback-360', en: 'feedback-360', nl: '360-feedback', aliases: [],
        name: { en: '360-degree feedback', nl: '360-graden-feedback' },
        formal: false,
        gathersFeedback: true,
        description: {
            en: 'Collecting feedback from people all around you, such as your manager, colleagues, team members and clients.',
            nl: 'Feedback ophalen bij mensen rondom je, zoals je leidinggevende, collega\'s, teamleden en klanten.'
        }
    },
    {
        id: 'self-assessment', en: 'self-assessment', nl: 'zelfevaluatie', aliases: [],
        name: { en: 'Self-assessment', nl: 'Zelfevaluatie' },
        formal: false,
        description: {
            en: 'Systematically assessing your own performance and development against clear criteria.',
            nl: 'Je eigen functioneren en ontwikkeling systematisch beoordelen aan de hand van duidelijke criteria.'
        }
    },
    {
        id: 'after-action-review', en: 'after-action-review', nl: 'after-action-review', aliases: [],
        name: { en: 'After-action review', nl: 'After-action review' },
        formal: false,
        gathersFeedback: true,
        description: {
            en: 'A short structured look back after an activity: what was planned, what happened, why, and what to do differently next time.',
            nl: 'Een korte, gestructureerde terugblik na een activiteit: wat was het plan, wat gebeurde er, waarom, en wat doen we de volgende keer anders.'
        }
    },
    {
        id: 'experiment', en: 'experiment', nl: 'experiment', aliases: [],
        name: { en: 'Experiment on the job', nl: 'Experiment in het werk' },
        formal: false,
        description: {
            en: 'Deliberately trying a different approach in your own work and observing what it brings.',
            nl: 'In je eigen werk bewust een andere aanpak uitproberen en nagaan wat die oplevert.'
        }
    },
    {
        id: 'reading', en: 'reading', nl: 'lezen', aliases: [],
        name: { en: 'Reading', nl: 'Lezen' },
        formal: false,
        alsoASkill: true,
        description: {
            en: 'Studying books, articles or research to broaden your knowledge.',
            nl: 'Boeken, artikelen of onderzoek bestuderen om je kennis te verbreden.'
        }
    },
    {
        id: 'conference', en: 'conference', nl: 'congres', aliases: [],
        name: { en: 'Conference', nl: 'Congres' },
        formal: false,
        description: {
            en: 'Attending a conference or seminar to pick up new ideas and meet people from the field.',
            nl: 'Een congres of seminar bijwonen om nieuwe ideeën op te doen en vakgenoten te ontmoeten.'
        }
    },
    // The second edition (language-v2.md, section 5): learning in the daily work.
    {
        id: 'practice', en: 'practice', nl: 'praktijk', aliases: [],
        name: { en: 'Deliberate practice at work', nl: 'Bewust oefenen in de praktijk' },
        formal: false,
        alsoASkill: true,
        description: {
            en: 'Practising a skill on purpose in your daily work, again and again, and noticing what each attempt teaches you.',
            nl: 'Een vaardigheid bewust en herhaald oefenen in je dagelijkse werk, en opmerken wat elke poging je leert.'
        }
    },
    {
        id: 'job-shadowing', en: 'job-shadowing', nl: 'meelopen', aliases: [],
        name: { en: 'Job shadowing', nl: 'Meelopen' },
        formal: false,
        description: {
            en: 'Spending time alongside a colleague in their work to see how they do it and to ask about it.',
            nl: 'Een tijd met een collega meelopen in diens werk om te zien hoe die het doet en ernaar te vragen.'
        }
    },
    {
        id: 'retrospective', en: 'retrospective', nl: 'retrospectief', aliases: [],
        name: { en: 'Retrospective', nl: 'Retrospectief' },
        formal: false,
        gathersFeedback: true,
        description: {
            en: 'A regular team meeting that looks back on the last period: what went well, what did not, and what to change next.',
            nl: 'Een vast teamoverleg dat terugkijkt op de afgelopen periode: wat ging goed, wat niet, en wat veranderen we nu.'
        }
    },
    {
        id: 'lesson-visit', en: 'lesson-visit', nl: 'lesbezoek', aliases: [],
        name: { en: 'Lesson visit', nl: 'Lesbezoek' },
        formal: false,
        description: {
            en: 'A colleague or coach watches a lesson (or you watch theirs) and you talk about what was seen.',
            nl: 'Een collega of coach kijkt mee in een les (of jij in die van een ander) en jullie bespreken wat je zag.'
        }
    },
    {
        id: 'presentation', en: 'presentation', nl: 'presentatie', aliases: [],
        name: { en: 'Presentation to others', nl: 'Presentatie voor anderen' },
        formal: false,
        alsoASkill: true,
        description: {
            en: 'Teaching colleagues what you learned: explaining it to others makes you order and deepen it.',
            nl: 'Collega\'s vertellen wat je geleerd hebt: door het aan anderen uit te leggen orden en verdiep je het zelf.'
        }
    },
    {
        id: 'peer-review', en: 'peer-review', nl: 'collegiale-toetsing', aliases: [],
        name: { en: 'Peer review', nl: 'Collegiale toetsing' },
        formal: false,
        gathersFeedback: true,
        description: {
            en: 'Colleagues review each other\'s work against shared standards and discuss the differences.',
            nl: 'Collega\'s toetsen elkaars werk aan gedeelde normen en bespreken de verschillen.'
        }
    }
] satisfies LearningForm[]);

const FORM_BY_SPELLING: ReadonlyMap<string, LearningForm> = (() => {
    const map = new Map<string, LearningForm>();
    for (const form of LEARNING_FORMS) {
        for (const spelling of [form.en, form.nl, ...form.aliases]) {
            if (!map.has(spelling)) {
                map.set(spelling, form);
            }
        }
    }
    return map;
})();

const ALL_SPELLINGS: readonly string[] = Object.freeze([...FORM_BY_SPELLING.keys()]);

/** Finds a learning form by any accepted spelling (English, Dutch or alias); case-sensitive. */
export function findLearningForm(spelling: string): LearningForm | undefined {
    return FORM_BY_SPELLING.get(spelling);
}

/** A title for comparison with a form's names: lower case, hyphens as spaces, single spaces, no closing punctuation. */
function titleKey(text: string): string {
    return text.toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.!:;]+$/, '').trim();
}

const FORM_BY_TITLE: ReadonlyMap<string, { form: LearningForm; spelling: string }> = (() => {
    const map = new Map<string, { form: LearningForm; spelling: string }>();
    for (const form of LEARNING_FORMS) {
        if (form.alsoASkill) continue;
        const named = [[form.nl, form.nl], [form.en, form.en], ...form.aliases.map(a => [a, a]), [form.name.nl, form.nl], [form.name.en, form.en]];
        for (const [text, spelling] of named) {
            const key = titleKey(text);
            if (!map.has(key)) map.set(key, { form, spelling });
        }
    }
    return map;
})();

/**
 * The learning form a goal's title is nothing but (`Intervisie`, `E-learning`, `360-degree
 * feedback`), with the spelling of the form in the title's language; never a form that is
 * also a skill (coaching, presentation, ...). For `goal-named-after-form`.
 */
export function learningFormNamedByTitle(title: string): { form: LearningForm; spelling: string } | undefined {
    return FORM_BY_TITLE.get(titleKey(title));
}

/** Every accepted spelling of every learning form, without duplicates. */
export function allLearningFormSpellings(): string[] {
    return [...ALL_SPELLINGS];
}
