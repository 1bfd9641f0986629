import { escapeHtml as esc } from './html-escape.js';
import { daysBetween, monthsBetween } from './calendar.js';
import type { AlignmentNode, CalendarMonth, SourceRef, TimelineEvent } from './summary-model.js';
import { personLabel, type SummaryText } from './summary-text.js';

/**
 * The summary's charts, made to be read at any width, from a phone (390 px) to a
 * wide screen: labels are HTML text that wraps, never SVG text scaled down with its
 * drawing, and what is drawn is SVG whose coordinates are percentages of the width it
 * gets (bars, time axes) or plain HTML (cells, tree nodes, months). No script, no
 * external resource, no style attribute (the preview's CSP forbids them): colours and
 * layout come from CSS classes, so print and dark mode restyle them. Every text from a
 * plan goes through `esc`, in text, `<title>` and attribute values alike. The shapes
 * that carry data have a class (`bar`, `cell`, `mark`, `node`, `month`), so tests can
 * count them against the model.
 */

function sourceAttributes(source: SourceRef | undefined): string {
    if (!source) return '';
    return `${source.uri ? ` data-uri="${esc(source.uri)}"` : ''} data-file="${esc(source.file)}" data-line="${source.line}"`;
}

/** A percentage for an SVG coordinate: at most two decimals. */
function pct(share: number): string {
    return `${Math.round(Math.min(1, Math.max(0, share)) * 10000) / 100}%`;
}

export interface BarSeries {
    /** CSS class of the series' bars. */
    className: string;
    name: string;
    values: number[];
}

/**
 * Horizontal bars, one row per label and one bar per series in each row (a row with
 * value 0 still has its bar, of width 0, so every row is countable). The label stands
 * beside its bars on a wide page and above them on a narrow one.
 */
export function barChart(kind: string, title: string, labels: string[], series: BarSeries[], options: { muted?: boolean[] } = {}): string {
    const max = Math.max(1, ...series.flatMap(s => s.values));
    const parts = [`<figure class="chart bars ${kind}" aria-label="${esc(title)}">`];
    if (series.length > 1) {
        parts.push(`<div class="legend-row">${series.map(s => `<span><span class="swatch ${s.className}"></span>${esc(s.name)}</span>`).join('')}</div>`);
    }
    labels.forEach((label, row) => {
        const muted = options.muted?.[row] ? ' muted' : '';
        parts.push(`<div class="bar-row${muted}"><span class="bar-label">${esc(label)}</span><span class="bar-lines">`);
        for (const s of series) {
            const value = s.values[row] ?? 0;
            parts.push(`<span class="bar-line"><svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">`
                + `<rect class="track" width="100" height="10"/>`
                + `<rect class="bar ${s.className}" data-value="${value}" width="${Math.round((value / max) * 1000) / 10}" height="10"><title>${esc(`${label}: ${value} (${s.name})`)}</title></rect>`
                + `</svg><span class="value">${value}</span></span>`);
        }
        parts.push('</span></div>');
    });
    parts.push('</figure>');
    return parts.join('');
}

/** Rows by columns, one `cell` per pair; darker means more goals. A table: names wrap, column names stand upright. */
export function heatmap(title: string, columns: string[], rows: Array<{ label: string; values: number[]; className?: string }>): string {
    const max = Math.max(1, ...rows.flatMap(r => r.values));
    const head = `<thead><tr><td></td>${columns.map(c => `<th scope="col" class="column-label"><span>${esc(c)}</span></th>`).join('')}</tr></thead>`;
    const body = rows.map(row => `<tr${row.className ? ` class="${esc(row.className)}"` : ''}><th scope="row" class="label">${esc(row.label)}</th>`
        + row.values.map((value, c) => {
            const level = value === 0 ? 0 : Math.min(4, Math.ceil((value / max) * 4));
            return `<td class="cell level-${level}" data-value="${value}" title="${esc(`${row.label} / ${columns[c]}: ${value}`)}">${value > 0 ? value : ''}</td>`;
        }).join('') + '</tr>').join('');
    return `<table class="chart heatmap" aria-label="${esc(title)}">${head}<tbody>${body}</tbody></table>`;
}

/** Above this many actions and feedback entries, the timeline draws one lane per kind instead of a row per entry. */
const MAX_ENTRY_ROWS = 24;

interface TimelineRow {
    label: string;
    kind: TimelineEvent['kind'];
    events: TimelineEvent[];
}

/** A row per action and per feedback entry (a Gantt chart), one row for reviews and one for due dates. */
function timelineRows(events: TimelineEvent[], text: SummaryText): TimelineRow[] {
    const entries = events.filter(e => e.kind === 'action' || e.kind === 'feedback');
    const rows: TimelineRow[] = entries.length <= MAX_ENTRY_ROWS
        ? entries.map(e => ({ label: e.label || text.missing.text, kind: e.kind, events: [e] }))
        : (['action', 'feedback'] as const).map(kind => ({ label: text.timelineKinds[kind], kind, events: entries.filter(e => e.kind === kind) }));
    for (const kind of ['review', 'due'] as const) {
        const list = events.filter(e => e.kind === kind);
        if (list.length) rows.push({ label: text.timelineKinds[kind], kind, events: list });
    }
    return rows.filter(r => r.events.length);
}

const LANE_HEIGHT = 24;

/**
 * Actions, feedback moments, reviews and due dates on one time axis: a bar for a span
 * (`from A to B`), a dot for a date or for each occurrence of a cadence, a diamond for
 * a review, a triangle for a due date. One row per entry: its label (HTML, wrapping)
 * beside or above its lane (an SVG as wide as the row, positions in percent, so the
 * marks keep their size at any width). Returns '' when nothing has a date.
 */
export function timeline(title: string, events: TimelineEvent[], text: SummaryText, period?: { start: string; end: string }, today?: string): string {
    const dates = events.flatMap(e => [e.date, e.end ?? e.date, e.repeats?.until ?? e.date, ...(e.occurrences ?? [])]).filter(Boolean).sort();
    if (!dates.length) return '';
    const start = period && period.start < dates[0] ? period.start : dates[0];
    const end = period && period.end > dates[dates.length - 1] ? period.end : dates[dates.length - 1];
    const span = Math.max(1, daysBetween(start, end));
    const at = (date: string) => daysBetween(start, date) / span;
    const x = (date: string) => pct(at(date));
    const todayShare = today && today >= start && today <= end ? at(today) : undefined;
    const todayLine = todayShare === undefined ? '' : `<line class="today" x1="${pct(todayShare)}" x2="${pct(todayShare)}" y1="0" y2="${LANE_HEIGHT}"/>`;

    const parts = [`<figure class="chart timeline" aria-label="${esc(title)}">`];
    // The axis: month lines and names; on a narrow page every other name is left out (class `minor`).
    const months = monthsBetween(start, end, 48);
    const step = months.length > 18 ? 3 : months.length > 9 ? 2 : 1;
    const axis: string[] = [];
    let shown = 0;
    months.forEach((month, i) => {
        const first = `${month}-01` < start ? start : `${month}-01`;
        axis.push(`<line class="grid" x1="${x(first)}" x2="${x(first)}" y1="14" y2="22"/>`);
        if (i % step !== 0 || at(first) > 0.94) return;
        const name = text.monthShort[Number(month.slice(5, 7)) - 1] + (i === 0 || month.endsWith('-01') ? ` ${month.slice(0, 4)}` : '');
        axis.push(`<text class="axis${shown++ % 2 ? ' minor' : ''}" x="${x(first)}" dx="3" y="11">${esc(name)}</text>`);
    });
    if (todayShare !== undefined) {
        axis.push(`<text class="today-label" x="${pct(todayShare)}" dx="3" y="21"><title>${esc(text.date(today!))}</title>${esc(text.relativeDays(0))}</text>`);
    }
    parts.push(`<div class="tl-row tl-axis"><span class="tl-label"></span><svg class="tl-lane" width="100%" height="${LANE_HEIGHT}" aria-hidden="true">${axis.join('')}${todayLine}</svg></div>`);

    const middle = LANE_HEIGHT / 2;
    for (const row of timelineRows(events, text)) {
        const marks: string[] = [`<line class="lane" x1="0" x2="100%" y1="${middle}" y2="${middle}"/>`];
        for (const event of row.events) {
            const kind = event.kind;
            const tip = `<title>${esc(`${text.timelineKinds[kind]}: ${event.label} (${text.date(event.date)}${event.end ? ` - ${text.date(event.end)}` : ''})`)}</title>`;
            const data = `data-kind="${kind}"${sourceAttributes(event.source)}`;
            if (event.end) {
                const from = at(event.date);
                marks.push(`<rect class="mark span ${kind}" ${data} x="${pct(from)}" y="${middle - 6}" width="${pct(Math.max(0.006, at(event.end) - from))}" height="12" rx="4">${tip}</rect>`);
            } else if (event.occurrences) {
                // One group, one tooltip and one source for every occurrence of a repeating moment: a weekly
                // cadence draws 52 dots, and a big plan has hundreds of them. A thin band under the dots runs
                // as far as the cadence repeats, also past the occurrences listed (a daily cadence over a year).
                const r = event.occurrences.length > 20 ? 2.5 : 4;
                marks.push(`<g class="repeat" ${data}>${tip}`);
                if (event.repeats) {
                    const from = at(event.date);
                    marks.push(`<rect class="repeat-band ${kind}" x="${pct(from)}" y="${middle - 2}" width="${pct(Math.max(0.003, at(event.repeats.until) - from))}" height="4" rx="2"/>`);
                }
                for (const date of event.occurrences) marks.push(`<circle class="mark ${kind}" cx="${x(date)}" cy="${middle}" r="${r}"/>`);
                marks.push('</g>');
            } else if (kind === 'review' || kind === 'due') {
                // A shape of its own size at a place in percent: a nested SVG placed at x, drawn around its origin.
                const shape = kind === 'review' ? `0,${middle - 8} 8,${middle} 0,${middle + 8} -8,${middle}` : `-6,${middle - 6} 6,${middle - 6} 0,${middle + 6}`;
                marks.push(`<svg x="${x(event.date)}" y="0" overflow="visible"><polygon class="mark ${kind}" ${data} points="${shape}">${tip}</polygon></svg>`);
            } else {
                marks.push(`<circle class="mark ${kind}" ${data} cx="${x(event.date)}" cy="${middle}" r="6">${tip}</circle>`);
            }
        }
        parts.push(`<div class="tl-row ${row.kind}"><span class="tl-label">${esc(row.label)}</span>`
            + `<svg class="tl-lane" width="100%" height="${LANE_HEIGHT}" overflow="visible" role="img" aria-label="${esc(row.label)}">${marks.join('')}${todayLine}</svg></div>`);
    }
    parts.push('</figure>');
    return parts.join('');
}

/** The number of marks `timeline` draws for these events (one per span or date, one per occurrence). */
export function timelineMarkCount(events: TimelineEvent[]): number {
    return events.reduce((n, e) => n + (e.end ? 1 : e.occurrences ? e.occurrences.length : 1), 0);
}

/** Every node of an alignment forest, depth first. */
export function alignmentNodeCount(roots: AlignmentNode[]): number {
    return roots.reduce((n, r) => n + 1 + alignmentNodeCount(r.children), 0);
}

/**
 * The alignment forest as an indented tree: vision, ambition, team goal, member goal,
 * each a box under its parent with a line from it. It reads top to bottom at any width;
 * labels wrap instead of being cut. In pieces, node by node (none when there is no tree).
 */
export function* alignmentTree(title: string, roots: AlignmentNode[], text: SummaryText): Iterable<string> {
    if (!roots.length) return;
    // Node by node: the tree of a large team has a node per member goal.
    function* item(node: AlignmentNode): Iterable<string> {
        const label = node.kind === 'unlinked' ? text.unlinked : node.label || text.missing.title;
        const sub = node.owner ? personLabel(node.owner, text) : text.alignmentKind[node.kind];
        yield `<li><div class="node ${node.kind}"${sourceAttributes(node.source)}><span class="node-label">${esc(label)}</span>`
            + (sub ? ` <span class="node-sub">${esc(sub)}</span>` : '') + '</div>';
        if (node.children.length) {
            yield '<ul>';
            for (const child of node.children) yield* item(child);
            yield '</ul>';
        }
        yield '</li>';
    }
    yield `<div class="chart alignment" aria-label="${esc(title)}"><ul class="tree">`;
    for (const root of roots) yield* item(root);
    yield '</ul></div>';
}

/** One cell per month: asked-for feedback moments (and given ones) in that month; the months wrap onto more lines when narrow. */
export function feedbackCalendar(title: string, months: CalendarMonth[], text: SummaryText): string {
    if (!months.length) return '';
    const max = Math.max(1, ...months.map(m => m.asks + m.gives));
    const cells = months.map((month, i) => {
        const total = month.asks + month.gives;
        const level = total === 0 ? 0 : Math.min(4, Math.ceil((total / max) * 4));
        const name = text.monthShort[Number(month.month.slice(5, 7)) - 1];
        const year = i === 0 || month.month.endsWith('-01') ? month.month.slice(0, 4) : '';
        return `<li class="month level-${level}" data-asks="${month.asks}" data-gives="${month.gives}" title="${esc(`${text.month(month.month)}: ${month.asks} ${text.asks}, ${month.gives} ${text.gives}`)}">`
            + `<span class="month-name">${esc(name)}</span><span class="month-value">${total || ''}</span><span class="month-year">${year}</span></li>`;
    });
    return `<ol class="chart calendar" aria-label="${esc(title)}">${cells.join('')}</ol>`;
}
