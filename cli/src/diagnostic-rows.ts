import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Severity } from '../../language/src/rules/rule-registry.js';
import type { CheckedFile } from './load-workspace.js';

/** One diagnostic as every output format sees it: 1-based lines and columns. */
export interface DiagnosticRow {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

const SEVERITY_NAME: Record<number, Severity> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
};

/** All diagnostics of the checked files, sorted by file, line and column. */
export function diagnosticRows(files: CheckedFile[]): DiagnosticRow[] {
    const rows: DiagnosticRow[] = [];
    for (const f of files) {
        for (const d of f.diagnostics) {
            rows.push({
                file: f.file,
                line: d.range.start.line + 1,
                column: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
                severity: SEVERITY_NAME[d.severity ?? DiagnosticSeverity.Error] ?? 'error',
                code: String(d.code ?? ''),
                message: typeof d.message === 'string' ? d.message : d.message.value,
            });
        }
    }
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    rows.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || a.endLine - b.endLine
        || a.endColumn - b.endColumn || cmp(a.code, b.code));
    return rows;
}

export function countBySeverity(rows: DiagnosticRow[]): Record<Severity, number> {
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const r of rows) counts[r.severity]++;
    return counts;
}
