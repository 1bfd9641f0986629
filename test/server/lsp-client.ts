import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../server/src/launch-flags.js';
import { stagedForNobody } from '../helpers/as-nobody.js';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
    CancellationToken, ClientCapabilities, Diagnostic, InitializeResult, LogMessageParams, PublishDiagnosticsParams, Registration, ShowMessageParams,
} from 'vscode-languageserver-protocol';

/**
 * A small LSP client for tests: spawns the bundled server (`out/server.cjs --stdio`)
 * with the project's own Node, records every `publishDiagnostics`, `showMessage`
 * and capability registration, answers `workspace/configuration` from `settings`,
 * and offers waits that resolve on what the server sends (never on timers alone).
 */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const SERVER_JS = join(PROJECT_ROOT, 'out', 'server.cjs');
export const NODE = existsSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'node')) ? join(PROJECT_ROOT, 'node_modules', '.bin', 'node') : process.execPath;

export interface StartOptions {
    /** Workspace folders (absolute paths); none by default. */
    folders?: string[];
    /** `initialize` locale (`nl`, `en-US` ...). */
    locale?: string;
    /** What `workspace/configuration` answers, by section (`{ leerplan: { language: 'nl' } }`). */
    settings?: Record<string, unknown>;
    /** Client capabilities; by default watched files and configuration are dynamic. */
    capabilities?: ClientCapabilities;
    /** Wait for the initial workspace build's diagnostics of these many files before returning. */
    expectFiles?: number;
    /** Run the server as this user (only as root: for files that root could read but a user cannot). */
    uid?: number;
    /** `initialize`'s `initializationOptions` (what our VS Code client sends, for example). */
    initializationOptions?: unknown;
}

/** A response: exactly one of result and error. */
export interface Answer<R = unknown> {
    result?: R;
    error?: { code: number; message: string };
}

export class LspSession {
    readonly published = new Map<string, PublishDiagnosticsParams>();
    readonly publishCount = new Map<string, number>();
    readonly messages: ShowMessageParams[] = [];
    /** `window/logMessage`s, in order. */
    readonly logs: LogMessageParams[] = [];
    readonly registrations: Registration[] = [];
    readonly stderr: string[] = [];
    private readonly events = new EventEmitter();
    exited: Promise<number | null>;
    initializeResult?: InitializeResult;
    /** What `workspace/configuration` answers for an item with this `scopeUri` (a workspace folder's own settings). */
    scopedSettings: Record<string, Record<string, unknown>> = {};

    constructor(readonly process: ChildProcessWithoutNullStreams, readonly connection: ProtocolConnection, private settings: Record<string, unknown>) {
        this.events.setMaxListeners(0);
        this.exited = new Promise(done => process.on('exit', code => done(code)));
        process.stderr.on('data', chunk => this.stderr.push(String(chunk)));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.published.set(params.uri, params);
            this.publishCount.set(params.uri, (this.publishCount.get(params.uri) ?? 0) + 1);
            this.events.emit('change');
        });
        connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
            this.messages.push(params);
            this.events.emit('change');
        });
        connection.onNotification('window/logMessage', (params: LogMessageParams) => {
            this.logs.push(params);
            this.events.emit('change');
        });
        connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
            this.registrations.push(...params.registrations);
            this.events.emit('change');
            return null;
        });
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string; scopeUri?: string }> }) =>
            params.items.map(item => {
                const settings = (item.scopeUri && this.scopedSettings[item.scopeUri]) || this.settings;
                return item.section ? settings[item.section] ?? null : settings;
            }));
        connection.onRequest('workspace/codeLens/refresh', () => null);
        connection.onRequest('workspace/semanticTokens/refresh', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
    }

    /** Resolves once `check()` holds after something arrived from the server (or at once if it holds now). */
    waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
        return new Promise((done, fail) => {
            const test = () => {
                const value = check();
                if (value !== undefined && value !== false) {
                    cleanup();
                    done(value as T);
                }
            };
            const timer = setTimeout(() => {
                cleanup();
                fail(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('').slice(-2000)}`));
            }, timeoutMs);
            const cleanup = () => {
                clearTimeout(timer);
                this.events.off('change', test);
            };
            this.events.on('change', test);
            test();
        });
    }

    /** The next diagnostics for `uri` that satisfy `accept` (by default: any new publish). */
    async diagnosticsOf(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]> {
        const seen = this.publishCount.get(uri) ?? 0;
        return this.waitFor(() => {
            const params = this.published.get(uri);
            if (!params) return undefined;
            if (accept) return accept(params.diagnostics) ? params.diagnostics : undefined;
            return (this.publishCount.get(uri) ?? 0) > seen ? params.diagnostics : undefined;
        }, `diagnostics of ${uri}`, timeoutMs);
    }

    /** Diagnostics published most recently for `uri` (undefined if none yet). */
    current(uri: string): Diagnostic[] | undefined {
        return this.published.get(uri)?.diagnostics;
    }

    updateSettings(settings: Record<string, unknown>): void {
        this.settings = settings;
        void this.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    }

    open(uri: string, text: string, version = 1): void {
        void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pop', version, text } });
    }

    change(uri: string, text: string, version: number): void {
        void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    close(uri: string): void {
        void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** `workspace/didChangeWatchedFiles`; type 1 created, 2 changed, 3 deleted. */
    filesChanged(changes: Array<{ uri: string; type: 1 | 2 | 3 }>): void {
        void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    /** The answer to a request as the wire carries it: a result, or a JSON-RPC error (its code and message). */
    async answer<R = unknown>(method: string, params: unknown, token?: CancellationToken): Promise<Answer<R>> {
        try {
            const result = await (token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params));
            return { result: result as R };
        } catch (error) {
            const e = error as { code?: unknown; message: string };
            if (typeof e.code !== 'number') throw error;
            return { error: { code: e.code, message: e.message } };
        }
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(done => setTimeout(done, 2000))]);
            void this.connection.sendNotification('exit');
        } catch {
            // already gone
        }
        const timer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
        await this.exited;
        clearTimeout(timer);
        this.connection.dispose();
    }
}

export function fileUri(path: string): string {
    return pathToFileURL(path).toString();
}

/** Spawns the bundled server over stdio with the Node flags VS Code starts it with, without initializing it (`startServer` does both). */
export function spawnServer(settings: Record<string, unknown> = {}, uid?: number): LspSession {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: bundle it first (node scripts/build.mjs)`);
    const asUser = uid !== undefined ? { uid, gid: uid } : {};
    const asNobody = uid !== undefined ? stagedForNobody(NODE, dirname(SERVER_JS)) : undefined;
    const [node, server, cwd] = asNobody ? [asNobody.node, join(asNobody.out, 'server.cjs'), asNobody.folder] : [NODE, SERVER_JS, PROJECT_ROOT];
    const child = spawn(node, [...SERVER_NODE_FLAGS, server, '--stdio'], { cwd, stdio: 'pipe', env: { ...process.env }, ...asUser });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(child, connection, settings);
    connection.listen();
    return session;
}

/**
 * The capabilities of the test client unless a test names its own, as VS Code declares
 * them: watched files and configuration are dynamic, documents of the server open.
 */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
    workspace: {
        configuration: true,
        textDocumentContent: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
    },
    textDocument: {
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
    },
};

/** The `initialize` parameters for `options`. */
export function initializeParams(options: StartOptions = {}): Record<string, unknown> {
    const folders = (options.folders ?? []).map(path => ({ uri: fileUri(path), name: path.split('/').pop() ?? 'ws' }));
    return {
        processId: process.pid,
        rootUri: folders[0]?.uri ?? null,
        workspaceFolders: folders.length ? folders : null,
        locale: options.locale,
        initializationOptions: options.initializationOptions,
        capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
    };
}

/** Spawns the server, initializes it and (optionally) waits for the workspace's first diagnostics. */
export async function startServer(options: StartOptions = {}): Promise<LspSession> {
    const session = spawnServer(options.settings ?? {}, options.uid);
    session.initializeResult = await session.connection.sendRequest('initialize', initializeParams(options)) as InitializeResult;
    await session.connection.sendNotification('initialized', {});
    if (options.expectFiles) {
        await session.waitFor(() => session.published.size >= options.expectFiles!, `${options.expectFiles} files diagnosed`);
    }
    return session;
}
