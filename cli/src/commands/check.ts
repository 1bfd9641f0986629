import { resolve } from 'node:path';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';
import { localeLanguage, cliText } from '../cli-messages.js';
import { loadAndCheck } from '../load-workspace.js';
import { terminalPath } from '../../../node/src/display-paths.js';
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
import { colourEnabled } from '../colour.js';
import { stdinOption } from '../stdin.js';
import { writeOutputFile } from '../../../node/src/write-file.js';
import { writeFailure } from '../../../node/src/discovery-messages.js';

const FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;

/**
 * `leerplan check [paths]`: exit 0 without errors, 1 with errors (or too many warnings), 2 on
 * bad usage or when a file or folder could not be read (the rest is still checked and printed).
 * `--fix` first applies the safe fixes (the editor's "Fix all") and reports what is left.
 */
export async function checkCommand(ctx: CommandContext): Promise<number> {
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        format: { type: 'string', short: 'f', choices: FORMATS },
        'output-file': { type: 'string', short: 'o' },
        quiet: { type: 'boolean' },
        lang: { type: 'string', choices: ['en', 'nl'] },
        today: { type: 'string' },
        'max-warnings': { type: 'string' },
        staged: { type: 'boolean' },
        fix: { type: 'boolean' },
        verbose: { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
    }, lang0);
    const stdin = await stdinOption(ctx, positionals, values.stdin === true, values['stdin-filename'], lang0);
    const today = todayOption(values.today, lang0);
    let maxWarnings: number | undefined;
    if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
            throw new UsageError(cliText('badValue', lang0)('--max-warnings', values['max-warnings'], '0, 1, 2, ...'), lang0);
        }
    }
    if (values.fix && values.staged) throw new UsageError(cliText('fixStaged', lang0), lang0);
    if (values.fix && stdin) throw new UsageError(cliText('fixStdin', lang0), lang0);
    let progress: Progress | undefined;
    const load = (fixing: boolean) => loadAndCheck(positionals, {
        cwd: ctx.cwd, lang: langOption(values.lang), today, env: ctx.env, staged: values.staged === true, documents: fixing, readsFiles: fixing, verbose: values.verbose === true, stdin,
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
        if (result.ok) ctx.stderr.write(`leerplan: ${cliText('fixed', result.lang)(fixed, [...written].map(f => terminalPath(f, ctx.cwd)))}\n`);
    }
    progress?.finish();
    if (!result.ok) {
        for (const m of result.messages) ctx.stderr.write(`leerplan: ${m}\n`);
        return 2;
    }
    const all = diagnosticRows(result.files);
    // --quiet: errors only in the report; --max-warnings below still counts every warning.
    const rows = values.quiet ? all.filter(r => r.severity === 'error') : all;
    const format = values.format ?? 'pretty';
    const files = result.files.length;
    const outputFile = values['output-file'];
    const report = format === 'json' ? renderJson(rows, files)
        : format === 'sarif' ? renderSarif(rows, result.lang, VERSION)
            : format === 'github' ? renderGithub(rows)
                : renderPretty(rows, files, result.lang, !outputFile && colourEnabled(ctx.stdout, ctx.env));
    if (outputFile === undefined) {
        ctx.stdout.write(report);
    } else {
        try {
            writeOutputFile(resolve(ctx.cwd, outputFile), report);
        } catch (e) {
            ctx.stderr.write(`leerplan: ${cliText('cannotWrite', result.lang)(outputFile, writeFailure(e as NodeJS.ErrnoException, result.lang))}\n`);
            return 2;
        }
    }
    for (const m of [...result.notices, ...result.problems]) ctx.stderr.write(`leerplan: ${m}\n`);
    // A folder or file that could not be read was not checked: the check cannot pass.
    if (result.problems.length) return 2;
    const counts = countBySeverity(all);
    if (counts.error > 0) return 1;
    if (maxWarnings !== undefined && counts.warning > maxWarnings) {
        ctx.stderr.write(`leerplan: ${cliText('tooManyWarnings', result.lang)(counts.warning, maxWarnings)}\n`);
        return 1;
    }
    return 0;
}
