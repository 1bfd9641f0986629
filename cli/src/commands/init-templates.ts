import type { Lang } from '../../../language/src/rules/rule-registry.js';

/** The files `leerplan init` writes, relative to the chosen folder. */
export interface StarterFiles {
    organisation: string;
    plan: { path: string; text: string };
}

/** The person the starter plan belongs to, per language. */
const OWNER: Record<Lang, string> = { en: 'alex', nl: 'sanne' };

/**
 * A small organisation (two visions, an ambition, two people, one team with a goal)
 * and a first plan, in one keyword language, that check without a single diagnostic
 * for `year`: every date lies inside that year, and the goals end on its last day so
 * they are not overdue until the year is over. `today` dates the first reflection.
 */
export function starterFiles(lang: Lang, today: string): StarterFiles {
    const year = today.slice(0, 4);
    const owner = OWNER[lang];
    const path = `plans/${owner}-${year}.pop`;
    return lang === 'nl'
        ? { organisation: dutchOrganisation(year), plan: { path, text: dutchPlan(owner, year, today) } }
        : { organisation: englishOrganisation(year), plan: { path, text: englishPlan(owner, year, today) } };
}

function englishOrganisation(year: string): string {
    return `// The organisation: its vision, its people and its teams. Every plan links its goals
// to the visions and ambitions declared here. Replace the examples with your own.
organisation example "Example Organisation" {
    framework ros2024                    // the default framework: Ros et al. (2024)

    vision good-work "We do work that the people we serve value."
        developed-with employees
    vision learning-together "Everyone learns every day, from and with each other."
        about learning                   // a vision on learning itself
        developed-with employees         // employees | representatives | management

    ambition feedback-culture "Colleagues ask each other for feedback every month." supports learning-together
}

people {
    person sam  "Sam Jansen"    role "Team lead"
    person alex "Alex de Vries" role "Team member"
}

team first-team "The first team" {
    members alex
    // lead sam                          // a lead is a member too: add this line once sam has a plan

    goal learn-from-each-other "Look back on one piece of our own work every month" {
        dimensions GedragenVisie, Feedbackprocessen
        supports feedback-culture
        action after-action-review "Monthly look back on one piece of work" every month
        feedback ask team first-team "What did we change since last time?" every quarter
        evidence "Every member names one thing they do differently after a look back."
        due ${year}-12-31
        status active
    }
}
`;
}

function englishPlan(owner: string, year: string, today: string): string {
    return `// A personal development plan (POP). Run 'leerplan check' after every change.
plan ${owner}-${year} for ${owner} {
    coach sam
    team first-team
    period ${year}-01-01 .. ${year}-12-31
    ambition "Become the colleague others come to with questions about our work."
    strengths "Careful; good with people."

    goal ask-for-feedback "Ask colleagues for feedback on my work" {
        dimensions Feedbackprocessen, LerenVanLeidersEnMedewerkers
        supports feedback-culture
        contributes learn-from-each-other
        action buddy "Work alongside an experienced colleague" every month
        feedback ask sam "What do you see me do differently?" every quarter
        evidence "Two colleagues say I ask them for feedback without being prompted."
        due ${year}-12-31
        status active
    }

    review ${year}-12-15 with sam "End-of-year conversation"
    reflection ${today} "Why I chose this goal, and what I hope to learn."
}
`;
}

function dutchOrganisation(year: string): string {
    return `// De organisatie: haar visie, haar mensen en haar teams. Elk plan koppelt zijn leerdoelen
// aan de visies en ambities die hier staan. Vervang de voorbeelden door die van jullie.
organisatie voorbeeld "Voorbeeldorganisatie" {
    raamwerk ros2024                     // het standaardraamwerk: Ros e.a. (2024)

    visie goed-werk "Wij doen werk dat de mensen voor wie we werken waarderen."
        ontwikkeld-met medewerkers
    visie samen-leren "Iedereen leert elke dag, van en met elkaar."
        over leren                       // een visie op het leren zelf
        ontwikkeld-met medewerkers       // medewerkers | vertegenwoordigers | management

    ambitie feedbackcultuur "Collega's vragen elkaar elke maand om feedback." ondersteunt samen-leren
}

mensen {
    persoon joost "Joost Bakker" rol "Teamleider"
    persoon sanne "Sanne Mulder" rol "Teamlid"
}

team eerste-team "Het eerste team" {
    leden sanne
    // leider joost                      // een leider is ook teamlid: zet deze regel erbij zodra joost een plan heeft

    leerdoel leren-van-elkaar "Elke maand terugkijken op een stuk eigen werk" {
        dimensies GedragenVisie, Feedbackprocessen
        ondersteunt feedbackcultuur
        actie after-action-review "Maandelijks terugkijken op een stuk werk" elke maand
        feedback vraag team eerste-team "Wat hebben we veranderd sinds de vorige keer?" elk kwartaal
        bewijs "Elk teamlid noemt één ding dat hij of zij anders doet na het terugkijken."
        uiterlijk ${year}-12-31
        status actief
    }
}
`;
}

function dutchPlan(owner: string, year: string, today: string): string {
    return `// Een persoonlijk ontwikkelplan (POP). Draai 'leerplan check' na elke wijziging.
plan ${owner}-${year} voor ${owner} {
    coach joost
    team eerste-team
    periode ${year}-01-01 .. ${year}-12-31
    ambitie "De collega worden bij wie anderen terechtkunnen met vragen over ons werk."
    kwaliteiten "Zorgvuldig; goed met mensen."

    leerdoel feedback-vragen "Collega's om feedback vragen op mijn werk" {
        dimensies Feedbackprocessen, LerenVanLeidersEnMedewerkers
        ondersteunt feedbackcultuur
        draagt-bij-aan leren-van-elkaar
        actie buddy "Meelopen met een ervaren collega" elke maand
        feedback vraag joost "Wat zie je mij anders doen?" elk kwartaal
        bewijs "Twee collega's zeggen dat ik uit mezelf om feedback vraag."
        uiterlijk ${year}-12-31
        status actief
    }

    gesprek ${year}-12-15 met joost "Eindejaarsgesprek"
    reflectie ${today} "Waarom ik dit leerdoel koos, en wat ik hoop te leren."
}
`;
}
