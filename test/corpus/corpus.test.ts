import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings } from '../../language/src/config/settings.js';
import { parseConfig } from '../../language/src/config/leerplan-config.js';

/**
 * The corpus of real published plans (issue 15 point 4): every file parses, and the
 * checker agrees with what a coach wrote down before it ran (expectations.json):
 * the codes a coach expects appear, the false alarms do not. Where a rule is not yet
 * what a coach expects (issue 16), the entry stands in KNOWN_GAPS_FOR_ISSUE_16 and the
 * test asserts that the gap is still there, so that fixing a rule forces the entry out.
 */

const CORPUS_DIR = __dirname;
/** Codes that mean the transcription itself is broken. */
const BROKEN = ['parse-error', 'link-error', 'duplicate-id'];

interface Entry {
    code: string;
    /** Id of the innermost declaration (goal, plan, team, vision, organisation) holding the diagnostic. */
    at?: string;
    /** For `team-missing-role`: the role that is missing. */
    role?: string;
    why: string;
}

interface Source {
    source: string;
    sector: string;
    setting: string;
    keywords: 'nl' | 'en';
    kind: string;
    expected: Entry[];
    unhelpful: Entry[];
    falseAlarms: Entry[];
}

const EXPECTATIONS = JSON.parse(readFileSync(join(CORPUS_DIR, 'expectations.json'), 'utf8')) as { sources: Record<string, Source> };

/** An expectation the rules of today do not meet yet; fixing the rule (not the case) removes the line. */
interface KnownGap {
    folder: string;
    kind: 'expected' | 'falseAlarm';
    code: string;
    at?: string;
    role?: string;
    /** What the rule does today and what a coach needs of it. */
    gap: string;
}

const TEAM_ROLES = 'team-missing-role counts only dimension tags; issue 16 point 1: a team goal that supports a vision covers the vision role, feedback asked in a team goal or routine covers the feedback role';

/** Emptied by issue 16: each entry is a diagnostic a coach disagrees with. */
export const KNOWN_GAPS_FOR_ISSUE_16: KnownGap[] = [
    { folder: 'brandweer-helmond-ovd', kind: 'falseAlarm', code: 'team-missing-role', at: 'ovd-vakbekwaamheid', role: 'feedback', gap: TEAM_ROLES },
    { folder: 'roseville-fire', kind: 'falseAlarm', code: 'team-missing-role', at: 'fire-administration', role: 'vision', gap: TEAM_ROLES },
    { folder: 'vrmwb-brandweer', kind: 'falseAlarm', code: 'team-missing-role', at: 'incidentevaluatie', role: 'vision', gap: TEAM_ROLES },
    { folder: 'vrmwb-brandweer', kind: 'falseAlarm', code: 'team-missing-role', at: 'incidentevaluatie', role: 'feedback', gap: TEAM_ROLES },
    { folder: 'hu-ti-student', kind: 'falseAlarm', code: 'too-many-goals', at: 'ti-s4-2025', gap: 'too-many-goals counts learning outcomes a programme prescribes (nine, each supporting its own ambition) as the student\'s choice' },
];

/** A checked diagnostic with the declaration it belongs to. */
interface Found {
    file: string;
    code: string;
    role?: string;
    at?: string;
    line: number;
    severity?: number;
}

interface CheckedFolder {
    found: Found[];
    files: string[];
}

function popFiles(dir: string, prefix = ''): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) Object.assign(files, popFiles(path, `${prefix}${name}/`));
        else if (name.endsWith('.pop')) files[prefix + name] = readFileSync(path, 'utf8');
    }
    return files;
}

function folders(): string[] {
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

async function checkFolder(folder: string): Promise<CheckedFolder> {
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
    results.forEach(({ document, diagnostics }, i) => {
        const spans = declarations(document);
        for (const d of diagnostics) {
            const data = d.data as { role?: string } | undefined;
            found.push({
                file: names[i], code: String(d.code), role: data?.role, at: holder(document, spans, d),
                line: d.range.start.line + 1, severity: d.severity,
            });
        }
    });
    return { found, files: names };
}

function matches(found: Found, entry: { code: string; at?: string; role?: string }): boolean {
    return found.code === entry.code
        && (entry.at === undefined || found.at === entry.at)
        && (entry.role === undefined || found.role === entry.role);
}

function describeEntry(folder: string, entry: { code: string; at?: string; role?: string }): string {
    return `${folder}: ${entry.code}${entry.at ? ` at ${entry.at}` : ''}${entry.role ? ` (${entry.role})` : ''}`;
}

function gapFor(folder: string, kind: KnownGap['kind'], entry: Entry): KnownGap | undefined {
    return KNOWN_GAPS_FOR_ISSUE_16.find(gap => gap.folder === folder && gap.kind === kind
        && gap.code === entry.code && gap.at === entry.at && gap.role === entry.role);
}

describe('the corpus of real plans', () => {
    it('has at least 12 sources from at least 5 sectors, at least 5 with Dutch keywords, each with its address', () => {
        const sources = Object.values(EXPECTATIONS.sources);
        expect(sources.length).toBeGreaterThanOrEqual(12);
        expect(new Set(sources.map(s => s.sector)).size).toBeGreaterThanOrEqual(5);
        expect(sources.filter(s => s.keywords === 'nl').length).toBeGreaterThanOrEqual(5);
        for (const s of sources) expect(s.source).toMatch(/^https?:\/\//);
        expect(folders()).toEqual(Object.keys(EXPECTATIONS.sources).sort());
    });

    it('starts every file with a comment naming its source address and what it still cannot say', () => {
        for (const folder of folders()) {
            for (const [name, text] of Object.entries(popFiles(join(CORPUS_DIR, folder)))) {
                const header = text.split(/\r?\n/).filter((_, i, lines) => lines.slice(0, i + 1).every(l => l.startsWith('//'))).join('\n');
                expect(header, `${folder}/${name}`).toMatch(/^\/\/ (Source|Bron): \S*https?:\/\//);
                expect(header, `${folder}/${name}`).toMatch(/Still cannot be said|Nog niet uit te drukken/);
            }
        }
    });

    it('keeps every expectation to a code and a reason, and every known gap to an expectation', () => {
        for (const [folder, source] of Object.entries(EXPECTATIONS.sources)) {
            for (const entry of [...source.expected, ...source.unhelpful, ...source.falseAlarms]) {
                expect(entry.code, folder).toMatch(/^[a-z-]+$/);
                expect(entry.why.length, describeEntry(folder, entry)).toBeGreaterThan(10);
            }
        }
        for (const gap of KNOWN_GAPS_FOR_ISSUE_16) {
            const source = EXPECTATIONS.sources[gap.folder];
            const list = gap.kind === 'expected' ? source.expected : source.falseAlarms;
            expect(list.some(e => e.code === gap.code && e.at === gap.at && e.role === gap.role), describeEntry(gap.folder, gap)).toBe(true);
        }
    });

    for (const folder of folders()) {
        describe(folder, () => {
            let checked: CheckedFolder;
            beforeAll(async () => {
                checked = await checkFolder(folder);
            });

            it('parses, links and declares every id once', () => {
                const broken = checked.found.filter(f => BROKEN.includes(f.code));
                expect(broken.map(f => `${f.file}:${f.line} ${f.code}`)).toEqual([]);
            });

            it('reports what a coach expects', () => {
                const missing: string[] = [];
                const fixed: string[] = [];
                for (const entry of EXPECTATIONS.sources[folder].expected) {
                    const present = checked.found.some(f => matches(f, entry));
                    const gap = gapFor(folder, 'expected', entry);
                    if (gap && present) fixed.push(`known gap fixed, remove it from KNOWN_GAPS_FOR_ISSUE_16: ${describeEntry(folder, entry)}`);
                    else if (!gap && !present) missing.push(describeEntry(folder, entry));
                }
                expect(fixed).toEqual([]);
                expect(missing).toEqual([]);
            });

            it('has a coach\'s judgement for every diagnostic it reports', () => {
                const { expected, unhelpful, falseAlarms } = EXPECTATIONS.sources[folder];
                const judged = [...expected, ...unhelpful, ...falseAlarms];
                const unjudged = checked.found.filter(f => !BROKEN.includes(f.code) && !judged.some(entry => matches(f, entry)));
                expect(unjudged.map(f => `${f.file}:${f.line} ${f.code}${f.at ? ` at ${f.at}` : ''}${f.role ? ` (${f.role})` : ''}: judge it in expectations.json`)).toEqual([]);
            });

            it('reports none of the false alarms', () => {
                const raised: string[] = [];
                const fixed: string[] = [];
                for (const entry of EXPECTATIONS.sources[folder].falseAlarms) {
                    const hits = checked.found.filter(f => matches(f, entry));
                    const gap = gapFor(folder, 'falseAlarm', entry);
                    if (gap && hits.length === 0) fixed.push(`known gap fixed, remove it from KNOWN_GAPS_FOR_ISSUE_16: ${describeEntry(folder, entry)}`);
                    else if (!gap) raised.push(...hits.map(f => `${describeEntry(folder, entry)} (${f.file}:${f.line})`));
                }
                expect(fixed).toEqual([]);
                expect(raised).toEqual([]);
            });
        });
    }
});
