import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';
import { localeLanguage, cliText } from '../cli-messages.js';
import { displayPath, loadAndCheck } from '../load-workspace.js';
import { applySafeFixes } from '../fix-files.js';

/** `--fix` checks again after each round of fixes; this many rounds at most. */
const MAX_FIX_ROUNDS = 5;
import { countBySeverity, diagnosticRows } from '../diagnostic-rows.js';
import { renderPretty } from '../formats/pretty.js';
import { renderJson } from '../formats/json.js';
import { renderSarif } from '../formats/sarif.js';
import { renderGithub } from '../formats/github.js';
import { VERSION } from '../version.js';
import { startProgress, type Progress } from '../progress.js';
import { workflowText } from '../workflow-messages.js';

const FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;

/**
 * `leerplan check [paths]`: exit 0 without errors, 1 with errors (or too many warnings), 2 on
 * bad usage or when a file or folder could not be read (the rest is still checked and printed).
 * `--fix` first applies the safe fixes (the editor's "Fix all") and reports what is left.
 */
export async function checkCommand(ctx: CommandContext): Promise<number> {
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        format: { type: 'string', choices: FORMATS },
        lang: { type: 'string', choices: ['en', 'nl'] },
        today: { type: 'string' },
        'max-warnings': { type: 'string' },
        staged: { type: 'boolean' },
        fix: { type: 'boolean' },
        verbose: { type: 'boolean' },
    }, lang0);
    const today = todayOption(values.today, lang0);
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
            throw new UsageError(cliText('badValue', lang0)('--max-warnings', values['max-warnings'], '0, 1, 2, ...'), lang0);
        }
    }
    if (values.fix && values.staged) throw new UsageError(cliText('fixStaged', lang0), lang0);
    let progress: Progress | undefined;
    const load = (fixing: boolean) => loadAndCheck(positionals, {
        cwd: ctx.cwd, lang: langOption(values.lang), today, env: ctx.env, staged: values.staged === true, documents: fixing, readsFiles: fixing, verbose: values.verbose === true,
        onProgress: (done, total) => (progress ??= startProgress(ctx.stderr, total, workflowText('progressChecking', lang0))).update(done),
    });
    let result = await load(values.fix === true);
    if (values.fix && result.ok) {
        // Safe fixes only (the editor's "Fix all"); a fix may make room for another, so check again, a few rounds at most.
        let fixed = 0;
        const written = new Set<string>();
        for (let round = 0; round < MAX_FIX_ROUNDS && result.ok; round++) {
            const applied = applySafeFixes(result.files, result.services, result.lang);
            if (applied.fixed === 0) break;
            fixed += applied.fixed;
            for (const file of applied.files) written.add(file);
            result = await load(true);
        }
        if (result.ok) ctx.stderr.write(`leerplan: ${cliText('fixed', result.lang)(fixed, [...written].map(f => displayPath(f, ctx.cwd)))}\n`);
    }
    progress?.finish();
    if (!result.ok) {
        for (const m of result.messages) ctx.stderr.write(`leerplan: ${m}\n`);
        return 2;
    }
    const rows = diagnosticRows(result.files);
    const format = values.format ?? 'pretty';
    const files = result.files.length;
    switch (format) {
        case 'json':
            ctx.stdout.write(renderJson(rows, files));
            break;
        case 'sarif':
            ctx.stdout.write(renderSarif(rows, result.lang, VERSION));
            break;
        case 'github':
            ctx.stdout.write(renderGithub(rows));
            break;
        default: {
            const colour = Boolean(ctx.stdout.isTTY) && !ctx.env.NO_COLOR;
            ctx.stdout.write(renderPretty(rows, files, result.lang, colour));
        }
    }
    for (const m of [...result.notices, ...result.problems]) ctx.stderr.write(`leerplan: ${m}\n`);
    // A folder or file that could not be read was not checked: the check cannot pass.
    if (result.problems.length) return 2;
    const counts = countBySeverity(rows);
    if (counts.error > 0) return 1;
    if (maxWarnings !== undefined && counts.warning > maxWarnings) {
        ctx.stderr.write(`leerplan: ${cliText('tooManyWarnings', result.lang)(counts.warning, maxWarnings)}\n`);
        return 1;
    }
    return 0;
}
