import { ORGANISATION } from './helpers.js';

const ANNA = `plan anna-2026 for anna {
    coach mark
    team wound-care
    period 2026-01-01 .. 2026-12-31

    goal coaching-talks "Hold coaching conversations with new colleagues" {
        dimensions LerenVanLeidersEnMedewerkers, senge.SharedVision, acme.Craft
        supports learning-at-work
        contributes learn-from-incidents
        action course "Coaching skills training" due 2026-03-31 hours 16
        feedback ask mark "Observe one conversation" every quarter
        due 2026-09-30
    }

    review 2026-06-30 with mark "Mid-year POP conversation"
}
`;

const PIET = `plan piet-2026 voor piet {
    coach mark
    periode 2026-01-01 .. 2026-12-31
    leerdoel plannen "Roosterplanning" {
        ondersteunt fewer-incidents
        feedback vraag mark "Werkt het rooster?" elk kwartaal
    }
    gesprek 2026-06-30 met mark "Halfjaar"
}
`;

const ACME = `framework acme "ACME learning framework" {
    dimension Craft "Vakmanschap" "Craft" role workplace
        "What we learn by doing the work itself."
}
`;

const PRIVATE = `private anna-2026 {
    reflection 2026-04-02 "I jump to solutions too quickly."
}
`;

/** A small workspace: organisation, two plans (English, Dutch), a user framework and a private file. */
export const NAVIGATION_FILES: Record<string, string> = {
    'organisation.pop': ORGANISATION, 'anna-2026.pop': ANNA, 'piet-2026.pop': PIET, 'acme.pop': ACME,
    'anna-2026.private.pop': PRIVATE,
};

