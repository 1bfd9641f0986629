import { resolve } from 'node:path';
import type { CommandContext } from '../command-context.js';
import { langOption, parseOptions, peekLang } from '../options.js';
import { cliText, localeLanguage } from '../cli-messages.js';
import { workflowText } from '../workflow-messages.js';
import { workspaceRoots } from '../load-workspace.js';
import { terminalPath } from '../../../node/src/display-paths.js';
import { startProgress } from '../progress.js';
import { stdinOption, type StdinText } from '../stdin.js';
import type { Lang } from '../../../language/src/rules/rule-registry.js';
import { formatPop } from '../../../language/src/formatting/format-text.js';
import { MAX_FILE_BYTES, MAX_FILE_LINES } from '../../../language/src/parser/size-limited-parser.js';
import { discoverPopFiles } from '../../../node/src/file-discovery.js';
import { describeDiscovery, namedPathProblem, skippedLinksLine, systemErrorText, writeFailure } from '../../../node/src/discovery-messages.js';
import { findConfigFile, loadConfigFile } from '../../../node/src/config-file.js';
import { readExactText } from '../../../node/src/read-exact-text.js';
import { replaceFileContent } from '../../../node/src/write-file.js';

/**
 * `leerplan fmt [--check] [paths]`: formats .pop files in place, writing only the files
 * that change; with `--check` it changes nothing and lists the files that are not
 * formatted. A file that does not parse is left untouched and reported on stderr.
 * Exit 0 when all is well, 1 when `--check` found unformatted files or a file could
 * not be formatted, 2 on bad usage, a path that does not exist or a folder that cannot be read.
 */
export async function fmtCommand(ctx: CommandContext): Promise<number> {
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        check: { type: 'boolean' },
        quiet: { type: 'boolean' },
        lang: { type: 'string', choices: ['en', 'nl'] },
        verbose: { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
    }, lang0);
    const stdin = await stdinOption(ctx, positionals, values.stdin === true, values['stdin-filename'], lang0);
    const requested = positionals.length ? positionals : ['.'];
    const configFile = findConfigFile(stdin ? stdin.path : resolve(ctx.cwd, requested[0]));
    const config = configFile ? loadConfigFile(configFile).config : {};
    const lang = langOption(values.lang) ?? config.language ?? localeLanguage(ctx.env);
    if (stdin) return formatStdin(ctx, stdin, values.check === true, lang);

    const discovery = discoverPopFiles(requested, ctx.cwd, { limit: config.discoveryLimit, within: workspaceRoots(requested, ctx.cwd, configFile)[0] });
    if (discovery.errors.length) {
        for (const e of discovery.errors) ctx.stderr.write(`leerplan: ${cliText('unreadablePath', lang)(e.path, namedPathProblem(e.code, lang))}\n`);
        return 2;
    }
    const verbose = values.verbose === true;
    const report = describeDiscovery(discovery, lang, path => terminalPath(path, ctx.cwd));
    const linksLine = skippedLinksLine(report, lang, verbose);
    for (const m of [...report.problems, ...report.warnings, ...(verbose ? report.details : []), ...(linksLine ? [linksLine] : [])]) ctx.stderr.write(`leerplan: ${m}\n`);
    if (discovery.limitReached) return 2;
    if (discovery.files.length === 0 && report.problems.length === 0) {
        ctx.stderr.write(`leerplan: ${cliText('noFiles', lang)(requested.map(p => `'${terminalPath(resolve(ctx.cwd, p), ctx.cwd)}'`).join(', '))}\n`);
        return 2;
    }
    const checkOnly = values.check === true;
    const quiet = values.quiet === true;
    const files = discovery.files;
    const progress = startProgress(ctx.stderr, files.length, workflowText('progressFormatting', lang));
    const unformatted: string[] = [];
    let failed = 0;
    files.forEach((path, index) => {
        progress.update(index);
        const file = terminalPath(path, ctx.cwd);
        const read = readExactText(path);
        if (!read.ok) {
            failed++;
            progress.finish();
            ctx.stderr.write(`leerplan: ${read.reason === 'too-large' ? workflowText('fmtTooLarge', lang)(file, MAX_FILE_BYTES / (1024 * 1024), MAX_FILE_LINES)
                : workflowText('fmtUnreadable', lang)(file, systemErrorText(read.code, lang))}\n`);
            return;
        }
        const result = formatPop(read.text);
        if (!result.ok) {
            failed++;
            progress.finish();
            ctx.stderr.write(`leerplan: ${notFormatted(result, file, lang)}\n`);
            return;
        }
        if (result.text === read.text) return;
        if (!checkOnly) {
            try {
                replaceFileContent(path, result.text);
            } catch (e) {
                failed++;
                progress.finish();
                ctx.stderr.write(`leerplan: ${workflowText('fmtNotWritten', lang)(file, writeFailure(e as NodeJS.ErrnoException, lang))}\n`);
                return;
            }
        }
        unformatted.push(file);
        progress.finish();
        if (checkOnly || !quiet) ctx.stdout.write(file + '\n');
    });
    progress.finish();

    if (checkOnly) {
        if (unformatted.length) ctx.stderr.write(`leerplan: ${workflowText('fmtCheckSummary', lang)(unformatted.length, files.length)}\n`);
    } else if (unformatted.length && !quiet) {
        ctx.stderr.write(`leerplan: ${workflowText('fmtWriteSummary', lang)(unformatted.length, files.length)}\n`);
    }
    if (failed) ctx.stderr.write(`leerplan: ${workflowText('fmtFailedSummary', lang)(failed)}\n`);
    // A folder that could not be read was not formatted (or checked): named above.
    if (report.problems.length) return 2;
    return failed || (checkOnly && unformatted.length) ? 1 : 0;
}

/** Why a file was not formatted, with its position when it does not parse. */
function notFormatted(result: Extract<ReturnType<typeof formatPop>, { ok: false }>, file: string, lang: Lang): string {
    const where = result.line ? `${file}:${result.line}:${result.column ?? 1}` : file;
    return result.reason === 'does-not-parse' ? workflowText('fmtDoesNotParse', lang)(where, file)
        : result.reason === 'too-large' ? workflowText('fmtTooLarge', lang)(file, MAX_FILE_BYTES / (1024 * 1024), MAX_FILE_LINES)
            : workflowText('fmtInternal', lang)(file);
}

/**
 * `fmt --stdin`: the formatted text on standard output (exit 0), as editors and other
 * tools expect; with `--check` nothing is printed but the name when it is not formatted
 * (exit 1). A text that cannot be formatted prints nothing on stdout and the reason on
 * stderr (exit 1), so a caller keeps its text.
 */
function formatStdin(ctx: CommandContext, stdin: StdinText, checkOnly: boolean, lang: Lang): number {
    const file = terminalPath(stdin.path, ctx.cwd);
    const result = formatPop(stdin.text);
    if (!result.ok) {
        ctx.stderr.write(`leerplan: ${notFormatted(result, file, lang)}\n`);
        return 1;
    }
    if (!checkOnly) {
        ctx.stdout.write(result.text);
        return 0;
    }
    if (result.text === stdin.text) return 0;
    ctx.stdout.write(file + '\n');
    ctx.stderr.write(`leerplan: ${workflowText('fmtCheckSummary', lang)(1, 1)}\n`);
    return 1;
}

