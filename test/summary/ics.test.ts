import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../summary/src/build-summary.js';
import { cadenceDates, MAX_OCCURRENCES, addDays } from '../../summary/src/calendar.js';
import { escapeText, fold, modelCalendar, planCalendarEntries, recurrence, renderIcs, teamCalendarEntries, type CalendarEntry } from '../../summary/src/ics.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderSummaryExport } from '../../client/src/summary-rendering.js';
import type { TimeUnit } from '../../language/src/meaning/moments.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { FIXTURE_TODAY, inlineDocuments } from './summary-fixture.js';

/**
 * The calendar export (`summary/src/ics.ts`), read back with ical.js (a maintained
 * iCalendar parser): all-day dates, recurrence rules that fall on exactly the dates of
 * the summary's timeline, notes for moments without a date, stable UIDs, CRLF, folding
 * at 75 octets and escaped text.
 */

const ORGANISATION = `people {
    person yara "Yara Visser"
    person mark "Mark Jansen"
    person anna "Anna de Vries"
}
team ward "Ward A" {
    lead mark
    members yara, anna
    action peer-consultation "Monthly case talk" every month
    feedback ask team ward "What changed?" every quarter
    goal learn "Learn together" {
        action workshop "Kick-off" on 2026-02-10
        due 2026-12-31
    }
}
`;

const PLAN = `plan yara-2026 for yara {
    coach mark
    team ward
    period 2026-01-01 .. 2026-12-31
    goal talks "Better talks, with commas; and a backslash \\\\ here" {
        action course "Course day" on 2026-03-05
        action experiment "Pilot" from 2026-02-01 to 2026-03-31
        action reading "Read the book" in 2026-Q2
        action coaching "Coaching" within 3 months
        action peer-review "Peer review" every 2 weeks
        action practice "Practise after each talk" after "each parent talk"
        action self-assessment "Keep a log" ongoing
        feedback ask mark "How did the talk go?" on 2026-04-01
        feedback give anna every quarter
        feedback received mark on 2026-03-10 "A shared record: never a calendar entry."
        due 2026-06-01
    }
    review every quarter with mark
    review 2026-06-30 with anna "Mid-year"
    reflection 2026-02-01 "Public reflection of yara."
    reflection every month private "SECRET-MARKER monthly private reflection"
}
`;

const MONTH_END_PLAN = `plan anna-2026 for anna {
    period 2026-01-31 .. 2026-12-31
    review every month with mark
    goal g "G" {
        feedback ask mark "Q" every quarter
    }
}
`;

async function model(lang: Lang = 'en') {
    const documents = await inlineDocuments({ 'organisation.pop': ORGANISATION, 'yara.pop': PLAN, 'anna.pop': MONTH_END_PLAN }, lang);
    return buildSummary(documents, { lang, today: FIXTURE_TODAY, audience: 'export' });
}

async function entriesOf(lang: Lang = 'en', person?: string): Promise<CalendarEntry[]> {
    const m = await model(lang);
    return [...m.teams.flatMap(t => teamCalendarEntries(t, lang, { person })), ...m.plans.flatMap(p => planCalendarEntries(p, lang, { person }))];
}

interface Parsed {
    type: string;
    summary: string;
    description: string;
    uid: string;
    start?: string;
    end?: string;
    /** Every occurrence (a repeating event expanded, at most 100). */
    dates: string[];
    rrule?: string;
}

function parse(text: string): Parsed[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents().map(component => {
        const start = component.getFirstPropertyValue('dtstart') as ICAL.Time | null;
        const end = component.getFirstPropertyValue('dtend') as ICAL.Time | null;
        const dates: string[] = [];
        if (start && component.name === 'vevent') {
            const event = new ICAL.Event(component);
            if (event.isRecurring()) {
                const it = event.iterator();
                for (let next = it.next(); next && dates.length < 100; next = it.next()) dates.push(next.toString());
            } else {
                dates.push(start.toString());
            }
        }
        const rrule = component.getFirstPropertyValue('rrule');
        return {
            type: component.name,
            summary: String(component.getFirstPropertyValue('summary') ?? ''),
            description: String(component.getFirstPropertyValue('description') ?? ''),
            uid: String(component.getFirstPropertyValue('uid')),
            start: start?.toString(),
            end: end?.toString(),
            dates,
            rrule: rrule ? rrule.toString() : undefined,
            isDate: start?.isDate,
        };
    });
}

function render(entries: CalendarEntry[], lang: Lang = 'en'): string {
    return renderIcs(entries, { lang, name: 'test', today: FIXTURE_TODAY });
}

describe('calendar export: what becomes an event', () => {
    it('writes a dated moment as an all-day event, a span as a run of days, a due date as its day', async () => {
        const events = parse(render(await entriesOf()));
        const byTitle = (start: string) => events.filter(e => e.summary.startsWith(start));
        expect(byTitle('Course or training: Course day').map(e => [e.start, e.end])).toEqual([['2026-03-05', '2026-03-06']]);
        expect(byTitle('Experiment on the job: Pilot').map(e => [e.start, e.end])).toEqual([['2026-02-01', '2026-04-01']]);
        // A named period and a span counted from the plan's start: the days they stand for, never one made-up day.
        expect(byTitle('Reading: Read the book').map(e => [e.start, e.end])).toEqual([['2026-04-01', '2026-07-01']]);
        expect(byTitle('Coaching: Coaching').map(e => [e.start, e.end])).toEqual([['2026-01-01', '2026-04-01']]);
        expect(byTitle('Ask feedback from Mark Jansen').map(e => [e.start, e.end])).toEqual([['2026-04-01', '2026-04-02'], ['2026-01-31', '2026-02-01']]);
        expect(byTitle('Due: Better talks').map(e => e.start)).toEqual(['2026-06-01']);
        expect(byTitle('Review with Anna de Vries').map(e => e.start)).toEqual(['2026-06-30']);
        expect(byTitle('Reflection (Yara Visser)').map(e => [e.type, e.start])).toEqual([['vevent', '2026-02-01']]);
        // Every dated value is a DATE, never a time.
        for (const e of events.filter(e => e.type === 'vevent')) expect(e.start, e.summary).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(byTitle('Course or training: Course day')[0].description).toContain('Goal: talks: Better talks, with commas; and a backslash \\ here');
    });

    it('writes a cadence as a recurrence over the plan period, on exactly the dates of the summary timeline', async () => {
        const m = await model();
        const events = parse(render(await entriesOf()));
        const reviews = events.filter(e => e.summary === 'Review with Mark Jansen (Yara Visser)');
        expect(reviews).toHaveLength(1);
        expect(reviews[0].rrule).toMatch(/^FREQ=MONTHLY;.*INTERVAL=3/);
        const yara = m.plans.find(p => p.id === 'yara-2026')!;
        expect(reviews[0].dates).toEqual(yara.reviews.find(r => r.with.id === 'mark')!.occurrences);
        expect(reviews[0].dates).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
        const peer = events.find(e => e.summary.startsWith('Peer review: Peer review'))!;
        expect(peer.rrule).toMatch(/^FREQ=WEEKLY;.*INTERVAL=2/);
        expect(peer.dates).toEqual(cadenceDates('week', '2026-01-01', '2026-12-31', 2));
        expect(peer.dates).toHaveLength(27);
        // From the 31st: each month's last day, as the timeline counts months.
        const anna = events.find(e => e.summary === 'Review with Mark Jansen (Anna de Vries)')!;
        expect(anna.dates).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31']);
        const quarterly = events.find(e => e.summary.startsWith('Ask feedback from Mark Jansen (Anna'))!;
        expect(quarterly.dates).toEqual(['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31']);
    });

    it('keeps moments without a calendar date as notes with no date, and leaves records of feedback received out', async () => {
        const events = parse(render(await entriesOf()));
        const notes = events.filter(e => e.type === 'vjournal');
        expect(notes.map(n => n.summary).sort()).toEqual([
            'Ask feedback from team Ward A (Ward A)',
            'Peer consultation: Monthly case talk (Ward A)',
            'Deliberate practice at work: Practise after each talk (Yara Visser)',
            'Self-assessment: Keep a log (Yara Visser)',
        ].sort());
        for (const note of notes) {
            expect(note.start, note.summary).toBeUndefined();
            expect(note.dates).toEqual([]);
        }
        expect(notes.find(n => n.summary.startsWith('Deliberate practice'))!.description).toContain('When: after each parent talk');
        expect(notes.find(n => n.summary.startsWith('Peer consultation'))!.description).toContain('no plan period');
        expect(events.map(e => e.summary + e.description).join('\n')).not.toContain('A shared record');
        // A team's dated goal moment is an event all the same.
        expect(events.find(e => e.summary.startsWith('Workshop: Kick-off'))!.start).toBe('2026-02-10');
    });

    it('holds no private reflection', async () => {
        const text = render(await entriesOf());
        expect(text).not.toMatch(/SECRET|MARKER/);
        expect(parse(text).filter(e => e.summary.startsWith('Reflection ('))).toHaveLength(1);
    });

    it('writes Dutch titles and categories with --lang nl', async () => {
        const events = parse(render(await entriesOf('nl'), 'nl'));
        expect(events.some(e => e.summary === 'Gesprek met Mark Jansen (Yara Visser)')).toBe(true);
        expect(events.some(e => e.summary.startsWith('Feedback vragen aan Mark Jansen'))).toBe(true);
        expect(events.some(e => e.summary.startsWith('Uiterlijk: Better talks'))).toBe(true);
        expect(render(await entriesOf('nl'), 'nl')).toContain('CATEGORIES:Gesprek');
    });
});

describe('calendar export: one person', () => {
    it("shows a person's own plan whole, elsewhere only the reviews with them and the feedback asked of them", async () => {
        const mark = parse(render(await entriesOf('en', 'mark'))).map(e => e.summary);
        // Mark owns no plan: the reviews with him, the feedback asked of him, and his team's routines and goals.
        expect(mark.filter(s => s.endsWith('(Yara Visser)')).sort()).toEqual(['Ask feedback from Mark Jansen (Yara Visser)', 'Review with Mark Jansen (Yara Visser)']);
        expect(mark.filter(s => s.endsWith('(Anna de Vries)')).sort()).toEqual(['Ask feedback from Mark Jansen (Anna de Vries)', 'Review with Mark Jansen (Anna de Vries)']);
        expect(mark.filter(s => s.endsWith('(Ward A)'))).toHaveLength(4);
        const anna = parse(render(await entriesOf('en', 'anna'))).map(e => e.summary);
        expect(anna).toContain('Review with Anna de Vries (Yara Visser)');
        expect(anna).toContain('Give feedback to Anna de Vries (Yara Visser)');
        expect(anna).not.toContain('Course or training: Course day (Yara Visser)');
        expect(anna).toContain('Review with Mark Jansen (Anna de Vries)');
    });
});

describe('calendar export: the file itself', () => {
    it('ends every line in CRLF, folds at 75 octets, and its UIDs are unique and the same in every run', async () => {
        const text = render(await entriesOf());
        expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
        expect(text).toContain('\r\n ');
        const uids = parse(text).map(e => e.uid);
        expect(new Set(uids).size).toBe(uids.length);
        // The same plans give the same UIDs, in either language.
        expect(parse(render(await entriesOf('nl'), 'nl')).map(e => e.uid)).toEqual(uids);
        const lines = text.split('\r\n');
        expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Leerplan//Leerplan calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
        expect(text).toContain('DTSTAMP:20260415T000000Z');
    });

    it('escapes text and folds without splitting a character, so any text reads back as written', () => {
        expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
        fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), (title, description) => {
            const entry: CalendarEntry = { kind: 'action', title, description: [description], when: { kind: 'dates', start: '2026-01-01', end: '2026-01-01' }, key: title + description };
            const text = render([entry]);
            for (const line of text.split('\r\n')) if (Buffer.byteLength(line, 'utf8') > 75) return false;
            const [event] = parse(text);
            // Line breaks read back as \n; other control characters are left out (TEXT may not hold them).
            const expected = (s: string) => s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
            expect(event.summary).toBe(expected(title));
            expect(event.description).toBe(expected(description));
            return true;
        }), { numRuns: 300 });
        expect(fold('x'.repeat(75))).toBe('x'.repeat(75));
        expect(fold('é'.repeat(40)).split('\r\n ').map(l => Buffer.byteLength(l))).toEqual([74, 6]);
    });

    it('writes recurrence rules that fall on the timeline\'s dates for every unit, interval and start day', () => {
        const units: TimeUnit[] = ['day', 'week', 'month', 'quarter', 'year'];
        const day = fc.integer({ min: Date.UTC(2020, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
            .map(d => new Date(d * 86_400_000).toISOString().slice(0, 10));
        fc.assert(fc.property(day, fc.constantFrom(...units), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 900 }), (start, unit, every, length) => {
            const until = addDays(start, length);
            const expected = cadenceDates(unit, start, until, every);
            const entry: CalendarEntry = { kind: 'review', title: 't', description: [], when: { kind: 'repeats', start, until, every, unit }, key: 'k' };
            const [event] = parse(render([entry]));
            expect(render([entry])).toContain(`RRULE:${recurrence({ start, until, every, unit }).rule}\r\n`);
            expect(event.dates.slice(0, MAX_OCCURRENCES)).toEqual(expected);
            return true;
        }), {
            numRuns: 300,
            // Days some months do not have, and 29 February.
            examples: [['2024-02-29', 'year', 1, 3000], ['2024-02-29', 'month', 1, 400], ['2026-01-30', 'month', 1, 400], ['2026-01-29', 'quarter', 1, 800], ['2026-03-31', 'month', 2, 500], ['2026-05-31', 'quarter', 3, 900]],
        });
    });
});

describe('calendar export: the HTML summary and the editor', () => {
    it('links the export of one plan to its moments as a data: .ics file, and only that export', async () => {
        const documents = await inlineDocuments({ 'organisation.pop': ORGANISATION, 'yara.pop': PLAN, 'anna.pop': MONTH_END_PLAN });
        const plan = buildSummary(documents, { lang: 'nl', today: FIXTURE_TODAY, audience: 'export', scope: { kind: 'plan', id: 'yara-2026' } });
        const html = renderHtml(plan, { standalone: true });
        const link = /<a href="data:text\/calendar;charset=utf-8,([^"]*)" download="yara-2026\.ics">([^<]*)<\/a>/.exec(html);
        expect(link, 'a calendar link').not.toBeNull();
        expect(link![2]).toMatch(/^Zet in je agenda: \d+ momenten \(\.ics\)$/);
        const ics = decodeURIComponent(link![1].replace(/&amp;/g, '&'));
        expect(ics).toBe(modelCalendar(plan));
        const titles = parse(ics).map(e => e.summary);
        expect(titles).toContain('Gesprek met Mark Jansen (Yara Visser)');
        expect(ics).not.toMatch(/SECRET|MARKER/);
        // Not in an export of many plans, nor in the owner's own view (the preview has its own button).
        const all = buildSummary(documents, { lang: 'nl', today: FIXTURE_TODAY, audience: 'export' });
        expect(renderHtml(all, { standalone: true })).not.toContain('data:text/calendar');
        const own = buildSummary(documents, { lang: 'nl', today: FIXTURE_TODAY, audience: 'owner', scope: { kind: 'plan', id: 'yara-2026' } });
        expect(renderHtml(own, { standalone: true })).not.toContain('data:text/calendar');
    });

    it('exports a model as .ics from the editor, the same file leerplan calendar writes for those plans', async () => {
        const m = await model();
        const ics = renderSummaryExport(m, 'ics');
        expect(ics).toBe(renderIcs(await entriesOf(), { lang: 'en', name: 'all plans', today: FIXTURE_TODAY }));
        expect(parse(ics).length).toBeGreaterThan(10);
    });
});
