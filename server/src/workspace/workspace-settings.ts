import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, MessageType, type ClientCapabilities, type Diagnostic } from 'vscode-languageserver-protocol';
import { resolveSettings, type LeerplanSettings, type LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import { configErrorText, type ConfigError, type LeerplanConfig } from '../../../language/src/config/leerplan-config.js';
import { isRuleCode, isSeveritySetting, type Lang, type RuleCode, type SeveritySetting } from '../../../language/src/rules/rule-registry.js';
import { findConfigFile, loadConfigFile } from '../../../node/src/config-file.js';
import { SETTINGS_SECTION, type LeerplanClientSettings } from '../protocol.js';

/** "leerplan.json: 'rules.x': unknown rule code" in the UI language (the detail comes from the config parser). */
function configProblem(lang: Lang, key: string, detail: string): string {
    if (lang === 'nl') return key ? `leerplan.json: sleutel '${key}': ${detail}` : `leerplan.json: ${detail}`;
    return key ? `leerplan.json: key '${key}': ${detail}` : `leerplan.json: ${detail}`;
}

/** One `leerplan.json`, as read. */
interface ConfigFile {
    uri: string;
    config: LeerplanConfig;
    errors: ConfigError[];
    text: string;
}

/** A workspace folder: its `leerplan.json` (if one governs it) and the editor's settings for it. */
interface Folder {
    path: string;
    file?: ConfigFile;
    client?: LeerplanClientSettings;
}

/** The client's `leerplan` section, checked value by value (a wrong value is ignored, never fatal). */
export function clientSettingsFrom(raw: unknown): LeerplanClientSettings {
    const client: LeerplanClientSettings = {};
    if (!raw || typeof raw !== 'object') return client;
    const section = raw as Record<string, unknown>;
    if (section.language === 'en' || section.language === 'nl' || section.language === 'auto') client.language = section.language;
    if (typeof section.maxGoals === 'number' && Number.isInteger(section.maxGoals) && section.maxGoals >= 1) client.maxGoals = section.maxGoals;
    if (section.rules && typeof section.rules === 'object') {
        const rules: Record<string, string> = {};
        for (const [code, severity] of Object.entries(section.rules as Record<string, unknown>)) {
            if (isRuleCode(code) && isSeveritySetting(severity)) rules[code] = severity;
        }
        client.rules = rules;
    }
    return client;
}

/**
 * The settings in force in the language server, from three sources: the editor's
 * display language (initialize `locale`), the client's `leerplan.*` settings and
 * the workspace's `leerplan.json`, which wins. Each workspace folder has its own:
 * the `leerplan.json` that governs it and the editor's settings read for it (its
 * scope); a document is checked with the settings of the folder it lies in, any
 * other document (untitled, outside the folders) with those of the first folder
 * that has a `leerplan.json`. `apply()` writes the merged result into the core's
 * Settings service and says whether anything changed, so the caller re-checks the
 * workspace only when it must. A bad `leerplan.json` becomes diagnostics on that
 * file plus one message naming the keys.
 */
export class WorkspaceSettings {
    private locale: string | undefined;
    private client: LeerplanClientSettings = {};
    private folders: Folder[] = [];
    private reportedFiles = new Set<string>();
    private applied = '';
    private shownErrors = '';

    constructor(private readonly settings: LeerplanSettingsProvider, private readonly connection: Connection | undefined) {}

    setLocale(locale: string | undefined): void {
        this.locale = locale;
    }

    /** Whether the client answers `workspace/configuration` (then each folder's settings are read with its scope). */
    private canFetch = false;

    setClientCapabilities(capabilities: ClientCapabilities | undefined): void {
        this.canFetch = capabilities?.workspace?.configuration === true;
    }

    /** Reads the editor's settings for each workspace folder (`workspace/configuration` with the folder as scope); true when that changed the settings. */
    async fetchFolderSettings(): Promise<boolean> {
        if (!this.connection || !this.canFetch || this.folders.length === 0) return false;
        const folders = this.folders.map(f => f.path);
        const values = await this.connection.workspace.getConfiguration(folders.map(path => ({ scopeUri: URI.file(path).toString(), section: SETTINGS_SECTION })));
        folders.forEach((path, i) => this.setFolderClientSettings(path, Array.isArray(values) ? values[i] : undefined));
        return this.apply();
    }

    /** The client's `leerplan` section without a scope (for the whole window). */
    setClientSettings(raw: unknown): void {
        this.client = clientSettingsFrom(raw);
    }

    /** The client's `leerplan` section for one workspace folder (read with the folder as scope). */
    setFolderClientSettings(path: string, raw: unknown): void {
        const folder = this.folders.find(f => f.path === path);
        if (folder) folder.client = raw === null || raw === undefined ? undefined : clientSettingsFrom(raw);
    }

    /** Reads the `leerplan.json` governing each workspace folder (the nearest one in it or above it). */
    loadConfigFile(folderPaths: string[]): void {
        const before = new Map(this.folders.map(f => [f.path, f.client]));
        const files = new Map<string, ConfigFile>();
        this.folders = folderPaths.map(path => {
            const found = findConfigFile(path);
            let file: ConfigFile | undefined;
            if (found) {
                file = files.get(found) ?? readConfigFile(found);
                if (file) files.set(found, file);
            }
            return { path, file, client: before.get(path) };
        });
        for (const uri of this.reportedFiles) {
            if (![...files.values()].some(f => f.uri === uri)) this.connection?.sendDiagnostics({ uri, diagnostics: [] });
        }
        this.reportedFiles = new Set([...files.values()].map(f => f.uri));
        this.reportConfigErrors();
    }

    /** The first `leerplan.json` of the folders: it governs what lies outside every folder. */
    private get mainFile(): ConfigFile | undefined {
        return this.folders.find(f => f.file)?.file;
    }

    /** The UI language: leerplan.json, then the client setting, then the editor's locale. */
    language(config: LeerplanConfig = this.mainFile?.config ?? {}, client: LeerplanClientSettings = this.client): Lang {
        if (config.language) return config.language;
        if (client.language === 'en' || client.language === 'nl') return client.language;
        return /^nl([_.-]|$)/i.test(this.locale ?? '') ? 'nl' : 'en';
    }

    private merge(config: LeerplanConfig, client: LeerplanClientSettings): LeerplanSettings {
        const rules = client.rules as Partial<Record<RuleCode, SeveritySetting>> | undefined;
        return resolveSettings({ lang: this.language(config, client), maxGoals: client.maxGoals, rules }, config);
    }

    /** Where file discovery stops (`discoveryLimit` of the governing leerplan.json), or undefined for the default. */
    discoveryLimit(): number | undefined {
        return this.mainFile?.config.discoveryLimit;
    }

    /** Writes the merged settings into the core; true when they differ from those in force. */
    apply(): boolean {
        const main = this.merge(this.mainFile?.config ?? {}, this.client);
        const perFolder = this.folders.map(folder => ({
            prefix: folder.path.endsWith(sep) ? folder.path : folder.path + sep,
            settings: this.merge(folder.file?.config ?? {}, { ...this.client, ...folder.client }),
        })).sort((a, b) => b.prefix.length - a.prefix.length);
        const state = JSON.stringify({ main, perFolder });
        const changed = state !== this.applied;
        this.applied = state;
        this.settings.set(main);
        // The last answer is kept: a document's phases ask for its own folder's settings several times in a row.
        let lastUri: string | undefined;
        let lastSettings: LeerplanSettings | undefined;
        this.settings.setResolver(perFolder.length === 0 ? undefined : uri => {
            if (uri === lastUri) return lastSettings;
            const path = uri.startsWith('file:') ? URI.parse(uri).fsPath : undefined;
            lastSettings = path === undefined ? undefined : perFolder.find(folder => path.startsWith(folder.prefix))?.settings;
            lastUri = uri;
            return lastSettings;
        });
        if (changed) this.reportConfigErrors();
        return changed;
    }

    private reportConfigErrors(): void {
        if (!this.connection) return;
        const messages: string[] = [];
        const reported = new Set<string>();
        for (const folder of this.folders) {
            const file = folder.file;
            if (!file || reported.has(file.uri)) continue;
            reported.add(file.uri);
            const lang = this.language(file.config);
            const diagnostics: Diagnostic[] = file.errors.map(error => ({
                range: rangeOfKey(file.text, error.key),
                severity: DiagnosticSeverity.Error,
                source: 'leerplan',
                code: 'config',
                message: configProblem(lang, error.key, configErrorText(error, lang)),
            }));
            this.connection.sendDiagnostics({ uri: file.uri, diagnostics });
            messages.push(...diagnostics.map(d => String(d.message)));
        }
        const summary = messages.join('\n');
        if (summary && summary !== this.shownErrors) {
            void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: summary });
        }
        this.shownErrors = summary;
    }
}

function readConfigFile(path: string): ConfigFile | undefined {
    // A file deleted since it was found is no file: nothing to report.
    if (!existsSync(path)) return undefined;
    const loaded = loadConfigFile(path);
    return { uri: URI.file(path).toString(), config: loaded.config, errors: loaded.errors, text: loaded.text };
}

/** Where a (dotted) key is written in leerplan.json: its last segment in quotes, else the first line. */
function rangeOfKey(text: string, key: string): Diagnostic['range'] {
    const last = key.split('.').slice(key.startsWith('rules.') ? 1 : 0).join('.');
    const at = last ? text.indexOf(`"${last}"`) : -1;
    if (at < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    return { start: { line, character }, end: { line, character: character + last.length + 2 } };
}
