import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { cliFindings, serverFindings } from '../server/cli-oracle.js';
import { fileUri, startServer, type LspSession } from '../server/lsp-client.js';
import { KEYWORDS, mutate, mutationsArb, seedWorkspaces, tokenStreamArb, type Files } from './mutations.js';
import fc from 'fast-check';

/**
 * A differential oracle for the language server: random but legal editor sessions
 * against the bundled server over stdio (incremental edits anywhere, multi-byte text,
 * CRLF, NUL and large pastes; opening and closing; files created, changed and deleted
 * on disk with their watch events; every kind of request at random positions, some
 * cancelled at once), and after each quiet period the diagnostics the server published
 * for every file compared with `leerplan check --format json` on the same state (the
 * editor's unsaved texts are written to disk first, as a save would).
 *
 * Counted: operations, crashes (the server process ended), hangs (a request without an
 * answer after 10 s), mismatches (a file whose published diagnostics differ from the
 * CLI's 10 s after the last publish) and internal errors (an `InternalError` answer).
 */
export interface FuzzOptions {
    seed: number;
    /** Operations to run in all (each edit, open, close, disk change, request counts one). */
    operations: number;
    /** Stop after this long even if operations remain. */
    deadlineMs: number;
    /** Operations per server session (a new process and workspace each). */
    sessionLength?: number;
    /** Called after each quiet period. */
    progress?: (stats: FuzzStats) => void;
}

export interface FuzzStats {
    operations: number;
    sessions: number;
    quietPeriods: number;
    requests: number;
    cancelled: number;
    crashes: number;
    hangs: number;
    mismatches: number;
    internalErrors: number;
    /** The first problems in detail, with the operations that led to them. */
    problems: string[];
    elapsedMs: number;
}

const HANG_MS = 10_000;
const SETTLE_MS = 10_000;
const MAX_PROBLEMS = 5;

/** A small deterministic generator (mulberry32), so a seed gives the same sequence of operations. */
class Random {
    constructor(private state: number) {}

    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) | 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    int(max: number): number {
        return Math.floor(this.next() * max);
    }

    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)];
    }

    chance(p: number): boolean {
        return this.next() < p;
    }

    /** One of `choices` by weight. */
    weighted<T extends string>(choices: Record<T, number>): T {
        const entries = Object.entries(choices) as Array<[T, number]>;
        let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
        for (const [key, weight] of entries) if ((roll -= weight) < 0) return key;
        return entries[entries.length - 1][0];
    }
}

/** What an editor may insert: words of the language, punctuation, line breaks of every kind, multi-byte text, NUL. */
const INSERTS = [
    ...KEYWORDS, '{', '}', ',', '..', '.', '"', '\\"', '//', '/*', '*/', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n    ', '\n\n',
    'anna', 'mark', 'piet', 'noor', 'anna-2026', 'wound-care', 'quality', 'senge.SharedVision', 'zoë', 'ß', '日本語', '😀', 'אבג',
    '\u0000', '\u00A0', '\u200B', '\u2028', '\uFEFF', '2026-06-15', '2026-02-30', '"a title"', '"zoë 😀 日本"', 'x', '-', '_',
];

const REQUESTS = [
    'textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight',
    'textDocument/prepareRename', 'textDocument/rename', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/semanticTokens/full',
    'textDocument/codeLens', 'textDocument/formatting', 'textDocument/codeAction', 'workspace/symbol', 'leerplan/summary', 'leerplan/planHealth',
] as const;

interface OpenDocument {
    rel: string;
    document: TextDocument;
}

/** One server session over one temporary workspace. */
class Session {
    readonly root = mkdtempSync(join(tmpdir(), 'leerplan-lsp-fuzz-'));
    readonly disk = new Map<string, string>();
    readonly open = new Map<string, OpenDocument>();
    readonly history: string[] = [];
    private readonly outstanding = new Set<Promise<void>>();
    server!: LspSession;
    crashed = false;
    private stopping = false;

    constructor(private readonly random: Random, private readonly stats: FuzzStats, private readonly seeds: Files[], private readonly texts: string[]) {}

    uri(rel: string): string {
        return fileUri(join(this.root, rel));
    }

    write(rel: string, text: string): void {
        mkdirSync(dirname(join(this.root, rel)), { recursive: true });
        writeFileSync(join(this.root, rel), text);
        this.disk.set(rel, text);
    }

    async start(): Promise<void> {
        this.write('leerplan.json', JSON.stringify({ today: '2026-06-01', language: 'en' }));
        const seed = this.random.pick(this.seeds);
        for (const [rel, text] of Object.entries(seed)) this.write(rel, text);
        this.server = await startServer({ folders: [this.root], settings: { leerplan: { language: 'en' } } });
        void this.server.exited.then(() => {
            if (!this.stopping) this.crashed = true;
        });
    }

    async stop(): Promise<void> {
        this.stopping = true;
        await Promise.race([Promise.allSettled([...this.outstanding]), new Promise(done => setTimeout(done, HANG_MS))]);
        await this.server.stop();
        rmSync(this.root, { recursive: true, force: true });
    }

    private note(problem: string): void {
        if (this.stats.problems.length < MAX_PROBLEMS) this.stats.problems.push(`${problem}\n  after: ${this.history.slice(-25).join('\n         ')}`);
    }

    private log(operation: string): void {
        this.history.push(operation);
        if (this.history.length > 200) this.history.shift();
    }

    private closedFiles(): string[] {
        return [...this.disk.keys()].filter(rel => rel.endsWith('.pop') && !this.open.has(this.uri(rel)));
    }

    /** One random operation. */
    async step(): Promise<void> {
        const r = this.random;
        const op = r.weighted({ edit: 30, replace: 2, open: 6, close: 4, save: 3, diskChange: 4, diskCreate: 2, diskDelete: 2, request: 30, config: 0.3 });
        switch (op) {
            case 'edit': return this.edit();
            case 'replace': return this.replace();
            case 'open': return this.openFile();
            case 'close': return this.closeFile();
            case 'save': return this.save();
            case 'diskChange': return this.diskChange();
            case 'diskCreate': return this.diskCreate();
            case 'diskDelete': return this.diskDelete();
            case 'request': return this.request();
            case 'config': return this.config();
        }
    }

    private anyOpen(): OpenDocument | undefined {
        const docs = [...this.open.values()];
        return docs.length ? this.random.pick(docs) : undefined;
    }

    private openFile(rel = this.random.pick(this.closedFiles().length ? this.closedFiles() : ['organisation.pop'])): void {
        const text = this.disk.get(rel);
        if (text === undefined || this.open.has(this.uri(rel))) return;
        const uri = this.uri(rel);
        this.open.set(uri, { rel, document: TextDocument.create(uri, 'pop', 1, text) });
        this.server.open(uri, text, 1);
        this.log(`open ${rel}`);
    }

    private closeFile(): void {
        const doc = this.anyOpen();
        if (!doc) return;
        this.open.delete(doc.document.uri);
        this.server.close(doc.document.uri);
        this.log(`close ${doc.rel}`);
    }

    /** An offset that does not split a surrogate pair (an editor never sends half a character). */
    private offsetIn(text: string, offset: number): number {
        const at = Math.max(0, Math.min(text.length, offset));
        const before = text.charCodeAt(at - 1);
        return at > 0 && before >= 0xd800 && before <= 0xdbff ? at - 1 : at;
    }

    private insertion(): string {
        const r = this.random;
        if (r.chance(0.02)) return r.pick(this.texts);
        if (r.chance(0.1)) return fc.sample(tokenStreamArb, { numRuns: 1, seed: r.int(2 ** 31) })[0].replace(/[\uD800-\uDFFF]/g, '');
        let text = '';
        for (let n = 1 + r.int(3); n > 0; n--) text += r.pick(INSERTS) + (r.chance(0.5) ? ' ' : '');
        return text;
    }

    private edit(): void {
        const doc = this.anyOpen();
        if (!doc) return this.openFile();
        const r = this.random;
        const changes: TextDocumentContentChangeEvent[] = [];
        let current = doc.document;
        for (let n = r.chance(0.2) ? 2 + r.int(2) : 1; n > 0; n--) {
            const text = current.getText();
            const start = this.offsetIn(text, r.int(text.length + 1));
            const length = r.chance(0.6) ? 0 : r.chance(0.9) ? r.int(12) : r.int(400);
            const end = this.offsetIn(text, start + length);
            const change = { range: { start: current.positionAt(start), end: current.positionAt(end) }, text: r.chance(0.15) ? '' : this.insertion() };
            changes.push(change);
            current = TextDocument.update(TextDocument.create(current.uri, 'pop', current.version, text), [change], current.version);
        }
        const version = doc.document.version + 1;
        doc.document = TextDocument.update(doc.document, changes, version);
        void this.server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.document.uri, version }, contentChanges: changes });
        this.log(`edit ${doc.rel} v${version}: ${JSON.stringify(changes).slice(0, 160)}`);
    }

    private replace(): void {
        const doc = this.anyOpen();
        if (!doc) return this.openFile();
        const mutations = fc.sample(mutationsArb, { numRuns: 1, seed: this.random.int(2 ** 31) })[0];
        const text = (this.random.chance(0.5) ? this.random.pick(this.texts) : mutate(doc.document.getText(), mutations)).replace(/[\uD800-\uDFFF]/g, '');
        const version = doc.document.version + 1;
        doc.document = TextDocument.create(doc.document.uri, 'pop', version, text);
        this.server.change(doc.document.uri, text, version);
        this.log(`replace ${doc.rel} v${version}`);
    }

    private save(): void {
        const doc = this.anyOpen();
        if (!doc) return;
        this.write(doc.rel, doc.document.getText());
        this.server.filesChanged([{ uri: doc.document.uri, type: 2 }]);
        this.log(`save ${doc.rel}`);
    }

    private diskChange(): void {
        const closed = this.closedFiles();
        if (!closed.length) return;
        const rel = this.random.pick(closed);
        const text = this.random.chance(0.3) ? this.random.pick(this.texts) : this.disk.get(rel)! + this.insertion();
        this.write(rel, text);
        this.server.filesChanged([{ uri: this.uri(rel), type: 2 }]);
        this.log(`disk change ${rel}`);
    }

    private diskCreate(): void {
        const rel = this.random.pick(['new.pop', 'more/new-plan.pop', 'more/deep/x.pop', 'new.private.pop', `n${this.random.int(20)}.pop`]);
        if (this.disk.has(rel)) return;
        this.write(rel, this.random.pick(this.texts));
        this.server.filesChanged([{ uri: this.uri(rel), type: 1 }]);
        this.log(`disk create ${rel}`);
    }

    private diskDelete(): void {
        const files = [...this.disk.keys()].filter(rel => rel.endsWith('.pop'));
        if (files.length <= 1) return;
        const rel = this.random.pick(files);
        rmSync(join(this.root, rel), { force: true });
        this.disk.delete(rel);
        this.server.filesChanged([{ uri: this.uri(rel), type: 3 }]);
        this.log(`disk delete ${rel}${this.open.has(this.uri(rel)) ? ' (open)' : ''}`);
    }

    private config(): void {
        const severity = this.random.pick(['error', 'warning', 'info', 'hint', 'off']);
        const code = this.random.pick(['goal-without-vision', 'goal-without-feedback', 'link-error', 'no-review', 'plan-without-coach']);
        this.write('leerplan.json', JSON.stringify({ today: '2026-06-01', language: 'en', rules: { [code]: severity } }));
        this.server.filesChanged([{ uri: this.uri('leerplan.json'), type: 2 }]);
        this.log(`config ${code}: ${severity}`);
    }

    private request(): void {
        const r = this.random;
        const method = r.pick(REQUESTS);
        const doc = this.anyOpen();
        const uri = doc && r.chance(0.8) ? doc.document.uri : r.chance(0.9) ? this.uri(r.pick([...this.disk.keys()].filter(f => f.endsWith('.pop')))) : this.uri('unknown.pop');
        const lines = doc?.document.lineCount ?? 40;
        const position = { line: r.chance(0.05) ? lines + 5 : r.int(lines), character: r.int(r.chance(0.1) ? 500 : 40) };
        const params = {
            textDocument: { uri }, position, query: r.pick(['', 'a', 'mark', 'senge.', 'x']), newName: r.pick(['renamed', 'anna', 'x-1', '1bad']),
            context: { includeDeclaration: true, diagnostics: [] }, range: { start: position, end: position },
            options: { tabSize: 4, insertSpaces: true }, audience: r.pick(['owner', 'export']), scope: r.pick(['document', 'workspace']),
        };
        const source = new CancellationTokenSource();
        const cancel = r.chance(0.2);
        this.stats.requests++;
        this.log(`request ${method} ${uri.split('/').pop()} ${position.line}:${position.character}${cancel ? ' (cancelled)' : ''}`);
        const answer = this.server.answer(method, params, source.token);
        if (cancel) {
            source.cancel();
            this.stats.cancelled++;
        }
        const tracked = this.track(method, answer, this.history.slice(-25));
        this.outstanding.add(tracked);
        void tracked.finally(() => this.outstanding.delete(tracked));
    }

    private async track(method: string, answer: Promise<{ error?: { code: number; message: string } }>, before: string[]): Promise<void> {
        let timer: NodeJS.Timeout | undefined;
        const hung = new Promise<'hang'>(done => (timer = setTimeout(() => done('hang'), HANG_MS)));
        const outcome = await Promise.race([answer.catch(error => ({ error: { code: -1, message: String(error) } })), hung]);
        clearTimeout(timer);
        if (outcome === 'hang') {
            if (this.crashed) return;
            this.stats.hangs++;
            this.note(`hang: ${method} unanswered after ${HANG_MS / 1000} s; sent after:\n         ${before.join('\n         ')}`);
        } else if (outcome.error?.code === -32603) {
            this.stats.internalErrors++;
            this.note(`internal error: ${method}: ${outcome.error.message}`);
        }
    }

    /**
     * A quiet period: the editor's texts are saved (an editor would write exactly that text; a
     * leading U+FEFF, which a file cannot keep, is typed away first), every request is answered,
     * and then the published diagnostics of every file must become what `leerplan check` says.
     */
    async quiet(): Promise<boolean> {
        for (const doc of this.open.values()) {
            const text = doc.document.getText();
            if (text.startsWith('\uFEFF')) {
                const version = doc.document.version + 1;
                const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' };
                doc.document = TextDocument.update(doc.document, [change], version);
                void this.server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.document.uri, version }, contentChanges: [change] });
            }
            this.write(doc.rel, doc.document.getText());
        }
        await Promise.allSettled([...this.outstanding]);
        if (this.crashed) return false;
        this.stats.quietPeriods++;
        const expected = cliFindings(this.root).byUri;
        const uris = new Set([...expected.keys(), ...[...this.disk.keys()].filter(rel => rel.endsWith('.pop')).map(rel => this.uri(rel))]);
        const differing = () => [...uris].filter(uri => JSON.stringify(serverFindings(this.server.current(uri))) !== JSON.stringify(expected.get(uri) ?? []));
        let lastPublish = Date.now();
        let seen = [...this.server.publishCount.values()].reduce((a, b) => a + b, 0);
        while (differing().length > 0) {
            if (this.crashed) return false;
            const now = [...this.server.publishCount.values()].reduce((a, b) => a + b, 0);
            if (now !== seen) {
                seen = now;
                lastPublish = Date.now();
            }
            if (Date.now() - lastPublish > SETTLE_MS) {
                const uri = differing()[0];
                this.stats.mismatches++;
                this.note(`mismatch: ${uri.split('/').slice(-2).join('/')}\n  server: ${JSON.stringify(serverFindings(this.server.current(uri)))}\n  cli:    ${JSON.stringify(expected.get(uri) ?? [])}`);
                return false;
            }
            await new Promise(done => setTimeout(done, 100));
        }
        this.log('quiet: agrees with leerplan check');
        return true;
    }
}

/** Runs sessions until the operations or the time are used up; the figures say how it went. */
export async function fuzzLanguageServer(options: FuzzOptions): Promise<FuzzStats> {
    const started = Date.now();
    const stats: FuzzStats = { operations: 0, sessions: 0, quietPeriods: 0, requests: 0, cancelled: 0, crashes: 0, hangs: 0, mismatches: 0, internalErrors: 0, problems: [], elapsedMs: 0 };
    const random = new Random(options.seed);
    const seeds = seedWorkspaces();
    const texts = seeds.flatMap(s => Object.values(s));
    const sessionLength = options.sessionLength ?? 3000;
    const timeLeft = () => Date.now() - started < options.deadlineMs;
    while (stats.operations < options.operations && timeLeft()) {
        const session = new Session(random, stats, seeds, texts);
        stats.sessions++;
        await session.start();
        let inSession = 0;
        let nextQuiet = 50 + random.int(350);
        let healthy = true;
        while (healthy && inSession < sessionLength && stats.operations < options.operations && timeLeft()) {
            await session.step();
            stats.operations++;
            inSession++;
            if (session.crashed) break;
            if (--nextQuiet === 0) {
                healthy = await session.quiet();
                nextQuiet = 50 + random.int(350);
                stats.elapsedMs = Date.now() - started;
                options.progress?.(stats);
            }
            // Let the connection breathe now and then, as a typing user does.
            if (random.chance(0.05)) await new Promise(done => setTimeout(done, random.int(30)));
        }
        if (healthy && !session.crashed) await session.quiet();
        if (session.crashed) {
            stats.crashes++;
            stats.problems.length < MAX_PROBLEMS && stats.problems.push(`crash: the server ended\n  stderr: ${session.server.stderr.join('').slice(-1500)}\n  after: ${session.history.slice(-25).join('\n         ')}`);
        }
        await session.stop();
    }
    stats.elapsedMs = Date.now() - started;
    return stats;
}

/** The figures as the fuzz run prints them. */
export function formatStats(stats: FuzzStats): string {
    return `operations ${stats.operations}, sessions ${stats.sessions}, quiet periods ${stats.quietPeriods}, requests ${stats.requests} (${stats.cancelled} cancelled), `
        + `crashes ${stats.crashes}, hangs ${stats.hangs}, mismatches ${stats.mismatches}, internal errors ${stats.internalErrors}, ${(stats.elapsedMs / 1000).toFixed(0)} s`;
}
