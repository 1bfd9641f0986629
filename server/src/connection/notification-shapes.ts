/**
 * The shape each notification the server acts on must have. A notification that
 * does not fit (a `didOpen` without text, a change with a range of strings, a
 * watched-file event without a URI) would otherwise reach the document handling
 * half-formed and could break a later update; the protocol gate drops it instead.
 */
type Check = (params: Record<string, unknown>) => string | undefined;

const SHAPES: Record<string, Check> = {
    'textDocument/didOpen': params => {
        const doc = params.textDocument as Record<string, unknown> | undefined;
        if (!isObject(doc)) return 'no textDocument';
        if (!isUri(doc.uri)) return 'no document URI';
        if (typeof doc.text !== 'string') return 'no text';
        if (!isInteger(doc.version)) return 'no version';
        if (typeof doc.languageId !== 'string') return 'no languageId';
        return undefined;
    },
    'textDocument/didChange': params => {
        const doc = params.textDocument as Record<string, unknown> | undefined;
        if (!isObject(doc) || !isUri(doc.uri)) return 'no document URI';
        if (!isInteger(doc.version)) return 'no version';
        if (!Array.isArray(params.contentChanges)) return 'no contentChanges';
        for (const change of params.contentChanges) {
            if (!isObject(change) || typeof change.text !== 'string') return 'a change without text';
            if (change.range !== undefined && !isRange(change.range)) return 'a change with an invalid range';
        }
        return undefined;
    },
    'textDocument/didClose': params => (isObject(params.textDocument) && isUri(params.textDocument.uri) ? undefined : 'no document URI'),
    'textDocument/didSave': params => {
        if (!isObject(params.textDocument) || !isUri(params.textDocument.uri)) return 'no document URI';
        return params.text === undefined || typeof params.text === 'string' ? undefined : 'text that is not a string';
    },
    'workspace/didChangeWatchedFiles': params => {
        if (!Array.isArray(params.changes)) return 'no changes';
        for (const change of params.changes) {
            if (!isObject(change) || !isUri(change.uri)) return 'a change without a URI';
            if (change.type !== 1 && change.type !== 2 && change.type !== 3) return 'a change of unknown type';
        }
        return undefined;
    },
    'workspace/didChangeWorkspaceFolders': params => {
        const event = params.event as Record<string, unknown> | undefined;
        if (!isObject(event) || !Array.isArray(event.added) || !Array.isArray(event.removed)) return 'no added and removed folders';
        for (const folder of [...event.added, ...event.removed]) if (!isObject(folder) || !isUri(folder.uri)) return 'a folder without a URI';
        return undefined;
    },
    'workspace/didChangeConfiguration': () => undefined,
};

/** Why a notification cannot be used (undefined: it can, or the server has no opinion about its method). */
export function malformedNotification(method: string, params: unknown): string | undefined {
    const check = SHAPES[method];
    if (!check) return undefined;
    if (!isObject(params)) return 'no parameters';
    return check(params);
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInteger(value: unknown): boolean {
    return typeof value === 'number' && Number.isInteger(value);
}

/** A URI with a scheme (`file:`, `untitled:` ...), as the protocol's DocumentUri is. */
function isUri(value: unknown): boolean {
    return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value);
}

function isPosition(value: unknown): boolean {
    return isObject(value) && isInteger(value.line) && isInteger(value.character) && (value.line as number) >= 0 && (value.character as number) >= 0;
}

function isRange(value: unknown): boolean {
    return isObject(value) && isPosition(value.start) && isPosition(value.end);
}
