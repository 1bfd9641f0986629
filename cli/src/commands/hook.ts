import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { parseOptions, peekLang } from '../options.js';
import { localeLanguage } from '../cli-messages.js';
import { workflowText } from '../workflow-messages.js';
import { displayPath } from '../load-workspace.js';

/** The line that marks a hook as ours, so it may be updated or removed without --force. */
export const HOOK_MARKER = '# leerplan-pre-commit-hook';

/**
 * The pre-commit hook: a POSIX sh script that checks the staged .pop files (added,
 * copied, modified or renamed; deleted ones need no check) with the project's own
 * leerplan, found in node_modules/.bin or else through `npx --no-install`. Any error
 * refuses the commit; `git commit --no-verify` skips the check once. It runs in the
 * repository's top folder, where Git starts hooks and where the staged paths are relative to.
 */
export const HOOK_SCRIPT = `#!/bin/sh
${HOOK_MARKER} (written by 'leerplan hook install'; remove with 'leerplan hook uninstall')
# Checks the staged .pop files with 'leerplan check' and refuses the commit when it
# reports an error. Skip it once with 'git commit --no-verify'.
staged=$(git diff --cached --name-only --diff-filter=ACMR -- '*.pop')
[ -z "$staged" ] && exit 0
if [ -x ./node_modules/.bin/leerplan ]; then
    set -- ./node_modules/.bin/leerplan
else
    set -- npx --no-install leerplan
fi
git diff --cached --name-only --diff-filter=ACMR -z -- '*.pop' | xargs -0 "$@" check --
status=$?
if [ "$status" -ne 0 ]; then
    echo "leerplan: commit refused: fix the errors above (or commit with --no-verify)" >&2
    exit 1
fi
exit 0
`;

/** `leerplan hook install [--force]` and `leerplan hook uninstall`, from any folder of a repository. */
export async function hookCommand(ctx: CommandContext): Promise<number> {
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        force: { type: 'boolean' },
        lang: { type: 'string', choices: ['en', 'nl'] },
    }, lang0);
    const lang = values.lang === 'nl' || values.lang === 'en' ? values.lang : lang0;
    const action = positionals[0];
    if (positionals.length !== 1 || (action !== 'install' && action !== 'uninstall')) {
        throw new UsageError(workflowText('hookUsage', lang), lang);
    }
    const hooksDir = gitHooksFolder(ctx.cwd);
    if (!hooksDir) {
        ctx.stderr.write(`leerplan: ${workflowText('hookNoRepository', lang)(ctx.cwd)}\n`);
        return 2;
    }
    const hookPath = join(hooksDir, 'pre-commit');
    const shown = displayPath(hookPath, ctx.cwd);
    const current = existsSync(hookPath) ? readFileSync(hookPath, 'utf8') : undefined;
    const ours = current !== undefined && current.includes(HOOK_MARKER);

    if (action === 'uninstall') {
        if (current === undefined) return 0;
        if (!ours && !values.force) {
            ctx.stderr.write(`leerplan: ${workflowText('hookForeign', lang)(shown)}\n`);
            return 2;
        }
        rmSync(hookPath);
        return 0;
    }
    if (current !== undefined && !ours && !values.force) {
        ctx.stderr.write(`leerplan: ${workflowText('hookForeign', lang)(shown)}\n`);
        return 2;
    }
    if (current === HOOK_SCRIPT) {
        ctx.stdout.write(workflowText('hookUpToDate', lang)(shown) + '\n');
        return 0;
    }
    mkdirSync(hooksDir, { recursive: true });
    writeFileSync(hookPath, HOOK_SCRIPT, 'utf8');
    chmodSync(hookPath, 0o755);
    ctx.stdout.write(workflowText('hookInstalled', lang)(shown) + '\n');
    return 0;
}

/** The folder Git runs hooks from (honours core.hooksPath and worktrees), or undefined outside a repository. */
function gitHooksFolder(cwd: string): string | undefined {
    const result = spawnSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd, encoding: 'utf8', timeout: 10_000 });
    if (result.status !== 0 || typeof result.stdout !== 'string') return undefined;
    const path = result.stdout.trim();
    return path ? resolve(cwd, path) : undefined;
}
