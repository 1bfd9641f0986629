import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { RULE_CODES, RULES, type SeveritySetting } from '../../language/src/rules/rule-registry.js';
import { checkWorkspace } from '../helpers/check.js';
import { fixtureGitView, loadRuleCases } from './rule-fixtures.js';

/** The default severities of design/product.md's rule catalogue, of language-v2.md's new codes, of issue 16's and of the rules added since. */
const PRODUCT_DEFAULTS: Record<string, string> = {
    'invalid-moment': 'error', 'reflection-without-moment': 'info', 'invalid-level': 'error', 'invalid-score': 'error',
    'assessment-gap': 'info', 'assessment-stale': 'info', 'assessment-without-employees': 'info',
    'feedback-not-followed-up': 'info', 'plan-stale': 'info',
    'goal-without-vision': 'warning', 'goal-without-feedback': 'warning', 'feedback-without-moment': 'warning',
    'feedback-from-self': 'warning', 'feedback-without-question': 'info',
    'feedback-after-due': 'warning', 'feedback-only-given': 'info', 'lead-not-asking-team': 'info',
    'goal-without-dimension': 'warning', 'goal-without-action': 'warning', 'goal-named-after-form': 'info', 'goal-without-evidence': 'info', 'evidence-is-attendance': 'info',
    'goal-without-due': 'info', 'due-outside-period': 'warning', 'too-many-goals': 'info',
    'only-formal-learning': 'info', 'no-review': 'warning', 'no-reflection': 'info', 'plan-without-coach': 'warning',
    'invalid-date': 'error', 'invalid-period': 'error', 'overdue': 'info', 'done-without-evidence': 'warning',
    'team-missing-role': 'warning', 'member-without-plan': 'info', 'vision-without-learning': 'info',
    'vision-not-shared': 'info', 'private-in-tracked-file': 'warning', 'public-in-private-file': 'error', 'mixed-keyword-language': 'hint',
    'unknown-learning-form': 'warning', 'duplicate-property': 'error', 'parse-error': 'error',
    'link-error': 'error', 'duplicate-id': 'error',
};

const LSP: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

const SETTINGS: SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

describe('rule severities', () => {
    it('default to the severities of the product catalogue', () => {
        const defaults = Object.fromEntries(RULE_CODES.map(code => [code, RULES[code].defaultSeverity]));
        expect(defaults).toEqual(PRODUCT_DEFAULTS);
    });

    for (const code of RULE_CODES) {
        it(`${code} is reported at its default severity and can be set to ${SETTINGS.join('|')}`, async () => {
            const trigger = loadRuleCases(code).find(c => c.kind === 'trigger')!;
            const run = async (setting?: SeveritySetting) => {
                const rules = { ...trigger.settings.rules, ...(setting ? { [code]: setting } : {}) };
                const result = await checkWorkspace(trigger.files, { ...trigger.settings, rules }, fixtureGitView(trigger.git, trigger.history));
                return result.all.filter(d => d.code === code);
            };
            const byDefault = await run();
            expect(byDefault.length).toBeGreaterThan(0);
            expect(new Set(byDefault.map(d => d.severity))).toEqual(new Set([LSP[RULES[code].defaultSeverity as keyof typeof LSP]]));
            for (const setting of SETTINGS) {
                const reported = await run(setting);
                if (setting === 'off') {
                    expect(reported).toEqual([]);
                } else {
                    expect(reported.length).toBe(byDefault.length);
                    expect(new Set(reported.map(d => d.severity))).toEqual(new Set([LSP[setting]]));
                }
            }
        });
    }

    it('turning one rule off leaves the others alone', async () => {
        const files = { 'p.pop': 'plan p for nobody { }' };
        const on = await checkWorkspace(files);
        const off = await checkWorkspace(files, { rules: { 'plan-without-coach': 'off' } });
        expect(on.codes['p.pop']).toContain('plan-without-coach');
        expect(off.codes['p.pop']).toEqual(on.codes['p.pop'].filter(c => c !== 'plan-without-coach'));
    });
});
