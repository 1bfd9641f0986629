import { DefaultConfigurationProvider, type ConfigurationInitializedParams } from 'langium';
import type { DidChangeConfigurationParams } from 'vscode-languageserver-protocol';
import { SETTINGS_SECTION } from '../protocol.js';

type Fetch = NonNullable<ConfigurationInitializedParams['fetchConfiguration']>;

/**
 * Client settings live under `leerplan.*` (not under the language id `pop`).
 * Every update of that section is passed on, so the server can merge it with
 * `leerplan.json` and re-check. A client that announces a change without the new
 * values (`settings: null`, the way of clients that expect the server to ask) is
 * asked for them.
 */
export class LeerplanConfigurationProvider extends DefaultConfigurationProvider {
    private listener: ((section: unknown) => void) | undefined;
    private fetch: Fetch | undefined;

    onLeerplanSettings(listener: (section: unknown) => void): void {
        this.listener = listener;
    }

    override async initialized(params: ConfigurationInitializedParams): Promise<void> {
        this.fetch = params.fetchConfiguration;
        await super.initialized(params);
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        const settings = change.settings as Record<string, unknown> | null | undefined;
        if (settings && typeof settings === 'object' && SETTINGS_SECTION in settings) return super.updateConfiguration(change);
        if (!this.fetch) return super.updateConfiguration(change);
        this.fetch([{ section: SETTINGS_SECTION }])
            .then(values => this.updateSectionConfiguration(SETTINGS_SECTION, Array.isArray(values) ? values[0] : undefined))
            .catch(() => undefined);
    }

    protected override toSectionName(_languageId: string): string {
        return SETTINGS_SECTION;
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration);
        if (section === SETTINGS_SECTION) this.listener?.(configuration);
    }
}
