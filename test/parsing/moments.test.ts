import { describe, expect, it } from 'vitest';
import { checkFiles } from './parse-helpers.js';
import * as ast from '../../language/src/generated/ast.js';
import { dueTargetDate, firstDate, momentMeaning, namedPeriodSpan, spanEnd, timeUnitOf } from '../../language/src/meaning/moments.js';

/** What each moment of the second edition means in time (language-v2.md, section 1). */
describe('moments in time', () => {
    it('gives the first and last day of a quarter, a half year and a month, and nothing for one that does not exist', () => {
        expect(namedPeriodSpan('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
        expect(namedPeriodSpan('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
        expect(namedPeriodSpan('2026-q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
        expect(namedPeriodSpan('2026-H1')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
        expect(namedPeriodSpan('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
        expect(namedPeriodSpan('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
        expect(namedPeriodSpan('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
        for (const wrong of ['2026-Q0', '2026-Q5', '2026-H0', '2026-H3', '2026-00', '2026-13', '2026-3', '2026-003', '2026-K2', '2026-Q12']) {
            expect(namedPeriodSpan(wrong), wrong).toBeUndefined();
        }
    });

    it('counts a span inclusively from its first day', () => {
        expect(spanEnd('2026-09-01', 3, 'month')).toBe('2026-11-30');
        expect(spanEnd('2026-01-31', 1, 'month')).toBe('2026-02-28');
        expect(spanEnd('2026-01-28', 1, 'month')).toBe('2026-02-27');
        expect(spanEnd('2028-02-29', 1, 'year')).toBe('2029-02-28');
        expect(spanEnd('2026-09-07', 2, 'week')).toBe('2026-09-20');
        expect(spanEnd('2026-09-01', 1, 'day')).toBe('2026-09-01');
        expect(spanEnd('2026-01-01', 2, 'quarter')).toBe('2026-06-30');
        expect(spanEnd('2026-09-01', 1, 'year')).toBe('2027-08-31');
    });

    it('knows every unit in both languages, singular and plural', () => {
        const words: Record<string, string[]> = {
            day: ['day', 'days', 'dag', 'dagen'], week: ['week', 'weeks', 'weken'], month: ['month', 'months', 'maand', 'maanden'],
            quarter: ['quarter', 'quarters', 'kwartaal', 'kwartalen'], year: ['year', 'years', 'jaar', 'jaren'],
        };
        for (const [unit, spellings] of Object.entries(words)) for (const word of spellings) expect(timeUnitOf(word), word).toBe(unit);
        expect(timeUnitOf('fortnight')).toBeUndefined();
    });

    it('turns every moment of a plan into dates, a cadence, an event or ongoing', async () => {
        const text = `plan p for p {
            period 2026-09-01 .. 2027-07-31
            goal g "G" {
                action a "on" on 2026-10-05
                action a "from" from 2026-10-01 to 2026-10-31
                action a "open" from 2026-10-01
                action a "due" due 2026-Q4
                action a "due within" due within 6 weeks
                action a "every" every 2 weeks
                action a "every day" every day
                action a "in" in 2026-H2
                action a "within" within 3 months
                action a "after" after "each presentation"
                action a "ongoing" ongoing
                action a "bad" in 2026-Q7
                action a "bad count" every 0 months
            }
        }`;
        const checked = await checkFiles({ 'p.pop': text });
        const plan = (checked['p.pop'].document.parseResult.value as ast.Document).elements[0] as ast.Plan;
        const period = { start: '2026-09-01', end: '2027-07-31' };
        const meanings = plan.goals[0].actions.map(a => [a.text, momentMeaning(a.when!, period)]);
        expect(Object.fromEntries(meanings)).toEqual({
            'on': { kind: 'dates', first: '2026-10-05', last: '2026-10-05' },
            'from': { kind: 'dates', first: '2026-10-01', last: '2026-10-31' },
            'open': { kind: 'dates', first: '2026-10-01', last: '2026-10-01' },
            'due': { kind: 'dates', first: '2026-12-31', last: '2026-12-31' },
            'due within': { kind: 'dates', first: '2026-10-12', last: '2026-10-12' },
            'every': { kind: 'cadence', every: 2, unit: 'week' },
            'every day': { kind: 'cadence', every: 1, unit: 'day' },
            'in': { kind: 'dates', first: '2026-07-01', last: '2026-12-31' },
            'within': { kind: 'dates', first: '2026-09-01', last: '2026-11-30' },
            'after': { kind: 'event', event: 'each presentation' },
            'ongoing': { kind: 'ongoing' },
            'bad': { kind: 'unknown' },
            'bad count': { kind: 'unknown' },
        });
        // Without a period to count from, `within` has no date; an event, ongoing and a cadence never have a first date.
        const within = plan.goals[0].actions.find(a => a.text === 'within')!.when!;
        expect(momentMeaning(within, undefined)).toEqual({ kind: 'unknown' });
        for (const name of ['every', 'after', 'ongoing', 'bad']) {
            expect(firstDate(momentMeaning(plan.goals[0].actions.find(a => a.text === name)!.when!, period)), name).toBeUndefined();
        }
    });

    it('computes a due date: the date, a named period\'s last day, the end of a span from the period start', () => {
        const period = { start: '2026-09-01', end: '2027-07-31' };
        expect(dueTargetDate({ date: '2027-06-30' }, period)).toBe('2027-06-30');
        expect(dueTargetDate({ date: '2027-02-30' }, period)).toBeUndefined();
        expect(dueTargetDate({ period: '2027-H1' }, period)).toBe('2027-06-30');
        expect(dueTargetDate({ period: '2027-Q5' }, period)).toBeUndefined();
        const within = { $type: 'Within', count: 10, unit: 'maanden' } as unknown as ast.Within;
        expect(dueTargetDate({ within }, period)).toBe('2027-06-30');
        expect(dueTargetDate({ within }, undefined)).toBeUndefined();
    });
});
