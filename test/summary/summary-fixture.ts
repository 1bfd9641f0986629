import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings } from '../../language/src/config/settings.js';
import { buildSummary, type SummaryDocument, type SummaryOptions } from '../../summary/src/build-summary.js';
import type { SummaryModel } from '../../summary/src/summary-model.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { summaryDocument } from '../../summary/src/summary-document.js';

/** The summary test workspace: hostile titles, a private reflection, a `.private.pop` file, a private block. */
export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'summary');
export const FIXTURE_TODAY = '2026-04-15';

/** Every private text of the fixture: none may ever appear in an export. */
export const PRIVATE_TEXTS = [
    'PRIVATE-MARKER', 'I rush to solutions', 'the night shifts wear me out', 'ik twijfel aan mezelf',
];
/** Reflections that are not private still stay out of exports (only the owner's view shows reflections). */
export const SHARED_REFLECTION = 'SHARED-REFLECTION-alex';

/** Every .pop file under a folder, as paths relative to it (read directly: no .gitignore may hide one). */
function popFiles(dir: string, prefix = ''): string[] {
    return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap(entry => {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) return popFiles(dir, rel);
        return entry.name.endsWith('.pop') ? [rel] : [];
    }).sort();
}

/** The fixture workspace, every file of it, checked as one workspace. */
export async function fixtureDocuments(lang: Lang = 'en'): Promise<SummaryDocument[]> {
    return workspaceDocuments(FIXTURE_DIR, lang, FIXTURE_TODAY);
}

/** Every .pop file under `dir` (private ones too), checked as one workspace. */
export async function workspaceDocuments(dir: string, lang: Lang, today: string): Promise<SummaryDocument[]> {
    const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
    Leerplan.leerplan.Settings.set({ ...defaultSettings(), lang, today });
    const files = popFiles(dir);
    const results = await checkDocuments(shared, files.map(file => ({ uri: URI.file(join(dir, file)), text: readFileSync(join(dir, file), 'utf8') })));
    return results.map((r, i) => summaryDocument(r.document, files[i], r.diagnostics));
}

export async function fixtureModel(options: Partial<SummaryOptions> = {}): Promise<SummaryModel> {
    const lang = options.lang ?? 'en';
    return buildSummary(await fixtureDocuments(lang), { lang, today: FIXTURE_TODAY, audience: 'export', ...options });
}

/** A workspace given inline as `{ 'name.pop': text }`, checked in memory under /ws/. */
export async function inlineDocuments(files: Record<string, string>, lang: Lang = 'en'): Promise<SummaryDocument[]> {
    const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
    Leerplan.leerplan.Settings.set({ ...defaultSettings(), lang, today: FIXTURE_TODAY });
    const names = Object.keys(files);
    const results = await checkDocuments(shared, names.map(name => ({ uri: URI.file(`/ws/${name}`), text: files[name] })));
    return results.map((r, i) => summaryDocument(r.document, names[i], r.diagnostics));
}
