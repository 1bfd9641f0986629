import type { DimensionRole } from '../frameworks/builtin-frameworks.js';
import type { Lang, RuleCode, SeveritySetting } from '../rules/rule-registry.js';
import { localToday } from '../meaning/dates.js';
import type { LeerplanConfig } from './leerplan-config.js';

/** Everything a check depends on besides the documents themselves. */
export interface LeerplanSettings {
    /** Language of messages, hovers and summaries. */
    lang: Lang;
    /** The date `overdue` and `member-without-plan` compare with (YYYY-MM-DD). */
    today: string;
    /** `too-many-goals` fires above this number of goals in one plan. */
    maxGoals: number;
    /** `assessment-stale` fires when the latest assessment is older than this many months. */
    assessmentStaleMonths: number;
    /** `plan-stale` (opt-in) fires when an active plan has not changed in Git for this many months. */
    planStaleMonths: number;
    /** `feedback-not-followed-up` (opt-in) fires when an asked feedback moment is more than this many days past. */
    feedbackFollowUpDays: number;
    /** Roles a team's goals must cover (`team-missing-role`). */
    requiredRoles: DimensionRole[];
    /** Severity per rule code; missing codes use the registry's default. */
    rules: Partial<Record<RuleCode, SeveritySetting>>;
}

export function defaultSettings(): LeerplanSettings {
    return { lang: 'en', today: localToday(), maxGoals: 5, assessmentStaleMonths: 12, planStaleMonths: 6, feedbackFollowUpDays: 14, requiredRoles: ['vision', 'feedback'], rules: {} };
}

/**
 * The settings in force, from three layers, each winning over the one before:
 * what the host knows (the shell's locale, the editor's settings), the
 * `leerplan.json` that governs the files, and what the user asked for this one run
 * (`leerplan check --lang nl --today ...`). Missing values fall back to the
 * defaults; rule severities are merged code by code.
 */
export function resolveSettings(host: Partial<LeerplanSettings>, config: LeerplanConfig, run: Partial<LeerplanSettings> = {}): LeerplanSettings {
    const base = defaultSettings();
    return {
        lang: run.lang ?? config.language ?? host.lang ?? base.lang,
        today: run.today ?? config.today ?? host.today ?? base.today,
        maxGoals: run.maxGoals ?? config.maxGoals ?? host.maxGoals ?? base.maxGoals,
        assessmentStaleMonths: run.assessmentStaleMonths ?? config.assessmentStaleMonths ?? host.assessmentStaleMonths ?? base.assessmentStaleMonths,
        planStaleMonths: run.planStaleMonths ?? config.planStaleMonths ?? host.planStaleMonths ?? base.planStaleMonths,
        feedbackFollowUpDays: run.feedbackFollowUpDays ?? config.feedbackFollowUpDays ?? host.feedbackFollowUpDays ?? base.feedbackFollowUpDays,
        requiredRoles: run.requiredRoles ?? config.requiredRoles ?? host.requiredRoles ?? base.requiredRoles,
        rules: { ...host.rules, ...config.rules, ...run.rules },
    };
}

/**
 * Holds the settings in force. The CLI sets them once; the language server updates
 * them when `leerplan.json` or the editor settings change and then re-checks.
 *
 * In a workspace of several folders each folder may have its own settings (its own
 * `leerplan.json`, the editor's settings for that folder): `setResolver` says which
 * settings govern a document, and `within` puts them in force while a document is
 * checked (synchronously: a check reads `get()`).
 */
export class LeerplanSettingsProvider {
    private current: LeerplanSettings = defaultSettings();
    private scoped: LeerplanSettings | undefined;
    private resolve: ((uri: string) => LeerplanSettings | undefined) | undefined;

    get(): LeerplanSettings {
        return this.scoped ?? this.current;
    }

    /** How to find the settings of one document (undefined: those set with `set`). */
    setResolver(resolve: ((uri: string) => LeerplanSettings | undefined) | undefined): void {
        this.resolve = resolve;
    }

    /**
     * True when the same settings govern both documents: the same workspace folder (or one
     * workspace, as in the CLI). A check that asks what "the workspace" does (names a
     * dimension, holds a plan) asks it of the document's own folder.
     */
    sameScope(a: string, b: string): boolean {
        return !this.resolve || a === b || this.resolve(a) === this.resolve(b);
    }

    /** Runs `action` with the settings that govern the document `uri` in force. */
    within<T>(uri: { toString(): string }, action: () => T): T {
        const settings = this.resolve?.(uri.toString());
        if (!settings) return action();
        const outer = this.scoped;
        this.scoped = settings;
        try {
            return action();
        } finally {
            this.scoped = outer;
        }
    }

    set(settings: LeerplanSettings): void {
        this.current = settings;
    }

    update(partial: Partial<LeerplanSettings>): void {
        this.current = { ...this.current, ...partial };
    }
}
