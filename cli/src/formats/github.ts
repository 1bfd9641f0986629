import type { Severity } from '../../../language/src/rules/rule-registry.js';
import type { DiagnosticRow } from '../diagnostic-rows.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: `::error file=...,line=...,col=...::message`. */
export function renderGithub(rows: DiagnosticRow[]): string {
    return rows.map(r => `::${COMMAND[r.severity]} file=${escapeProperty(r.file)},line=${r.line},col=${r.column},endLine=${r.endLine},endColumn=${r.endColumn},title=${escapeProperty(r.code)}::${escapeData(r.message)}`)
        .join('\n') + (rows.length ? '\n' : '');
}
