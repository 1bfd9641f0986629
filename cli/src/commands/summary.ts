import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { writeFailure, writeOutputFile } from '../../../node/src/write-file.js';
import type { LangiumDocument } from 'langium';
import { buildSummary, scopeTargetExists } from '../../../summary/src/build-summary.js';
import type { SummaryScope } from '../../../summary/src/summary-model.js';
import { renderHtml } from '../../../summary/src/render-html.js';
import { renderMarkdown } from '../../../summary/src/render-markdown.js';
import { renderJson } from '../../../summary/src/render-json.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { localeLanguage } from '../cli-messages.js';
import { workflowText } from '../workflow-messages.js';
import { loadAndCheck, type CheckedFile, type LoadResult } from '../load-workspace.js';
import { terminalPath } from '../../../node/src/display-paths.js';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';
import { summaryDocument } from '../../../summary/src/summary-document.js';

const FORMATS = ['html', 'md', 'json'] as const;



/** A summary reads the syntax trees: it loads the workspace with its documents (the default of `loadAndCheck`). */
function documentOf(file: CheckedFile): LangiumDocument {
    if (!file.document) throw new Error(`no document loaded for ${file.file}`);
    return file.document;
}

/**
 * `leerplan summary [paths] --format html|md|json [--out FILE] [--plan ID|--team ID|--coach ID]`:
 * an export of the summary, always without private content. Prints to stdout
 * unless `--out` names a file; exit 2 on bad usage or an unknown id.
 */
export async function summaryCommand(ctx: CommandContext): Promise<number> {
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
        verbose: { type: 'boolean' },
    }, lang0);
    const today = todayOption(values.today, lang0);
    const scopes = (['plan', 'team', 'coach'] as const).filter(k => values[k] !== undefined);
    if (scopes.length > 1) throw new UsageError(workflowText('summaryOneScope', lang0), lang0);
    const scope: SummaryScope = scopes.length ? { kind: scopes[0], id: values[scopes[0]]! } : { kind: 'all' };
    if (values.out !== undefined && values['output-file'] !== undefined) throw new UsageError(workflowText('summaryOneOut', lang0), lang0);
    const out = values.out ?? values['output-file'];
    const outPath = out !== undefined ? resolve(ctx.cwd, out) : undefined;
    if (outPath && isFolder(outPath)) throw new UsageError(workflowText('summaryOutIsFolder', lang0)(out!), lang0);

    const result = await loadAndCheck(positionals, { cwd: ctx.cwd, lang: langOption(values.lang), today, verbose: values.verbose === true });
    if (!result.ok) {
        for (const m of result.messages) ctx.stderr.write(`leerplan: ${m}\n`);
        return 2;
    }
    for (const m of [...result.notices, ...result.problems]) ctx.stderr.write(`leerplan: ${m}\n`);
    // A summary of a workspace that could not be read whole would be wrong without saying so.
    if (result.problems.length) return 2;
    const lang = result.lang;
    // A view (--plan, --team, --coach) is looked up in the whole workspace the files were
    // linked in, so `leerplan summary plans/ --team onderbouw` finds the team declared beside them.
    const files = scope.kind === 'all' ? result.files : [...result.files, ...contextFiles(result, ctx.cwd)];
    const documents = files.map(f => summaryDocument(documentOf(f), f.file, f.diagnostics));
    if (scope.kind !== 'all' && !scopeTargetExists(documents, scope)) throw new UsageError(workflowText('summaryUnknown', lang)(scope.kind, scope.id), lang);
    const model = buildSummary(documents, { lang, today: result.settings.today, audience: 'export', scope });
    const format = values.format ?? formatOfFile(outPath) ?? 'html';
    const output = format === 'json' ? renderJson(model) : format === 'md' ? renderMarkdown(model) : renderHtml(model);
    if (!outPath) {
        ctx.stdout.write(output);
        return 0;
    }
    try {
        writeOutputFile(outPath, output);
    } catch (e) {
        ctx.stderr.write(`leerplan: ${workflowText('summaryCannotWrite', lang)(out!, writeFailure(e as NodeJS.ErrnoException))}\n`);
        return 2;
    }
    return 0;
}

/** The format an output file's extension names: `.md`/`.markdown`, `.html`/`.htm`, `.json`. */
function formatOfFile(path: string | undefined): typeof FORMATS[number] | undefined {
    const ext = path ? extname(path).toLowerCase() : '';
    return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.html' || ext === '.htm' ? 'html' : ext === '.json' ? 'json' : undefined;
}

/** The checked files of the workspace that were not named on the command line (the organisation beside a plan). */
function contextFiles(result: Extract<LoadResult, { ok: true }>, cwd: string): CheckedFile[] {
    const named = new Set(result.files.map(f => documentOf(f).uri.toString()));
    return result.services.shared.workspace.LangiumDocuments.all
        .filter(document => !isBuiltinUri(document.uri) && !named.has(document.uri.toString()) && document.uri.scheme === 'file')
        .map(document => ({ path: document.uri.fsPath, file: terminalPath(document.uri.fsPath, cwd), document, diagnostics: document.diagnostics ?? [] }))
        .toArray();
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
