import * as vscode from 'vscode';
import { redactTrace } from './trace-redaction.js';

/** The setting the language client reads (client id `leerplan`). */
const TRACE_SETTING = 'leerplan.trace.server';

/**
 * The channel the language client writes its protocol trace to. vscode-languageclient 11
 * traces only while its trace channel's log level is Trace, and writes each line with
 * `trace()`, which a log channel at its default level (Info) drops: setting
 * `leerplan.trace.server` alone showed nothing. This channel reports the level Trace
 * while the setting is on (so the client turns the trace on, as in other language
 * extensions), and writes the lines into the "Leerplan" output channel at Info level,
 * redacted (`trace-redaction.ts`), so they appear without touching the channel's level.
 */
export class ServerTraceChannel implements vscode.LogOutputChannel {
    private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
    readonly onDidChangeLogLevel = this.levelChanged.event;
    private readonly disposables: vscode.Disposable[] = [this.levelChanged];
    private lastLevel: vscode.LogLevel;

    constructor(private readonly output: vscode.LogOutputChannel) {
        this.lastLevel = this.logLevel;
        const changed = () => {
            const level = this.logLevel;
            if (level === this.lastLevel) return;
            this.lastLevel = level;
            this.levelChanged.fire(level);
        };
        this.disposables.push(
            vscode.workspace.onDidChangeConfiguration(event => { if (event.affectsConfiguration(TRACE_SETTING)) changed(); }),
            output.onDidChangeLogLevel(changed),
        );
    }

    get name(): string {
        return this.output.name;
    }

    get logLevel(): vscode.LogLevel {
        const setting = vscode.workspace.getConfiguration().get<string>(TRACE_SETTING, 'off');
        return setting === 'messages' || setting === 'verbose' ? vscode.LogLevel.Trace : this.output.logLevel;
    }

    trace(message: string): void {
        this.output.info(redactTrace(message));
    }

    debug(message: string): void {
        this.output.debug(redactTrace(message));
    }

    info(message: string): void {
        this.output.info(redactTrace(message));
    }

    warn(message: string): void {
        this.output.warn(redactTrace(message));
    }

    error(error: string | Error): void {
        this.output.error(typeof error === 'string' ? redactTrace(error) : error);
    }

    append(value: string): void {
        this.output.append(value);
    }

    appendLine(value: string): void {
        this.output.appendLine(value);
    }

    replace(value: string): void {
        this.output.replace(value);
    }

    clear(): void {
        this.output.clear();
    }

    show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
        if (typeof columnOrPreserveFocus === 'boolean') this.output.show(columnOrPreserveFocus);
        else this.output.show(columnOrPreserveFocus, preserveFocus);
    }

    hide(): void {
        this.output.hide();
    }

    /** Stops listening; the "Leerplan" channel itself belongs to the extension. */
    dispose(): void {
        for (const d of this.disposables) d.dispose();
    }
}
