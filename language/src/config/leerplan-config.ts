import { DIMENSION_ROLES, type DimensionRole } from '../frameworks/builtin-frameworks.js';
import { isRuleCode, RULE_CODES, SEVERITY_SETTINGS, isSeveritySetting, type Lang, type RuleCode, type SeveritySetting } from '../rules/rule-registry.js';
import { isExistingDate } from '../meaning/dates.js';
import { closestName } from '../meaning/nearest-name.js';

/** The contents of `leerplan.json`, all keys optional. */
export interface LeerplanConfig {
    language?: Lang;
    today?: string;
    maxGoals?: number;
    /** `assessment-stale` fires when the latest assessment is older than this many months. */
    assessmentStaleMonths?: number;
    /** `plan-stale` (opt-in) fires when an active plan's file has not changed in Git for this many months. */
    planStaleMonths?: number;
    /** `feedback-not-followed-up` (opt-in) fires when an asked feedback moment is more than this many days past. */
    feedbackFollowUpDays?: number;
    requiredRoles?: DimensionRole[];
    rules?: Partial<Record<RuleCode, SeveritySetting>>;
    /** File discovery stops when a workspace reaches this many files and folders. */
    discoveryLimit?: number;
}

export interface ConfigError {
    /** Dotted key path (`rules.goal-without-vision`), or '' for the whole file. */
    key: string;
    message: string;
}

export const CONFIG_FILE_NAME = 'leerplan.json';
const KNOWN_KEYS = ['$schema', 'language', 'today', 'maxGoals', 'assessmentStaleMonths', 'planStaleMonths', 'feedbackFollowUpDays', 'requiredRoles', 'rules', 'discoveryLimit'];

/**
 * Reads `leerplan.json` text. Never throws: every problem is a ConfigError naming
 * the key, and the valid keys are still returned.
 */
export function parseConfig(text: string): { config: LeerplanConfig; errors: ConfigError[] } {
    const errors: ConfigError[] = [];
    const config: LeerplanConfig = {};
    let raw: unknown;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
        return { config, errors: [{ key: '', message: `not valid JSON (${(e as Error).message})` }] };
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return { config, errors: [{ key: '', message: 'must be a JSON object' }] };
    }
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        switch (key) {
            case '$schema':
                break;
            case 'language':
                if (value === 'en' || value === 'nl') config.language = value;
                else errors.push({ key, message: `must be "en" or "nl", not ${JSON.stringify(value)}` });
                break;
            case 'today':
                if (typeof value === 'string' && isExistingDate(value)) config.today = value;
                else errors.push({ key, message: `must be an existing date YYYY-MM-DD, not ${JSON.stringify(value)}` });
                break;
            case 'maxGoals':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config.maxGoals = value;
                else errors.push({ key, message: `must be a whole number of at least 1, not ${JSON.stringify(value)}` });
                break;
            case 'assessmentStaleMonths':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config.assessmentStaleMonths = value;
                else errors.push({ key, message: `must be a whole number of at least 1, not ${JSON.stringify(value)}` });
                break;
            case 'planStaleMonths':
            case 'feedbackFollowUpDays':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config[key] = value;
                else errors.push({ key, message: `must be a whole number of at least 1, not ${JSON.stringify(value)}` });
                break;
            case 'requiredRoles':
                if (Array.isArray(value) && value.every(v => (DIMENSION_ROLES as readonly unknown[]).includes(v))) {
                    config.requiredRoles = value as DimensionRole[];
                } else {
                    errors.push({ key, message: `must be a list of roles (${DIMENSION_ROLES.join(', ')}), not ${JSON.stringify(value)}` });
                }
                break;
            case 'rules':
                config.rules = parseRules(value, errors);
                break;
            case 'discoveryLimit':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config.discoveryLimit = value;
                else errors.push({ key, message: `must be a whole number of at least 1, not ${JSON.stringify(value)}` });
                break;
            default: {
                const hint = closestName(key, KNOWN_KEYS);
                errors.push({ key, message: `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}; known keys: ${KNOWN_KEYS.slice(1).join(', ')}` });
            }
        }
    }
    return { config, errors };
}

function parseRules(value: unknown, errors: ConfigError[]): Partial<Record<RuleCode, SeveritySetting>> {
    const rules: Partial<Record<RuleCode, SeveritySetting>> = {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        errors.push({ key: 'rules', message: `must be an object mapping rule codes to ${SEVERITY_SETTINGS.join('|')}` });
        return rules;
    }
    for (const [code, severity] of Object.entries(value as Record<string, unknown>)) {
        const key = `rules.${code}`;
        if (!isRuleCode(code)) {
            const hint = closestName(code, RULE_CODES);
            errors.push({ key, message: `unknown rule code${hint ? ` (did you mean "${hint}"?)` : ''}` });
        } else if (!isSeveritySetting(severity)) {
            errors.push({ key, message: `must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${JSON.stringify(severity)}` });
        } else {
            rules[code] = severity;
        }
    }
    return rules;
}
