import { dirname } from 'node:path';
import type { LangiumDocument } from 'langium';
import * as ast from '../../language/src/generated/ast.js';
import { statusOf } from '../../language/src/meaning/semantics.js';
import { terminalPath } from '../../node/src/display-paths.js';
import { fileHistoryOf, followThroughState, readPlanFilesHistory } from '../../node/src/git-history.js';
import { SummaryBuilder, type FollowThroughInput, type SummaryDocument } from '../../summary/src/build-summary.js';
import { isPrivateFile } from '../../language/src/workspace/private-file.js';
import { defaultSince } from '../../summary/src/follow-through.js';
import type { SummaryScope } from '../../summary/src/summary-model.js';
import { summaryDocument } from '../../summary/src/summary-document.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import type { CommandContext } from './command-context.js';
import { loadAndCheck, type LoadResult } from './load-workspace.js';

export interface ExportModelOptions {
    cwd: string;
    lang?: Lang;
    today?: string;
    verbose: boolean;
    scope: SummaryScope;
    /** Read the whole workspace the files were linked in, not only the files named (a view of one plan, team, coach or person). */
    whole: boolean;
    batchSize: number;
    dropped: () => void;
    /**
     * Read the follow-through of the plans from Git history (`leerplan summary`), from
     * `since` (default: three months before today). Absent: none (`leerplan calendar`).
     */
    followThrough?: { since?: string };
}

export type ExportModel =
    | {
        ok: true;
        result: Extract<LoadResult, { ok: true }>;
        builder: SummaryBuilder;
        /** The documents that stayed loaded after the check (organisation, people, teams ...): the context of every view. */
        context: SummaryDocument[];
        /** The path people see of the `index`-th source. */
        fileOf: (index: number) => string;
    }
    | { ok: false; code: number };

/**
 * The export summary model of `leerplan summary` and `leerplan calendar`, built in parts:
 * the workspace is checked a batch of plans at a time, `SummaryBuilder` keeps plain data
 * of each plan, and the documents that stay loaded are its context. What could not be
 * read is written to stderr; a workspace that could not be read whole is exit code 2
 * (an export of it would be wrong without saying so).
 */
export async function loadExportModel(ctx: Pick<CommandContext, 'stderr'>, positionals: string[], options: ExportModelOptions): Promise<ExportModel> {
    const { scope, whole } = options;
    const summarised = (file: { reported: boolean }) => whole || file.reported;
    let builder: SummaryBuilder | undefined;
    // The plan files and those with a goal done now (whose text before the period Git is asked for), by document URI.
    const planFiles = new Map<string, { path: string; done: boolean }>();
    const result = await loadAndCheck(positionals, {
        cwd: options.cwd, lang: options.lang, today: options.today, verbose: options.verbose,
        documents: false, batchSize: options.batchSize, dropped: options.dropped, keepDiagnostics: false,
        onChecked: (files, settings) => {
            builder ??= new SummaryBuilder({ lang: settings.lang, today: settings.today, audience: 'export', scope });
            for (const file of files) {
                if (!summarised(file)) continue;
                builder.digestPlans(summaryDocument(file.document, file.file, file.diagnostics), file.index);
                if (options.followThrough && !isPrivateFile(file.path)) {
                    const plans = ((file.document.parseResult.value as ast.Document).elements ?? []).filter(ast.isPlan);
                    if (plans.length) planFiles.set(file.document.uri.toString(), { path: file.path, done: plans.some(p => p.goals.some(g => statusOf(g) === 'done')) });
                }
            }
        },
    });
    if (!result.ok) {
        for (const m of result.messages) ctx.stderr.write(`leerplan: ${m}\n`);
        return { ok: false, code: 2 };
    }
    for (const m of [...result.notices, ...result.problems]) ctx.stderr.write(`leerplan: ${m}\n`);
    if (result.problems.length) return { ok: false, code: 2 };
    builder ??= new SummaryBuilder({ lang: result.lang, today: result.settings.today, audience: 'export', scope });
    const reported = new Set(result.files.map(f => f.path));
    const loaded = result.services.shared.workspace.LangiumDocuments;
    const fileOf = (index: number) => terminalPath(result.sources[index].path, options.cwd);
    const context = result.sources.flatMap((source, index) => {
        const document: LangiumDocument | undefined = loaded.getDocument(source.uri);
        if (!document || !summarised({ reported: reported.has(source.path) })) return [];
        return [summaryDocument(document, fileOf(index))];
    });
    builder.addContext(context);
    if (options.followThrough) builder.setFollowThrough(await followThroughOf(planFiles, options.followThrough.since ?? defaultSince(result.settings.today), options.cwd));
    return { ok: true, result, builder, context, fileOf };
}

/** The Git history of the plan files, read once for the whole summary (never a private file: `readPlanFilesHistory`). */
async function followThroughOf(planFiles: Map<string, { path: string; done: boolean }>, since: string, cwd: string): Promise<FollowThroughInput> {
    const files = [...planFiles.values()];
    const folder = files.length ? dirname(files[0].path) : cwd;
    const history = await readPlanFilesHistory(folder, files.map(f => f.path), since, { doneFiles: files.filter(f => f.done).map(f => f.path) });
    return {
        since,
        history: followThroughState(history.kind),
        file: uri => {
            const path = planFiles.get(uri)?.path;
            if (path === undefined) return undefined;
            return fileHistoryOf(history, path);
        },
    };
}
