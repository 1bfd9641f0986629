// A minimal LSP client over stdio for the benchmark: spawn, JSON-RPC framing,
// requests, notifications, and a wait for publishDiagnostics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The Node flags the server is measured with: those the VS Code extension starts it with
 * (server/src/launch-flags.ts; test/server/launch-flags.test.ts keeps the two equal).
 */
export const SERVER_NODE_FLAGS = ['--min-semi-space-size=4'];

export class LspSession {
    constructor(command, args, options = {}) {
        this.proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
        this.nextId = 1;
        this.pending = new Map();
        this.waiters = [];
        this.diagnostics = new Map();
        this.publishCount = new Map();
        this.buffer = Buffer.alloc(0);
        this.stderr = '';
        this.proc.stderr.on('data', d => { this.stderr = (this.stderr + d).slice(-4000); });
        this.proc.stdout.on('data', chunk => this.onData(chunk));
        this.exited = new Promise(resolve => this.proc.on('exit', (code, signal) => {
            this.gone = `the server exited (${signal ?? `code ${code}`})`;
            // Nothing more will answer: fail what waits instead of waiting forever.
            for (const p of this.pending.values()) p.reject(new Error(`${this.gone} before answering ${p.method}\n${this.stderr}`));
            this.pending.clear();
            resolve(code);
        }));
        // A write after the server died must not crash the benchmark: the request fails instead.
        this.proc.stdin.on('error', () => {});
    }

    onData(chunk) {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const body = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.onMessage(body);
        }
    }

    onMessage(msg) {
        if (msg.id !== undefined && msg.method === undefined) {
            const p = this.pending.get(msg.id);
            this.pending.delete(msg.id);
            if (p) msg.error ? p.reject(new Error(msg.error.message)) : p.resolve(msg.result);
            return;
        }
        if (msg.method === 'textDocument/publishDiagnostics') {
            this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
            this.publishCount.set(msg.params.uri, (this.publishCount.get(msg.params.uri) ?? 0) + 1);
            this.waiters = this.waiters.filter(w => !w(msg.params));
        }
        if (msg.id !== undefined && msg.method !== undefined) {
            // Server-to-client requests: answer with nothing useful but quickly.
            const result = msg.method === 'workspace/configuration' ? (msg.params.items ?? []).map(() => null) : null;
            this.send({ jsonrpc: '2.0', id: msg.id, result });
        }
    }

    send(msg) {
        const body = Buffer.from(JSON.stringify(msg), 'utf8');
        this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.proc.stdin.write(body);
    }

    /** A request; it fails when the server exits before answering or does not answer within `timeoutMs`. */
    request(method, params, timeoutMs = 120000) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            if (this.gone) return reject(new Error(`${this.gone}: cannot send ${method}\n${this.stderr}`));
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(`no answer to ${method} within ${timeoutMs} ms\n${this.stderr}`));
            }, timeoutMs);
            const done = f => value => { clearTimeout(timer); f(value); };
            this.pending.set(id, { method, resolve: done(resolve), reject: done(reject) });
            this.send({ jsonrpc: '2.0', id, method, params });
        });
    }

    notify(method, params) {
        this.send({ jsonrpc: '2.0', method, params });
    }

    /** Resolves with the next publishDiagnostics for which `predicate` holds. */
    waitForPublish(predicate, timeoutMs = 30000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timeout waiting for diagnostics\n${this.stderr}`)), timeoutMs);
            this.waiters.push(params => {
                if (!predicate(params)) return false;
                clearTimeout(timer);
                resolve(params);
                return true;
            });
        });
    }

    async initialize(rootPath) {
        const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
        await this.request('initialize', {
            processId: process.pid, rootUri, locale: 'en',
            workspaceFolders: rootPath ? [{ uri: rootUri, name: 'ws' }] : null,
            capabilities: { textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } } }, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
        });
        this.notify('initialized', {});
    }

    open(path, version = 1) {
        const uri = pathToFileURL(path).href;
        this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'pop', version, text: readFileSync(path, 'utf8') } });
        return uri;
    }

    /** VmHWM of the server process in MiB (Linux), read before shutdown. */
    peakRssMiB() {
        try {
            const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
            return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
        } catch {
            return NaN;
        }
    }

    async close() {
        try {
            await Promise.race([this.request('shutdown', null), new Promise(r => setTimeout(r, 2000))]);
            this.notify('exit', null);
        } catch { /* already gone */ }
        const timer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
        await this.exited;
        clearTimeout(timer);
    }
}
