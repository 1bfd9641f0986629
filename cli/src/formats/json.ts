import type { DiagnosticRow } from '../diagnostic-rows.js';

/** The JSON contract of product.md: `{"version": 1, "files": N, "diagnostics": [...]}`. */
export function renderJson(rows: DiagnosticRow[], files: number): string {
    const diagnostics = rows.map(r => ({
        file: r.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn,
        severity: r.severity, code: r.code, message: r.message,
    }));
    return JSON.stringify({ version: 1, files, diagnostics }, null, 2) + '\n';
}
