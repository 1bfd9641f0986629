import type * as ast from '../generated/ast.js';
import { addDays, addMonths, daysInMonth, isExistingDate } from './dates.js';

/**
 * What a moment (WHEN) means in time, for checks, summaries and editor features alike.
 * The second edition of the language (language-v2.md) adds moments with no calendar
 * date of their own: a named period (`in 2026-Q2`), a span counted from the start of
 * the plan's period (`within 3 months`), a cadence with a count (`every 2 weeks`), an
 * event (`after "each presentation"`) and `ongoing`. Here each becomes either the dates
 * it stands for, a cadence, or a moment that has no date at all, so a date check can
 * compare the first kind and leave the others alone.
 */

export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const UNITS: Record<string, TimeUnit> = {
    day: 'day', days: 'day', dag: 'day', dagen: 'day',
    week: 'week', weeks: 'week', weken: 'week',
    month: 'month', months: 'month', maand: 'month', maanden: 'month',
    quarter: 'quarter', quarters: 'quarter', kwartaal: 'quarter', kwartalen: 'quarter',
    year: 'year', years: 'year', jaar: 'year', jaren: 'year',
};

/** The unit a word names, in either language, singular or plural. */
export function timeUnitOf(word: string | undefined): TimeUnit | undefined {
    return word === undefined ? undefined : UNITS[word];
}

/** A run of days, first and last included (`YYYY-MM-DD`). */
export interface DateSpan {
    start: string;
    end: string;
}

const NAMED_PERIOD = /^(\d{4})-(?:([A-Za-z])(\d+)|(\d+))$/;

/**
 * The first and last day of a named period: a quarter (`2026-Q2`), a half year
 * (`2026-H1`) or a month (`2026-03`); undefined when there is no such period
 * (`2026-Q5`, `2026-H3`, `2026-13`, `2026-3`, `2026-K2`).
 */
export function namedPeriodSpan(name: string): DateSpan | undefined {
    const match = NAMED_PERIOD.exec(name);
    if (!match) return undefined;
    const year = Number(match[1]);
    let first: number;
    let last: number;
    if (match[4] !== undefined) {
        if (match[4].length !== 2) return undefined;
        first = last = Number(match[4]);
    } else {
        const index = Number(match[3]);
        const letter = match[2].toUpperCase();
        if (match[3].length !== 1) return undefined;
        if (letter === 'Q' && index >= 1 && index <= 4) [first, last] = [3 * index - 2, 3 * index];
        else if (letter === 'H' && index >= 1 && index <= 2) [first, last] = [6 * index - 5, 6 * index];
        else return undefined;
    }
    if (first < 1 || last > 12) return undefined;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { start: `${match[1]}-${pad(first)}-01`, end: `${match[1]}-${pad(last)}-${pad(daysInMonth(year, last))}` };
}

/** A count as the language allows it: a whole number of at least 1. */
export function isWholeCount(count: number | undefined): count is number {
    return count !== undefined && Number.isInteger(count) && count >= 1;
}

/**
 * The last day of a span of `count` units that starts on `start`, counted inclusively:
 * three months from 2026-09-01 end on 2026-11-30, two weeks from a Monday on the
 * Sunday a fortnight later.
 */
export function spanEnd(start: string, count: number, unit: TimeUnit): string {
    switch (unit) {
        case 'day': return addDays(start, count - 1);
        case 'week': return addDays(start, 7 * count - 1);
        case 'month': return monthsEnd(start, count);
        case 'quarter': return monthsEnd(start, 3 * count);
        case 'year': return monthsEnd(start, 12 * count);
    }
}

/** The day before the same day `months` later; when that month is too short for the day, its last day. */
function monthsEnd(start: string, months: number): string {
    const later = addMonths(start, months);
    return later.slice(8) < start.slice(8) ? later : addDays(later, -1);
}

/** `within N UNIT` counted from the first day of `period`; undefined without a period or with a bad count or unit. */
export function withinSpan(within: ast.Within | undefined, period: DateSpan | undefined): DateSpan | undefined {
    const unit = timeUnitOf(within?.unit);
    if (!within || !period || !unit || !isWholeCount(within.count)) return undefined;
    return { start: period.start, end: spanEnd(period.start, within.count, unit) };
}

/**
 * What a `due` line or a `due` moment names: a date, a named period or a span from the
 * plan's start; or no calendar date: before an event, or ongoing.
 */
export interface DueTargetNode {
    date?: string;
    period?: string;
    within?: ast.Within;
    event?: string;
    ongoing?: boolean;
}

/**
 * The date a `due` target stands for: the date itself (when it exists), the last day
 * of a named period, the last day of a `within` span; undefined when it cannot be
 * computed (that is `invalid-date` or `invalid-moment` on its own line).
 */
export function dueTargetDate(target: DueTargetNode | undefined, period: DateSpan | undefined): string | undefined {
    if (!target) return undefined;
    if (target.date !== undefined) return isExistingDate(target.date) ? target.date : undefined;
    if (target.period !== undefined) return namedPeriodSpan(target.period)?.end;
    return withinSpan(target.within, period)?.end;
}

/** What a moment means in time. */
export type MomentMeaning =
    /** Calendar dates: `on`, `from ... to`, `due`, `in`, `within` (an open or broken `from D` is the one day D). */
    | { kind: 'dates'; first: string; last: string }
    /** Repeats every `every` units, through the plan's period. */
    | { kind: 'cadence'; every: number; unit: TimeUnit }
    /** Happens when the work brings it: no calendar date. */
    | { kind: 'event'; event: string }
    /** Throughout the plan's period: no date of its own. */
    | { kind: 'ongoing' }
    /** Cannot be computed: a date or period that does not exist, a bad count, no period to count from. */
    | { kind: 'unknown' };

const UNKNOWN: MomentMeaning = { kind: 'unknown' };

function dates(first: string, last = first): MomentMeaning {
    return { kind: 'dates', first, last };
}

/** What `moment` means, within the plan's `period` when it has one (a team has none). */
export function momentMeaning(moment: ast.Moment, period: DateSpan | undefined): MomentMeaning {
    switch (moment.$type) {
        case 'OnMoment':
            return isExistingDate(moment.date) ? dates(moment.date) : UNKNOWN;
        case 'FromMoment': {
            if (!isExistingDate(moment.start)) return UNKNOWN;
            // An end that does not exist or comes first (`invalid-date`, `invalid-period`) leaves the start.
            if (moment.end === undefined || !isExistingDate(moment.end) || moment.end < moment.start) return dates(moment.start);
            return dates(moment.start, moment.end);
        }
        case 'DueMoment': {
            if (moment.ongoing) return { kind: 'ongoing' };
            if (moment.event !== undefined) return moment.event.trim() ? { kind: 'event', event: moment.event } : UNKNOWN;
            const due = dueTargetDate(moment, period);
            return due ? dates(due) : UNKNOWN;
        }
        case 'Cadence': {
            const unit = timeUnitOf(moment.unit);
            const every = moment.count ?? 1;
            return unit && isWholeCount(every) ? { kind: 'cadence', every, unit } : UNKNOWN;
        }
        case 'InMoment': {
            const span = namedPeriodSpan(moment.period);
            return span ? dates(span.start, span.end) : UNKNOWN;
        }
        case 'Within': {
            const span = withinSpan(moment, period);
            return span ? dates(span.start, span.end) : UNKNOWN;
        }
        case 'AfterMoment':
            return moment.event.trim() ? { kind: 'event', event: moment.event } : UNKNOWN;
        case 'OngoingMoment':
            return { kind: 'ongoing' };
    }
}

/** A review or a reflection: a bare date (first edition), any moment, or (a reflection) none. */
export interface TimedLine {
    date?: string;
    when?: ast.Moment;
}

/** What the moment of a review or reflection means; undefined when it has none. */
export function lineMeaning(line: TimedLine, period: DateSpan | undefined): MomentMeaning | undefined {
    if (line.date !== undefined) return isExistingDate(line.date) ? dates(line.date) : UNKNOWN;
    return line.when ? momentMeaning(line.when, period) : undefined;
}

/**
 * The first calendar date of a meaning, for the rules that compare dates. A cadence,
 * an event, `ongoing` and a moment that cannot be computed have none, so such a moment
 * never makes a date rule fire.
 */
export function firstDate(meaning: MomentMeaning | undefined): string | undefined {
    return meaning?.kind === 'dates' ? meaning.first : undefined;
}

/** Whether a meaning falls (at least partly) within `period`; moments without dates count as within. */
export function fallsWithin(meaning: MomentMeaning, period: DateSpan | undefined): boolean {
    if (!period || meaning.kind !== 'dates') return true;
    return meaning.first <= period.end && meaning.last >= period.start;
}
