import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS, DEFAULT_FRAMEWORK_ID } from '../../language/src/frameworks/builtin-frameworks.js';
import { developmentCard, dimensionsWithCards } from '../../language/src/frameworks/development-cards.js';

/** The development cards of the default framework: complete, in both languages, citing only the sources the library cites. */
describe('development cards', () => {
    const ros = BUILTIN_FRAMEWORKS.find(f => f.id === DEFAULT_FRAMEWORK_ID)!;

    it('exist for every dimension of the default framework and no other', () => {
        expect(dimensionsWithCards().sort()).toEqual(ros.dimensions.map(d => d.id).sort());
        expect(developmentCard('senge', 'SharedVision')).toBeUndefined();
        expect(developmentCard(DEFAULT_FRAMEWORK_ID, 'toString')).toBeUndefined();
    });

    it('have challenges, development suggestions and good practices, each written in English and in Dutch', () => {
        for (const dimension of ros.dimensions) {
            const card = developmentCard(DEFAULT_FRAMEWORK_ID, dimension.id)!;
            for (const part of [card.challenges, card.suggestions, card.practices]) {
                expect(part.length, dimension.id).toBeGreaterThan(0);
                for (const item of part) {
                    expect(item.en.length, dimension.id).toBeGreaterThan(30);
                    expect(item.nl.length, dimension.id).toBeGreaterThan(30);
                    expect(item.nl, dimension.id).not.toBe(item.en);
                }
            }
        }
    });

    it('cite no year that the framework library does not cite', () => {
        const allowed = ['Broad & Newstrom 1992', 'Latham & Crandall 1991'];
        for (const id of dimensionsWithCards()) {
            const card = developmentCard(DEFAULT_FRAMEWORK_ID, id)!;
            for (const item of [...card.challenges, ...card.suggestions, ...card.practices]) {
                for (const text of [item.en, item.nl]) {
                    for (const year of text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []) {
                        expect(allowed.some(citation => citation.endsWith(year) && text.includes(citation)), `${id}: ${year}`).toBe(true);
                    }
                }
            }
        }
    });
});
