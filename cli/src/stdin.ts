import { resolve } from 'node:path';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { cliText } from './cli-messages.js';
import { UsageError, type CommandContext } from './command-context.js';

/** A text from standard input standing for the file at `path` (the file on disk, if any, is not read). */
export interface StdinText {
    path: string;
    text: string;
}

/** The name a text from standard input goes by without --stdin-filename: a file of the current folder. */
export const STDIN_NAME = '<stdin>.pop';

/**
 * `--stdin [--stdin-filename PATH]` of `check` and `fmt`: reads standard input whole.
 * Paths beside --stdin, or --stdin-filename alone, are usage errors.
 */
export async function stdinOption(ctx: CommandContext, positionals: string[], stdin: boolean, filename: string | undefined, lang: Lang): Promise<StdinText | undefined> {
    if (!stdin) {
        if (filename !== undefined) throw new UsageError(cliText('stdinFilenameAlone', lang), lang);
        return undefined;
    }
    if (positionals.length) throw new UsageError(cliText('stdinWithPaths', lang), lang);
    const name = filename ?? STDIN_NAME;
    if (!name.endsWith('.pop')) throw new UsageError(cliText('notPopFile', lang)(name), lang);
    const text = ctx.readStdin ? await ctx.readStdin() : '';
    return { path: resolve(ctx.cwd, name), text };
}
