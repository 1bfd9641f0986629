import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import { t } from './i18n.js';

/** After this many crashes within `CRASH_WINDOW_MS` the server stays down until the user restarts it. */
export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 3 * 60 * 1000;
/** Broken messages in a row (none got through in between) before the connection counts as stuck. */
const MAX_BROKEN_MESSAGES = 20;

/**
 * What happens when the language server process dies: restart it quietly a few
 * times (a crash on one odd file should not cost the user their editor features),
 * but after repeated crashes stop and say so clearly, with a button to look at the
 * output and one to try again.
 */
export class RestartPolicy implements ErrorHandler {
    private crashes: number[] = [];

    constructor(
        private readonly output: vscode.OutputChannel,
        private readonly restart: () => Promise<void>,
        private readonly now: () => number = Date.now,
    ) {}

    error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
        // Messages that cannot be written are normal while a crashed process goes down
        // (the preview and the status bar keep asking): the close handler decides about
        // restarts. Only a long run of broken messages means the connection is stuck.
        if (count === undefined || count <= MAX_BROKEN_MESSAGES) return { action: ErrorAction.Continue, handled: true };
        void this.tellUser();
        return { action: ErrorAction.Shutdown, handled: true };
    }

    closed(): CloseHandlerResult {
        const now = this.now();
        this.crashes = this.crashes.filter(at => now - at < CRASH_WINDOW_MS);
        this.crashes.push(now);
        if (this.crashes.length < MAX_CRASHES) {
            this.output.appendLine(t('The Leerplan language server stopped unexpectedly; restarting it ({0} of {1}).', this.crashes.length, MAX_CRASHES - 1));
            return { action: CloseAction.Restart, handled: true };
        }
        this.crashes = [];
        void this.tellUser();
        return { action: CloseAction.DoNotRestart, handled: true };
    }

    /** Forget earlier crashes, e.g. after the user restarted the server by hand. */
    reset(): void {
        this.crashes = [];
    }

    private async tellUser(): Promise<void> {
        const showOutput = t('Show Output');
        const restart = t('Restart Server');
        const choice = await vscode.window.showErrorMessage(
            t('The Leerplan language server crashed {0} times in the last {1} minutes and will not be restarted automatically. Checks, completion and the preview are off until it runs again.', MAX_CRASHES, CRASH_WINDOW_MS / 60000),
            showOutput, restart,
        );
        if (choice === showOutput) this.output.show(true);
        if (choice === restart) {
            this.reset();
            await this.restart();
        }
    }
}
