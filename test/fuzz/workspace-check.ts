import { EmptyFileSystem, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings, type LeerplanSettingsProvider } from '../../language/src/config/settings.js';
import { isRuleCode, type Lang } from '../../language/src/rules/rule-registry.js';
import * as ast from '../../language/src/generated/ast.js';
import { buildSummary, type SummaryDocument } from '../../summary/src/build-summary.js';
import type { SummaryAudience, SummaryScope } from '../../summary/src/summary-model.js';
import type { Files } from './mutations.js';
import { summaryDocument } from '../../summary/src/summary-document.js';

/**
 * Shared steps of the fuzz properties: check a workspace with the CLI's core
 * services, assert what must hold for any input, and collect the texts a summary is
 * built from.
 */
export interface CheckedWorkspace {
    names: string[];
    documents: LangiumDocument[];
    diagnostics: Diagnostic[][];
}

/**
 * Checks inputs one after another in one set of services. A first check in fresh
 * services pays for the built-in framework library and lazy set-up (about 100 ms), a
 * check in warm ones a few ms. Files of the previous input that the next one lacks are
 * deleted through the document builder, so no stale declaration survives into the next input.
 */
export class WarmChecker {
    private previous: URI[] = [];

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: LeerplanSettingsProvider) {}

    async check(files: Files, lang: Lang = 'en'): Promise<CheckedWorkspace> {
        this.settings.set({ ...defaultSettings(), lang, today: '2026-06-15' });
        const names = Object.keys(files);
        const uris = names.map(name => URI.file(`/ws/${name}`));
        const kept = new Set(uris.map(u => u.toString()));
        const gone = this.previous.filter(u => !kept.has(u.toString()));
        if (gone.length) await this.shared.workspace.DocumentBuilder.update([], gone);
        this.previous = uris;
        const results = await checkDocuments(this.shared, names.map((name, i) => ({ uri: uris[i], text: files[name] })));
        return { names, documents: results.map(r => r.document), diagnostics: results.map(r => r.diagnostics) };
    }
}

const core = createLeerplanCoreServices(EmptyFileSystem);
const coreChecker = new WarmChecker(core.shared, core.Leerplan.leerplan.Settings);

/** Checks a workspace with the core services the CLI uses. */
export function checkFiles(files: Files, lang: Lang = 'en'): Promise<CheckedWorkspace> {
    return coreChecker.check(files, lang);
}

/** Line lengths as an editor counts them: `\r\n`, `\n` and a lone `\r` each end a line. */
export function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(line => line.length);
}

/** Why a range does not lie inside a text with these line lengths, or undefined when it does. */
export function rangeProblem(range: Diagnostic['range'], lengths: number[]): string | undefined {
    const inside = (p: { line: number; character: number }) =>
        Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
    if (!inside(range.start)) return `start ${range.start.line}:${range.start.character} outside the text`;
    if (!inside(range.end)) return `end ${range.end.line}:${range.end.character} outside the text`;
    const before = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    return before ? undefined : 'start after end';
}

/** Asserts the contract every diagnostic keeps, whatever the input: a rule code, a message, a severity, a range inside its document. */
export function diagnosticProblems(checked: CheckedWorkspace, files: Files): string[] {
    const problems: string[] = [];
    checked.names.forEach((name, i) => {
        const lengths = lineLengths(files[name]);
        for (const d of checked.diagnostics[i]) {
            const where = `${name}: ${String(d.code)} ${JSON.stringify(d.range)}`;
            if (typeof d.code !== 'string' || !isRuleCode(d.code)) problems.push(`${where}: not a rule code`);
            if (typeof d.message !== 'string' || d.message.length === 0) problems.push(`${where}: no message`);
            if (d.severity === undefined || d.severity < 1 || d.severity > 4) problems.push(`${where}: no severity`);
            const problem = rangeProblem(d.range, lengths);
            if (problem) problems.push(`${where}: ${problem}`);
        }
    });
    return problems;
}

export function summaryDocumentsOf(checked: CheckedWorkspace): SummaryDocument[] {
    return checked.documents.map((document, i) => summaryDocument(document, checked.names[i], checked.diagnostics[i]));
}

/** Every view a summary can show of these documents: the whole workspace, each plan, team and coach. */
export function everyScope(documents: readonly SummaryDocument[]): SummaryScope[] {
    const scopes: SummaryScope[] = [{ kind: 'all' }];
    const seen = new Set<string>();
    const add = (scope: SummaryScope & { id: string }) => {
        const key = `${scope.kind}:${scope.id}`;
        if (seen.has(key)) return;
        seen.add(key);
        scopes.push(scope);
    };
    for (const document of documents) {
        for (const element of document.root.elements ?? []) {
            if (ast.isPlan(element) && element.name) {
                add({ kind: 'plan', id: element.name });
                for (const coach of element.coaches) if (coach.person?.$refText) add({ kind: 'coach', id: coach.person.$refText });
            }
            if (ast.isTeam(element) && element.name) add({ kind: 'team', id: element.name });
            if (ast.isPrivateBlock(element) && element.plan?.$refText) add({ kind: 'plan', id: element.plan.$refText });
        }
    }
    return scopes;
}

export function buildEvery(documents: readonly SummaryDocument[], lang: Lang, audience: SummaryAudience) {
    return everyScope(documents).map(scope => ({ scope, model: buildSummary(documents, { lang, today: '2026-06-15', audience, scope }) }));
}
