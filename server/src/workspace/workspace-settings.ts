import { existsSync } from 'node:fs';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, MessageType, type Diagnostic } from 'vscode-languageserver-protocol';
import { resolveSettings, type LeerplanSettings, type LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import type { ConfigError, LeerplanConfig } from '../../../language/src/config/leerplan-config.js';
import { isRuleCode, isSeveritySetting, type Lang } from '../../../language/src/rules/rule-registry.js';
import { findConfigFile, loadConfigFile } from '../../../node/src/config-file.js';
import type { LeerplanClientSettings } from '../protocol.js';

/** The client's settings once checked: only known rule codes and severities. */
type ClientSettings = Omit<LeerplanClientSettings, 'rules'> & { rules?: LeerplanSettings['rules'] };

/** "leerplan.json: 'rules.x': unknown rule code" in the UI language (the detail comes from the config parser). */
function configProblem(lang: Lang, key: string, detail: string): string {
    if (lang === 'nl') return key ? `leerplan.json: sleutel '${key}': ${detail}` : `leerplan.json: ${detail}`;
    return key ? `leerplan.json: key '${key}': ${detail}` : `leerplan.json: ${detail}`;
}

/**
 * The settings in force in the language server, from three sources: the editor's
 * display language (initialize `locale`), the client's `leerplan.*` settings and
 * the workspace's `leerplan.json`, which wins. `apply()` writes the merged result
 * into the core's Settings service and says whether anything changed, so the
 * caller re-checks the workspace only when it must. A bad `leerplan.json` becomes
 * diagnostics on that file plus one message naming the keys.
 */
export class WorkspaceSettings {
    private locale: string | undefined;
    private client: ClientSettings = {};
    private configUri: string | undefined;
    private config: LeerplanConfig = {};
    private configErrors: ConfigError[] = [];
    private configText = '';
    private shownErrors = '';

    constructor(private readonly settings: LeerplanSettingsProvider, private readonly connection: Connection | undefined) {}

    setLocale(locale: string | undefined): void {
        this.locale = locale;
    }

    /** The client's `leerplan` section, checked value by value (a wrong value is ignored, never fatal). */
    setClientSettings(raw: unknown): void {
        const client: ClientSettings = {};
        if (raw && typeof raw === 'object') {
            const section = raw as Record<string, unknown>;
            if (section.language === 'en' || section.language === 'nl' || section.language === 'auto') client.language = section.language;
            if (typeof section.maxGoals === 'number' && Number.isInteger(section.maxGoals) && section.maxGoals >= 1) client.maxGoals = section.maxGoals;
            if (section.rules && typeof section.rules === 'object') {
                const rules: LeerplanSettings['rules'] = {};
                for (const [code, severity] of Object.entries(section.rules as Record<string, unknown>)) {
                    if (isRuleCode(code) && isSeveritySetting(severity)) rules[code] = severity;
                }
                client.rules = rules;
            }
        }
        this.client = client;
    }

    /** Reads the `leerplan.json` governing the first workspace folder that has one. */
    loadConfigFile(folders: string[]): void {
        const previous = this.configUri;
        let path: string | undefined;
        for (const folder of folders) {
            path = findConfigFile(folder);
            if (path) break;
        }
        this.configUri = path ? URI.file(path).toString() : undefined;
        this.config = {};
        this.configErrors = [];
        this.configText = '';
        if (path) {
            const loaded = loadConfigFile(path);
            // A file deleted since it was found is no file: nothing to report.
            if (loaded.text !== '' || existsSync(path)) ({ config: this.config, errors: this.configErrors, text: this.configText } = loaded);
        }
        if (previous && previous !== this.configUri) this.connection?.sendDiagnostics({ uri: previous, diagnostics: [] });
        this.reportConfigErrors();
    }

    /** Where file discovery stops (leerplan.json `discoveryLimit`), or undefined for the default. */
    discoveryLimit(): number | undefined {
        return this.config.discoveryLimit;
    }

    /** The UI language: leerplan.json, then the client setting, then the editor's locale. */
    language(): Lang {
        if (this.config.language) return this.config.language;
        if (this.client.language === 'en' || this.client.language === 'nl') return this.client.language;
        return /^nl([_.-]|$)/i.test(this.locale ?? '') ? 'nl' : 'en';
    }

    /** Writes the merged settings into the core; true when they differ from those in force. */
    apply(): boolean {
        const merged = resolveSettings({ lang: this.language(), maxGoals: this.client.maxGoals, rules: this.client.rules }, this.config);
        const changed = JSON.stringify(merged) !== JSON.stringify(this.settings.get());
        if (changed) this.settings.set(merged);
        if (changed) this.reportConfigErrors();
        return changed;
    }

    private reportConfigErrors(): void {
        if (!this.configUri || !this.connection) return;
        const lang = this.language();
        const diagnostics: Diagnostic[] = this.configErrors.map(error => ({
            range: this.rangeOfKey(error.key),
            severity: DiagnosticSeverity.Error,
            source: 'leerplan',
            code: 'config',
            message: configProblem(lang, error.key, error.message),
        }));
        this.connection.sendDiagnostics({ uri: this.configUri, diagnostics });
        const summary = diagnostics.map(d => d.message).join('\n');
        if (summary && summary !== this.shownErrors) {
            void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: summary });
        }
        this.shownErrors = summary;
    }

    /** Where a (dotted) key is written in leerplan.json: its last segment in quotes, else the first line. */
    private rangeOfKey(key: string): Diagnostic['range'] {
        const last = key.split('.').slice(key.startsWith('rules.') ? 1 : 0).join('.');
        const at = last ? this.configText.indexOf(`"${last}"`) : -1;
        if (at < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
        const before = this.configText.slice(0, at);
        const line = before.split('\n').length - 1;
        const character = at - (before.lastIndexOf('\n') + 1);
        return { start: { line, character }, end: { line, character: character + last.length + 2 } };
    }
}
