import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { ensureBuiltinDocument, type SourceText } from './check-documents.js';
import { declarationKey, isContextDocument, WorkspaceFactsCollector } from './workspace-facts.js';

/** Plan files checked at once by `checkInBatches`: their syntax trees are what a check keeps in memory. */
export const CHECK_BATCH_SIZE = 1000;

export interface BatchOptions {
    /** A fresh, empty workspace with the settings of the check (called once, or twice when the first way gives up). */
    services: () => LeerplanServices;
    batchSize?: number;
    /** Called after documents were dropped and before more are loaded: the place to collect garbage. */
    dropped?: () => void;
    /** Called as files get their diagnostics. */
    onProgress?: (done: number, total: number) => void;
    /**
     * Called with files `indices` once they are checked, while their documents are still
     * loaded and linked (a summary keeps what it needs of them). A file checked again (a
     * plan whose id has a twin) is handed over again.
     */
    onChecked?: (indices: number[], documents: LangiumDocument[]) => void;
    /** `false`: the result holds no diagnostics (a caller that takes what it needs in `onChecked` keeps memory small). */
    keepDiagnostics?: boolean;
}

const NO_DIAGNOSTICS: Diagnostic[] = [];

/**
 * The same check as `checkDocuments`, for a caller that needs only the diagnostics:
 * memory stays bounded however many plans the workspace holds. The files other files
 * refer to (organisation, people, teams, frameworks, private blocks and the plans they
 * name) stay loaded; the other plans are linked and validated `batchSize` at a time and
 * dropped afterwards. A plan is referred to only from a `private PLAN { }` block, so
 * every reference resolves as in one build, and the diagnostics are the same.
 *
 * Files whose top-level lines are not all plans are read first (a guess from the text,
 * checked once the file is parsed), so each file is parsed once. Two things a plan's
 * checks read can only be known at the end: whether its id is declared again later
 * (those few plans are checked again), and a file the guess missed that others refer
 * to (then the check starts again the safe way, `checkSurveyed`).
 */
export async function checkInBatches(sources: SourceText[], options: BatchOptions): Promise<Diagnostic[][]> {
    const progress = new Progress(sources.length, options.onProgress);
    return await checkStreamed(sources, options, progress) ?? await checkSurveyed(sources, options, progress);
}

/** A line that starts something other than a plan, at the start of a line as `leerplan fmt` writes it. */
const CONTEXT_LINE = /^(?:organisation|organisatie|people|mensen|team|framework|raamwerk|private|privé|prive|assessment|meting)\b/m;

class Progress {
    private readonly seen = new Set<number>();
    constructor(private readonly total: number, private readonly report?: (done: number, total: number) => void) {
        report?.(0, total);
    }
    done(index: number): void {
        if (this.seen.has(index)) return;
        this.seen.add(index);
        this.report?.(this.seen.size, this.total);
    }
}

/** The workspace of one check: loading, building and dropping documents. */
class BatchWorkspace {
    readonly services: LeerplanServices;
    readonly builtin: LangiumDocument;
    readonly collector = new WorkspaceFactsCollector();
    readonly results: Diagnostic[][];
    /** The plan ids each checked plan file declares. */
    readonly planIds = new Map<number, string[]>();

    constructor(private readonly sources: SourceText[], private readonly options: BatchOptions, private readonly progress: Progress) {
        this.services = options.services();
        this.builtin = ensureBuiltinDocument(this.services.shared);
        this.collector.add(this.builtin, -1);
        this.results = new Array(sources.length);
    }

    parse(i: number): LangiumDocument {
        return this.services.shared.workspace.LangiumDocumentFactory.fromString(this.sources[i].text, this.sources[i].uri);
    }

    add(document: LangiumDocument): void {
        const documents = this.services.shared.workspace.LangiumDocuments;
        if (documents.hasDocument(document.uri)) documents.deleteDocument(document.uri);
        documents.addDocument(document);
    }

    pin(): void {
        this.services.leerplan.WorkspaceFacts.pin(this.collector.result());
    }

    /** Links and validates the documents of files `indices` (and `also`), records their diagnostics, and drops them when asked to. */
    async check(indices: number[], documents: LangiumDocument[], drop: boolean, also: LangiumDocument[] = []): Promise<void> {
        const shared = this.services.shared;
        await shared.workspace.DocumentBuilder.build([...also, ...documents], { validation: true });
        this.options.onChecked?.(indices, documents);
        indices.forEach((i, k) => {
            this.results[i] = this.options.keepDiagnostics === false ? NO_DIAGNOSTICS : documents[k].diagnostics ?? [];
            this.progress.done(i);
            if (drop) {
                shared.workspace.LangiumDocuments.deleteDocument(documents[k].uri);
                shared.workspace.IndexManager.remove(documents[k].uri);
            }
        });
    }

    /** Checks plan files `batchSize` at a time, parsing the ones not given, and drops them. */
    async checkPlans(indices: number[], parsed: Map<number, LangiumDocument>): Promise<void> {
        const size = this.options.batchSize ?? CHECK_BATCH_SIZE;
        for (let start = 0; start < indices.length; start += size) {
            if (start > 0) this.options.dropped?.();
            const batch = indices.slice(start, start + size);
            const documents = batch.map(i => {
                const document = parsed.get(i) ?? this.parse(i);
                parsed.delete(i);
                return document;
            });
            await this.checkBatch(batch, documents);
        }
    }

    /** Checks one batch of plan files (remembering the plan ids each declares) and drops them. */
    async checkBatch(indices: number[], documents: LangiumDocument[]): Promise<void> {
        indices.forEach((i, k) => {
            this.add(documents[k]);
            this.planIds.set(i, declaredPlans(documents[k]));
        });
        await this.check(indices, documents, true);
    }
}

/** Plan ids named by the private blocks of `documents`. */
function privatelyNamedPlans(documents: Iterable<LangiumDocument>): Set<string> {
    const named = new Set<string>();
    for (const document of documents) {
        for (const element of (document.parseResult.value as ast.Document).elements ?? []) {
            if (ast.isPrivateBlock(element) && element.plan?.$refText) named.add(element.plan.$refText);
        }
    }
    return named;
}

function declaredPlans(document: LangiumDocument): string[] {
    return ((document.parseResult.value as ast.Document).elements ?? []).filter(ast.isPlan).map(plan => plan.name);
}

/** One parse per file; `undefined` when a file the guess took for plans only turns out to be referred to. */
async function checkStreamed(sources: SourceText[], options: BatchOptions, progress: Progress): Promise<Diagnostic[][] | undefined> {
    const ws = new BatchWorkspace(sources, options, progress);
    const index = ws.services.shared.workspace.IndexManager;
    const likely = sources.map((source, i) => CONTEXT_LINE.test(source.text) ? i : -1).filter(i => i >= 0);
    const likelySet = new Set(likely);
    await index.updateContent(ws.builtin);

    // Context files first: parsed, and their declarations in the index, before any plan is linked.
    const context = new Map<number, LangiumDocument>();
    const planFirst = new Map<number, LangiumDocument>();
    for (const i of likely) {
        const document = ws.parse(i);
        ws.collector.add(document, i);
        if (isContextDocument(document)) {
            context.set(i, document);
            ws.add(document);
            await index.updateContent(document);
        } else {
            planFirst.set(i, document);
        }
    }
    ws.pin();
    const named = privatelyNamedPlans(context.values());

    // Plans in order, a batch at a time; the plans a private block names stay for the end.
    const size = options.batchSize ?? CHECK_BATCH_SIZE;
    const checked: number[] = [];
    let batch: number[] = [];
    let batchDocuments: LangiumDocument[] = [];
    for (let i = 0; i < sources.length; i++) {
        if (context.has(i)) continue;
        const document = planFirst.get(i) ?? ws.parse(i);
        planFirst.delete(i);
        if (!likelySet.has(i)) {
            if (isContextDocument(document)) {
                options.dropped?.();
                return undefined;
            }
            ws.collector.add(document, i);
        }
        const ids = declaredPlans(document);
        if (named.size > 0 && ids.some(name => named.has(name))) {
            context.set(i, document);
            ws.add(document);
            continue;
        }
        batch.push(i);
        batchDocuments.push(document);
        if (batch.length === size) {
            await ws.checkBatch(batch, batchDocuments);
            checked.push(...batch);
            batch = [];
            batchDocuments = [];
            options.dropped?.();
        }
    }
    if (batch.length > 0) await ws.checkBatch(batch, batchDocuments);
    checked.push(...batch);

    // Now every declaration is known: the files that stayed, then the plans whose id turned out to be declared twice.
    ws.pin();
    const indices = [...context.keys()].sort((a, b) => a - b);
    await ws.check(indices, indices.map(i => context.get(i)!), false, [ws.builtin]);
    const declarations = ws.services.leerplan.WorkspaceFacts.get().declarations;
    const twice = checked.filter(i => hasTwin(ws, i, declarations));
    if (twice.length > 0) await ws.checkPlans(twice, new Map());
    return ws.results;
}

/** Whether plan file `i` declares a plan id that is declared more than once in the workspace. */
function hasTwin(ws: BatchWorkspace, i: number, declarations: Map<string, unknown[]>): boolean {
    const names = ws.planIds.get(i) ?? [];
    return names.some(name => (declarations.get(declarationKey('plan', name))?.length ?? 0) > 1);
}

/** Two passes: every file parsed for the facts first, then checked; plans beyond the first batch are parsed twice. */
async function checkSurveyed(sources: SourceText[], options: BatchOptions, progress: Progress): Promise<Diagnostic[][]> {
    const ws = new BatchWorkspace(sources, options, progress);
    const size = options.batchSize ?? CHECK_BATCH_SIZE;
    const context = new Map<number, LangiumDocument>();
    const early = new Map<number, LangiumDocument>();
    const plans: number[] = [];
    const ids = new Map<number, string[]>();
    sources.forEach((_, i) => {
        const document = ws.parse(i);
        ws.collector.add(document, i);
        if (isContextDocument(document)) {
            context.set(i, document);
        } else {
            plans.push(i);
            ids.set(i, declaredPlans(document));
            if (early.size < size) early.set(i, document);
        }
    });
    ws.pin();
    if (plans.length > early.size) options.dropped?.();
    const named = privatelyNamedPlans(context.values());
    const loose: number[] = [];
    for (const i of plans) {
        if (named.size > 0 && ids.get(i)!.some(name => named.has(name))) context.set(i, early.get(i) ?? ws.parse(i));
        else loose.push(i);
    }
    const indices = [...context.keys()].sort((a, b) => a - b);
    const documents = indices.map(i => context.get(i)!);
    for (const document of documents) ws.add(document);
    await ws.check(indices, documents, false, [ws.builtin]);
    await ws.checkPlans(loose, early);
    return ws.results;
}
