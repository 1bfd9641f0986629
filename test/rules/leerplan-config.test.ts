import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../language/src/config/leerplan-config.js';
import { RULE_CODES } from '../../language/src/rules/rule-registry.js';

describe('leerplan.json', () => {
    it('accepts every rule code with every severity', () => {
        for (const severity of ['error', 'warning', 'info', 'hint', 'off']) {
            const rules = Object.fromEntries(RULE_CODES.map(code => [code, severity]));
            const { config, errors } = parseConfig(JSON.stringify({ rules }));
            expect(errors).toEqual([]);
            expect(config.rules).toEqual(rules);
        }
    });

    it('accepts every known key, with a byte-order mark too', () => {
        const text = '\uFEFF' + JSON.stringify({
            $schema: './leerplan.schema.json', language: 'nl', today: '2026-06-01', maxGoals: 3, assessmentStaleMonths: 6,
            requiredRoles: ['vision', 'team'], rules: { 'goal-without-vision': 'error' },
        });
        const { config, errors } = parseConfig(text);
        expect(errors).toEqual([]);
        expect(config).toEqual({
            language: 'nl', today: '2026-06-01', maxGoals: 3, assessmentStaleMonths: 6, requiredRoles: ['vision', 'team'],
            rules: { 'goal-without-vision': 'error' },
        });
    });

    it('rejects an unknown key, naming it and the nearest known key', () => {
        const { errors } = parseConfig('{"maxGoal": 3}');
        expect(errors.map(e => e.key)).toEqual(['maxGoal']);
        expect(errors[0].message).toContain('"maxGoals"');
    });

    it('rejects an unknown rule code, naming the key and the nearest code', () => {
        const { config, errors } = parseConfig('{"rules": {"goal-without-visoin": "off", "no-review": "off"}}');
        expect(errors.map(e => e.key)).toEqual(['rules.goal-without-visoin']);
        expect(errors[0].message).toContain('"goal-without-vision"');
        expect(config.rules).toEqual({ 'no-review': 'off' });
    });

    it('rejects an unknown severity, naming the key and the allowed values', () => {
        const { config, errors } = parseConfig('{"rules": {"no-review": "warn", "no-reflection": "ERROR"}}');
        expect(errors.map(e => e.key)).toEqual(['rules.no-review', 'rules.no-reflection']);
        for (const error of errors) expect(error.message).toContain('error, warning, info, hint, off');
        expect(config.rules).toEqual({});
    });

    it('rejects bad values of the other keys, each named', () => {
        const { config, errors } = parseConfig(JSON.stringify({
            language: 'de', today: '2026-02-30', maxGoals: 0, assessmentStaleMonths: -1, requiredRoles: ['vision', 'fun'], rules: ['off'],
        }));
        expect(errors.map(e => e.key)).toEqual(['language', 'today', 'maxGoals', 'assessmentStaleMonths', 'requiredRoles', 'rules']);
        expect(config).toEqual({ rules: {} });
    });

    it('reports text that is not a JSON object as a whole-file error, never throwing', () => {
        expect(parseConfig('{ "rules": ').errors.map(e => e.key)).toEqual(['']);
        expect(parseConfig('[1, 2]').errors.map(e => e.key)).toEqual(['']);
        expect(parseConfig('null').errors.map(e => e.key)).toEqual(['']);
    });
});
