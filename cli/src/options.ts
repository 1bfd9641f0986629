import { parseArgs } from 'node:util';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { isExistingDate } from '../../language/src/meaning/dates.js';
import { cliText } from './cli-messages.js';
import { UsageError } from './command-context.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; choices?: readonly string[] }>;

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or a
 * value outside its choices is a UsageError in the user's language.
 */
export function parseOptions<S extends OptionSpec>(argv: string[], spec: S, lang: Lang): {
    positionals: string[];
    values: { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string };
} {
    let parsed;
    try {
        parsed = parseArgs({ args: argv, options: spec as never, allowPositionals: true, strict: true });
    } catch (e) {
        const err = e as Error & { code?: string };
        const option = /'([^']+)'/.exec(err.message)?.[1] ?? err.message;
        // Node names an option with a short form as '-f, --format <value>': print the long one.
        const name = option.split(/[ ,]+/).find(part => part.startsWith('--')) ?? option.split(' ')[0];
        if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(cliText('unknownOption', lang)(name), lang);
        if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(cliText('missingValue', lang)(name), lang);
        throw new UsageError(err.message, lang);
    }
    for (const [name, def] of Object.entries(spec)) {
        const value = (parsed.values as Record<string, unknown>)[name];
        if (def.choices && typeof value === 'string' && !def.choices.includes(value)) {
            throw new UsageError(cliText('badValue', lang)(`--${name}`, value, def.choices.join(', ')), lang);
        }
    }
    return { positionals: parsed.positionals, values: parsed.values as never };
}

/** `--lang`, checked, or undefined when not given. */
export function langOption(value: string | undefined): Lang | undefined {
    return value === 'en' || value === 'nl' ? value : undefined;
}

export function todayOption(value: string | undefined, lang: Lang): string | undefined {
    if (value === undefined) return undefined;
    if (!isExistingDate(value)) throw new UsageError(cliText('badValue', lang)('--today', value, 'YYYY-MM-DD'), lang);
    return value;
}

/** A language guess from the raw arguments, before they are parsed (for the parse errors themselves). */
export function peekLang(argv: string[], fallback: Lang): Lang {
    const i = argv.findIndex(a => a === '--lang' || a.startsWith('--lang='));
    if (i === -1) return fallback;
    const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
    return value === 'nl' ? 'nl' : value === 'en' ? 'en' : fallback;
}
