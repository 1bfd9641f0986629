/**
 * The starter plan, in the keyword language of the UI: one goal that already has a
 * vision link placeholder, an action, feedback that is asked for and a review, so a
 * new plan starts close to passing the headline checks. The ids the user must fill
 * in (`VISION`, `COACH`) are left as link errors on purpose: they point at what to do.
 */
export function planTemplate(owner: string, year: number, lang: 'en' | 'nl'): string {
    const id = `${owner}-${year}`;
    if (lang === 'nl') {
        return `// Persoonlijk ontwikkelplan (POP) van ${owner}, ${year}.
plan ${id} voor ${owner} {
    coach COACH
    periode ${year}-01-01 .. ${year}-12-31
    ambitie "Waar wil je over een jaar staan?"

    leerdoel eerste-leerdoel "Beschrijf je leerdoel in één zin" {
        dimensies LerenVanLeidersEnMedewerkers
        ondersteunt VISIE
        actie intervisie "Wat ga je doen, in je eigen werk?" elke maand
        feedback vraag COACH "Welke vraag stel je, aan wie?" elk kwartaal
        bewijs "Waaraan zie je dat het gelukt is?"
        uiterlijk ${year}-06-30
        status gepland
    }

    gesprek ${year}-06-30 met COACH "Halfjaar POP-gesprek"
    reflectie ${year}-03-31 "Wat heb je tot nu toe geleerd?"
}
`;
    }
    return `// Personal development plan (POP) of ${owner}, ${year}.
plan ${id} for ${owner} {
    coach COACH
    period ${year}-01-01 .. ${year}-12-31
    ambition "Where do you want to be a year from now?"

    goal first-goal "Describe your goal in one sentence" {
        dimensions LerenVanLeidersEnMedewerkers
        supports VISION
        action peer-consultation "What will you do, in your own work?" every month
        feedback ask COACH "Which question do you ask, and whom?" every quarter
        evidence "How will you see that it worked?"
        due ${year}-06-30
        status planned
    }

    review ${year}-06-30 with COACH "Mid-year POP conversation"
    reflection ${year}-03-31 "What have you learned so far?"
}
`;
}
