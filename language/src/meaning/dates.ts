/**
 * Calendar dates as written in .pop files (`YYYY-MM-DD`), compared as strings, and the
 * arithmetic on them. Works in UTC so that the result never depends on the machine's zone.
 *
 * The summary of a big plan expands thousands of cadence dates on every keystroke the
 * preview follows, so the common case (a four-digit year) is plain integer arithmetic
 * that allocates nothing but the resulting string; anything else takes the `Date`
 * route, which gives the same answers, only slower.
 */

/** True when `text` is a date that exists (2026-02-30 does not). */
export function isExistingDate(text: string): boolean {
    // `YYYY-MM-DD` read digit by digit: checks ask this of every date of every plan, and a
    // regular expression's match allocates an array and three strings each time.
    if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) return false;
    if (month < 1 || month > 12 || day < 1) return false;
    return day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits from `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        const digit = text.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9) return -1;
        value = value * 10 + digit;
    }
    return value;
}

export function daysInMonth(year: number, month: number): number {
    if (month === 2) return isLeapYear(year) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Today's date in the local time zone as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Dates in ISO form compare correctly as strings; this names the intent. */
export function compareDates(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

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
