/** Calendar dates as written in .pop files (`YYYY-MM-DD`), compared as strings. */

/** True when `text` is a date that exists (2026-02-30 does not). */
export function isExistingDate(text: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1) return false;
    return day <= daysInMonth(year, month);
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
