import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';

const ORGANISATION = `organisation anker "Het Anker" {
    vision learning-at-work "Everyone learns." about learning
    ambition fewer-incidents "Fewer incidents." supports learning-at-work
}
people { person anna "Anna" person mark "Mark" }
team wound-care "Team Wondzorg" { lead mark goal learn-from-incidents "Learn" { } }
`;

async function linkErrors(text: string, lang: 'en' | 'nl' = 'en') {
    const result = await checkWorkspace({ 'organisation.pop': ORGANISATION, 'plan.pop': text }, { lang });
    return result.byFile['plan.pop'].filter(d => d.code === 'link-error');
}

describe('link-error', () => {
    it('names the kind and the id that is missing, and suggests the nearest declared id', async () => {
        const errors = await linkErrors(`plan anna-2026 for ana {
    coach Mark
    team wound-kare
    goal g "G" {
        dimensions Feedbackprocesen, senge.SharedVison
        supports learning-at-wrk
        contributes learn-from-incident
    }
    review 2026-06-30 with mrak
}
private anna-2062 { }`);
        expect(errors.map(d => d.message)).toEqual([
            "Unknown person 'ana': did you mean 'anna'?",
            "Unknown person 'Mark': did you mean 'mark'?",
            "Unknown team 'wound-kare': did you mean 'wound-care'?",
            "Unknown dimension 'Feedbackprocesen': did you mean 'Feedbackprocessen'?",
            "Unknown dimension 'senge.SharedVison': did you mean 'senge.SharedVision'?",
            "Unknown vision or ambition 'learning-at-wrk': did you mean 'learning-at-work'?",
            "Unknown goal 'learn-from-incident': did you mean 'learn-from-incidents'?",
            "Unknown person 'mrak': did you mean 'mark'?",
            "Unknown plan 'anna-2062': did you mean 'anna-2026'?",
        ]);
        expect(errors.map(d => (d.data as { suggestion?: string }).suggestion)).toEqual([
            'anna', 'mark', 'wound-care', 'Feedbackprocessen', 'senge.SharedVision', 'learning-at-work',
            'learn-from-incidents', 'mark', 'anna-2026',
        ]);
    });

    it('says so in Dutch, with the Dutch name of the kind', async () => {
        const errors = await linkErrors('plan p voor ana { coach zzzzzz }', 'nl');
        expect(errors.map(d => d.message)).toEqual([
            "Persoon 'ana' bestaat niet: bedoel je 'anna'?",
            "Persoon 'zzzzzz' bestaat niet: controleer de spelling of voeg 'zzzzzz' toe.",
        ]);
    });

    it('suggests nothing when no declared id is near', async () => {
        const errors = await linkErrors('plan p for anna { coach completely-unknown-person }');
        expect(errors.map(d => d.message)).toEqual(["Unknown person 'completely-unknown-person': check the spelling or declare it."]);
        expect((errors[0].data as { suggestion?: string }).suggestion).toBeUndefined();
    });

    it('suggests only ids of the kind the reference needs', async () => {
        // 'wound-care' is a team; a coach must be a person.
        const errors = await linkErrors('plan p for anna { coach wound-care }');
        expect(errors.map(d => d.message)).toEqual(["Unknown person 'wound-care': check the spelling or declare it."]);
    });

    it('marks exactly the misspelt reference, also in a non-ASCII id', async () => {
        const errors = await linkErrors('plan p for anna {\n    coach jürgen\n}');
        expect(errors.map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)).toEqual(['1:10-1:16']);
    });
});
