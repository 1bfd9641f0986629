import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import * as ast from '../../../language/src/generated/ast.js';
import { createLeerplanCoreServices } from '../../../language/src/leerplan-module.js';
import { addDays, addMonths, daysBetween, isExistingDate } from '../../../language/src/meaning/dates.js';
import { askedMoments } from '../../../language/src/meaning/follow-up.js';
import { lineMeaning, type DateSpan } from '../../../language/src/meaning/moments.js';
import { measurablePeriod, statusOf } from '../../../language/src/meaning/semantics.js';
import type { Lang } from '../../../language/src/rules/rule-registry.js';
import { cadenceDates } from '../../../summary/src/calendar.js';
import { isPrivateFile } from '../../../summary/src/build-summary.js';
import { commitBefore, commitDates, gitHistory, textsAt, uncommitted } from '../../../node/src/git-history.js';
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

/** Days after a review in which a change to the plan counts as the trace of the review having been held. */
export const REVIEW_TRACE_DAYS = 14;

/** What status keeps of a plan while the workspace is checked a batch at a time: plain data, never private text. */
interface PlanFacts {
    id: string;
    path: string;
    file: string;
    owner: { id: string; name: string };
    goals: Array<{ id: string; title: string; done: boolean }>;
    /** Asked feedback moments passed by today, and whether a shared record followed each up. */
    feedback: Array<{ goal: string; who: string; date: string; followedUp: boolean }>;
    /** Planned reviews (each occurrence of a cadence) with their first and last day. */
    reviews: Array<{ from: string; date: string; with: string }>;
}

export interface PlanStatus {
    id: string;
    file: string;
    owner: { id: string; name: string };
    /** The day of the last commit that changed the plan's file; null when Git has none. */
    lastChange: { date: string; daysAgo: number } | null;
    uncommitted: boolean;
    goalsDone: Array<{ id: string; title: string }>;
    /** Asked feedback moments in the period, passed, and those without a record of feedback received. */
    feedback: { passed: number; withoutRecord: Array<{ goal: string; who: string; date: string }> };
    /** Reviews planned in the period up to today, and those the plan shows no trace of. */
    reviews: { planned: number; held: number; withoutTrace: Array<{ date: string; with: string }> };
}

export interface StatusReport {
    version: 1;
    since: string;
    today: string;
    history: 'ok' | 'missing' | 'shallow';
    plans: PlanStatus[];
}

/**
 * `leerplan status [folder] [--since DATE] [--format text|json]`: follow-through per plan
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
                    if (ast.isPlan(plan)) plans.push(planFacts(plan, file.path, file.file, settings.today, parses));
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
    const since = values.since ?? addMonths(today, -3);
    if (since > today) throw new UsageError(statusText('sinceAfterToday', lang)(since, today), lang);

    const history = gitHistory(folder);
    if (history.kind !== 'ok') {
        const report: StatusReport = { version: 1, since, today, history: history.kind === 'none' ? 'missing' : 'shallow', plans: [] };
        if (json) ctx.stdout.write(JSON.stringify(report, null, 2) + '\n');
        ctx.stderr.write(`leerplan: ${history.kind === 'none' ? statusText('noHistory', lang)(terminalPath(folder, ctx.cwd)) : statusText('shallow', lang)}\n`);
        return HISTORY_MISSING;
    }
    const report: StatusReport = { version: 1, since, today, history: 'ok', plans: planStatuses(plans, history.root, since, today) };
    ctx.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : renderText(report, lang));
    return 0;
}

function planFacts(plan: ast.Plan, path: string, file: string, today: string, parses: boolean): PlanFacts {
    const period = measurablePeriod(plan);
    const owner = { id: plan.owner?.$refText ?? '', name: plan.owner?.ref?.displayName || plan.owner?.$refText || '' };
    const facts: PlanFacts = { id: plan.name ?? '', path, file, owner, goals: [], feedback: [], reviews: [] };
    for (const goal of plan.goals) {
        facts.goals.push({ id: goal.name ?? '', title: parses ? goal.title ?? '' : '', done: statusOf(goal) === 'done' });
        // Shared records only: a private record is never read here.
        for (const moment of askedMoments(goal, period, addDays(today, -1), { includePrivate: false })) {
            facts.feedback.push({ goal: goal.name ?? '', who: whoOf(moment.feedback, parses), date: moment.date, followedUp: moment.followedUp !== undefined });
        }
    }
    for (const review of plan.reviews) {
        for (const span of reviewSpans(review, period, today)) facts.reviews.push({ ...span, with: review.person?.ref?.displayName || review.person?.$refText || '' });
    }
    return facts;
}

/** A source as people read it: the person's or team's name as declared, an outside source as written (in a file that parses). */
function whoOf(feedback: ast.Feedback, parses: boolean): string {
    if (feedback.person) return feedback.person.ref?.displayName || feedback.person.$refText;
    if (feedback.team) return feedback.team.ref?.title || feedback.team.$refText;
    return parses ? feedback.external ?? '' : '';
}

/** The days of a review up to today: its date or span, or each occurrence of its cadence within the plan period. */
function reviewSpans(review: ast.Review, period: DateSpan | undefined, today: string): Array<{ from: string; date: string }> {
    const meaning = lineMeaning(review, period);
    if (!meaning) return [];
    if (meaning.kind === 'dates') return [{ from: meaning.first, date: meaning.last }];
    if (meaning.kind === 'cadence' && period) {
        const end = period.end < today ? period.end : today;
        return end < period.start ? [] : cadenceDates(meaning.unit, period.start, end, meaning.every).map(date => ({ from: date, date }));
    }
    return [];
}

function planStatuses(plans: PlanFacts[], root: string, since: string, today: string): PlanStatus[] {
    const paths = [...new Set(plans.map(p => p.path))];
    const dates = commitDates(root, paths);
    const changed = uncommitted(root, paths);
    // The plans as they were before the period, for the goals done in it.
    const before = commitBefore(root, since);
    const withDoneGoals = [...new Set(plans.filter(p => p.goals.some(g => g.done)).map(p => p.path))];
    const old = before ? textsAt(root, before, withDoneGoals) : new Map<string, string>();
    const doneBefore = doneGoalsIn(old);
    return plans.map(plan => {
        const commits = dates.get(plan.path) ?? [];
        const last = commits[0];
        const passed = plan.feedback.filter(f => f.date >= since && f.date < today);
        const planned = plan.reviews.filter(r => r.date >= since && r.date < today);
        const traced = planned.filter(r => commits.some(day => day >= r.from && day <= addDays(r.date, REVIEW_TRACE_DAYS)));
        const wasDone = doneBefore.get(`${plan.path}\n${plan.id}`) ?? new Set<string>();
        return {
            id: plan.id,
            file: plan.file,
            owner: plan.owner,
            lastChange: last ? { date: last, daysAgo: Math.max(0, daysBetween(last, today)) } : null,
            uncommitted: changed.has(plan.path),
            goalsDone: plan.goals.filter(g => g.done && !wasDone.has(g.id)).map(g => ({ id: g.id, title: g.title })),
            feedback: { passed: passed.length, withoutRecord: passed.filter(f => !f.followedUp).map(({ goal, who, date }) => ({ goal, who, date })) },
            reviews: {
                planned: planned.length, held: traced.length,
                withoutTrace: planned.filter(r => !traced.includes(r)).map(r => ({ date: r.date, with: r.with })),
            },
        };
    });
}

/** Per file and plan id (`path\nid`), the goals that were done in the given texts. */
function doneGoalsIn(texts: Map<string, string>): Map<string, Set<string>> {
    const done = new Map<string, Set<string>>();
    if (!texts.size) return done;
    const parser = createLeerplanCoreServices(EmptyFileSystem).Leerplan.parser.LangiumParser;
    for (const [path, text] of texts) {
        const document = parser.parse<ast.Document>(text).value;
        for (const plan of document.elements ?? []) {
            if (!ast.isPlan(plan)) continue;
            done.set(`${path}\n${plan.name}`, new Set(plan.goals.filter(g => statusOf(g) === 'done').map(g => g.name)));
        }
    }
    return done;
}

function renderText(report: StatusReport, lang: Lang): string {
    const t = <K extends Parameters<typeof statusText>[0]>(key: K) => statusText(key, lang);
    const out = [t('heading')(report.since, report.today, report.plans.length), ''];
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
