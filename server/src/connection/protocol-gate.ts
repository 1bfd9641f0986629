import {
    Emitter, ErrorCodes, LSPErrorCodes, Message, type DataCallback, type Disposable, type MessageReader, type MessageWriter,
    type NotificationMessage, type PartialMessageInfo, type RequestMessage, type ResponseMessage,
} from 'vscode-languageserver-protocol';
import { BUILTIN_URI } from '../../../language/src/frameworks/builtin-document.js';
import { malformedNotification } from './notification-shapes.js';
import { withoutUnopenable } from './openable-locations.js';

const BUILTIN_SCHEME = BUILTIN_URI.slice(0, BUILTIN_URI.indexOf(':') + 1);

/** Where the conversation between client and server stands (LSP "lifecycle messages"). */
export type GateState = 'waiting' | 'running' | 'shutdown';

type RequestId = number | string;

/**
 * Requests whose answer is about positions in one document as the client had it
 * when asking. If the document changes before the answer is sent, the answer would
 * point into text that no longer exists: the client gets `ContentModified` instead
 * and asks again. Completion is not among them: the editor filters and places its
 * items against the text as it is now, so an answer to a request the user has typed
 * past still serves, where `ContentModified` made VS Code show "No suggestions" (it
 * does not ask again).
 */
const DOCUMENT_REQUESTS = new Set([
    'textDocument/hover', 'textDocument/definition', 'textDocument/declaration',
    'textDocument/typeDefinition', 'textDocument/implementation', 'textDocument/references',
    'textDocument/documentHighlight', 'textDocument/documentSymbol', 'textDocument/codeAction',
    'textDocument/codeLens', 'textDocument/foldingRange', 'textDocument/selectionRange',
    'textDocument/formatting', 'textDocument/rangeFormatting', 'textDocument/onTypeFormatting',
    'textDocument/rename', 'textDocument/prepareRename', 'textDocument/signatureHelp',
    'textDocument/semanticTokens/full', 'textDocument/semanticTokens/full/delta', 'textDocument/semanticTokens/range',
    'textDocument/inlayHint', 'textDocument/documentLink', 'textDocument/linkedEditingRange',
]);

/** Notifications that change the text of a document the client has open. */
const DOCUMENT_CONTENT = new Set(['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose']);

interface Pending {
    method: string;
    /** The document the request is about (for `DOCUMENT_REQUESTS`) and how often its text had changed when it arrived. */
    uri?: string;
    edition?: number;
    cancelled?: boolean;
}

/**
 * The protocol's rules about when a message may come, kept at the level of JSON-RPC
 * messages, in front of everything else the server does:
 *
 * - before `initialize`, a request is answered with `ServerNotInitialized` and a
 *   notification is dropped (except `exit`); a second `initialize` is refused
 *   (`InvalidRequest`);
 * - after `shutdown`, a request is answered with `InvalidRequest` and a notification
 *   is dropped (except `exit`);
 * - a request the client cancelled is answered with `RequestCancelled`, whether or
 *   not its handler noticed the cancellation in time;
 * - a request about positions in a document that changed while it was answered
 *   gets `ContentModified`;
 * - a notification the server cannot use (a `didOpen` without text, a watched-file
 *   event without a URI ...) never reaches the handlers; it is logged once per kind;
 * - a location the client cannot open (the built-in library, for a client without
 *   `workspace/textDocumentContent`) is left out of results and diagnostics
 *   (`openable-locations.ts`).
 *
 * `reader` and `writer` wrap the transport's; the language server's connection is
 * created on them.
 */
export class ProtocolGate {
    private current: GateState = 'waiting';
    private readonly pending = new Map<RequestId, Pending>();
    /** How often each open document's text changed (didOpen, didChange, didClose), by URI as the client writes it. */
    private readonly editions = new Map<string, number>();
    private readonly loggedProblems = new Set<string>();
    private log: (message: string) => void = () => undefined;
    /** Whether the client opens documents through the server (`workspace/textDocumentContent`), the built-in library among them. */
    private opensServerDocuments = false;
    readonly reader: MessageReader;
    readonly writer: MessageWriter;

    constructor(innerReader: MessageReader, private readonly innerWriter: MessageWriter) {
        this.reader = new GatedReader(innerReader, (message, forward) => this.incoming(message, forward));
        this.writer = new GatedWriter(innerWriter, message => this.outgoing(message));
    }

    get state(): GateState {
        return this.current;
    }

    /** Where problems with the client's messages are reported (the connection's log, once it exists). */
    setLogger(log: (message: string) => void): void {
        this.log = log;
    }

    private incoming(message: Message, forward: DataCallback): void {
        if (Message.isRequest(message)) return this.request(message, forward);
        if (Message.isNotification(message)) return this.notification(message, forward);
        forward(message);
    }

    private request(message: RequestMessage, forward: DataCallback): void {
        if (message.method === 'initialize') {
            if (this.current !== 'waiting') return this.refuse(message, ErrorCodes.InvalidRequest, 'The server is already initialized: initialize may be sent only once.');
            this.current = 'running';
            const capabilities = (message.params as { capabilities?: { workspace?: { textDocumentContent?: unknown } } } | undefined)?.capabilities;
            this.opensServerDocuments = Boolean(capabilities?.workspace?.textDocumentContent);
        } else if (this.current === 'waiting') {
            return this.refuse(message, ErrorCodes.ServerNotInitialized, 'The server is not initialized yet: send initialize first.');
        } else if (this.current === 'shutdown') {
            return this.refuse(message, ErrorCodes.InvalidRequest, 'The server is shutting down: only the exit notification is accepted.');
        } else if (message.method === 'shutdown') {
            this.current = 'shutdown';
        }
        const entry: Pending = { method: message.method };
        if (DOCUMENT_REQUESTS.has(message.method)) {
            const uri = documentUriOf(message.params);
            if (uri !== undefined) {
                entry.uri = uri;
                entry.edition = this.editions.get(uri) ?? 0;
            }
        }
        this.pending.set(message.id!, entry);
        forward(message);
    }

    private notification(message: NotificationMessage, forward: DataCallback): void {
        if (message.method === 'exit') return forward(message);
        if (this.current !== 'running') return;
        if (message.method === '$/cancelRequest') {
            const id = (message.params as { id?: unknown } | undefined)?.id;
            const entry = typeof id === 'number' || typeof id === 'string' ? this.pending.get(id) : undefined;
            if (entry) entry.cancelled = true;
            return forward(message);
        }
        const problem = malformedNotification(message.method, message.params);
        if (problem) {
            const key = `${message.method}: ${problem}`;
            if (!this.loggedProblems.has(key)) {
                this.loggedProblems.add(key);
                this.log(`Leerplan ignored a ${message.method} notification it cannot use (${problem}); further ones like it are ignored without a message.`);
            }
            return;
        }
        if (DOCUMENT_CONTENT.has(message.method)) {
            const uri = documentUriOf(message.params)!;
            if (message.method === 'textDocument/didClose') this.editions.delete(uri);
            else this.editions.set(uri, (this.editions.get(uri) ?? 0) + 1);
            // A closed and reopened document must still count as changed for requests sent before.
            if (message.method === 'textDocument/didClose') this.markChanged(uri);
        }
        forward(message);
    }

    /** Requests in flight about `uri` answer `ContentModified` (the document closed under them). */
    private markChanged(uri: string): void {
        for (const entry of this.pending.values()) if (entry.uri === uri) entry.edition = -1;
    }

    private outgoing(message: Message): Message {
        if (Message.isNotification(message)) {
            if (this.opensServerDocuments || message.params === undefined) return message;
            return { ...message, params: withoutUnopenable(message.method, message.params, this.hidden) } as NotificationMessage;
        }
        if (!Message.isResponse(message) || message.id === null) return message;
        const entry = this.pending.get(message.id);
        if (!entry) return message;
        this.pending.delete(message.id);
        if (entry.cancelled && message.error?.code !== LSPErrorCodes.RequestCancelled) {
            return errorResponse(message.id, LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
        }
        if (message.error) return message;
        if (entry.uri !== undefined && (this.editions.get(entry.uri) ?? 0) !== entry.edition) {
            return errorResponse(message.id, LSPErrorCodes.ContentModified, 'The document changed while the request was answered.');
        }
        if (this.opensServerDocuments) return message;
        return { ...message, result: withoutUnopenable(entry.method, message.result, this.hidden) } as ResponseMessage;
    }

    /** A URI the client cannot open: a document that only the server has. */
    private readonly hidden = (uri: string): boolean => uri.startsWith(BUILTIN_SCHEME);

    private refuse(message: RequestMessage, code: number, text: string): void {
        if (message.id === null) return;
        void this.innerWriter.write(errorResponse(message.id, code, text)).catch(() => undefined);
    }
}

function errorResponse(id: RequestId, code: number, message: string): ResponseMessage {
    return { jsonrpc: '2.0', id, error: { code, message } };
}

function documentUriOf(params: unknown): string | undefined {
    const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    return typeof uri === 'string' ? uri : undefined;
}

/** The transport's reader, with every incoming message passed through the gate first. */
class GatedReader implements MessageReader {
    constructor(private readonly inner: MessageReader, private readonly gate: (message: Message, forward: DataCallback) => void) {}

    get onError() {
        return this.inner.onError;
    }

    get onClose() {
        return this.inner.onClose;
    }

    get onPartialMessage() {
        return this.inner.onPartialMessage as Emitter<PartialMessageInfo>['event'];
    }

    listen(callback: DataCallback): Disposable {
        return this.inner.listen(message => this.gate(message, callback));
    }

    dispose(): void {
        this.inner.dispose();
    }
}

/** The transport's writer, with every outgoing response passed through the gate first. */
class GatedWriter implements MessageWriter {
    constructor(private readonly inner: MessageWriter, private readonly gate: (message: Message) => Message) {}

    get onError() {
        return this.inner.onError;
    }

    get onClose() {
        return this.inner.onClose;
    }

    write(message: Message): Promise<void> {
        return this.inner.write(this.gate(message));
    }

    end(): void {
        this.inner.end();
    }

    dispose(): void {
        this.inner.dispose();
    }
}
