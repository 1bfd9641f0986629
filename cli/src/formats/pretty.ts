import type { Lang } from '../../../language/src/rules/rule-registry.js';
import { countSummary, SEVERITY_WORDS } from '../cli-messages.js';
import { countBySeverity, type DiagnosticRow } from '../diagnostic-rows.js';
import { painter, type Style } from '../colour.js';

const SEVERITY_STYLE: Record<DiagnosticRow['severity'], Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

/** `file:line:col  severity  code  message`, one per line, then a count; colours through `node:util`'s styleText. */
export function renderPretty(rows: DiagnosticRow[], files: number, lang: Lang, colour: boolean): string {
    const paint = painter(colour);
    const lines: string[] = [];
    const word = (r: DiagnosticRow) => SEVERITY_WORDS[r.severity][lang];
    const width = Math.max(0, ...rows.map(r => word(r).length));
    for (const r of rows) {
        const where = `${r.file}:${r.line}:${r.column}`;
        lines.push(`${paint('bold', where)}  ${paint(SEVERITY_STYLE[r.severity], word(r).padEnd(width))}  ${paint('dim', r.code)}  ${r.message}`);
    }
    if (rows.length) lines.push('');
    lines.push(countSummary(lang, countBySeverity(rows), files));
    return lines.join('\n') + '\n';
}
