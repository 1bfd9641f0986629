import { daysInMonth, isExistingDate } from '../../language/src/meaning/dates.js';
import type { CadenceKind } from '../../language/src/meaning/semantics.js';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings for the summary's timelines and
 * calendars. Works in UTC so that the result never depends on the machine's zone.
 *
 * The summary of a big plan expands thousands of cadence dates on every keystroke
 * the preview follows, so the common case (a four-digit year) is plain integer
 * arithmetic that allocates nothing but the resulting string; anything else takes
 * the `Date` route, which gives the same answers, only slower.
 */

const DAY_MS = 86_400_000;
/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719_468;
/** Days in one 400-year Gregorian cycle. */
const CYCLE_DAYS = 146_097;

function toUtc(date: string): number {
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Whether `year` is written as four digits by both routes (`Date` maps years below 100 to the 1900s). */
function isFourDigitYear(year: number): boolean {
    return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

function pad2(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

function formatDate(year: number, month: number, day: number): string {
    return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The date `days` days after 1970-01-01: the Gregorian calendar counted in 400-year cycles starting in March. */
function fromEpochDays(days: number): string {
    const shifted = days + EPOCH_SHIFT;
    const cycle = Math.floor(shifted / CYCLE_DAYS);
    const dayOfCycle = shifted - cycle * CYCLE_DAYS;
    const yearOfCycle = Math.floor((dayOfCycle - Math.floor(dayOfCycle / 1460) + Math.floor(dayOfCycle / 36524) - Math.floor(dayOfCycle / 146096)) / 365);
    const dayOfYear = dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
    const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
    const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    const year = cycle * 400 + yearOfCycle + (month <= 2 ? 1 : 0);
    return isFourDigitYear(year) ? formatDate(year, month, day) : new Date(days * DAY_MS).toISOString().slice(0, 10);
}

function fromUtc(ms: number): string {
    return Number.isInteger(ms / DAY_MS) ? fromEpochDays(ms / DAY_MS) : new Date(ms).toISOString().slice(0, 10);
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
    if (isFourDigitYear(year) && isFourDigitYear(y) && Number.isInteger(day) && day >= 1) {
        return formatDate(y, m + 1, Math.min(day, daysInMonth(y, m + 1)));
    }
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return fromUtc(Date.UTC(y, m, Math.min(day, last)));
}

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
