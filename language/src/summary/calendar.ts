import { isExistingDate } from '../model/dates.js';
import type { CadenceKind } from '../model/semantics.js';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings for the summary's timelines and
 * calendars. Works in UTC so that the result never depends on the machine's zone.
 */

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
    return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
    return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
    return fromUtc(toUtc(date) + days * DAY_MS);
}

/** The same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7)) - 1 + months;
    const day = Number(date.slice(8, 10));
    const y = year + Math.floor(month / 12);
    const m = ((month % 12) + 12) % 12;
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return fromUtc(Date.UTC(y, m, Math.min(day, last)));
}

/** At most this many occurrences of one repeating moment are expanded (a weekly cadence over a year: 53). */
export const MAX_OCCURRENCES = 60;

/** Every date a cadence falls on within `start .. end`, starting at `start`. */
export function cadenceDates(cadence: CadenceKind, start: string, end: string): string[] {
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
