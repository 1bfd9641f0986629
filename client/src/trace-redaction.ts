/**
 * The protocol trace (`leerplan.trace.server`) writes every message between VS Code and
 * the server into the "Leerplan" output channel, whose log file stays on disk. Private
 * text (reflections marked private, `*.private.pop` files) never reaches a log, so a
 * message's data is shown with everything that can carry plan text replaced by its
 * length: document text (`didOpen`, `didChange`), edits (`newText`, snippets), the
 * summary model of the preview. Method names, URIs, positions, ranges, diagnostic codes
 * and timings stay: what a trace is read for.
 *
 * Plain functions, no `vscode`: the privacy tests run them over a real server's trace.
 */

/** Keys whose string or object values may hold plan text. */
const REDACTED_KEYS = new Set(['text', 'newText', 'insertText', 'model', 'html', 'markdown']);

/** The headers vscode-jsonrpc puts before a message's JSON data in a text trace. */
const DATA_HEADER = /^(Params|Result|Error data): /;

/**
 * A trace line as vscode-languageclient hands it to the trace channel: the message, then
 * on the following lines (verbose trace) `Params: {json}` or `Result: {json}`. The JSON
 * is parsed and redacted; data that does not parse is left out rather than shown.
 */
export function redactTrace(message: string): string {
    const newline = message.indexOf('\n');
    if (newline < 0) return message;
    const head = message.slice(0, newline);
    const data = message.slice(newline + 1);
    const header = DATA_HEADER.exec(data);
    if (!header) return data.trim() === 'No parameters provided.' || data.trim() === 'No result returned.' ? message : `${head}\n[data not shown]`;
    try {
        const value: unknown = JSON.parse(data.slice(header[0].length));
        return `${head}\n${header[0]}${JSON.stringify(redactValue(value), null, 4)}`;
    } catch {
        return `${head}\n${header[1]}: [not shown]`;
    }
}

/** A copy of `value` with every plan-text field replaced by `<N characters>`. */
export function redactValue(value: unknown, key?: string): unknown {
    if (key !== undefined && REDACTED_KEYS.has(key) && value !== null && value !== undefined) return placeholder(value);
    if (Array.isArray(value)) return value.map(item => redactValue(item));
    if (value !== null && typeof value === 'object') {
        const copy: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) copy[k] = redactValue(v, k);
        return copy;
    }
    return value;
}

function placeholder(value: unknown): string {
    const length = typeof value === 'string' ? value.length : JSON.stringify(value)?.length ?? 0;
    return `<${length} characters not shown>`;
}
