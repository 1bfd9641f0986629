import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { expect } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings } from '../../language/src/config/settings.js';
import { parseConfig } from '../../language/src/config/leerplan-config.js';

/** Checking the corpus of real plans as a coach reads it (shared by corpus.test.ts and the precision figures). */

export const CORPUS_DIR = __dirname;
/** Codes that mean the transcription itself is broken. */
export const BROKEN = ['parse-error', 'link-error', 'duplicate-id'];

export interface Entry {
    code: string;
    /** Id of the innermost declaration (goal, plan, team, vision, organisation) holding the diagnostic. */
    at?: string;
    /** For `team-missing-role`: the role that is missing. */
    role?: string;
    why: string;
}

export interface Source {
    source: string;
    sector: string;
    setting: string;
    keywords: 'nl' | 'en';
    kind: string;
    /** The issue whose corpus the source belongs to: 15, the part-1 sources on which issue 16's target is measured; 16, added later. */
    issue: 15 | 16;
    expected: Entry[];
    unhelpful: Entry[];
    falseAlarms: Entry[];
}

export const EXPECTATIONS = JSON.parse(readFileSync(join(CORPUS_DIR, 'expectations.json'), 'utf8')) as { sources: Record<string, Source> };

/** A checked diagnostic with the declaration it belongs to. */
export interface Found {
    file: string;
    code: string;
    role?: string;
    at?: string;
    line: number;
    severity?: number;
}

export interface CheckedFolder {
    found: Found[];
    files: string[];
    /** How many goals (in plans and teams) the folder's files declare. */
    goals: number;
}

export function popFiles(dir: string, prefix = ''): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) Object.assign(files, popFiles(path, `${prefix}${name}/`));
        else if (name.endsWith('.pop')) files[prefix + name] = readFileSync(path, 'utf8');
    }
    return files;
}

export function folders(): string[] {
    return readdirSync(CORPUS_DIR).filter(name => statSync(join(CORPUS_DIR, name)).isDirectory()).sort();
}

/** Every AST node that declares a name, with its text span. */
function declarations(document: LangiumDocument): Array<{ name: string; start: number; end: number }> {
    const result: Array<{ name: string; start: number; end: number }> = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const name = (node as AstNode & { name?: unknown }).name;
        const cst = node.$cstNode;
        if (typeof name === 'string' && cst) result.push({ name, start: cst.offset, end: cst.end });
    }
    return result;
}

/** The id of the innermost declaration whose text holds the start of the diagnostic. */
function holder(document: LangiumDocument, spans: ReturnType<typeof declarations>, diagnostic: Diagnostic): string | undefined {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    let best: { name: string; start: number; end: number } | undefined;
    for (const span of spans) {
        if (span.start <= offset && offset < span.end && (!best || span.end - span.start < best.end - best.start)) best = span;
    }
    return best?.name;
}

export async function checkFolder(folder: string): Promise<CheckedFolder> {
    const dir = join(CORPUS_DIR, folder);
    const configPath = join(dir, 'leerplan.json');
    const { config, errors } = existsSync(configPath) ? parseConfig(readFileSync(configPath, 'utf8')) : { config: {}, errors: [] };
    expect(errors, `${folder}/leerplan.json`).toEqual([]);
    const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
    Leerplan.leerplan.Settings.set({
        ...defaultSettings(),
        lang: config.language ?? 'en',
        today: config.today ?? defaultSettings().today,
        ...(config.maxGoals !== undefined ? { maxGoals: config.maxGoals } : {}),
        ...(config.requiredRoles !== undefined ? { requiredRoles: config.requiredRoles } : {}),
        ...(config.rules !== undefined ? { rules: config.rules } : {}),
    });
    const texts = popFiles(dir);
    const names = Object.keys(texts);
    const results = await checkDocuments(shared, names.map(name => ({ uri: URI.file(`/corpus/${folder}/${name}`), text: texts[name] })));
    const found: Found[] = [];
    let goals = 0;
    results.forEach(({ document, diagnostics }, i) => {
        for (const node of AstUtils.streamAst(document.parseResult.value)) if (node.$type === 'Goal') goals++;
        const spans = declarations(document);
        for (const d of diagnostics) {
            const data = d.data as { role?: string } | undefined;
            found.push({
                file: names[i], code: String(d.code), role: data?.role, at: holder(document, spans, d),
                line: d.range.start.line + 1, severity: d.severity,
            });
        }
    });
    return { found, files: names, goals };
}

export function matches(found: Found, entry: { code: string; at?: string; role?: string }): boolean {
    return found.code === entry.code
        && (entry.at === undefined || found.at === entry.at)
        && (entry.role === undefined || found.role === entry.role);
}

export function describeEntry(folder: string, entry: { code: string; at?: string; role?: string }): string {
    return `${folder}: ${entry.code}${entry.at ? ` at ${entry.at}` : ''}${entry.role ? ` (${entry.role})` : ''}`;
}

export type Judgement = 'right' | 'unhelpful' | 'false' | 'unjudged';

/**
 * The coach's judgement of one diagnostic: the most specific entry that matches it (one
 * with a role, then one with a declaration, then one for the whole folder); at equal
 * specificity a false alarm before unhelpful before right, so a doubt never counts as right.
 */
export function judge(folder: string, found: Found): { judgement: Judgement; why?: string } {
    const { expected, unhelpful, falseAlarms } = EXPECTATIONS.sources[folder];
    const candidates = [
        ...falseAlarms.map(entry => ({ entry, judgement: 'false' as const })),
        ...unhelpful.map(entry => ({ entry, judgement: 'unhelpful' as const })),
        ...expected.map(entry => ({ entry, judgement: 'right' as const })),
    ].filter(({ entry }) => matches(found, entry));
    const specificity = (entry: Entry) => (entry.role ? 2 : 0) + (entry.at ? 1 : 0);
    const best = candidates.reduce<typeof candidates[number] | undefined>(
        (chosen, candidate) => (!chosen || specificity(candidate.entry) > specificity(chosen.entry) ? candidate : chosen), undefined);
    return best ? { judgement: best.judgement, why: best.entry.why } : { judgement: 'unjudged' };
}

export interface CorpusFigures {
    diagnostics: number;
    goals: number;
    right: number;
    unhelpful: number;
    falseAlarms: number;
    unjudged: number;
}

/**
 * The corpus counted: diagnostics (without the transcription's own errors), goals, judgements;
 * the whole corpus, or only the sources of one issue (`issue: 15`, the part-1 corpus).
 */
export async function corpusFigures(issue?: Source['issue']): Promise<CorpusFigures & { perFolder: Record<string, CheckedFolder> }> {
    const figures: CorpusFigures = { diagnostics: 0, goals: 0, right: 0, unhelpful: 0, falseAlarms: 0, unjudged: 0 };
    const perFolder: Record<string, CheckedFolder> = {};
    for (const folder of folders().filter(f => issue === undefined || EXPECTATIONS.sources[f].issue === issue)) {
        const checked = await checkFolder(folder);
        perFolder[folder] = checked;
        figures.goals += checked.goals;
        for (const found of checked.found) {
            if (BROKEN.includes(found.code)) continue;
            figures.diagnostics++;
            const { judgement } = judge(folder, found);
            if (judgement === 'right') figures.right++;
            else if (judgement === 'unhelpful') figures.unhelpful++;
            else if (judgement === 'false') figures.falseAlarms++;
            else figures.unjudged++;
        }
    }
    return { ...figures, perFolder };
}
