import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../language/src/rules/rule-registry.js';
import { fixtureRuleCodes, loadRuleCases, runRuleCase } from './rule-fixtures.js';

/**
 * Every rule of the catalogue, driven by the fixtures under test/fixtures/rules/: a new
 * rule is a new folder, no new test code.
 */
describe('the rule fixtures', () => {
    it('cover every rule code of the registry, and no other', () => {
        expect(fixtureRuleCodes()).toEqual([...RULE_CODES].sort());
    });

    for (const code of RULE_CODES) {
        it(`${code} has at least one triggering and one silent case`, () => {
            const cases = loadRuleCases(code);
            expect(cases.filter(c => c.kind === 'trigger').length).toBeGreaterThan(0);
            expect(cases.filter(c => c.kind === 'silent').length).toBeGreaterThan(0);
        });
    }
});

for (const code of RULE_CODES) {
    describe(code, () => {
        for (const ruleCase of loadRuleCases(code)) {
            it(`${ruleCase.title} reports exactly the annotated diagnostics`, async () => {
                if (ruleCase.kind === 'trigger') {
                    expect(ruleCase.expectations.some(e => e.code === code), 'a trigger case annotates its own rule').toBe(true);
                } else {
                    expect(ruleCase.expectations.filter(e => e.code === code), 'a silent case expects none of its rule').toEqual([]);
                }
                const outcome = await runRuleCase(code, ruleCase);
                expect(outcome.unexpectedErrors).toEqual([]);
                expect(outcome.actual).toEqual(outcome.expected);
            });

            it(`${ruleCase.title} reports the same with CRLF line ends`, async () => {
                const files = Object.fromEntries(Object.entries(ruleCase.files).map(([name, text]) => [name, text.replace(/\r?\n/g, '\r\n')]));
                const outcome = await runRuleCase(code, { ...ruleCase, files });
                expect(outcome.unexpectedErrors).toEqual([]);
                expect(outcome.actual).toEqual(outcome.expected);
            });
        }
    });
}
