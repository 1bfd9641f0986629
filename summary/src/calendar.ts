import { addDays, addMonths, isExistingDate } from '../../language/src/meaning/dates.js';
import type { TimeUnit } from '../../language/src/meaning/moments.js';

export { addDays, addMonths, daysBetween } from '../../language/src/meaning/dates.js';

/**
 * The summary's timelines and calendars: the dates a cadence falls on, the months of
 * a range. The date arithmetic itself (`model/dates.ts`) is shared with the checks,
 * which compute the dates of named periods and relative moments.
 */

/** At most this many occurrences of one repeating moment are expanded (a weekly cadence over a year: 53). */
export const MAX_OCCURRENCES = 60;

/**
 * Expansions already computed: every action and feedback moment of a plan repeats
 * over the same plan period, so a summary asks for the same few again and again.
 * Bounded; emptied when full.
 */
const expanded = new Map<string, readonly string[]>();
const MAX_EXPANDED = 256;

/**
 * Every date a cadence (`every` units apart: every 2 weeks) falls on within
 * `start .. end`, starting at `start`, at most `MAX_OCCURRENCES`.
 */
export function cadenceDates(cadence: TimeUnit, start: string, end: string, every = 1): string[] {
    const key = `${cadence} ${every} ${start} ${end}`;
    let dates = expanded.get(key);
    if (!dates) {
        dates = expandCadence(cadence, every, start, end);
        if (expanded.size >= MAX_EXPANDED) expanded.clear();
        expanded.set(key, dates);
    }
    // A fresh array each time: the model's arrays belong to the model.
    return dates.slice();
}

function expandCadence(cadence: TimeUnit, every: number, start: string, end: string): string[] {
    if (!isExistingDate(start) || !isExistingDate(end) || start > end || !Number.isInteger(every) || every < 1) return [];
    const dates: string[] = [];
    for (let i = 0; dates.length < MAX_OCCURRENCES; i++) {
        const next = occurrence(cadence, start, i * every);
        if (next > end) break;
        dates.push(next);
    }
    return dates;
}

/** The `n`-th unit after `start` (months are counted from the start, so a 31st stays a month end). */
function occurrence(unit: TimeUnit, start: string, n: number): string {
    switch (unit) {
        case 'day': return addDays(start, n);
        case 'week': return addDays(start, 7 * n);
        case 'month': return addMonths(start, n);
        case 'quarter': return addMonths(start, 3 * n);
        case 'year': return addMonths(start, 12 * n);
    }
}

/**
 * The last date a cadence reaches within `start .. end`, beyond the occurrences that
 * `cadenceDates` lists when there are more than `MAX_OCCURRENCES` (a daily cadence
 * over a year): the timeline shows the whole run it repeats over.
 */
export function lastCadenceDate(cadence: TimeUnit, start: string, end: string, every = 1): string | undefined {
    const listed = cadenceDates(cadence, start, end, every);
    if (listed.length < MAX_OCCURRENCES) return listed[listed.length - 1];
    // Past the listed ones: step on in large strides, then back by one.
    let n = (listed.length - 1) * every;
    let stride = every * 64;
    while (stride >= every) {
        if (occurrence(cadence, start, n + stride) <= end) n += stride;
        else stride = Math.floor(stride / 2 / every) * every;
    }
    return occurrence(cadence, start, n);
}

/** Every month `YYYY-MM` from the month of `start` to the month of `end`, at most `limit`. */
export function monthsBetween(start: string, end: string, limit = 36): string[] {
    const months: string[] = [];
    let current = start.slice(0, 7) + '-01';
    const last = end.slice(0, 7);
    while (current.slice(0, 7) <= last && months.length < limit) {
        months.push(current.slice(0, 7));
        current = addMonths(current, 1);
    }
    return months;
}
