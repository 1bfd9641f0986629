import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as ast from '../../../language/src/generated/ast.js';
import { isExistingDate, localToday } from '../../../language/src/meaning/dates.js';
import type { Lang } from '../../../language/src/rules/rule-registry.js';
import { isPrivateFile } from '../../../language/src/workspace/private-file.js';
import { defaultSince, followThroughFacts, planFollowThrough, planHistory, type PlanFollowThroughFacts } from '../../../summary/src/follow-through.js';
import type { PlanFollowThrough } from '../../../summary/src/summary-model.js';
import { fileHistoryOf, followThroughState, readPlanFilesHistory, type PlanFilesHistory } from '../../../node/src/git-history.js';
import { collectGarbage } from '../../../node/src/memory-limits.js';
import { terminalPath } from '../../../node/src/display-paths.js';
import { CHECK_BATCH_SIZE } from '../../../language/src/workspace/check-in-batches.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { cliText, localeLanguage } from '../cli-messages.js';
import { loadAndCheck } from '../load-workspace.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';
import { statusText } from '../status-messages.js';

/** Exit code when the history status needs is missing: no repository, no commit, or a shallow clone. */
export const HISTORY_MISSING = 3;

/** What status keeps of a plan while the workspace is checked a batch at a time: plain data, never private text. */
interface PlanFacts extends PlanFollowThroughFacts {
    id: string;
    path: string;
    file: string;
    owner: { id: string; name: string };
}

/** A plan's follow-through (`summary/src/follow-through.ts`, the same as in the summaries), with the plan it is of. */
export interface PlanStatus extends PlanFollowThrough {
    id: string;
    file: string;
    owner: { id: string; name: string };
}

export interface StatusReport {
    version: 1;
    since: string;
    today: string;
    history: 'ok' | 'missing' | 'shallow';
    plans: PlanStatus[];
}

/**
 * `leerplan status [paths] [--since DATE] [--format text|json]`: follow-through per plan
 * from Git history: when the plan last changed, the goals done in the period (the plan now
 * against the plan as committed before the period), asked feedback moments passed without
 * a shared record of feedback received, and reviews held against planned (a review leaves
 * its trace as a change to the plan within 14 days). Private files, private blocks and
 * private records are never read. No repository or a shallow clone: exit 3, saying so.
 */
export async function statusCommand(ctx: CommandContext): Promise<number> {
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        since: { type: 'string' },
        format: { type: 'string', short: 'f', choices: ['text', 'json'] },
        lang: { type: 'string', choices: ['en', 'nl'] },
        today: { type: 'string' },
        verbose: { type: 'boolean' },
    }, lang0);
    const todayGiven = todayOption(values.today, lang0);
    if (values.since !== undefined && !isExistingDate(values.since)) throw new UsageError(cliText('badValue', lang0)('--since', values.since, 'YYYY-MM-DD'), lang0);
    const json = values.format === 'json';
    // Git is asked from the folder named (or the folder of the file named).
    const named = resolve(ctx.cwd, positionals[0] ?? '.');
    const folder = isFile(named) ? dirname(named) : named;

    const plans: PlanFacts[] = [];
    const result = await loadAndCheck(positionals, {
        cwd: ctx.cwd, lang: langOption(values.lang), today: todayGiven, verbose: values.verbose === true,
        documents: false, batchSize: CHECK_BATCH_SIZE, dropped: collectGarbage, keepDiagnostics: false,
        onChecked: (files, settings) => {
            for (const file of files) {
                if (!file.reported || isPrivateFile(file.path)) continue;
                // Where a file does not parse, a private word may have lost its quotes: only ids and declared names are shown from it.
                const parses = !file.diagnostics.some(d => d.code === 'parse-error');
                for (const plan of (file.document.parseResult.value as ast.Document).elements ?? []) {
                    if (!ast.isPlan(plan)) continue;
                    const owner = { id: plan.owner?.$refText ?? '', name: plan.owner?.ref?.displayName || plan.owner?.$refText || '' };
                    // Shared records only: a private record is never read here.
                    plans.push({ id: plan.name ?? '', path: file.path, file: file.file, owner, ...followThroughFacts(plan, settings.today, { parses, includePrivate: false }) });
                }
            }
        },
    });
    if (!result.ok) {
        for (const m of result.messages) ctx.stderr.write(`leerplan: ${m}\n`);
        return 2;
    }
    for (const m of [...result.notices, ...result.problems]) ctx.stderr.write(`leerplan: ${m}\n`);
    if (result.problems.length) return 2;
    const lang = result.lang;
    const today = result.settings.today;
    const since = values.since ?? defaultSince(today);
    if (since > today) throw new UsageError(statusText('sinceAfterToday', lang)(since, today), lang);

    const history = await readPlanFilesHistory(folder, plans.map(p => p.path), since, { doneFiles: plans.filter(p => p.goals.some(g => g.done)).map(p => p.path) });
    if (history.kind !== 'ok') {
        const report: StatusReport = { version: 1, since, today, history: followThroughState(history.kind), plans: [] };
        if (json) ctx.stdout.write(JSON.stringify(report, null, 2) + '\n');
        ctx.stderr.write(`leerplan: ${history.kind === 'none' ? statusText('noHistory', lang)(terminalPath(history.missingIn ?? folder, ctx.cwd)) : statusText('shallow', lang)}\n`);
        return HISTORY_MISSING;
    }
    const report: StatusReport = { version: 1, since, today, history: 'ok', plans: planStatuses(plans, history, since, today) };
    ctx.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : renderText(report, lang, localToday()));
    return 0;
}

function planStatuses(plans: PlanFacts[], history: PlanFilesHistory, since: string, today: string): PlanStatus[] {
    return plans.map(plan => ({
        id: plan.id,
        file: plan.file,
        owner: plan.owner,
        ...planFollowThrough(plan, planHistory(fileHistoryOf(history, plan.path), plan.id), since, today),
    }));
}

/** The report as text; `clockToday` is the real date, so that a `today` set by hand is said to be one. */
function renderText(report: StatusReport, lang: Lang, clockToday: string): string {
    const t = <K extends Parameters<typeof statusText>[0]>(key: K) => statusText(key, lang);
    const out = [t('heading')(report.since, report.today, report.plans.length)];
    if (report.today !== clockToday) out.push(t('pinnedToday')(report.today));
    out.push('');
    const row = (label: string, value: string) => `  ${label.padEnd(18)}${value}`;
    for (const plan of report.plans) {
        out.push(`${plan.file}  ${plan.id} (${plan.owner.name})`);
        const last = plan.lastChange ? t('changedOn')(plan.lastChange.date, plan.lastChange.daysAgo) : t('neverCommitted');
        out.push(row(t('lastChange'), plan.uncommitted ? `${last}, ${t('uncommitted')}` : last));
        out.push(row(t('goalsDone'), plan.goalsDone.length ? `${plan.goalsDone.length}: ${plan.goalsDone.map(g => g.title ? `${g.id} "${g.title}"` : g.id).join(', ')}` : t('none')));
        const fb = plan.feedback;
        out.push(row(t('feedback'), t('pending')(fb.passed, fb.withoutRecord.length)));
        for (const item of fb.withoutRecord) out.push(row('', `- ${t('pendingItem')(item.date, item.who, item.goal)}`));
        out.push(row(t('reviews'), t('held')(plan.reviews.held, plan.reviews.planned)));
        for (const item of plan.reviews.withoutTrace) out.push(row('', `- ${t('missedItem')(item.date, item.with)}`));
        out.push('');
    }
    if (!report.plans.length) out.push(t('noPlans'), '');
    return out.join('\n');
}


function isFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
