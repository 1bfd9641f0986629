import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings, type LeerplanSettings } from '../../language/src/config/settings.js';
import type { GitView } from '../../language/src/workspace/git-view.js';

export interface CheckedFixture {
    /** Diagnostics per file name given. */
    byFile: Record<string, Diagnostic[]>;
    /** `code` of every diagnostic per file, sorted. */
    codes: Record<string, string[]>;
    /** Diagnostics of every file with the file name added. */
    all: Array<Diagnostic & { file: string }>;
}

/**
 * Checks a small workspace given as `{ 'name.pop': text }`, all files in one folder
 * `/ws/`. Settings default to English and a fixed today (2026-06-01) so tests are stable.
 */
export async function checkWorkspace(files: Record<string, string>, settings: Partial<LeerplanSettings> = {}, gitView?: GitView): Promise<CheckedFixture> {
    const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem, { gitView });
    Leerplan.leerplan.Settings.set({ ...defaultSettings(), lang: 'en', today: '2026-06-01', ...settings });
    const names = Object.keys(files);
    const results = await checkDocuments(shared, names.map(name => ({ uri: URI.file(`/ws/${name}`), text: files[name] })));
    const byFile: Record<string, Diagnostic[]> = {};
    const codes: Record<string, string[]> = {};
    const all: Array<Diagnostic & { file: string }> = [];
    results.forEach((r, i) => {
        byFile[names[i]] = r.diagnostics;
        codes[names[i]] = r.diagnostics.map(d => String(d.code)).sort();
        for (const d of r.diagnostics) all.push({ ...d, file: names[i] });
    });
    return { byFile, codes, all };
}

/** The diagnostics of one code, as `line:col-line:col` strings (0-based, like LSP) for range assertions. */
export function rangesOf(diagnostics: Diagnostic[], code: string): string[] {
    return diagnostics.filter(d => d.code === code)
        .map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}
