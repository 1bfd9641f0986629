import { addDays, addMonths, isExistingDate } from '../../language/src/meaning/dates.js';
import type { TimeUnit } from '../../language/src/meaning/moments.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { calendarText } from './calendar-text.js';
import type { ActionSummary, FeedbackSummary, GoalSummary, Moment, PersonRef, PlanSummary, SourceRef, SummaryModel, TeamSummary } from './summary-model.js';
import { feedbackWho, personLabel, shown, summaryText } from './summary-text.js';

/**
 * The calendar export: the moments of the summary model as an iCalendar file (RFC 5545),
 * for `leerplan calendar`, the HTML summary's download link and the preview. It reads
 * the same `PlanSummary` and `TeamSummary` the renderings read, built for an export
 * (audience `export`), so no private text can reach it: private reflections and private
 * records of feedback received are not in such a model at all.
 *
 * What becomes what:
 * - a date, a span (`from A to B`, `in 2026-Q2`, `within 3 months`), a due date: an
 *   all-day VEVENT (`DTSTART;VALUE=DATE`, `DTEND` the day after the last day);
 * - a cadence (`every 2 weeks`) within a plan period: one VEVENT from the period's first
 *   day with an `RRULE` until its last, falling on exactly the dates the summary's
 *   timeline lists (`calendar.ts` `cadenceDates`; months counted from the start, so a
 *   cadence from the 31st falls on each month's last day);
 * - a moment with no calendar date (`after "..."`, `ongoing`, a cadence with no period to
 *   repeat over, a team's routine): a VJOURNAL, the iCalendar note, with no date at all;
 * - a moment whose dates cannot be computed (a date that does not exist): left out, as the
 *   timeline leaves it out (`leerplan check` reports it).
 * Records of feedback received are history, not plans: never in the calendar.
 */

export type CalendarKind = 'action' | 'feedback' | 'review' | 'reflection' | 'due';

export type CalendarWhen =
    /** All-day, first and last day included. */
    | { kind: 'dates'; start: string; end: string }
    /** All-day, repeating every `every` units from `start` through `until`. */
    | { kind: 'repeats'; start: string; until: string; every: number; unit: TimeUnit }
    /** No calendar date: a note. */
    | { kind: 'note'; moment: Moment };

export interface CalendarEntry {
    kind: CalendarKind;
    title: string;
    description: string[];
    when: CalendarWhen;
    /** What the entry is (ids and the moment as written, never a translated word): its UID is made from it. */
    key: string;
}

/** An entry with the person it concerns apart from the plan's owner (whom a review is with, whom feedback is asked of or given to). */
interface TaggedEntry extends CalendarEntry {
    concerns?: string;
}

/** Which entries a calendar keeps: all, or those of one person. */
export interface CalendarFilter {
    /** Their own plans whole; elsewhere the reviews held with them and the feedback asked of or given to them; their teams' routines. */
    person?: string;
}

// ---------------------------------------------------------------- entries

/** The dates of a moment within a plan's period (a team has none); undefined when they cannot be computed. */
export function calendarWhen(moment: Moment | undefined, period: { start: string; end: string } | undefined): CalendarWhen | undefined {
    if (!moment) return undefined;
    switch (moment.kind) {
        case 'after':
        case 'ongoing':
            return { kind: 'note', moment };
        case 'due':
            // Before an event: no calendar date, a note (never a made-up date).
            if (moment.event !== undefined) return { kind: 'note', moment };
            if (!moment.date || !isExistingDate(moment.date)) return undefined;
            return { kind: 'dates', start: moment.date, end: moment.date };
        case 'every': {
            if (!moment.cadence) return undefined;
            const every = moment.every ?? 1;
            if (!period || !isExistingDate(period.start) || !isExistingDate(period.end) || period.start > period.end) return { kind: 'note', moment };
            return { kind: 'repeats', start: period.start, until: period.end, every, unit: moment.cadence };
        }
        default: {
            if (!moment.date || !isExistingDate(moment.date)) return undefined;
            const spans = moment.end !== undefined && isExistingDate(moment.end) && moment.end >= moment.date;
            return { kind: 'dates', start: moment.date, end: spans ? moment.end! : moment.date };
        }
    }
}

function dateWhen(date: string | undefined): CalendarWhen | undefined {
    return date && isExistingDate(date) ? { kind: 'dates', start: date, end: date } : undefined;
}

/** A review's or reflection's dates: its moment, else its bare date. */
function lineWhen(line: { date?: string; when?: Moment }, period: { start: string; end: string } | undefined): CalendarWhen | undefined {
    return line.when ? calendarWhen(line.when, period) : dateWhen(line.date);
}

function whenKey(moment: Moment | undefined, date?: string): string {
    if (!moment) return date ?? '';
    return [moment.kind, moment.date, moment.end, moment.cadence, moment.every, moment.period, moment.within && `${moment.within.count} ${moment.within.unit}`, moment.event]
        .map(part => part ?? '').join('|');
}

function where(source: SourceRef): string {
    return `${source.file}:${source.line}`;
}

interface Holder {
    /** Where the entries belong: `plan/ID` or `team/ID`. */
    key: string;
    /** The line that names it, first in every description. */
    line: string;
    /** Added to each title: whose plan, which team. */
    suffix: string;
    period?: { start: string; end: string };
}

/** The entries of one goal (of a plan or a team): actions, feedback asked and given, the due date. */
function goalEntries(goal: GoalSummary, holder: Holder, lang: Lang): TaggedEntry[] {
    const text = summaryText(lang);
    const goalLine = calendarText('goalLine', lang)(shown(goal.id, 'id', text), shown(goal.title, 'title', text));
    const entries: TaggedEntry[] = [];
    for (const action of goal.actions) {
        const entry = actionEntry(action, holder, lang, [goalLine], `${holder.key}/${goal.id}`);
        if (entry) entries.push(entry);
    }
    for (const feedback of goal.feedback) {
        const entry = feedbackEntry(feedback, holder, lang, [goalLine], `${holder.key}/${goal.id}`);
        if (entry) entries.push(entry);
    }
    // A dated deadline is an event; one before an event in the work is a note that says so
    // (never a made-up date); `due ongoing` is no deadline at all, so nothing to remind of.
    const due = dateWhen(goal.due) ?? (goal.dueMoment?.kind === 'due' && goal.dueMoment.event !== undefined ? calendarWhen(goal.dueMoment, holder.period) : undefined);
    if (due) {
        entries.push({
            kind: 'due', when: due, key: `${holder.key}/${goal.id}/due/${goal.due ?? whenKey(goal.dueMoment)}`,
            title: calendarText('due', lang)(shown(goal.title, 'title', text)) + holder.suffix,
            description: [holder.line, goalLine, ...whenLines(due, lang), calendarText('sourceLine', lang)(where(goal.source))],
        });
    }
    return entries;
}

function actionEntry(action: ActionSummary, holder: Holder, lang: Lang, lines: string[], key: string): CalendarEntry | undefined {
    const when = calendarWhen(action.when, holder.period);
    if (!when) return undefined;
    const text = summaryText(lang);
    return {
        kind: 'action', when, key: `${key}/action/${action.form}/${action.text}/${whenKey(action.when)}`,
        title: `${action.formName || text.missing.name}: ${shown(action.text, 'text', text)}${holder.suffix}`,
        description: [holder.line, ...lines, ...whenLines(when, lang), calendarText('sourceLine', lang)(where(action.source))],
    };
}

/** Feedback asked or given; a record of feedback received is history, never an entry. */
function feedbackEntry(feedback: FeedbackSummary, holder: Holder, lang: Lang, lines: string[], key: string): TaggedEntry | undefined {
    if (feedback.direction === 'received' || feedback.private) return undefined;
    const when = calendarWhen(feedback.when, holder.period);
    if (!when) return undefined;
    const text = summaryText(lang);
    const who = feedbackWho(feedback.from, text);
    const description = [holder.line, ...lines];
    if (feedback.question) description.push(calendarText('questionLine', lang)(feedback.question));
    return {
        kind: 'feedback', when, concerns: feedback.from.kind === 'person' ? feedback.from.id : undefined,
        key: `${key}/feedback/${feedback.direction}/${feedback.from.kind}/${feedback.from.id || feedback.from.name}/${feedback.question ?? ''}/${whenKey(feedback.when)}`,
        title: calendarText(feedback.direction === 'ask' ? 'askFeedback' : 'giveFeedback', lang)(who) + holder.suffix,
        description: [...description, ...whenLines(when, lang), calendarText('sourceLine', lang)(where(feedback.source))],
    };
}

/** A note says what its moment is; an event or a span says nothing more. */
function whenLines(when: CalendarWhen, lang: Lang): string[] {
    if (when.kind !== 'note') return [];
    const moment = summaryText(lang).moment(when.moment);
    return [calendarText('whenLine', lang)(moment), calendarText(when.moment.kind === 'every' ? 'noPeriod' : 'noDate', lang)];
}

/**
 * The calendar entries of one plan of an export model: its goals' actions, feedback
 * asked and given and due dates, its reviews and its (shared) reflections. With a
 * person: their own plan whole, another's only for the reviews held with them and the
 * feedback asked of or given to them.
 */
export function planCalendarEntries(plan: PlanSummary, lang: Lang, filter: CalendarFilter = {}): CalendarEntry[] {
    const text = summaryText(lang);
    const owner = personLabel(plan.owner, text);
    const holder: Holder = {
        key: `plan/${plan.id}`,
        line: calendarText('planLine', lang)(shown(plan.id, 'id', text), owner),
        suffix: ` (${owner})`,
        period: plan.period,
    };
    const entries: TaggedEntry[] = [];
    for (const goal of plan.goals) entries.push(...goalEntries(goal, holder, lang));
    for (const review of plan.reviews) {
        const when = lineWhen(review, plan.period);
        if (!when) continue;
        const description = [holder.line];
        if (review.text) description.push(review.text);
        entries.push({
            kind: 'review', when, concerns: review.with.id,
            key: `${holder.key}/review/${review.with.id}/${review.text ?? ''}/${whenKey(review.when, review.date)}`,
            title: calendarText('review', lang)(personLabel(review.with, text)) + holder.suffix,
            description: [...description, ...whenLines(when, lang), calendarText('sourceLine', lang)(where(review.source))],
        });
    }
    for (const reflection of plan.reflections) {
        // An export model holds no private reflection; a model that does (the owner's own) is not for a calendar.
        if (reflection.private) continue;
        const when = lineWhen(reflection, plan.period);
        if (!when) continue;
        entries.push({
            kind: 'reflection', when,
            key: `${holder.key}/reflection/${reflection.text}/${whenKey(reflection.when, reflection.date)}`,
            title: calendarText('reflection', lang) + holder.suffix,
            description: [holder.line, reflection.text, ...whenLines(when, lang), calendarText('sourceLine', lang)(where(reflection.source))],
        });
    }
    const person = filter.person;
    return untagged(person === undefined || plan.owner.id === person ? entries : entries.filter(entry => entry.concerns === person));
}

function untagged(entries: readonly TaggedEntry[]): CalendarEntry[] {
    return entries.map(({ concerns: _concerns, ...entry }) => entry);
}

/**
 * The calendar entries of a team: its routines (its own action and feedback lines) and
 * its goals' moments. A team has no period, so its cadences are notes. With a person:
 * all of it for the lead and the members, else only the feedback asked of or given to them.
 */
export function teamCalendarEntries(team: TeamSummary, lang: Lang, filter: CalendarFilter = {}): CalendarEntry[] {
    const text = summaryText(lang);
    const holder: Holder = {
        key: `team/${team.id}`,
        line: calendarText('teamLine', lang)(shown(team.name, 'name', text)),
        suffix: ` (${shown(team.name, 'name', text)})`,
    };
    const entries: TaggedEntry[] = [];
    for (const action of team.routines.actions) {
        const entry = actionEntry(action, holder, lang, [], `${holder.key}/routine`);
        if (entry) entries.push(entry);
    }
    for (const feedback of team.routines.feedback) {
        const entry = feedbackEntry(feedback, holder, lang, [], `${holder.key}/routine`);
        if (entry) entries.push(entry);
    }
    for (const goal of team.goals) entries.push(...goalEntries(goal, holder, lang));
    const person = filter.person;
    const belongs = (p: PersonRef | undefined) => p !== undefined && p.id === person;
    return untagged(person === undefined || belongs(team.lead) || team.members.some(belongs) ? entries : entries.filter(entry => entry.concerns === person));
}

// ---------------------------------------------------------------- iCalendar text

export interface IcsOptions {
    lang: Lang;
    /** What the calendar shows: a plan id, a person's or a team's name, or all plans. */
    name: string;
    /** The day the file is made (YYYY-MM-DD): its DTSTAMP, midnight UTC, so the same input gives the same file on the same day. */
    today: string;
}

/**
 * Writes entries as iCalendar text, a part at a time (`leerplan calendar` writes a
 * workspace's plans a batch at a time): `head()`, `entries()` as often as needed,
 * `tail()`. Lines end in CRLF and are folded at 75 octets; every UID is unique in the
 * file (a second entry with the same key gets a counted one).
 */
export class IcsWriter {
    private readonly uids = new Set<string>();
    private readonly stamp: string;

    constructor(private readonly options: IcsOptions) {
        this.stamp = `${compact(isExistingDate(options.today) ? options.today : '1970-01-01')}T000000Z`;
    }

    head(): string {
        return lines([
            'BEGIN:VCALENDAR',
            'VERSION:2.0',
            'PRODID:-//Leerplan//Leerplan calendar//EN',
            'CALSCALE:GREGORIAN',
            'METHOD:PUBLISH',
            `X-WR-CALNAME:${escapeText(calendarText('calendarName', this.options.lang)(this.options.name))}`,
        ]);
    }

    entries(entries: readonly CalendarEntry[]): string {
        return entries.map(entry => this.component(entry)).join('');
    }

    tail(): string {
        return lines(['END:VCALENDAR']);
    }

    private uid(key: string): string {
        const base = hash(key);
        let uid = `${base}@leerplan`;
        for (let n = 2; this.uids.has(uid); n++) uid = `${base}-${n}@leerplan`;
        this.uids.add(uid);
        return uid;
    }

    private component(entry: CalendarEntry): string {
        const when = entry.when;
        const type = when.kind === 'note' ? 'VJOURNAL' : 'VEVENT';
        const out = [`BEGIN:${type}`, `UID:${this.uid(entry.key)}`, `DTSTAMP:${this.stamp}`];
        if (when.kind === 'dates') {
            out.push(`DTSTART;VALUE=DATE:${compact(when.start)}`, `DTEND;VALUE=DATE:${compact(addDays(when.end, 1))}`);
        } else if (when.kind === 'repeats') {
            const { rule, dates } = recurrence(when);
            out.push(`DTSTART;VALUE=DATE:${compact(when.start)}`, `DTEND;VALUE=DATE:${compact(addDays(when.start, 1))}`, `RRULE:${rule}`);
            for (let i = 0; i < dates.length; i += 8) out.push(`RDATE;VALUE=DATE:${dates.slice(i, i + 8).map(compact).join(',')}`);
        }
        out.push(`SUMMARY:${escapeText(entry.title)}`);
        if (entry.description.length) out.push(`DESCRIPTION:${escapeText(entry.description.join('\n'))}`);
        out.push(`CATEGORIES:${escapeText(calendarText('category', this.options.lang)[entry.kind])}`);
        // A reminder of a day, not a meeting that fills it.
        if (type === 'VEVENT') out.push('TRANSP:TRANSPARENT');
        out.push(`END:${type}`);
        return lines(out);
    }
}

/** The whole iCalendar file of `entries`. */
export function renderIcs(entries: readonly CalendarEntry[], options: IcsOptions): string {
    const writer = new IcsWriter(options);
    return writer.head() + writer.entries(entries) + writer.tail();
}

/**
 * The RRULE of a cadence, and the RDATEs beside it, falling on the dates
 * `cadenceDates` computes: months (and quarters and years) are counted from the start,
 * and a start on a day some months do not have falls on the last day of such a month.
 * From the 31st that is every month's last day (`BYMONTHDAY=-1`), from 29 February every
 * year's last day of February; from the 29th or 30th the rule keeps the start's day,
 * skips the months without it (as RFC 5545 skips dates that do not exist), and each such
 * month's last day is an RDATE.
 */
export function recurrence(when: { start: string; until: string; every: number; unit: TimeUnit }): { rule: string; dates: string[] } {
    const day = Number(when.start.slice(8, 10));
    const months = when.unit === 'month' ? when.every : when.unit === 'quarter' ? 3 * when.every : when.unit === 'year' ? 12 * when.every : 0;
    let rule: string;
    let dates: string[] = [];
    switch (when.unit) {
        case 'day': rule = `FREQ=DAILY;INTERVAL=${when.every}`; break;
        case 'week': rule = `FREQ=WEEKLY;INTERVAL=${when.every}`; break;
        case 'year': rule = `FREQ=YEARLY;INTERVAL=${when.every}`; break;
        default: rule = `FREQ=MONTHLY;INTERVAL=${months}`;
    }
    if (months && day === 31 && when.unit !== 'year') rule += ';BYMONTHDAY=-1';
    // From 29 February: the last day of February, every year it comes round.
    else if (when.unit === 'year' && when.start.slice(5) === '02-29') rule += ';BYMONTH=2;BYMONTHDAY=-1';
    else if (months && day > 28 && when.unit !== 'year') {
        // The occurrences that fall short of the start's day: the last days of shorter months.
        for (let n = 1; ; n++) {
            const next = addMonths(when.start, n * months);
            if (next > when.until) break;
            if (Number(next.slice(8, 10)) !== day) dates.push(next);
        }
    }
    if (dates.length > MAX_RDATES) dates = dates.slice(0, MAX_RDATES);
    return { rule: `${rule};UNTIL=${compact(when.until)}`, dates };
}

/** Bounds the RDATE list of a cadence over a very long period (one line per 8 dates). */
const MAX_RDATES = 1000;

function compact(date: string): string {
    return date.replace(/-/g, '');
}

/** TEXT as RFC 5545 3.3.11 writes it: backslash, semicolon, comma and line breaks escaped; other control characters left out. */
export function escapeText(value: string): string {
    return value
        .replace(/\r\n|\r/g, '\n')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
        .replace(/[\\;,]/g, c => `\\${c}`)
        .replace(/\n/g, '\\n');
}

/** Content lines, each folded at 75 octets and ended with CRLF. */
function lines(contentLines: readonly string[]): string {
    return contentLines.map(line => fold(line) + '\r\n').join('');
}

const encoder = new TextEncoder();

/** A content line folded into lines of at most 75 octets (RFC 5545 3.1), never inside a UTF-8 character; continuations begin with a space. */
export function fold(line: string): string {
    if (encoder.encode(line).length <= 75) return line;
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    let limit = 75;
    for (const char of line) {
        const size = encoder.encode(char).length;
        if (octets + size > limit) {
            parts.push(current);
            current = '';
            octets = 0;
            // A continuation line's leading space counts.
            limit = 74;
        }
        current += char;
        octets += size;
    }
    parts.push(current);
    return parts.join('\r\n ');
}

/** A stable hash of a key (two 32-bit FNV-1a over its UTF-16 code units): the same entry gets the same UID in every run. */
function hash(key: string): string {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193) >>> 0;
        b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
    }
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The iCalendar file of a whole summary model: its teams' entries, then its plans'. For a
 * model built for an export (the editor's "Export Summary" as .ics, the HTML summary's
 * link): private reflections and records are not in such a model, and the entries leave
 * out anything marked private all the same.
 */
export function modelCalendar(model: SummaryModel, filter: CalendarFilter = {}): string {
    const lang = model.lang;
    const entries = [...model.teams.flatMap(team => teamCalendarEntries(team, lang, filter)), ...model.plans.flatMap(plan => planCalendarEntries(plan, lang, filter))];
    const scope = model.scope;
    const name = scope.kind === 'plan' ? model.plans[0] ? `${model.plans[0].id} (${personLabel(model.plans[0].owner, summaryText(lang))})` : scope.id
        : scope.kind === 'team' ? model.teams[0]?.name || scope.id
            : scope.kind === 'coach' ? scope.id : calendarText('allPlans', lang);
    return renderIcs(entries, { lang, name, today: model.today });
}
