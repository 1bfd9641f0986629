import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { openOutputFile, type OutputFile } from '../../../node/src/write-file.js';
import { writeFailure } from '../../../node/src/discovery-messages.js';
import { collectGarbage } from '../../../node/src/memory-limits.js';
import type { SummaryScope } from '../../../summary/src/summary-model.js';
import { SUMMARY_BATCH_SIZE, summarisePlansInBatches } from '../../../summary/src/summary-in-batches.js';
import { renderHtmlParts } from '../../../summary/src/render-html.js';
import { renderMarkdownParts } from '../../../summary/src/render-markdown.js';
import { renderJsonParts } from '../../../summary/src/render-json.js';
import { CHECK_BATCH_SIZE } from '../../../language/src/workspace/check-in-batches.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { cliText, localeLanguage } from '../cli-messages.js';
import { isExistingDate } from '../../../language/src/meaning/dates.js';
import { workflowText } from '../workflow-messages.js';
import { statusText } from '../status-messages.js';
import { loadExportModel } from '../export-model.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';

const FORMATS = ['html', 'md', 'json'] as const;


/**
 * `leerplan summary [paths] --format html|md|json [--out FILE] [--plan ID|--team ID|--coach ID]`:
 * an export of the summary, always without private content. Prints to stdout
 * unless `--out` names a file; exit 2 on bad usage or an unknown id.
 *
 * Memory stays bounded for any number of plans: the workspace is checked a batch of
 * plans at a time (as `leerplan check` does), and the summary keeps only plain data of
 * each plan (`SummaryBuilder.digestPlans`) for the organisation, team and coach views;
 * then the page is written as it is made, the views first and the plans after them,
 * parsed again a batch at a time (`summarisePlansInBatches`). `batches.size` is the
 * number of plan files loaded at a time (tests make it small to cross batch boundaries),
 * `batches.dropped` what runs between batches (a full garbage collection; tests, whose
 * process has a large heap of its own, leave it out).
 */
export async function summaryCommand(ctx: CommandContext, batches: { size?: number; dropped?: () => void } = {}): Promise<number> {
    const batchSize = batches.size ?? CHECK_BATCH_SIZE;
    const dropped = batches.dropped ?? collectGarbage;
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        format: { type: 'string', short: 'f', choices: FORMATS },
        out: { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        plan: { type: 'string' },
        team: { type: 'string' },
        coach: { type: 'string' },
        lang: { type: 'string', choices: ['en', 'nl'] },
        today: { type: 'string' },
        since: { type: 'string' },
        verbose: { type: 'boolean' },
    }, lang0);
    const today = todayOption(values.today, lang0);
    if (values.since !== undefined && !isExistingDate(values.since)) throw new UsageError(cliText('badValue', lang0)('--since', values.since, 'YYYY-MM-DD'), lang0);
    const scopes = (['plan', 'team', 'coach'] as const).filter(k => values[k] !== undefined);
    if (scopes.length > 1) throw new UsageError(workflowText('summaryOneScope', lang0), lang0);
    const scope: SummaryScope = scopes.length ? { kind: scopes[0], id: values[scopes[0]]! } : { kind: 'all' };
    if (values.out !== undefined && values['output-file'] !== undefined) throw new UsageError(workflowText('summaryOneOut', lang0), lang0);
    const out = values.out ?? values['output-file'];
    const outPath = out !== undefined ? resolve(ctx.cwd, out) : undefined;
    if (outPath && isFolder(outPath)) throw new UsageError(workflowText('summaryOutIsFolder', lang0)(out!), lang0);

    // A view (--plan, --team, --coach) is looked up in the whole workspace the files were linked in, so
    // `leerplan summary plans/ --team onderbouw` finds the team declared beside them; the whole view shows the files named.
    const loaded = await loadExportModel(ctx, positionals, {
        cwd: ctx.cwd, lang: langOption(values.lang), today, verbose: values.verbose === true, scope, whole: scope.kind !== 'all', batchSize, dropped,
        followThrough: { since: values.since },
    });
    if (!loaded.ok) return loaded.code;
    const { result, builder, fileOf } = loaded;
    const lang = result.lang;
    if (values.since !== undefined && values.since > result.settings.today) throw new UsageError(statusText('sinceAfterToday', lang)(values.since, result.settings.today), lang);
    if (scope.kind !== 'all' && !builder.scopeTargetExists()) throw new UsageError(workflowText('summaryUnknown', lang)(scope.kind, scope.id), lang);

    // The check's last batch of plans is garbage now: collect it before the views take their memory.
    if (result.sources.length > batchSize) dropped();
    const frame = builder.frame();
    const format = values.format ?? formatOfFile(outPath) ?? 'html';
    const parts = format === 'json' ? renderJsonParts(frame)
        : format === 'md' ? renderMarkdownParts(frame, builder.planEntries()) : renderHtmlParts(frame, builder.planEntries());
    let output: OutputFile;
    try {
        output = buffered(outPath ? openOutputFile(outPath) : { write: text => void ctx.stdout.write(text), close: () => undefined });
    } catch (e) {
        ctx.stderr.write(`leerplan: ${workflowText('summaryCannotWrite', lang)(out!, writeFailure(e as NodeJS.ErrnoException, lang))}\n`);
        return 2;
    }
    try {
        for (const piece of parts.head()) output.write(piece);
        await summarisePlansInBatches(builder, index => ({ uri: result.sources[index].uri, text: result.sources[index].text, file: fileOf(index) }), plans => {
            for (const plan of plans) output.write(parts.plan(plan));
        }, { services: result.services, dropped, batchSize: Math.min(batchSize, SUMMARY_BATCH_SIZE) });
        for (const piece of parts.tail()) output.write(piece);
        output.close();
    } catch (e) {
        closeAfterFailure(output);
        if (!outPath || !isWriteError(e)) throw e;
        ctx.stderr.write(`leerplan: ${workflowText('summaryCannotWrite', lang)(out!, writeFailure(e as NodeJS.ErrnoException, lang))}\n`);
        return 2;
    }
    return 0;
}

/** Pieces written in writes of about 64 KiB: a view comes in many small pieces, a plan's page in one large one. */
function buffered(output: OutputFile): OutputFile {
    let pieces: string[] = [];
    let length = 0;
    const flush = () => {
        if (pieces.length) output.write(pieces.join(''));
        pieces = [];
        length = 0;
    };
    return {
        write: text => {
            pieces.push(text);
            length += text.length;
            if (length >= 65536) flush();
        },
        close: () => {
            try {
                flush();
            } finally {
                output.close();
            }
        },
    };
}

function closeAfterFailure(output: OutputFile): void {
    try {
        output.close();
    } catch {
        // The failure being reported is the first one.
    }
}

/** A failure of the system call that writes the file (it has an error code), not of the summary. */
function isWriteError(e: unknown): boolean {
    return typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException)?.syscall === 'string';
}

/** The format an output file's extension names: `.md`/`.markdown`, `.html`/`.htm`, `.json`. */
function formatOfFile(path: string | undefined): typeof FORMATS[number] | undefined {
    const ext = path ? extname(path).toLowerCase() : '';
    return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.html' || ext === '.htm' ? 'html' : ext === '.json' ? 'json' : undefined;
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
