/**
 * Locations the client cannot open are left out of what the server sends. The
 * built-in framework library lives at `leerplan-builtin:/frameworks.pop`; a client
 * that supports `workspace/textDocumentContent` (VS Code) opens it through the
 * server, any other client would open an empty buffer ("Cursor position outside
 * buffer"). For those clients a definition, reference, symbol or related location
 * there is dropped: go to definition on a built-in dimension finds nothing, while
 * hover still describes it.
 */
type Hidden = (uri: string) => boolean;
type Loose = Record<string, unknown>;

const LOCATION_RESULTS = new Set(['textDocument/definition', 'textDocument/declaration', 'textDocument/typeDefinition', 'textDocument/implementation', 'textDocument/references']);

/** `value` (the result of `method`, or the parameters of a notification) without locations the client cannot open. */
export function withoutUnopenable(method: string, value: unknown, hidden: Hidden): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (LOCATION_RESULTS.has(method)) {
        if (Array.isArray(value)) return value.filter(location => !hidden(targetOf(location)));
        return hidden(targetOf(value)) ? null : value;
    }
    if (method === 'workspace/symbol' && Array.isArray(value)) {
        return value.filter(symbol => !hidden(String((symbol as { location?: { uri?: unknown } }).location?.uri ?? '')));
    }
    if (method === 'textDocument/publishDiagnostics' || method === 'textDocument/diagnostic') {
        return withRelated(value as Loose, hidden);
    }
    if (method === 'workspace/diagnostic') {
        const report = value as { items?: Loose[] };
        if (!Array.isArray(report.items)) return value;
        return { ...report, items: report.items.filter(item => !hidden(String(item.uri))).map(item => withRelated(item, hidden)) };
    }
    if (method === 'textDocument/rename' || method === 'workspace/willRenameFiles') return withoutEdits(value as Loose, hidden);
    return value;
}

function targetOf(location: unknown): string {
    const l = location as { uri?: unknown; targetUri?: unknown } | null;
    return String(l?.targetUri ?? l?.uri ?? '');
}

/** A diagnostics report (published or pulled) without related information the client cannot open. */
function withRelated(report: Loose, hidden: Hidden): Loose {
    const list = (report.diagnostics ?? report.items) as Loose[] | undefined;
    if (!Array.isArray(list) || !list.some(d => Array.isArray(d.relatedInformation))) return report;
    const cleaned = list.map(d => {
        if (!Array.isArray(d.relatedInformation)) return d;
        return { ...d, relatedInformation: (d.relatedInformation as Loose[]).filter(r => !hidden(targetOf(r.location))) };
    });
    return report.diagnostics ? { ...report, diagnostics: cleaned } : { ...report, items: cleaned };
}

function withoutEdits(edit: Loose, hidden: Hidden): Loose {
    const result: Loose = { ...edit };
    if (edit.changes && typeof edit.changes === 'object') {
        result.changes = Object.fromEntries(Object.entries(edit.changes as Loose).filter(([uri]) => !hidden(uri)));
    }
    if (Array.isArray(edit.documentChanges)) {
        result.documentChanges = (edit.documentChanges as Loose[]).filter(change => !hidden(String((change.textDocument as Loose | undefined)?.uri ?? change.uri ?? '')));
    }
    return result;
}
