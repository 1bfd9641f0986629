import type { LayoutItem } from './layout-items.js';

/**
 * People are written as a table, as in the sketch files:
 *
 *     person anna "Anna de Vries" role "Nurse"
 *     person mark "Mark Jansen"   role "Team lead"
 *
 * Consecutive `person` lines of a block (each without a line break or comment inside,
 * no blank line or comment line between them) get their id and display-name columns
 * padded to the widest one plus a space.
 * Everything else is separated by single spaces. The groups are found from the line
 * structure the formatter keeps, so the padding comes out the same when formatting again.
 *
 * Returns, per item index, the number of spaces to put after that token.
 */
export function personTablePadding(source: string, items: LayoutItem[]): Map<number, number> {
    const padding = new Map<number, number>();
    let group: number[][] = [];
    let previousRowEnd = -1;
    const flush = () => {
        if (group.length > 1) padGroup(group, items, padding);
        group = [];
    };
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.breaks !== 'statement' || item.statementType !== 'Person') continue;
        const row = rowTokens(items, i);
        const simple = row !== undefined && row.length >= 3 && row.every((t, k) => k === 0 || !hasLineBreak(source, items[row[k - 1]].end, items[t].offset))
            && row.every(t => !/[\r\n]/.test(items[t].text));
        const joinsPrevious = group.length > 0 && simple && directlyBelow(source, items, previousRowEnd, i);
        if (!joinsPrevious) flush();
        if (simple && row) {
            group.push(row);
            previousRowEnd = row[row.length - 1];
        }
    }
    flush();
    return padding;
}

/** The token indexes of the person line starting at `start`, or undefined when a comment sits inside it. */
function rowTokens(items: LayoutItem[], start: number): number[] | undefined {
    const row = [start];
    for (let j = start + 1; j < items.length && !items[j].breaks; j++) {
        if (items[j].kind === 'token') row.push(j);
    }
    const last = row[row.length - 1];
    for (let j = start + 1; j < last; j++) if (items[j].kind !== 'token') return undefined;
    return row;
}

/**
 * Whether the person line starting at item `next` belongs to the same table as the row
 * ending at `rowEnd`: same block, no blank line and no comment line between them. Only
 * what the formatter keeps counts (a row on the same line as the one before becomes
 * the next line), so the answer is the same when formatting the result again.
 */
function directlyBelow(source: string, items: LayoutItem[], rowEnd: number, next: number): boolean {
    let breaks = 0;
    for (let j = rowEnd + 1; j <= next; j++) {
        const gap = lineBreakCount(source, items[j - 1].end, items[j].offset);
        if (j !== next && (items[j].kind === 'token' || gap > 0)) return false;
        breaks += gap;
    }
    return breaks <= 1;
}

function padGroup(group: number[][], items: LayoutItem[], padding: Map<number, number>): void {
    const width = (index: number) => items[index].text.length;
    // A person line is `person ID "Name" [role "..."]*`: the id is token 1, the name token 2.
    const idWidth = group.reduce((max, row) => Math.max(max, width(row[1])), 0);
    for (const row of group) padding.set(row[1], idWidth - width(row[1]) + 1);
    const withMore = group.filter(row => row.length > 3);
    if (withMore.length < 2) return;
    const nameWidth = withMore.reduce((max, row) => Math.max(max, width(row[2])), 0);
    for (const row of withMore) padding.set(row[2], nameWidth - width(row[2]) + 1);
}

function hasLineBreak(source: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
        const c = source.charCodeAt(i);
        if (c === 10 || c === 13) return true;
    }
    return false;
}

function lineBreakCount(source: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
        const c = source.charCodeAt(i);
        if (c === 10) count++;
        else if (c === 13 && source.charCodeAt(i + 1) !== 10) count++;
    }
    return count;
}
