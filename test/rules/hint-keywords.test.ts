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

    it('translates hints made of keywords only, a cadence, a status, a marker, as the file writes them', async () => {
        const dutchFile = `mensen { persoon anna "Anna" persoon mark "Mark" }
organisatie school "School" { visie samen "Samen" ontwikkeld-met management }
plan anna-2026 voor anna {
    coach mark
    periode 2026-01-01 .. 2026-12-31
    leerdoel done "Goal whose id is an English keyword" {
        ondersteunt samen
        uiterlijk 2026-03-01
        niveau 7 -> 2
        actie coaching "Meekijken" elke maand
        feedback vraag mark "Wat zie je?"
        status actief
    }
    gesprek 2026-02-01 met mark "Gesprek"
    reflectie "Zonder moment"
}
`;
        const checked = await checkWorkspace({ 'anna.pop': dutchFile }, { lang: 'en', today: '2026-06-01' });
        const message = (code: string) => checked.byFile['anna.pop'].find(d => d.code === code)!.message;
        expect(message('reflection-without-moment')).toContain("a moment such as 'elke maand' or 'na \"<event>\"'");
        expect(message('feedback-without-moment')).toContain("a cadence ('elke maand')");
        // The goal's id is the English keyword 'done': a name of the message stays as written.
        expect(message('overdue')).toMatch(/^Goal 'done' was due on 2026-03-01 .* set its status to 'afgerond' or 'gestopt'/);
        expect(message('invalid-level')).toContain("as 'niveau 2 -> 4'");
        expect(message('vision-not-shared')).toContain("change the line to 'ontwikkeld-met medewerkers'");
        expect(message('vision-without-learning')).toContain("mark a vision 'over leren'");

        const englishFile = dutchFile
            .replace('mensen {', 'people {').replace(/persoon/g, 'person').replace('organisatie', 'organisation').replace('visie', 'vision')
            .replace('ontwikkeld-met', 'developed-with').replace('voor anna', 'for anna').replace('periode', 'period').replace('leerdoel', 'goal')
            .replace('ondersteunt', 'supports').replace('niveau', 'level').replace('actie', 'action').replace('elke maand', 'every month')
            .replace('feedback vraag', 'feedback ask').replace('uiterlijk', 'due').replace('status actief', 'status active')
            .replace('gesprek 2026-02-01 met', 'review 2026-02-01 with').replace('reflectie', 'reflection');
        const dutchMessages = await checkWorkspace({ 'anna.pop': englishFile }, { lang: 'nl', today: '2026-06-01' });
        const bericht = (code: string) => dutchMessages.byFile['anna.pop'].find(d => d.code === code)!.message;
        expect(bericht('reflection-without-moment')).toContain("zoals 'every month' of 'after \"<gebeurtenis>\"'");
        expect(bericht('overdue')).toContain("'done' of 'dropped'");
        expect(bericht('vision-without-learning')).toContain("'about learning'");
    });

    it('pairs quotes so that an apostrophe in the text opens no hint, and keeps prose between two names as it is', () => {
        expect(hintsInFileLanguage("Put the goal's 'due <date>' before its actions.", 'nl')).toBe("Put the goal's 'uiterlijk <date>' before its actions.");
        expect(hintsInFileLanguage("the plan's own owner 'anna': ask 'team <id>' every month", 'nl', ['anna']))
            .toBe("the plan's own owner 'anna': ask 'team <id>' every month");
        expect(hintsInFileLanguage("Team lead 'week' with team 'maand': add 'review <date> with week'", 'nl', ['week', 'maand']))
            .toBe("Team lead 'week' with team 'maand': add 'gesprek <date> met week'");
        expect(hintsInFileLanguage("e.g. '\"What should I keep doing?\"'", 'nl')).toBe("e.g. '\"What should I keep doing?\"'");
        // A word both languages share is a keyword of the hint.
        expect(hintsInFileLanguage("add at least one 'feedback ask' line", 'nl')).toBe("add at least one 'feedback vraag' line");
    });
});
