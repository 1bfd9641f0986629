import type { Connection } from 'vscode-languageserver';
import { MessageType } from 'vscode-languageserver-protocol';
import type { Lang } from '../../../language/src/rules/rule-registry.js';
import { describeDiscovery, skippedLinksLine } from '../../../node/src/discovery-messages.js';
import type { Discovery } from '../../../node/src/file-discovery.js';

/**
 * What file discovery tells the user of the editor, in the words of the CLI: every skipped
 * link is named in the server's log (the CLI's `--verbose`); FIFOs, devices and ignore
 * lines that are not used are warnings, unreadable folders and the discovery limit errors,
 * each also shown as a message (once per text, not again at every re-discovery).
 */
export class DiscoveryLog {
    private readonly shown = new Set<string>();

    constructor(private readonly connection: Connection | undefined, private readonly language: () => Lang) {}

    /** Reports a discovery; answers how many problems (unreadable folders, the limit) it had. */
    report(discovery: Discovery): number {
        const lang = this.language();
        const report = describeDiscovery(discovery, lang, path => path);
        const links = skippedLinksLine(report, lang, true);
        for (const line of report.details) this.connection?.console.log(`Leerplan: ${line}`);
        if (links) this.connection?.console.info(`Leerplan: ${links}`);
        for (const line of report.warnings) {
            this.connection?.console.warn(`Leerplan: ${line}`);
            this.show(MessageType.Warning, line);
        }
        for (const line of report.problems) {
            this.connection?.console.error(`Leerplan: ${line}`);
            this.show(MessageType.Error, line);
        }
        return report.problems.length;
    }

    private show(type: MessageType, message: string): void {
        if (this.shown.has(message)) return;
        this.shown.add(message);
        void this.connection?.sendNotification('window/showMessage', { type, message: `Leerplan: ${message}` });
    }
}
