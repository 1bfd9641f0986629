import type { CommandContext } from './command-context.js';
import { UsageError } from './command-context.js';
import { cliText, localeLanguage } from './cli-messages.js';
import { peekLang } from './options.js';
import { checkCommand } from './commands/check.js';
import { summaryCommand } from './commands/summary.js';
import { fmtCommand } from './commands/fmt.js';
import { initCommand } from './commands/init.js';
import { hookCommand } from './commands/hook.js';
import { calendarCommand } from './commands/calendar.js';
import { statusCommand } from './commands/status.js';
import { VERSION } from './version.js';
import { helpText, type HelpTopic } from './help-texts.js';

type Command = (ctx: CommandContext) => Promise<number>;

const COMMANDS: Record<string, Command> = {
    check: checkCommand,
    summary: summaryCommand,
    calendar: calendarCommand,
    status: statusCommand,
    fmt: fmtCommand,
    init: initCommand,
    hook: hookCommand,
};

/** Runs one command line. Returns the exit code; never throws. */
export async function runCli(ctx: CommandContext): Promise<number> {
    const lang = peekLang(ctx.argv, localeLanguage(ctx.env));
    const [name, ...rest] = ctx.argv;
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
        ctx.stdout.write(helpText('main', lang) + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === '-v' || name === '--version') {
        ctx.stdout.write(VERSION + '\n');
        return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
        ctx.stderr.write(`leerplan: ${cliText('unknownCommand', lang)(name)}\n`);
        return 2;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
        ctx.stdout.write(helpText(name as HelpTopic, lang) + '\n');
        return 0;
    }
    try {
        return await command({ ...ctx, argv: rest });
    } catch (e) {
        if (e instanceof UsageError) {
            ctx.stderr.write(`leerplan: ${e.message}\n`);
            return 2;
        }
        const message = e instanceof Error ? e.message : String(e);
        ctx.stderr.write(`leerplan: ${cliText('internalError', lang)(message)}\n`);
        if (ctx.env.LEERPLAN_DEBUG && e instanceof Error && e.stack) ctx.stderr.write(e.stack + '\n');
        return 2;
    }
}
