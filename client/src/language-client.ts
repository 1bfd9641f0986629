import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/launch-flags.js';
import { SETTINGS_SECTION } from '../../server/src/protocol.js';
import { RestartPolicy } from './restart-policy.js';
import { ServerTraceChannel } from './trace-channel.js';

/** The language id of `.pop` files (also `.private.pop`), as the server registers it. */
export const POP_LANGUAGE_ID = 'pop';

/**
 * Schemes whose documents the server checks. Not every scheme: a Git diff opens the
 * same plan a second time under `git:`, and checking that copy would report every
 * declaration as a duplicate.
 */
const CHECKED_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

export const POP_SELECTOR: Array<{ scheme: string; language: string }> = CHECKED_SCHEMES.map(scheme => ({ scheme, language: POP_LANGUAGE_ID }));

/** The running client and what belongs to it. */
export interface LeerplanClient {
    client: LanguageClient;
    policy: RestartPolicy;
    /** Stop and start the server again, e.g. after it stayed down following repeated crashes. */
    restart(): Promise<void>;
}

/**
 * Starts the bundled language server (`out/server.cjs`) as a child process of the
 * extension host, with the Node flags of `launch-flags.ts`, talking over Node IPC (`--node-ipc`). Its log and, with
 * `leerplan.trace.server`, the protocol trace (redacted: `trace-channel.ts`) go to the
 * "Leerplan" output channel.
 */
export async function startLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<LeerplanClient> {
    const serverModule = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/{*.pop,leerplan.json}');
    context.subscriptions.push(watcher);

    let client: LanguageClient;
    const restart = async (): Promise<void> => {
        if (client.isRunning()) await client.stop();
        await client.start();
    };
    const policy = new RestartPolicy(output, restart);
    const trace = new ServerTraceChannel(output);
    context.subscriptions.push(trace);
    const clientOptions: LanguageClientOptions = {
        documentSelector: POP_SELECTOR,
        synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watcher },
        // `initialize` carries `locale` too; this names the display language explicitly.
        // `retriggerSuggest`: after a completed keyword the server may ask VS Code to open completion again.
        initializationOptions: { displayLanguage: vscode.env.language, retriggerSuggest: true },
        outputChannel: output,
        traceOutputChannel: trace,
        errorHandler: policy,
        markdown: { isTrusted: false, supportHtml: false },
    };
    // The id `leerplan` makes the client read the `leerplan.trace.server` setting.
    client = new LanguageClient('leerplan', 'Leerplan', serverOptions, clientOptions);
    await client.start();
    return {
        client,
        policy,
        restart: async () => {
            policy.reset();
            await restart();
        },
    };
}
