import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { parseOptions, peekLang } from '../options.js';
import { localeLanguage } from '../cli-messages.js';
import { workflowText } from '../workflow-messages.js';
import { terminalPath } from '../../../node/src/display-paths.js';

/** The line that marks a hook as ours, so it may be updated or removed without --force. */
export const HOOK_MARKER = '# leerplan-pre-commit-hook';

/**
 * The pre-commit hook: a POSIX sh script that checks the staged .pop files (added,
 * copied, modified or renamed; deleted ones need no check) as they are staged, not as
 * they are on disk: the index versions of all tracked .pop files (and leerplan.json
 * files) are exported into a temporary folder and `leerplan check` runs there, so the
 * paths it prints are the repository-relative ones. An empty `.git` folder there keeps
 * the search for a configuration or workspace root inside the export. leerplan is the
 * project's own (node_modules/.bin in the top folder, where Git starts hooks) or else
 * the one on PATH; without either the hook says that leerplan is not installed. Errors
 * in the staged files refuse the commit, and so does a check that could not run;
 * `git commit --no-verify` skips the check once.
 */
export const HOOK_SCRIPT = `#!/bin/sh
${HOOK_MARKER} (written by 'leerplan hook install'; remove with 'leerplan hook uninstall')
# Checks the staged .pop files, as staged, with 'leerplan check' and refuses the commit
# when it reports an error. Skip it once with 'git commit --no-verify'.
staged=$(git diff --cached --name-only --diff-filter=ACMR -- '*.pop')
[ -z "$staged" ] && exit 0
if [ -x ./node_modules/.bin/leerplan ]; then
    set -- "$PWD/node_modules/.bin/leerplan"
elif command -v leerplan >/dev/null 2>&1; then
    set -- leerplan
else
    echo "leerplan: leerplan is not installed, so the staged .pop files cannot be checked: install it (npm install --save-dev leerplan, or globally) or commit with --no-verify" >&2
    exit 1
fi
tmp=$(mktemp -d "\${TMPDIR:-/tmp}/leerplan-hook.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
mkdir "$tmp/.git" || exit 1
git ls-files -z -- '*.pop' 'leerplan.json' '*/leerplan.json' | xargs -0 git checkout-index --prefix="$tmp/" -- || exit 1
# Exit 1 is errors in the files; any other failure is noted, since xargs reports all as one.
git diff --cached --name-only --diff-filter=ACMR -z -- '*.pop' |
    (cd "$tmp" && xargs -0 sh -c '"$@" || { s=$?; [ "$s" -eq 1 ] || echo "$s" > .git/unchecked; exit 1; }' leerplan-hook "$@" check --staged --)
status=$?
if [ -f "$tmp/.git/unchecked" ] || { [ "$status" -ne 0 ] && [ "$status" -ne 123 ]; }; then
    echo "leerplan: commit refused: leerplan could not check the staged files (see above)" >&2
    exit 1
elif [ "$status" -ne 0 ]; then
    echo "leerplan: commit refused: fix the errors above in the staged files (or commit with --no-verify)" >&2
    exit 1
fi
exit 0
`;

/** The line with which a hook installed over someone else's names where that one was saved. */
const REPLACED = '# leerplan-replaced: ';

/** Our hook; when it replaced another, a line naming the backup (in the hooks folder) so `uninstall` can put it back. */
function hookText(backupName?: string): string {
    if (!backupName) return HOOK_SCRIPT;
    const [first, marker, ...rest] = HOOK_SCRIPT.split('\n');
    return [first, marker, `${REPLACED}${backupName}`, ...rest].join('\n');
}

/** The backup our installed hook names, if any. */
function replacedBackup(script: string): string | undefined {
    const line = script.split('\n').find(l => l.startsWith(REPLACED));
    const name = line?.slice(REPLACED.length).trim();
    return name && /^pre-commit\.backup(\.\d+)?$/.test(name) ? name : undefined;
}

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
    const shown = terminalPath(hookPath, ctx.cwd);
    const current = existsSync(hookPath) ? readFileSync(hookPath, 'utf8') : undefined;
    const ours = current !== undefined && current.includes(HOOK_MARKER);

    if (action === 'uninstall') {
        if (current === undefined) return 0;
        if (!ours && !values.force) {
            ctx.stderr.write(`leerplan: ${workflowText('hookForeignKept', lang)(shown)}\n`);
            return 2;
        }
        const backup = ours ? replacedBackup(current) : undefined;
        if (backup && existsSync(join(hooksDir, backup))) {
            renameSync(join(hooksDir, backup), hookPath);
            ctx.stdout.write(workflowText('hookRestored', lang)(shown, terminalPath(join(hooksDir, backup), ctx.cwd)) + '\n');
            return 0;
        }
        rmSync(hookPath);
        ctx.stdout.write(workflowText('hookRemoved', lang)(shown) + '\n');
        return 0;
    }
    if (current !== undefined && !ours && !values.force) {
        ctx.stderr.write(`leerplan: ${workflowText('hookForeign', lang)(shown)}\n`);
        return 2;
    }
    // An update keeps the note of the hook it replaced, so uninstall can still put that one back.
    let backupName = ours ? replacedBackup(current) : undefined;
    if (current === hookText(backupName)) {
        ctx.stdout.write(workflowText('hookUpToDate', lang)(shown) + '\n');
        return 0;
    }
    mkdirSync(hooksDir, { recursive: true });
    if (current !== undefined && !ours) {
        // --force over someone else's hook: keep it, so nothing of theirs is lost.
        const backup = freeBackupPath(hookPath);
        renameSync(hookPath, backup);
        backupName = basename(backup);
        ctx.stdout.write(workflowText('hookBackedUp', lang)(terminalPath(backup, ctx.cwd)) + '\n');
    }
    writeFileSync(hookPath, hookText(backupName), 'utf8');
    chmodSync(hookPath, 0o755);
    ctx.stdout.write(workflowText('hookInstalled', lang)(shown) + '\n');
    return 0;
}

/** `pre-commit.backup`, or `pre-commit.backup.2`, `.3`, ... when that is taken. */
function freeBackupPath(hookPath: string): string {
    let path = `${hookPath}.backup`;
    for (let n = 2; existsSync(path); n++) path = `${hookPath}.backup.${n}`;
    return path;
}

/** The folder Git runs hooks from (honours core.hooksPath and worktrees), or undefined outside a repository. */
function gitHooksFolder(cwd: string): string | undefined {
    const result = spawnSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd, encoding: 'utf8', timeout: 10_000 });
    if (result.status !== 0 || typeof result.stdout !== 'string') return undefined;
    const path = result.stdout.trim();
    return path ? resolve(cwd, path) : undefined;
}
