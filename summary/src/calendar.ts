import { addDays, addMonths, isExistingDate } from '../../language/src/meaning/dates.js';
import type { CadenceKind } from '../../language/src/meaning/semantics.js';

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

/** Every date a cadence falls on within `start .. end`, starting at `start`. */
export function cadenceDates(cadence: CadenceKind, start: string, end: string): string[] {
    const key = `${cadence} ${start} ${end}`;
    let dates = expanded.get(key);
    if (!dates) {
        dates = expandCadence(cadence, start, end);
        if (expanded.size >= MAX_EXPANDED) expanded.clear();
        expanded.set(key, dates);
    }
    // A fresh array each time: the model's arrays belong to the model.
    return dates.slice();
}

function expandCadence(cadence: CadenceKind, start: string, end: string): string[] {
    if (!isExistingDate(start) || !isExistingDate(end) || start > end) return [];
    const dates: string[] = [];
    for (let i = 0; dates.length < MAX_OCCURRENCES; i++) {
        const next = cadence === 'week' ? addDays(start, 7 * i)
            : addMonths(start, i * (cadence === 'month' ? 1 : cadence === 'quarter' ? 3 : 12));
        if (next > end) break;
        dates.push(next);
    }
    return dates;
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
