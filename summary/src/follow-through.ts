import * as ast from '../../language/src/generated/ast.js';
import { addDays, addMonths, daysBetween } from '../../language/src/meaning/dates.js';
import { askedMoments } from '../../language/src/meaning/follow-up.js';
import { lineMeaning, type DateSpan } from '../../language/src/meaning/moments.js';
import { measurablePeriod, statusOf } from '../../language/src/meaning/semantics.js';
import { cadenceDates } from './calendar.js';
import type { FollowThroughInfo, PlanFollowThrough } from './summary-model.js';

/**
 * Follow-through of a plan over a period, from its text and its file's Git history: the
 * one computation behind `leerplan status` and the summaries (export and preview). Pure:
 * the hosts read the history (`node/src/git-history.ts`, never a private file) and hand
 * it in as `FileHistoryFacts`.
 */

/** The period `leerplan status` and the summaries look back over by default: the three months before today. */
export const FOLLOW_THROUGH_MONTHS = 3;

/** Days after a review in which a change to the plan counts as the trace of the review having been held. */
export const REVIEW_TRACE_DAYS = 14;

export function defaultSince(today: string): string {
    return addMonths(today, -FOLLOW_THROUGH_MONTHS);
}

/** What follow-through needs of a plan's text: plain data, never private text. */
export interface PlanFollowThroughFacts {
    goals: Array<{ id: string; title: string; done: boolean }>;
    /** Asked feedback moments passed by today, and whether a record followed each up. */
    feedback: Array<{ goal: string; who: string; date: string; followedUp: boolean }>;
    /** Planned reviews (each occurrence of a cadence) with their first and last day. */
    reviews: Array<{ from: string; date: string; with: string }>;
}

/**
 * The Git history of the plans' files, as a host (the CLI, the server) read it: the
 * summary reads no history itself. `file` gives a document's history by its URI;
 * undefined for a file Git has nothing of (it is then shown as not in Git yet).
 */
export interface FollowThroughInput {
    since: string;
    history: FollowThroughInfo['history'];
    file(uri: string): FileHistory | undefined;
    /**
     * The history of the repository holding one file, where a host read several and they
     * differ (the server's workspace folders, one of them without Git): a plan's own view
     * shows its follow-through when its own history is there. Absent: `history` for all.
     */
    historyOf?(uri: string): FollowThroughInfo['history'];
}

/** What a host read of one plan file: its commit days, uncommitted changes, and per plan id the goals done before the period (absent: no commit is that old). */
export interface FileHistory {
    commits: readonly string[];
    uncommitted: boolean;
    doneBefore?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What the history of its file says of the plan `planId` (a file Git has nothing of: no commit, not committed). */
export function planHistory(file: FileHistory | undefined, planId: string): FileHistoryFacts {
    return {
        commits: file?.commits ?? [],
        uncommitted: file?.uncommitted ?? true,
        doneBefore: file?.doneBefore ? file.doneBefore.get(planId) ?? new Set() : undefined,
    };
}

/**
 * A plan's follow-through from the history a host read (`input`, which must be `ok`),
 * the plan being in the document `uri`: what the summaries and the editor's hover show.
 */
export function followThroughOfPlan(plan: ast.Plan, uri: string, input: FollowThroughInput, today: string, options: { parses: boolean; includePrivate: boolean }): PlanFollowThrough {
    return planFollowThrough(followThroughFacts(plan, today, options), planHistory(input.file(uri), plan.name ?? ''), input.since, today);
}

/** What Git's history says of the file that holds a plan. */
export interface FileHistoryFacts {
    /** The committer's day of every commit that changed the file, newest first (none: Git never had it). */
    commits: readonly string[];
    /** The file differs from the last commit (changed, staged or untracked). */
    uncommitted: boolean;
    /** The ids of the goals that were done in this plan as committed before the period; absent: no commit is that old. */
    doneBefore?: ReadonlySet<string>;
}

/**
 * A plan's facts. `parses`: whether its file parses; where it does not, goal titles and
 * outside sources are left out ('': a private word may have lost its quotes there).
 * `includePrivate`: whether private records of feedback received may close an ask (only
 * the owner's own view; `leerplan status` and every export read shared records alone).
 */
export function followThroughFacts(plan: ast.Plan, today: string, options: { parses: boolean; includePrivate: boolean }): PlanFollowThroughFacts {
    const period = measurablePeriod(plan);
    const facts: PlanFollowThroughFacts = { goals: [], feedback: [], reviews: [] };
    for (const goal of plan.goals) {
        facts.goals.push({ id: goal.name ?? '', title: options.parses ? goal.title ?? '' : '', done: statusOf(goal) === 'done' });
        for (const moment of askedMoments(goal, period, addDays(today, -1), { includePrivate: options.includePrivate })) {
            facts.feedback.push({ goal: goal.name ?? '', who: whoOf(moment.feedback, options.parses), date: moment.date, followedUp: moment.followedUp !== undefined });
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

/**
 * The follow-through of a plan from `since` to `today`: the last change, the goals done
 * in the period (done now, not done in the plan as committed before `since`), the asked
 * feedback moments passed in it and those without a record, the reviews planned in it
 * and those after which the file changed within `REVIEW_TRACE_DAYS` (held).
 */
export function planFollowThrough(facts: PlanFollowThroughFacts, history: FileHistoryFacts, since: string, today: string): PlanFollowThrough {
    const commits = history.commits;
    const last = commits[0];
    const passed = facts.feedback.filter(f => f.date >= since && f.date < today);
    const planned = facts.reviews.filter(r => r.date >= since && r.date < today);
    const traced = planned.filter(r => commits.some(day => day >= r.from && day <= addDays(r.date, REVIEW_TRACE_DAYS)));
    const wasDone = history.doneBefore ?? new Set<string>();
    return {
        // Negative: a commit after `today` (a `today` fixed in leerplan.json, as the examples do); never shown as 'today'.
        lastChange: last ? { date: last, daysAgo: daysBetween(last, today) } : null,
        uncommitted: history.uncommitted,
        goalsDone: facts.goals.filter(g => g.done && !wasDone.has(g.id)).map(g => ({ id: g.id, title: g.title })),
        feedback: { passed: passed.length, withoutRecord: passed.filter(f => !f.followedUp).map(({ goal, who, date }) => ({ goal, who, date })) },
        reviews: {
            planned: planned.length, held: traced.length,
            withoutTrace: planned.filter(r => !traced.includes(r)).map(r => ({ date: r.date, with: r.with })),
        },
    };
}
