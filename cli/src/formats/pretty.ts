import type { Lang } from '../../../language/src/rules/rule-registry.js';
import { countSummary } from '../cli-messages.js';
import { countBySeverity, type DiagnosticRow } from '../diagnostic-rows.js';

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** `file:line:col  severity  code  message`, one per line, then a count. */
export function renderPretty(rows: DiagnosticRow[], files: number, lang: Lang, colour: boolean): string {
    const paint = (c: keyof typeof COLOURS, text: string) => (colour ? COLOURS[c] + text + COLOURS.reset : text);
    const lines: string[] = [];
    const width = Math.max(0, ...rows.map(r => r.severity.length));
    for (const r of rows) {
        const where = `${r.file}:${r.line}:${r.column}`;
        lines.push(`${colour ? paint('bold', where) : where}  ${paint(r.severity, r.severity.padEnd(width))}  ${paint('dim', r.code)}  ${r.message}`);
    }
    if (rows.length) lines.push('');
    lines.push(countSummary(lang, countBySeverity(rows), files));
    return lines.join('\n') + '\n';
}
