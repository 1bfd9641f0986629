import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../language/src/rules/rule-registry.js';
import { DIMENSION_ROLES } from '../../language/src/frameworks/builtin-frameworks.js';
import { parseConfig } from '../../language/src/config/leerplan-config.js';
import { isExistingDate } from '../../language/src/meaning/dates.js';
import { REPO_ROOT } from './cli-harness.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'leerplan.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Configurations and whether they are valid: the schema and the CLI's own parser must agree on each. */
const SAMPLES: Array<[string, unknown, boolean]> = [
    ['empty', {}, true],
    ['everything', { $schema: './x.json', language: 'nl', today: '2026-06-15', maxGoals: 3, requiredRoles: ['vision', 'team'], rules: { 'goal-without-vision': 'error', overdue: 'off' } }, true],
    ['English', { language: 'en' }, true],
    ['unknown language', { language: 'de' }, false],
    ['language not a string', { language: 1 }, false],
    ['leap day', { today: '2028-02-29' }, true],
    ['leap day of a century that is no leap year', { today: '2100-02-29' }, false],
    ['leap day of 2000', { today: '2000-02-29' }, true],
    ['February 30', { today: '2026-02-30' }, false],
    ['April 31', { today: '2026-04-31' }, false],
    ['date without dashes', { today: '20260615' }, false],
    ['date with a time', { today: '2026-06-15T10:00' }, false],
    ['maxGoals 1', { maxGoals: 1 }, true],
    ['maxGoals 0', { maxGoals: 0 }, false],
    ['maxGoals 2.5', { maxGoals: 2.5 }, false],
    ['maxGoals as text', { maxGoals: '3' }, false],
    ['assessmentStaleMonths 6', { assessmentStaleMonths: 6 }, true],
    ['assessmentStaleMonths 0', { assessmentStaleMonths: 0 }, false],
    ['assessmentStaleMonths 1.5', { assessmentStaleMonths: 1.5 }, false],
    ['no required roles', { requiredRoles: [] }, true],
    ['all six roles', { requiredRoles: [...DIMENSION_ROLES] }, true],
    ['unknown role', { requiredRoles: ['vision', 'cooking'] }, false],
    ['roles not a list', { requiredRoles: 'vision' }, false],
    ['unknown rule', { rules: { 'goal-without-visions': 'warning' } }, false],
    ['unknown severity', { rules: { overdue: 'fatal' } }, false],
    ['rules not an object', { rules: ['overdue'] }, false],
    ['unknown key', { maxgoals: 3 }, false],
    ['discoveryLimit', { discoveryLimit: 500 }, true],
    ['discoveryLimit 0', { discoveryLimit: 0 }, false],
    ['discoveryLimit not whole', { discoveryLimit: 1.5 }, false],
    ['not an object', [], false],
    ['a number', 5, false],
];

describe('schema/leerplan.schema.json', () => {
    it('is a draft-07 schema that names exactly the rule codes of the registry, in order', () => {
        expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
        expect(Object.keys(schema.properties.rules.properties)).toEqual([...RULE_CODES]);
        expect(schema.properties.rules.additionalProperties).toBe(false);
        expect(schema.definitions.severity.enum).toEqual(['error', 'warning', 'info', 'hint', 'off']);
        expect(schema.definitions.role.enum).toEqual([...DIMENSION_ROLES]);
        expect(schema.additionalProperties).toBe(false);
    });

    it.each(SAMPLES)('agrees with the configuration parser: %s', (_name, sample, valid) => {
        expect(validate(sample)).toBe(valid);
        expect(parseConfig(JSON.stringify(sample)).errors.length === 0).toBe(valid);
    });

    it('accepts exactly the dates that exist, like the parser', () => {
        const pattern = new RegExp(schema.properties.today.pattern);
        const mismatches: string[] = [];
        for (const year of [1900, 1996, 2000, 2023, 2024, 2026, 2100, 2400]) {
            for (let month = 0; month <= 13; month++) {
                for (let day = 0; day <= 32; day++) {
                    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
                    if (pattern.test(date) !== isExistingDate(date)) mismatches.push(date);
                }
            }
        }
        expect(mismatches).toEqual([]);
    });

    it('gives every setting a description in English and Dutch', () => {
        for (const [key, property] of Object.entries<{ description?: string }>(schema.properties)) {
            expect(property.description, key).toMatch(/ \/ /);
        }
    });
});
