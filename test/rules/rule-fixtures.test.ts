import { describe, expect, it } from 'vitest';
import { loadCase, runRuleCase } from './rule-fixtures.js';

/** The fixture harness itself: it must read expectations right and catch a wrong one. */
describe('the rule fixture harness', () => {
    const plan = [
        '// settings: {"today": "2027-01-01"}',
        '// git: shared',
        'plan anna-2026 for anna {',
        '//   ^^^^^^^^^ no-review, no-reflection',
        '    coach mark',
        '}',
        '// expect: plan-without-coach 1:2-3:4',
    ].join('\n');

    it('reads carets, explicit ranges and directives', () => {
        const c = loadCase('trigger/x.pop', 'trigger', { 'x.pop': plan });
        expect(c.expectations).toEqual([
            { file: 'x.pop', code: 'no-review', range: '2:5-2:14' },
            { file: 'x.pop', code: 'no-reflection', range: '2:5-2:14' },
            { file: 'x.pop', code: 'plan-without-coach', range: '0:1-2:3' },
        ]);
        expect(c.settings).toEqual({ today: '2027-01-01' });
        expect(c.git).toEqual({ 'x.pop': true });
        expect(Object.keys(c.files)).toEqual(['organisation.pop', 'x.pop']);
    });

    it('leaves out the shared organisation on request', () => {
        const c = loadCase('silent/x.pop', 'silent', { 'x.pop': '// shared: none\n' });
        expect(Object.keys(c.files)).toEqual(['x.pop']);
    });

    it('fails a case whose caret is one column off', async () => {
        const off = 'plan anna-2026 for anna { coach mark }\n//    ^^^^^^^^^ no-review\n';
        const outcome = await runRuleCase('no-review', loadCase('trigger/off.pop', 'trigger', { 'off.pop': off }));
        expect(outcome.actual).toEqual(['off.pop no-review 0:5-0:14']);
        expect(outcome.expected).toEqual(['off.pop no-review 0:6-0:15']);
    });

    it('fails a case that does not parse, even when the rule is silent', async () => {
        const outcome = await runRuleCase('no-review', loadCase('silent/broken.pop', 'silent', { 'broken.pop': 'plan {' }));
        expect(outcome.actual).toEqual([]);
        expect(outcome.unexpectedErrors.length).toBeGreaterThan(0);
    });
});
