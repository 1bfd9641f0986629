import * as ast from '../generated/ast.js';
import { addDays, addMonths, isExistingDate } from './dates.js';
import { momentMeaning, type DateSpan, type TimeUnit } from './moments.js';
import { isAsk, isPrivateFeedback, isReceived, statusOf } from './semantics.js';

/**
 * Follow-through of feedback: which asked feedback moments of a goal have a record of
 * feedback received after them. Shared by `leerplan status` and the rule
 * `feedback-not-followed-up`.
 *
 * A moment is one date: the date of `on D` or `due D`, the last day of a span (`from A to
 * B`, `in 2026-Q2`, `within 3 months`: the ask is due by then), every occurrence of a
 * cadence through the plan period. An event or `ongoing` has no date and is never a
 * moment here. A record follows up an ask of the same goal from the same source (the same
 * person, team or outside source): a dated record the latest moment on or before its
 * date that no other record followed up; a record without a date the earliest one left.
 */

/** Who feedback is asked of or received from, as written: `person:mark`, `team:ward`, `external:parents`. */
export function feedbackSource(feedback: ast.Feedback): string {
    if (feedback.team) return `team:${feedback.team.$refText}`;
    if (feedback.external !== undefined) return `external:${feedback.external.trim().toLowerCase()}`;
    return `person:${feedback.person?.$refText ?? ''}`;
}

export interface AskedMoment {
    /** The ask line. */
    feedback: ast.Feedback;
    /** The moment's date, by which the feedback is due: an occurrence of a cadence, the last day of a span. */
    date: string;
    /** The first day a record counts for it: the first day of a span, else the date itself. */
    from: string;
    source: string;
    /** The record that followed it up, if any. */
    followedUp?: ast.Feedback;
}

/** Occurrences of a cadence from `start` through `end` (at most `limit`). */
function occurrences(unit: TimeUnit, every: number, start: string, end: string, limit = 400): string[] {
    const dates: string[] = [];
    for (let n = 0; dates.length < limit; n++) {
        const steps = n * every;
        const next = unit === 'day' ? addDays(start, steps) : unit === 'week' ? addDays(start, 7 * steps)
            : addMonths(start, unit === 'month' ? steps : unit === 'quarter' ? 3 * steps : 12 * steps);
        if (next > end) break;
        dates.push(next);
    }
    return dates;
}

/** The moments an ask stands for, through `until` (a cadence: its occurrences within the plan period up to then). */
export function askDates(feedback: ast.Feedback, period: DateSpan | undefined, until: string): Array<{ from: string; date: string }> {
    if (!feedback.when) return [];
    const meaning = momentMeaning(feedback.when, period);
    if (meaning.kind === 'dates') return [{ from: meaning.first, date: meaning.last }];
    if (meaning.kind === 'cadence' && period) {
        const end = period.end < until ? period.end : until;
        return occurrences(meaning.unit, meaning.every, period.start, end).map(date => ({ from: date, date }));
    }
    return [];
}

/** The date of a record of feedback received, if it has one. */
function recordDate(feedback: ast.Feedback, period: DateSpan | undefined): string | undefined {
    if (!feedback.when) return undefined;
    const meaning = momentMeaning(feedback.when, period);
    return meaning.kind === 'dates' ? meaning.first : undefined;
}

/**
 * Every asked moment of `goal` on or before `until`, each with the record that followed it
 * up. `records`: the goal's own records of feedback received (private ones only when
 * `includePrivate`), plus any the caller adds (a plan's private block's records carry no goal).
 * `cadences: false` leaves rhythms out, so that records are matched to dated asks alone.
 */
export function askedMoments(
    goal: ast.Goal, period: DateSpan | undefined, until: string,
    options: { includePrivate: boolean; extraRecords?: readonly ast.Feedback[]; cadences?: boolean },
): AskedMoment[] {
    if (!isExistingDate(until)) return [];
    const moments: AskedMoment[] = [];
    for (const feedback of goal.feedback) {
        if (!isAsk(feedback)) continue;
        const source = feedbackSource(feedback);
        if (options.cadences === false && feedback.when?.$type === 'Cadence') continue;
        for (const { from, date } of askDates(feedback, period, until)) if (date <= until) moments.push({ feedback, date, from, source });
    }
    if (!moments.length) return moments;
    moments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const records = [...goal.feedback.filter(isReceived), ...(options.extraRecords ?? [])]
        .filter(record => options.includePrivate || !isPrivateFeedback(record))
        .map(record => ({ record, source: feedbackSource(record), date: recordDate(record, period) }));
    const dated = records.filter(r => r.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    for (const { record, source, date } of dated) {
        const candidates = moments.filter(m => !m.followedUp && m.source === source && m.from <= date!);
        const latest = candidates[candidates.length - 1];
        if (latest) latest.followedUp = record;
    }
    for (const { record, source } of records.filter(r => r.date === undefined)) {
        const earliest = moments.find(m => !m.followedUp && m.source === source);
        if (earliest) earliest.followedUp = record;
    }
    return moments;
}

/**
 * Per plan id, the ids of its goals whose status is done in `document` (a plan file as
 * committed before a period, parsed alone: statuses need no linking). For the goals done
 * in the period of `leerplan status` and the summaries.
 */
export function doneGoalsOf(document: ast.Document): Map<string, Set<string>> {
    const done = new Map<string, Set<string>>();
    for (const plan of document.elements ?? []) {
        if (!ast.isPlan(plan) || !plan.name) continue;
        done.set(plan.name, new Set(plan.goals.filter(g => statusOf(g) === 'done').map(g => g.name)));
    }
    return done;
}
