import { escapeHtml as esc, shorten } from './html-escape.js';
import { daysBetween, monthsBetween } from './calendar.js';
import type { AlignmentNode, CalendarMonth, SourceRef, TimelineEvent } from './summary-model.js';
import { personLabel, type SummaryText } from './summary-text.js';

/**
 * The summary's charts as inline SVG strings: no script, no external resource,
 * colours from CSS classes (so print and dark mode restyle them). Every text from
 * a plan goes through `esc`, in `<text>`, `<title>` and attribute values alike.
 * Each chart marks the shapes that carry data with a class (`bar`, `cell`, `mark`,
 * `node`, `month`) so tests can count them against the model.
 */

const FONT = 12;

function svgOpen(kind: string, width: number, height: number, label: string): string {
    return `<svg class="chart ${kind}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>`;
}

function sourceAttributes(source: SourceRef | undefined): string {
    if (!source) return '';
    return `${source.uri ? ` data-uri="${esc(source.uri)}"` : ''} data-file="${esc(source.file)}" data-line="${source.line}"`;
}

export interface BarSeries {
    /** CSS class of the series' bars. */
    className: string;
    name: string;
    values: number[];
}

/**
 * Horizontal bars, one row per label and one bar per series in each row (a row
 * with value 0 still has its bar, of width 0, so every row is countable).
 */
export function barChart(kind: string, title: string, labels: string[], series: BarSeries[], options: { muted?: boolean[] } = {}): string {
    const labelWidth = 250;
    const barArea = 330;
    const barHeight = 12;
    const rowHeight = 8 + series.length * (barHeight + 3);
    const legendHeight = series.length > 1 ? 22 : 0;
    const width = labelWidth + barArea + 50;
    const height = legendHeight + labels.length * rowHeight + 6;
    const max = Math.max(1, ...series.flatMap(s => s.values));
    const parts = [svgOpen(`bars ${kind}`, width, height, title)];
    if (series.length > 1) {
        series.forEach((s, i) => {
            const x = labelWidth + i * 120;
            parts.push(`<rect class="legend ${s.className}" x="${x}" y="4" width="12" height="12" rx="2"/><text class="legend-text" x="${x + 17}" y="14" font-size="${FONT}">${esc(s.name)}</text>`);
        });
    }
    labels.forEach((label, row) => {
        const y = legendHeight + row * rowHeight + 4;
        const muted = options.muted?.[row] ? ' muted' : '';
        parts.push(`<text class="label${muted}" x="${labelWidth - 8}" y="${y + rowHeight / 2}" text-anchor="end" dominant-baseline="middle" font-size="${FONT}"><title>${esc(label)}</title>${esc(shorten(label, 36))}</text>`);
        series.forEach((s, i) => {
            const value = s.values[row] ?? 0;
            const by = y + 1 + i * (barHeight + 3);
            const w = Math.round((value / max) * barArea);
            parts.push(`<rect class="track" x="${labelWidth}" y="${by}" width="${barArea}" height="${barHeight}" rx="3"/>`);
            parts.push(`<rect class="bar ${s.className}" data-value="${value}" x="${labelWidth}" y="${by}" width="${w}" height="${barHeight}" rx="3"><title>${esc(`${label}: ${value} (${s.name})`)}</title></rect>`);
            parts.push(`<text class="value" x="${labelWidth + w + 6}" y="${by + barHeight / 2}" dominant-baseline="middle" font-size="${FONT - 1}">${value}</text>`);
        });
    });
    parts.push('</svg>');
    return parts.join('');
}

/** Rows by columns, one `cell` per pair; darker means more goals. */
export function heatmap(title: string, columns: string[], rows: Array<{ label: string; values: number[]; className?: string }>): string {
    const labelWidth = 170;
    const cell = 34;
    const cellHeight = 26;
    const longest = Math.min(38, Math.max(4, ...columns.map(c => [...c].length)));
    const header = 24 + Math.round(longest * 6.2 * 0.65);
    const width = labelWidth + columns.length * cell + Math.round(longest * 6.2 * 0.77) + 10;
    const height = header + rows.length * cellHeight + 4;
    const max = Math.max(1, ...rows.flatMap(r => r.values));
    const parts = [svgOpen('heatmap', width, height, title)];
    columns.forEach((column, c) => {
        const x = labelWidth + c * cell + cell / 2;
        parts.push(`<text class="column-label" transform="translate(${x + 4},${header - 8}) rotate(-40)" font-size="${FONT - 1}"><title>${esc(column)}</title>${esc(shorten(column, 38))}</text>`);
    });
    rows.forEach((row, r) => {
        const y = header + r * cellHeight;
        parts.push(`<text class="label ${row.className ?? ''}" x="${labelWidth - 8}" y="${y + cellHeight / 2}" text-anchor="end" dominant-baseline="middle" font-size="${FONT}"><title>${esc(row.label)}</title>${esc(shorten(row.label, 24))}</text>`);
        row.values.forEach((value, c) => {
            const level = value === 0 ? 0 : Math.min(4, Math.ceil((value / max) * 4));
            const x = labelWidth + c * cell;
            parts.push(`<rect class="cell level-${level}" data-value="${value}" x="${x + 1}" y="${y + 1}" width="${cell - 2}" height="${cellHeight - 2}" rx="3"><title>${esc(`${row.label} / ${columns[c]}: ${value}`)}</title></rect>`);
            if (value > 0) parts.push(`<text class="cell-value level-${level}" x="${x + cell / 2}" y="${y + cellHeight / 2}" text-anchor="middle" dominant-baseline="middle" font-size="${FONT - 1}">${value}</text>`);
        });
    });
    parts.push('</svg>');
    return parts.join('');
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

/**
 * Actions, feedback moments, reviews and due dates on one time axis: a bar for a
 * span (`from A to B`), a dot for a date or for each occurrence of a cadence, a
 * diamond for a review, a triangle for a due date. Returns '' when nothing has a date.
 */
export function timeline(title: string, events: TimelineEvent[], text: SummaryText, period?: { start: string; end: string }, today?: string): string {
    const dates = events.flatMap(e => [e.date, e.end ?? e.date, ...(e.occurrences ?? [])]).filter(Boolean).sort();
    if (!dates.length) return '';
    const start = period && period.start < dates[0] ? period.start : dates[0];
    const end = period && period.end > dates[dates.length - 1] ? period.end : dates[dates.length - 1];
    const rows = timelineRows(events, text);
    const left = 210;
    const plotWidth = 560;
    const rowHeight = 24;
    const top = 28;
    const width = left + plotWidth + 16;
    const height = top + rows.length * rowHeight + 8;
    const span = Math.max(1, daysBetween(start, end));
    const x = (date: string) => left + Math.round((daysBetween(start, date) / span) * plotWidth);
    const parts = [svgOpen('timeline', width, height, title)];
    const months = monthsBetween(start, end, 48);
    const step = months.length > 18 ? 3 : months.length > 9 ? 2 : 1;
    months.forEach((month, i) => {
        const first = `${month}-01` < start ? start : `${month}-01`;
        const mx = x(first);
        parts.push(`<line class="grid" x1="${mx}" y1="${top - 6}" x2="${mx}" y2="${height - 4}"/>`);
        if (i % step === 0) {
            const name = text.monthShort[Number(month.slice(5, 7)) - 1] + (i === 0 || month.endsWith('-01') ? ` ${month.slice(0, 4)}` : '');
            parts.push(`<text class="axis" x="${mx + 3}" y="${top - 12}" font-size="${FONT - 1}">${esc(name)}</text>`);
        }
    });
    rows.forEach((row, r) => {
        const cy = top + r * rowHeight + rowHeight / 2;
        parts.push(`<text class="label" x="${left - 10}" y="${cy}" text-anchor="end" dominant-baseline="middle" font-size="${FONT}"><title>${esc(row.label)}</title>${esc(shorten(row.label, 30))}</text>`);
        parts.push(`<line class="lane" x1="${left}" y1="${cy}" x2="${left + plotWidth}" y2="${cy}"/>`);
        for (const event of row.events) {
            const kind = event.kind;
            const tip = `<title>${esc(`${text.timelineKinds[kind]}: ${event.label} (${text.date(event.date)}${event.end ? ` - ${text.date(event.end)}` : ''})`)}</title>`;
            const data = `data-kind="${kind}"${sourceAttributes(event.source)}`;
            if (event.end) {
                const x1 = x(event.date);
                parts.push(`<rect class="mark span ${kind}" ${data} x="${x1}" y="${cy - 6}" width="${Math.max(4, x(event.end) - x1)}" height="12" rx="4">${tip}</rect>`);
            } else if (event.occurrences) {
                // One group, one tooltip and one source for every occurrence of a repeating moment: a weekly
                // cadence draws 52 dots, and a big plan has hundreds of them.
                const r = event.occurrences.length > 20 ? 2.5 : 4;
                parts.push(`<g class="repeat" ${data}>${tip}`);
                for (const date of event.occurrences) parts.push(`<circle class="mark ${kind}" cx="${x(date)}" cy="${cy}" r="${r}"/>`);
                parts.push('</g>');
            } else if (kind === 'review' || kind === 'due') {
                const px = x(event.date);
                const shape = kind === 'review' ? `${px},${cy - 8} ${px + 8},${cy} ${px},${cy + 8} ${px - 8},${cy}` : `${px - 6},${cy - 6} ${px + 6},${cy - 6} ${px},${cy + 6}`;
                parts.push(`<polygon class="mark ${kind}" ${data} points="${shape}">${tip}</polygon>`);
            } else {
                parts.push(`<circle class="mark ${kind}" ${data} cx="${x(event.date)}" cy="${cy}" r="6">${tip}</circle>`);
            }
        }
    });
    if (today && today >= start && today <= end) {
        const tx = x(today);
        parts.push(`<line class="today" x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${height - 2}"><title>${esc(text.date(today))}</title></line>`);
        parts.push(`<text class="today-label" x="${tx + 3}" y="${top - 1}" font-size="${FONT - 2}">${esc(text.relativeDays(0))}</text>`);
    }
    parts.push('</svg>');
    return parts.join('');
}

/** The number of marks `timeline` draws for these events (one per span or date, one per occurrence). */
export function timelineMarkCount(events: TimelineEvent[]): number {
    return events.reduce((n, e) => n + (e.end ? 1 : e.occurrences ? e.occurrences.length : 1), 0);
}

interface PlacedNode {
    node: AlignmentNode;
    depth: number;
    y: number;
}

/** Every node of an alignment forest, depth first. */
export function alignmentNodeCount(roots: AlignmentNode[]): number {
    return roots.reduce((n, r) => n + 1 + alignmentNodeCount(r.children), 0);
}

/**
 * The alignment forest drawn left to right: vision, ambition, team goal, member
 * goal. Leaves take one row each; a parent sits beside the middle of its children.
 */
export function alignmentTree(title: string, roots: AlignmentNode[], text: SummaryText): string {
    if (!roots.length) return '';
    const columnWidth = 256;
    const boxWidth = 232;
    const boxHeight = 54;
    const rowHeight = 62;
    const placed: PlacedNode[] = [];
    const edges: Array<[PlacedNode, PlacedNode]> = [];
    let nextRow = 0;
    let maxDepth = 0;
    const place = (node: AlignmentNode, depth: number): PlacedNode => {
        maxDepth = Math.max(maxDepth, depth);
        const children = node.children.map(c => place(c, depth + 1));
        const y = children.length ? (children[0].y + children[children.length - 1].y) / 2 : nextRow++ * rowHeight;
        const entry = { node, depth, y };
        placed.push(entry);
        for (const child of children) edges.push([entry, child]);
        return entry;
    };
    for (const root of roots) place(root, 0);
    const width = (maxDepth + 1) * columnWidth;
    const height = nextRow * rowHeight;
    const parts = [svgOpen('alignment', width, height, title)];
    for (const [parent, child] of edges) {
        const x1 = parent.depth * columnWidth + boxWidth;
        const x2 = child.depth * columnWidth;
        const y1 = parent.y + boxHeight / 2;
        const y2 = child.y + boxHeight / 2;
        const mid = (x1 + x2) / 2;
        parts.push(`<path class="edge" d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}"/>`);
    }
    for (const { node, depth, y } of placed) {
        const label = node.kind === 'unlinked' ? text.unlinked : node.label || text.missing.title;
        const owner = node.owner ? personLabel(node.owner, text) : undefined;
        const sub = owner ?? text.alignmentKind[node.kind];
        const x = depth * columnWidth;
        const lines = wrap(label, 32, 2);
        parts.push(`<g class="tree-node ${node.kind}"${sourceAttributes(node.source)}>`
            + `<rect class="node ${node.kind}" x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="6"/>`
            + `<title>${esc(label)}${owner ? ` (${esc(owner)})` : ''}</title>`
            + lines.map((line, i) => `<text class="node-label" x="${x + 9}" y="${y + 16 + i * 15}" font-size="${FONT}">${esc(line)}</text>`).join('')
            + (sub ? `<text class="node-sub" x="${x + 9}" y="${y + boxHeight - 7}" font-size="${FONT - 2}">${esc(shorten(sub, 38))}</text>` : '')
            + '</g>');
    }
    parts.push('</svg>');
    return parts.join('');
}

/**
 * Words in at most `maxLines` lines of about `width` characters; the last line ends in an ellipsis when text is left.
 * A declaration whose text a syntax error removed has none: no lines.
 */
function wrap(text: string | undefined, width: number, maxLines: number): string[] {
    const lines: string[] = [];
    let current = '';
    const words = (text ?? '').split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const candidate = current ? `${current} ${word}` : word;
        if ([...candidate].length <= width || !current) {
            current = candidate;
            continue;
        }
        lines.push(current);
        current = word;
        if (lines.length === maxLines - 1) {
            current = words.slice(i).join(' ');
            break;
        }
    }
    if (current) lines.push(current);
    return lines.slice(0, maxLines).map(line => shorten(line, width));
}

/** One cell per month: asked-for feedback moments (and given ones) in that month. */
export function feedbackCalendar(title: string, months: CalendarMonth[], text: SummaryText): string {
    if (!months.length) return '';
    const cell = 46;
    const width = months.length * cell + 4;
    const height = 70;
    const max = Math.max(1, ...months.map(m => m.asks + m.gives));
    const parts = [svgOpen('calendar', width, height, title)];
    months.forEach((month, i) => {
        const total = month.asks + month.gives;
        const level = total === 0 ? 0 : Math.min(4, Math.ceil((total / max) * 4));
        const x = 2 + i * cell;
        const name = text.monthShort[Number(month.month.slice(5, 7)) - 1];
        const year = i === 0 || month.month.endsWith('-01') ? month.month.slice(0, 4) : '';
        parts.push(`<rect class="month level-${level}" data-asks="${month.asks}" data-gives="${month.gives}" x="${x}" y="18" width="${cell - 4}" height="34" rx="4"><title>${esc(`${text.month(month.month)}: ${month.asks} ${text.asks}, ${month.gives} ${text.gives}`)}</title></rect>`);
        parts.push(`<text class="axis" x="${x + (cell - 4) / 2}" y="12" text-anchor="middle" font-size="${FONT - 1}">${esc(name)}</text>`);
        if (total) parts.push(`<text class="cell-value level-${level}" x="${x + (cell - 4) / 2}" y="36" text-anchor="middle" dominant-baseline="middle" font-size="${FONT}">${total}</text>`);
        if (year) parts.push(`<text class="axis" x="${x + 2}" y="66" font-size="${FONT - 2}">${year}</text>`);
    });
    parts.push('</svg>');
    return parts.join('');
}
