import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { BUILTIN_URI, builtinFrameworksText } from '../frameworks/builtin-document.js';
import type { LeerplanServices } from '../leerplan-module.js';
import { isContextDocument, WorkspaceFactsCollector } from './workspace-facts.js';

export interface SourceText {
    uri: URI;
    text: string;
}

/** Adds the built-in framework library to a workspace unless it is there already. */
export function ensureBuiltinDocument(shared: LangiumSharedCoreServices): LangiumDocument {
    const documents = shared.workspace.LangiumDocuments;
    const uri = URI.parse(BUILTIN_URI);
    const existing = documents.getDocument(uri);
    if (existing) return existing;
    const document = shared.workspace.LangiumDocumentFactory.fromString(builtinFrameworksText(), uri);
    documents.addDocument(document);
    return document;
}

/**
 * Parses, links and validates a set of texts as one workspace (plus the built-in
 * frameworks) and returns each document with its diagnostics. No I/O: the caller
 * reads the files.
 */
export async function checkDocuments(shared: LangiumSharedCoreServices, sources: SourceText[]): Promise<Array<{ document: LangiumDocument; diagnostics: Diagnostic[] }>> {
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builtin = ensureBuiltinDocument(shared);
    const created: LangiumDocument[] = [];
    for (const source of sources) {
        const existing = documents.getDocument(source.uri);
        if (existing) documents.deleteDocument(source.uri);
        const document = factory.fromString(source.text, source.uri);
        documents.addDocument(document);
        created.push(document);
    }
    await shared.workspace.DocumentBuilder.build([builtin, ...created], { validation: true });
    return created.map(document => ({ document, diagnostics: document.diagnostics ?? [] }));
}

/** Plan files checked at once by `checkInBatches`: their syntax trees are what a check keeps in memory. */
export const CHECK_BATCH_SIZE = 1000;

export interface BatchOptions {
    batchSize?: number;
    /** Called after documents were dropped (the survey, each batch): the place to collect garbage. */
    dropped?: () => void;
}

/**
 * The same check as `checkDocuments`, for a caller that needs only the diagnostics:
 * memory stays bounded however many plans the workspace holds. Every file is parsed
 * once for the workspace facts (which are then pinned for the run); the files other
 * files refer to (organisation, people, teams, frameworks, private blocks and the plans
 * they name) stay loaded; the other plans are linked and validated `batchSize` at a
 * time and dropped afterwards. Only plans are dropped, and a plan is referred to only
 * from a `private PLAN { }` block, so every reference resolves as in one build. Up to
 * `batchSize` plans, every file is parsed once; beyond that, the plans after the first
 * batch are parsed a second time.
 */
export async function checkInBatches(services: LeerplanServices, sources: SourceText[], options: BatchOptions = {}): Promise<Diagnostic[][]> {
    const batchSize = options.batchSize ?? CHECK_BATCH_SIZE;
    const shared = services.shared;
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builder = shared.workspace.DocumentBuilder;
    const index = shared.workspace.IndexManager;
    const builtin = ensureBuiltinDocument(shared);
    const collector = new WorkspaceFactsCollector();
    collector.add(builtin);

    // Survey: every file once, for its facts. Context files stay, and so does a first batch of plans.
    const parsed: Array<LangiumDocument | undefined> = new Array(sources.length);
    const context: number[] = [];
    const plans: number[] = [];
    const declaredPlans = new Map<number, string[]>();
    let early = 0;
    sources.forEach((source, i) => {
        const document = factory.fromString(source.text, source.uri);
        collector.add(document);
        if (isContextDocument(document)) {
            context.push(i);
            parsed[i] = document;
        } else {
            plans.push(i);
            declaredPlans.set(i, ((document.parseResult.value as ast.Document).elements ?? []).map(plan => (plan as ast.Plan).name));
            if (early++ < batchSize) parsed[i] = document;
        }
    });
    services.leerplan.WorkspaceFacts.pin(collector.result());
    options.dropped?.();

    // Plans named by a private block are referred to: they stay for the whole check.
    const named = new Set<string>();
    for (const i of context) {
        for (const element of (parsed[i]!.parseResult.value as ast.Document).elements ?? []) {
            if (ast.isPrivateBlock(element) && element.plan?.$refText) named.add(element.plan.$refText);
        }
    }
    const loose: number[] = [];
    for (const i of plans) {
        if (named.size > 0 && declaredPlans.get(i)!.some(name => named.has(name))) context.push(i);
        else loose.push(i);
    }

    const results: Diagnostic[][] = new Array(sources.length);
    const load = (i: number): LangiumDocument => {
        const document = parsed[i] ?? factory.fromString(sources[i].text, sources[i].uri);
        parsed[i] = undefined;
        if (documents.hasDocument(document.uri)) documents.deleteDocument(document.uri);
        documents.addDocument(document);
        return document;
    };
    const resident = context.sort((a, b) => a - b).map(load);
    await builder.build([builtin, ...resident], { validation: true });
    context.forEach((i, k) => results[i] = resident[k].diagnostics ?? []);

    for (let start = 0; start < loose.length; start += batchSize) {
        const batch = loose.slice(start, start + batchSize);
        const loaded = batch.map(load);
        await builder.build(loaded, { validation: true });
        batch.forEach((i, k) => {
            results[i] = loaded[k].diagnostics ?? [];
            documents.deleteDocument(loaded[k].uri);
            index.remove(loaded[k].uri);
        });
        options.dropped?.();
    }
    return results;
}

