import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_OCCURRENCES, addDays, addMonths, cadenceDates, daysBetween, monthsBetween } from '../../summary/src/calendar.js';

/**
 * The summary's calendar arithmetic works on `YYYY-MM-DD` strings with plain integer
 * arithmetic (it runs thousands of times per preview update). These tests hold it to
 * what JavaScript's own UTC `Date` says, over every day of several centuries.
 */

/** `Date`'s answer: the same day `months` later, clamped to the last day of that month. */
function dateAddMonths(date: string, months: number): string {
    const [y, m, d] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

function dateAddDays(date: string, days: number): string {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Any existing date from 1600 to 2999. */
const anyDate = fc.integer({ min: Date.UTC(1600, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 })
    .map(day => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('calendar arithmetic', () => {
    it('adds months like Date does, clamping to the month end', () => {
        expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
        expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
        expect(addMonths('2000-02-29', 12)).toBe('2001-02-28');
        expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
        expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
        expect(addMonths('2100-01-29', 1)).toBe('2100-02-28');
        fc.assert(fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (date, months) => addMonths(date, months) === dateAddMonths(date, months)), { numRuns: 5000 });
    });

    it('adds days like Date does, across month, year and leap-day boundaries', () => {
        expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
        expect(addDays('2024-02-26', 7)).toBe('2024-03-04');
        expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
        expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
        expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
        fc.assert(fc.property(anyDate, fc.integer({ min: -100_000, max: 100_000 }), (date, days) => addDays(date, days) === dateAddDays(date, days)), { numRuns: 5000 });
    });

    it('counts whole days between two dates', () => {
        expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
        expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
        fc.assert(fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => daysBetween(date, addDays(date, days)) === days));
    });

    it('expands cadences within a period', () => {
        expect(cadenceDates('quarter', '2026-01-31', '2026-12-31')).toEqual(['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31']);
        expect(cadenceDates('month', '2026-01-31', '2026-04-30')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
        expect(cadenceDates('week', '2026-01-01', '2026-12-31')).toHaveLength(53);
        expect(cadenceDates('year', '2024-02-29', '2029-01-01')).toEqual(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
        expect(cadenceDates('week', '2026-01-01', '2030-01-01')).toHaveLength(MAX_OCCURRENCES);
        expect(cadenceDates('month', '2026-12-31', '2026-01-01')).toEqual([]);
        expect(cadenceDates('month', '2026-02-30', '2026-12-31')).toEqual([]);
    });

    it('hands out a fresh list each time, so a caller changing one cannot change the next', () => {
        const first = cadenceDates('month', '2026-01-01', '2026-03-31');
        first.push('2099-01-01');
        first[0] = 'changed';
        expect(cadenceDates('month', '2026-01-01', '2026-03-31')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    });

    it('lists the months of a span', () => {
        expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
        expect(monthsBetween('2026-01-01', '2030-12-31', 24)).toHaveLength(24);
    });
});
