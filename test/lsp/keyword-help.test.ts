import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { LeerplanGrammar } from '../../language/src/generated/grammar.js';
import { isNameKeyword } from '../../language/src/syntax/grammar-facts.js';
import { keywordHelp, keywordHoverText, keywordTwins } from '../../language/src/syntax/keyword-help.js';

/**
 * Every keyword the grammar has (where it is a keyword, not a name) has a meaning in
 * both languages, so a new keyword cannot ship without its hover.
 */
const PUNCTUATION = /^[^\p{L}]+$/u;

function grammarKeywords(): Array<{ value: string; rule: string }> {
    const found: Array<{ value: string; rule: string }> = [];
    for (const node of AstUtils.streamAllContents(LeerplanGrammar())) {
        if (!GrammarAST.isKeyword(node) || PUNCTUATION.test(node.value) || isNameKeyword(node)) continue;
        const rule = AstUtils.getContainerOfType(node, GrammarAST.isParserRule);
        found.push({ value: node.value, rule: rule?.name ?? '' });
    }
    return found;
}

describe('keyword help', () => {
    it('explains every keyword of the grammar in English and Dutch', () => {
        const keywords = grammarKeywords();
        expect(keywords.length).toBeGreaterThan(60);
        const missing = keywords.filter(k => !keywordHelp(k.value, k.rule)?.en || !keywordHelp(k.value, k.rule)?.nl);
        // 360-feedback and feedback as a learning form are explained by the learning-form hover.
        expect(missing.filter(k => k.rule !== 'LearningFormName').map(k => `${k.rule}: ${k.value}`)).toEqual([]);
    });

    it('knows the twins of a keyword in the other language', () => {
        expect(keywordTwins('supports')).toEqual(['ondersteunt']);
        expect(keywordTwins('ondersteunt')).toEqual(['supports']);
        expect(keywordTwins('every')).toEqual(['elke', 'elk']);
        expect(keywordTwins('privé')).toEqual(['private']);
        expect(keywordTwins('coach')).toEqual([]);
    });

    it('gives a word another meaning in another line', () => {
        expect(keywordHelp('team', 'Team')?.en).toMatch(/^Declares a team/);
        expect(keywordHelp('team', 'PlanTeam')?.en).toMatch(/^The team the owner works in/);
        expect(keywordHelp('team', 'Feedback')?.en).toMatch(/whole team/);
        expect(keywordHelp('uiterlijk', 'DueMoment')?.nl).toBe('Uiterlijk op deze datum, aan het eind van deze periode, of binnen deze tijd.');
        expect(keywordHoverText('ambitie', 'PlanAmbition', 'nl')).toBe('`ambitie` · Engels: `ambition`\n\nDe eigen ambitie van de eigenaar voor de periode van het plan, in eigen woorden.');
        expect(keywordHelp('nonsense')).toBeUndefined();
    });
});
