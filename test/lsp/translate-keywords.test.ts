import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { translateKeywordEdits } from '../../language/src/syntax/translate-keywords.js';
import { applyTextEdits } from './helpers.js';

const parse = parseHelper(createLeerplanCoreServices(EmptyFileSystem).Leerplan);

async function translate(text: string, to?: 'en' | 'nl'): Promise<string> {
    const document = await parse(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    return applyTextEdits(text, translateKeywordEdits(document.parseResult.value, to));
}

const ENGLISH = `// every goal "supports" the vision
organisation anker "Het Anker" {
    vision learning-at-work "Everyone learns: goal, action, review."
        about learning
        developed-with employees
}

plan anna-2026 for management {
    period 2026-01-01 .. 2026-12-31
    goal talks "Talks" {
        action feedback "Ask for feedback" every quarter hours 4
        action buddy "Buddy" from 2026-02-01 to 2026-03-01
        feedback ask management "How?" every week
        status active
        due 2026-09-30
    }
    review 2026-06-30 with management "Review"
    reflection 2026-04-02 private "Private text"
}
`;

const DUTCH = `// every goal "supports" the vision
organisatie anker "Het Anker" {
    visie learning-at-work "Everyone learns: goal, action, review."
        over leren
        ontwikkeld-met medewerkers
}

plan anna-2026 voor management {
    periode 2026-01-01 .. 2026-12-31
    leerdoel talks "Talks" {
        actie feedback "Ask for feedback" elk kwartaal uren 4
        actie buddy "Buddy" van 2026-02-01 tot 2026-03-01
        feedback vraag management "How?" elke week
        status actief
        uiterlijk 2026-09-30
    }
    gesprek 2026-06-30 met management "Review"
    reflectie 2026-04-02 privé "Private text"
}
`;

describe('translateKeywordEdits', () => {
    it('translates every keyword to Dutch and leaves names, strings and comments alone', async () => {
        expect(await translate(ENGLISH, 'nl')).toBe(DUTCH);
    });

    it('translates back to English', async () => {
        expect(await translate(DUTCH, 'en')).toBe(ENGLISH);
    });

    it('translates only the minority language when no language is given', async () => {
        const mixed = ENGLISH.replace('period 2026', 'periode 2026').replace('every week', 'elke week');
        expect(await translate(mixed)).toBe(ENGLISH);
    });

    it('makes no edit for a file in one language', async () => {
        const document = await parse(DUTCH);
        expect(translateKeywordEdits(document.parseResult.value, 'nl')).toEqual([]);
    });
});
