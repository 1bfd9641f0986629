import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings } from '../../language/src/config/settings.js';
import { hintsInFileLanguage } from '../../language/src/validation/hint-keywords.js';

/** Helpers for the parsing tests: fixture folders, checked documents, and text rewritten without changing its meaning. */

export const PARSING_FIXTURES = join(__dirname, 'fixtures');
export { SKETCH_DIR } from '../helpers/sketch.js';

/** Every `.pop` file of a folder, by name. */
export function readPopFolder(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.pop')) files[name] = readFileSync(join(dir, name), 'utf8');
    return files;
}

/** Checks files as one workspace (today 2026-06-01, English) and returns their documents too. */
export async function checkFiles(files: Record<string, string>): Promise<Record<string, { document: LangiumDocument; diagnostics: Diagnostic[] }>> {
    const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
    Leerplan.leerplan.Settings.set({ ...defaultSettings(), lang: 'en', today: '2026-06-01' });
    const names = Object.keys(files);
    const results = await checkDocuments(shared, names.map(name => ({ uri: URI.file(`/ws/${name}`), text: files[name] })));
    return Object.fromEntries(names.map((name, i) => [name, results[i]]));
}

/**
 * The same text as one line: its tokens as the lexer reads them, one space apart.
 * Comments go (a `//` comment would swallow the rest of the line); nothing else changes.
 */
export function onOneLine(text: string): string {
    const { Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
    const result = Leerplan.parser.Lexer.tokenize(text);
    if (result.errors.length > 0) throw new Error('onOneLine needs text that lexes');
    return result.tokens.map(t => t.image).join(' ');
}

/**
 * `code: message` of each diagnostic, sorted: what a check says, whatever the layout. Fix
 * hints follow the keyword language of the file, so they are compared in English keywords.
 */
export function sayings(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => `${String(d.code)}: ${hintsInFileLanguage(String(d.message), 'en')}`).sort();
}

export function rangeText(d: Diagnostic): string {
    return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}
