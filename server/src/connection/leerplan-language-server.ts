import { DefaultLanguageServer } from 'langium/lsp';
import {
    DidChangeConfigurationNotification, type ClientCapabilities, type InitializedParams, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver-protocol';
import { VERSION } from '../../../node/src/version.js';

/** The name the server gives itself in `initialize` (`serverInfo`), with the package version. */
export const SERVER_NAME = 'leerplan-language-server';

/**
 * Langium's language server, holding to what the client said it can do: the
 * client's capabilities are kept for the features that depend on them (snippets,
 * pull diagnostics ...), `serverInfo` names the server, and the configuration
 * change notification is registered only with a client that offers dynamic
 * registration for it (Langium registers it with every client that reads settings).
 */
export class LeerplanLanguageServer extends DefaultLanguageServer {
    private capabilities: ClientCapabilities = {};

    /** What the client declared in `initialize` (empty before it). */
    get clientCapabilities(): ClientCapabilities {
        return this.capabilities;
    }

    override async initialize(params: InitializeParams): Promise<InitializeResult> {
        this.capabilities = params.capabilities ?? {};
        return super.initialize(params);
    }

    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        result.serverInfo = { name: SERVER_NAME, version: VERSION };
        result.capabilities.workspace = { ...result.capabilities.workspace, workspaceFolders: { supported: true, changeNotifications: true } };
        if (params.capabilities?.textDocument?.diagnostic) {
            result.capabilities.diagnosticProvider = { identifier: 'leerplan', interFileDependencies: true, workspaceDiagnostics: true };
        }
        return result;
    }

    protected override fireInitializedOnDefaultServices(params: InitializedParams): void {
        const connection = this.services.lsp.Connection;
        const canRegister = this.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
        const configurationParams = connection ? {
            ...params,
            register: canRegister ? (options: { section: string | string[] }) => connection.client.register(DidChangeConfigurationNotification.type, options) : undefined,
            fetchConfiguration: (items: Array<{ section?: string; scopeUri?: string }>) => connection.workspace.getConfiguration(items),
        } : params;
        this.services.workspace.ConfigurationProvider.initialized(configurationParams)
            .catch(err => console.error('Leerplan: reading the client settings failed.', err));
        this.services.workspace.WorkspaceManager.initialized(params)
            .catch(err => console.error('Leerplan: opening the workspace failed.', err));
    }
}

/** The client's declared capabilities, from the shared services' language server. */
export function clientCapabilitiesOf(languageServer: unknown): ClientCapabilities {
    return languageServer instanceof LeerplanLanguageServer ? languageServer.clientCapabilities : {};
}
