import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The two languages of every user-facing string. */
export type UiLanguage = 'en' | 'nl';

/**
 * The language of Leerplan's own UI (notifications, status bar, preview) and of the
 * server's messages: the `leerplan.language` setting when it names one, else VS Code's
 * display language (Dutch for any `nl*` locale, English otherwise).
 */
export function uiLanguage(): UiLanguage {
    const setting = vscode.workspace.getConfiguration('leerplan').get<string>('language', 'auto');
    if (setting === 'en' || setting === 'nl') return setting;
    return displayLanguage();
}

/** VS Code's display language reduced to the two we support. */
export function displayLanguage(): UiLanguage {
    return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

let dutchBundle: Record<string, string> | undefined;

/**
 * Reads `l10n/bundle.l10n.nl.json` once. VS Code itself only loads it when its display
 * language is Dutch; we also need it when `leerplan.language` is set to `nl` in an
 * English VS Code.
 */
export function loadDutchBundle(extensionPath: string): void {
    try {
        dutchBundle = JSON.parse(readFileSync(join(extensionPath, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;
    } catch {
        dutchBundle = {};
    }
}

/**
 * Translates an English UI message (the key of the l10n bundle) into the UI language,
 * filling `{0}`, `{1}` ... with `args`. The bundle has the shape `vscode.l10n` uses,
 * but we look it up ourselves: `vscode.l10n.t` only follows the display language,
 * and the UI must follow `leerplan.language` as the server's messages do.
 */
export function t(message: string, ...args: Array<string | number>): string {
    return translate(uiLanguage(), message, ...args);
}

/**
 * `t` in a given language: the preview speaks the language of the model the server
 * sent (which a `language` in `leerplan.json` may have set), so its notices match it.
 */
export function translate(lang: UiLanguage, message: string, ...args: Array<string | number>): string {
    const text = lang === 'nl' ? dutchBundle?.[message] ?? message : message;
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)];
        return value === undefined ? whole : String(value);
    });
}
