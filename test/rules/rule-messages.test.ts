import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../language/src/rules/rule-registry.js';
import { checkWorkspace } from '../helpers/check.js';
import { fixtureGitView, loadRuleCases } from './rule-fixtures.js';

/** Strings of a workspace long enough not to match a message by chance. */
function longStrings(files: Record<string, string>): string[] {
    const texts = Object.values(files).flatMap(text => [...text.matchAll(/"((?:\\.|[^"\\])*)"/g)].map(m => m[1]));
    return [...new Set(texts.filter(t => t.length >= 12))];
}

describe('rule messages', () => {
    for (const code of RULE_CODES) {
        it(`of ${code} name ids, dates and numbers, never the text of a string (it may be private)`, async () => {
            for (const ruleCase of loadRuleCases(code)) {
                for (const lang of ['en', 'nl'] as const) {
                    const result = await checkWorkspace(ruleCase.files, { ...ruleCase.settings, lang }, fixtureGitView(ruleCase.git, ruleCase.history));
                    const strings = longStrings(ruleCase.files);
                    for (const d of result.all) {
                        for (const s of strings) expect(String(d.message), `${ruleCase.title} ${lang}`).not.toContain(s);
                    }
                }
            }
        });
    }

    it('of vision-without-learning ask an organisation without any vision for one, in its file\'s keywords', async () => {
        const files = {
            'a.pop': 'organisation a "A" { vision v "V" }',
            'b.pop': 'organisatie b "B" { ambitie x "X" }',
        };
        const english = await checkWorkspace(files, { lang: 'en' });
        expect(english.all.filter(d => d.code === 'vision-without-learning').map(d => d.message)).toEqual([
            "Organisation 'a' has no vision about learning: mark a vision 'about learning' or add one, ideally developed with employees.",
            "Organisation 'b' declares no vision: add the vision its goals and ambitions serve, marked 'over leren' when it is, ideally developed with employees.",
        ]);
        const dutch = await checkWorkspace(files, { lang: 'nl' });
        expect(dutch.all.filter(d => d.code === 'vision-without-learning').map(d => d.message)).toEqual([
            "Organisatie 'a' heeft geen visie op leren: markeer een visie met 'about learning' of voeg er een toe, bij voorkeur samen met medewerkers ontwikkeld.",
            "Organisatie 'b' heeft geen visie: voeg de visie toe die haar leerdoelen en ambities dienen, gemarkeerd met 'over leren' als ze daarover gaat, bij voorkeur samen met medewerkers ontwikkeld.",
        ]);
    });

    it('of duplicate-property name the repeated line\'s keyword as written', async () => {
        const result = await checkWorkspace({
            'o.pop': 'organisatie o "O" { visie v "V" over leren over leren }\npeople { person p "P" role "a" rol "b" }',
        });
        expect(result.all.filter(d => d.code === 'duplicate-property').map(d => d.message)).toEqual([
            "'over leren' may appear only once here: remove or merge the duplicate line.",
            "'rol' may appear only once here: remove or merge the duplicate line.",
        ]);
    });
});
