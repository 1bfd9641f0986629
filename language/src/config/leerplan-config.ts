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
    /** What is wrong, said in either language by `configErrorText`. */
    problem: ConfigProblem;
}

/** What is wrong with a key of `leerplan.json`, or with the whole file (`key` ''). */
export type ConfigProblem =
    /** JSON.parse's own message (English), and where it stopped when it says so. */
    | { kind: 'json'; detail: string; line?: number; column?: number }
    | { kind: 'not-object' }
    | { kind: 'language' | 'date' | 'count' | 'roles' | 'severity'; value: unknown }
    | { kind: 'rules-object' }
    | { kind: 'unknown-key' | 'unknown-rule'; hint?: string }
    /** The file could not be read; the host says why in both languages. */
    | { kind: 'unreadable'; why: { en: string; nl: string } };

/** A config problem in words, in English or Dutch (without the key: the host names it). */
export function configErrorText(error: ConfigError, lang: Lang): string {
    const p = error.problem;
    const nl = lang === 'nl';
    const value = 'value' in p ? JSON.stringify(p.value) : '';
    const hint = 'hint' in p && p.hint ? (nl ? ` (bedoel je "${p.hint}"?)` : ` (did you mean "${p.hint}"?)`) : '';
    switch (p.kind) {
        case 'json': return nl ? `geen geldige JSON${jsonPlaceNl(p)}` : `not valid JSON (${p.detail})`;
        case 'not-object': return nl ? 'moet een JSON-object zijn' : 'must be a JSON object';
        case 'language': return nl ? `moet "en" of "nl" zijn, niet ${value}` : `must be "en" or "nl", not ${value}`;
        case 'date': return nl ? `moet een bestaande datum JJJJ-MM-DD zijn, niet ${value}` : `must be an existing date YYYY-MM-DD, not ${value}`;
        case 'count': return nl ? `moet een geheel getal van minstens 1 zijn, niet ${value}` : `must be a whole number of at least 1, not ${value}`;
        case 'roles': return nl ? `moet een lijst van rollen zijn (${DIMENSION_ROLES.join(', ')}), niet ${value}` : `must be a list of roles (${DIMENSION_ROLES.join(', ')}), not ${value}`;
        case 'severity': return nl ? `moet een van ${SEVERITY_SETTINGS.join(', ')} zijn, niet ${value}` : `must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${value}`;
        case 'rules-object': return nl ? `moet een object zijn dat regelcodes koppelt aan ${SEVERITY_SETTINGS.join('|')}` : `must be an object mapping rule codes to ${SEVERITY_SETTINGS.join('|')}`;
        case 'unknown-key': return nl ? `onbekende sleutel${hint}; bekende sleutels: ${KNOWN_KEYS.slice(1).join(', ')}` : `unknown key${hint}; known keys: ${KNOWN_KEYS.slice(1).join(', ')}`;
        case 'unknown-rule': return nl ? `onbekende regelcode${hint}` : `unknown rule code${hint}`;
        case 'unreadable': return nl ? `kan niet worden gelezen: ${p.why.nl}` : `cannot be read: ${p.why.en}`;
    }
}

/** Where JSON.parse stopped, in Dutch (its own message is English): the line and column, the unexpected word, or that the text ends too soon. */
function jsonPlaceNl(problem: { detail: string; line?: number; column?: number }): string {
    if (problem.line !== undefined && problem.column !== undefined) return ` (regel ${problem.line}, kolom ${problem.column})`;
    const token = /^Unexpected token '(.{1,20})'/.exec(problem.detail);
    if (token) return ` (onverwacht: '${token[1]}')`;
    return /end of JSON input/.test(problem.detail) ? ' (de tekst houdt midden in een waarde op)' : '';
}

/** The line and column (from 1) of the position JSON.parse names in its message, if it names one. */
function jsonPlace(text: string, detail: string): { line?: number; column?: number } {
    const at = /at position (\d+)/.exec(detail);
    if (!at) return {};
    const before = text.slice(0, Number(at[1]));
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
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
    const json = text.replace(/^\uFEFF/, '');
    try {
        raw = JSON.parse(json);
    } catch (e) {
        const detail = (e as Error).message;
        return { config, errors: [{ key: '', problem: { kind: 'json', detail, ...jsonPlace(json, detail) } }] };
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return { config, errors: [{ key: '', problem: { kind: 'not-object' } }] };
    }
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        switch (key) {
            case '$schema':
                break;
            case 'language':
                if (value === 'en' || value === 'nl') config.language = value;
                else errors.push({ key, problem: { kind: 'language', value } });
                break;
            case 'today':
                if (typeof value === 'string' && isExistingDate(value)) config.today = value;
                else errors.push({ key, problem: { kind: 'date', value } });
                break;
            case 'maxGoals':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config.maxGoals = value;
                else errors.push({ key, problem: { kind: 'count', value } });
                break;
            case 'assessmentStaleMonths':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config.assessmentStaleMonths = value;
                else errors.push({ key, problem: { kind: 'count', value } });
                break;
            case 'planStaleMonths':
            case 'feedbackFollowUpDays':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config[key] = value;
                else errors.push({ key, problem: { kind: 'count', value } });
                break;
            case 'requiredRoles':
                if (Array.isArray(value) && value.every(v => (DIMENSION_ROLES as readonly unknown[]).includes(v))) {
                    config.requiredRoles = value as DimensionRole[];
                } else {
                    errors.push({ key, problem: { kind: 'roles', value } });
                }
                break;
            case 'rules':
                config.rules = parseRules(value, errors);
                break;
            case 'discoveryLimit':
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1) config.discoveryLimit = value;
                else errors.push({ key, problem: { kind: 'count', value } });
                break;
            default: {
                const hint = closestName(key, KNOWN_KEYS);
                errors.push({ key, problem: { kind: 'unknown-key', hint } });
            }
        }
    }
    return { config, errors };
}

function parseRules(value: unknown, errors: ConfigError[]): Partial<Record<RuleCode, SeveritySetting>> {
    const rules: Partial<Record<RuleCode, SeveritySetting>> = {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        errors.push({ key: 'rules', problem: { kind: 'rules-object' } });
        return rules;
    }
    for (const [code, severity] of Object.entries(value as Record<string, unknown>)) {
        const key = `rules.${code}`;
        if (!isRuleCode(code)) {
            const hint = closestName(code, RULE_CODES);
            errors.push({ key, problem: { kind: 'unknown-rule', hint } });
        } else if (!isSeveritySetting(severity)) {
            errors.push({ key, problem: { kind: 'severity', value: severity } });
        } else {
            rules[code] = severity;
        }
    }
    return rules;
}
