import { DefaultConfigurationProvider } from 'langium';
import { SETTINGS_SECTION } from '../protocol.js';

/**
 * Client settings live under `leerplan.*` (not under the language id `pop`).
 * Every update of that section is passed on, so the server can merge it with
 * `leerplan.json` and re-check.
 */
export class LeerplanConfigurationProvider extends DefaultConfigurationProvider {
    private listener: ((section: unknown) => void) | undefined;

    onLeerplanSettings(listener: (section: unknown) => void): void {
        this.listener = listener;
    }

    protected override toSectionName(_languageId: string): string {
        return SETTINGS_SECTION;
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration);
        if (section === SETTINGS_SECTION) this.listener?.(configuration);
    }
}
