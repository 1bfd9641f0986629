import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';
import { localeLanguage } from '../cli-messages.js';
import { workflowText } from '../workflow-messages.js';
import { displayPath } from '../load-workspace.js';
import { starterFiles } from './init-templates.js';
import { CONFIG_FILE_NAME } from '../../../language/src/config/leerplan-config.js';
import { localToday } from '../../../language/src/model/dates.js';
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
    const existing = files.filter(f => existsSync(f.path)).map(f => displayPath(f.path, ctx.cwd));
    if (existing.length) {
        ctx.stderr.write(`leerplan: ${workflowText('initExists', lang)(existing.join(', '), existing.length)}\n`);
        return 2;
    }
    for (const file of files) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeNewFile(file.path, file.text);
        ctx.stdout.write(workflowText('initWrote', lang)(displayPath(file.path, ctx.cwd)) + '\n');
    }
    const rel = displayPath(folder, ctx.cwd);
    ctx.stdout.write(workflowText('initNext', lang)(rel === '.' ? '' : ` ${rel}`) + '\n');
    return 0;
}

/**
 * `leerplan.json` with `$schema`, so editors validate and complete it. The schema is
 * looked up in a `node_modules/leerplan` of the folder or a folder above it; without
 * one, the path where a local install will put it.
 */
function configText(folder: string, lang: 'en' | 'nl'): string {
    let schema = './' + INSTALLED_SCHEMA;
    for (let dir = folder; ; dir = dirname(dir)) {
        if (existsSync(join(dir, ...INSTALLED_SCHEMA.split('/')))) {
            const rel = relative(folder, join(dir, ...INSTALLED_SCHEMA.split('/'))).split(sep).join('/');
            schema = rel.startsWith('.') ? rel : './' + rel;
            break;
        }
        if (dirname(dir) === dir) break;
    }
    return JSON.stringify({ $schema: schema, language: lang }, null, 4) + '\n';
}
