import { describe, expect, it } from 'vitest';
import { configErrorText, parseConfig } from '../../language/src/config/leerplan-config.js';
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
        expect(configErrorText(errors[0], 'en')).toContain('"maxGoals"');
        expect(configErrorText(errors[0], 'nl')).toBe(`onbekende sleutel (bedoel je "maxGoals"?); bekende sleutels: language, today, maxGoals, assessmentStaleMonths, planStaleMonths, feedbackFollowUpDays, requiredRoles, rules, discoveryLimit`);
    });

    it('rejects an unknown rule code, naming the key and the nearest code', () => {
        const { config, errors } = parseConfig('{"rules": {"goal-without-visoin": "off", "no-review": "off"}}');
        expect(errors.map(e => e.key)).toEqual(['rules.goal-without-visoin']);
        expect(configErrorText(errors[0], 'en')).toBe('unknown rule code (did you mean "goal-without-vision"?)');
        expect(configErrorText(errors[0], 'nl')).toBe('onbekende regelcode (bedoel je "goal-without-vision"?)');
        expect(config.rules).toEqual({ 'no-review': 'off' });
    });

    it('rejects an unknown severity, naming the key and the allowed values', () => {
        const { config, errors } = parseConfig('{"rules": {"no-review": "warn", "no-reflection": "ERROR"}}');
        expect(errors.map(e => e.key)).toEqual(['rules.no-review', 'rules.no-reflection']);
        for (const error of errors) expect(configErrorText(error, 'en')).toContain('error, warning, info, hint, off');
        expect(configErrorText(errors[0], 'nl')).toBe('moet een van error, warning, info, hint, off zijn, niet "warn"');
        expect(config.rules).toEqual({});
    });

    it('rejects bad values of the other keys, each named', () => {
        const { config, errors } = parseConfig(JSON.stringify({
            language: 'de', today: '2026-02-30', maxGoals: 0, assessmentStaleMonths: -1, requiredRoles: ['vision', 'fun'], rules: ['off'],
        }));
        expect(errors.map(e => e.key)).toEqual(['language', 'today', 'maxGoals', 'assessmentStaleMonths', 'requiredRoles', 'rules']);
        expect(config).toEqual({ rules: {} });
    });

    it('says every problem in English and in Dutch, every word', () => {
        const { errors } = parseConfig(JSON.stringify({
            language: 'de', today: '2026-02-30', maxGoals: 0, requiredRoles: ['vision', 'fun'], rules: ['off'],
        }));
        expect(errors.map(e => configErrorText(e, 'en'))).toEqual([
            'must be "en" or "nl", not "de"',
            'must be an existing date YYYY-MM-DD, not "2026-02-30"',
            'must be a whole number of at least 1, not 0',
            'must be a list of roles (vision, feedback, team, leadership, workplace, external), not ["vision","fun"]',
            'must be an object mapping rule codes to error|warning|info|hint|off',
        ]);
        expect(errors.map(e => configErrorText(e, 'nl'))).toEqual([
            'moet "en" of "nl" zijn, niet "de"',
            'moet een bestaande datum JJJJ-MM-DD zijn, niet "2026-02-30"',
            'moet een geheel getal van minstens 1 zijn, niet 0',
            'moet een lijst van rollen zijn (vision, feedback, team, leadership, workplace, external), niet ["vision","fun"]',
            'moet een object zijn dat regelcodes koppelt aan error|warning|info|hint|off',
        ]);
        const json = parseConfig('{\n  "today" 1\n}').errors[0];
        expect(configErrorText(json, 'en')).toMatch(/^not valid JSON \(Expected ':' after property name in JSON at position 12.*\)$/);
        expect(configErrorText(json, 'nl')).toBe('geen geldige JSON (regel 2, kolom 11)');
        expect(configErrorText(parseConfig('{ "today": x }').errors[0], 'nl')).toBe("geen geldige JSON (onverwacht: 'x')");
        expect(configErrorText(parseConfig('{ "rules": ').errors[0], 'nl')).toBe('geen geldige JSON (de tekst houdt midden in een waarde op)');
        expect(configErrorText(parseConfig('[1]').errors[0], 'nl')).toBe('moet een JSON-object zijn');
    });

    it('reports text that is not a JSON object as a whole-file error, never throwing', () => {
        expect(parseConfig('{ "rules": ').errors.map(e => e.key)).toEqual(['']);
        expect(parseConfig('[1, 2]').errors.map(e => e.key)).toEqual(['']);
        expect(parseConfig('null').errors.map(e => e.key)).toEqual(['']);
    });
});
