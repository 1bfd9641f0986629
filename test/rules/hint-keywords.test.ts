import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';
import { hintsInFileLanguage } from '../../language/src/validation/hint-keywords.js';

/**
 * Issue 16.2: the fix hint inside a message uses the keyword language of the file it is
 * about, whatever the language of the messages (a Dutch file is told `ondersteunt`).
 */
const DUTCH_PLAN = `mensen {
    persoon anna "Anna" rol "Docent"
    persoon mark "Mark" rol "Teamleider"
}
organisatie school "School" {
    visie samen "Samen leren"
}
plan anna-2026 voor anna {
    coach mark
    periode 2026-01-01 .. 2026-12-31
    leerdoel lezen "Beter lezen" {
        dimensies Feedbackprocessen
        actie coaching "Meekijken in de les" elke maand
        feedback vraag mark "Wat zie je?" elk kwartaal
    }
    gesprek 2026-06-30 met mark "POP-gesprek"
    reflectie 2026-05-01 "Wat ik merkte."
}
`;
const ENGLISH_PLAN = DUTCH_PLAN
    .replace('mensen {', 'people {').replace(/persoon (\w+) ("\w+") rol/g, 'person $1 $2 role').replace('organisatie', 'organisation').replace('visie', 'vision')
    .replace('voor anna', 'for anna').replace('periode', 'period').replace('leerdoel', 'goal').replace('dimensies', 'dimensions')
    .replace('actie', 'action').replace('elke maand', 'every month').replace('feedback vraag', 'feedback ask').replace('elk kwartaal', 'every quarter')
    .replace('gesprek 2026-06-30 met', 'review 2026-06-30 with').replace('reflectie', 'reflection');

describe('fix hints in the keyword language of the file', () => {
    it('tells a Dutch file ondersteunt in English messages, and an English file supports in Dutch messages', async () => {
        const dutchFile = await checkWorkspace({ 'anna.pop': DUTCH_PLAN }, { lang: 'en' });
        const english = dutchFile.byFile['anna.pop'].find(d => d.code === 'goal-without-vision')!;
        expect(english.message).toContain("'ondersteunt <vision or ambition>'");
        expect(english.message).toMatch(/^Goal 'lezen'/);
        const englishFile = await checkWorkspace({ 'anna.pop': ENGLISH_PLAN }, { lang: 'nl' });
        const dutch = englishFile.byFile['anna.pop'].find(d => d.code === 'goal-without-vision')!;
        expect(dutch.message).toContain("'supports <");
        expect(dutch.message).not.toContain('ondersteunt');
    });

    it('leaves a file in the messages\' own language, quoted names and the words of placeholders alone', async () => {
        const same = await checkWorkspace({ 'anna.pop': DUTCH_PLAN }, { lang: 'nl' });
        expect(same.byFile['anna.pop'].find(d => d.code === 'goal-without-vision')!.message).toContain("'ondersteunt <");
        expect(hintsInFileLanguage("Person 'week' asks: add 'review <date> with <coach or team>'.", 'nl'))
            .toBe("Person 'week' asks: add 'gesprek <date> met <coach or team>'.");
        expect(hintsInFileLanguage("add 'feedback ask <person> \"<question>\" every quarter'", 'nl'))
            .toBe("add 'feedback vraag <person> \"<question>\" elk kwartaal'");
        expect(hintsInFileLanguage("add 'supports <vision>'", undefined)).toBe("add 'supports <vision>'");
    });
});
