import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, NODE, PROJECT_ROOT } from './lsp-client.js';

/**
 * What `leerplan check --format json` says about a folder, in a form that compares
 * with the diagnostics the server publishes: one string per diagnostic (code,
 * severity, 1-based range, message), sorted, by file URI.
 */
export const CLI_JS = join(PROJECT_ROOT, 'out', 'cli.cjs');

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

interface CliRow { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }

export function findingOf(row: Omit<CliRow, 'file'>): string {
    return `${row.code} ${row.severity} ${row.line}:${row.column}-${row.endLine}:${row.endColumn} ${row.message}`;
}

/** The server's diagnostics of one document in the CLI's form. */
export function serverFindings(diagnostics: Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(d => findingOf({
        code: String(d.code), severity: SEVERITY[d.severity ?? 1], message: messageText(d),
        line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
    })).sort();
}

/** `leerplan check --format json .` in `root` (the bundled CLI): findings by file URI, and the number of files checked. */
export function cliFindings(root: string, env: NodeJS.ProcessEnv = {}): { files: number; byUri: Map<string, string[]> } {
    const run = spawnSync(NODE, [CLI_JS, 'check', '--format', 'json', '.'], {
        cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C', ...env }, timeout: 60_000, maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    if (![0, 1].includes(run.status ?? -1)) throw new Error(`leerplan check exited with ${run.status}: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as { files: number; diagnostics: CliRow[] };
    const byUri = new Map<string, string[]>();
    for (const row of report.diagnostics) {
        const uri = fileUri(join(root, row.file));
        if (!byUri.has(uri)) byUri.set(uri, []);
        byUri.get(uri)!.push(findingOf(row));
    }
    for (const list of byUri.values()) list.sort();
    return { files: report.files, byUri };
}

/** A diagnostic's message as text (the protocol allows markup; the server sends text). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
