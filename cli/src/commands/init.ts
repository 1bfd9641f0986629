import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';
import { localeLanguage } from '../cli-messages.js';
import { workflowText } from '../workflow-messages.js';
import { terminalPath } from '../../../node/src/display-paths.js';
import { starterFiles } from './init-templates.js';
import { CONFIG_FILE_NAME } from '../../../language/src/config/leerplan-config.js';
import { localToday } from '../../../language/src/meaning/dates.js';
import { writeNewFile } from '../../../node/src/write-file.js';

/** Where the schema lies in an installed package, relative to the project folder. */
const INSTALLED_SCHEMA = 'node_modules/leerplan/schema/leerplan.schema.json';

/**
 * `leerplan init [--lang nl|en] [folder]`: writes a starter `organisation.pop`, a
 * `leerplan.json` and a first plan in `plans/`, in the chosen keyword language (default:
 * the locale's). It never asks anything, on a terminal or not, and never overwrites: if
 * any of the files exists, it writes nothing and exits 2 naming them.
 */
export async function initCommand(ctx: CommandContext): Promise<number> {
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        lang: { type: 'string', choices: ['en', 'nl'] },
        today: { type: 'string' },
    }, lang0);
    const lang = langOption(values.lang) ?? localeLanguage(ctx.env);
    if (positionals.length > 1) throw new UsageError(workflowText('initTooManyPaths', lang), lang);
    const today = todayOption(values.today, lang) ?? localToday();
    const folder = resolve(ctx.cwd, positionals[0] ?? '.');
    if (existsSync(folder) && !statSync(folder).isDirectory()) {
        throw new UsageError(workflowText('initNotAFolder', lang)(positionals[0] ?? '.'), lang);
    }

    const starter = starterFiles(lang, today);
    const files: Array<{ path: string; text: string }> = [
        { path: join(folder, 'organisation.pop'), text: starter.organisation },
        { path: join(folder, CONFIG_FILE_NAME), text: configText(folder, lang) },
        { path: join(folder, ...starter.plan.path.split('/')), text: starter.plan.text },
    ];
    const existing = files.filter(f => existsSync(f.path)).map(f => terminalPath(f.path, ctx.cwd));
    if (existing.length) {
        ctx.stderr.write(`leerplan: ${workflowText('initExists', lang)(existing.join(', '), existing.length)}\n`);
        return 2;
    }
    for (const file of files) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeNewFile(file.path, file.text);
        ctx.stdout.write(workflowText('initWrote', lang)(terminalPath(file.path, ctx.cwd)) + '\n');
    }
    const rel = terminalPath(folder, ctx.cwd);
    ctx.stdout.write(workflowText('initNext', lang)(rel === '.' ? '' : ` ${rel}`) + '\n');
    return 0;
}

/**
 * `leerplan.json` with a `$schema` that resolves, so editors validate and complete it:
 * the schema of a `node_modules/leerplan` in the folder or a folder above it (a project's
 * own install, the same path on every clone), else the schema of the leerplan that runs:
 * as a relative path when it lies in the same Git repository (a checkout of Leerplan),
 * otherwise as a file URL (a global install: it resolves on this machine).
 */
function configText(folder: string, lang: 'en' | 'nl'): string {
    return JSON.stringify({ $schema: schemaReference(folder), language: lang }, null, 4) + '\n';
}

function schemaReference(folder: string): string {
    for (let dir = folder; ; dir = dirname(dir)) {
        const installed = join(dir, ...INSTALLED_SCHEMA.split('/'));
        if (existsSync(installed)) return relativeReference(folder, installed);
        if (dirname(dir) === dir) break;
    }
    const own = ownSchema();
    if (!own) return './' + INSTALLED_SCHEMA;
    const repository = gitRoot(folder);
    if (repository && isInside(own, repository)) return relativeReference(folder, own);
    return pathToFileURL(own).href;
}

function relativeReference(folder: string, file: string): string {
    const rel = relative(folder, file).split(sep).join('/');
    return rel.startsWith('.') ? rel : './' + rel;
}

/** The schema shipped with the running leerplan: `schema/` beside `out/` in the package (or above the sources in a checkout). */
function ownSchema(): string | undefined {
    for (let dir = __dirname; ; dir = dirname(dir)) {
        const schema = join(dir, 'schema', 'leerplan.schema.json');
        if (existsSync(schema) && existsSync(join(dir, 'package.json'))) return schema;
        if (dirname(dir) === dir) return undefined;
    }
}

/** The top folder of the Git work tree holding `folder` (or the folder it will be made in), if any. */
function gitRoot(folder: string): string | undefined {
    for (let dir = folder; ; dir = dirname(dir)) {
        if (existsSync(join(dir, '.git'))) return dir;
        if (dirname(dir) === dir) return undefined;
    }
}

function isInside(path: string, folder: string): boolean {
    const rel = relative(folder, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
