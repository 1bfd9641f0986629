import { FollowThroughHistory } from './workspace/follow-through-history.js';
import { Module, URI } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, DefaultTextDocumentContentProvider, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { LazyIndexManager } from '../../language/src/workspace/lazy-index-manager.js';
import { createLeerplanServices, type LeerplanHost } from '../../language/src/leerplan-module.js';
import type { GitView } from '../../language/src/workspace/git-view.js';
import { NodeGitView } from '../../node/src/node-git-view.js';
import type { LeerplanLspServices, LeerplanSharedLspServices, LeerplanWorkspaceServices } from './leerplan-lsp-services.js';
import { LeerplanLanguageServer } from './connection/leerplan-language-server.js';
import { LeerplanLangiumDocuments } from './workspace/leerplan-langium-documents.js';
import { LeerplanDocumentBuilder } from './workspace/leerplan-document-builder.js';
import { LeerplanDocumentUpdateHandler } from './workspace/leerplan-document-update-handler.js';
import { LeerplanWorkspaceManager } from './workspace/leerplan-workspace-manager.js';
import { FairWorkspaceLock } from './workspace/fair-workspace-lock.js';
import { DiscoveryLog } from './workspace/discovery-log.js';
import { LeerplanConfigurationProvider } from './workspace/leerplan-configuration-provider.js';
import { LeerplanLspDocumentValidator } from './workspace/leerplan-lsp-document-validator.js';
import { WorkspaceSettings } from './workspace/workspace-settings.js';
import { LeerplanCompletionProvider } from './lsp/completion-provider.js';
import { LeerplanHoverProvider } from './lsp/hover-provider.js';
import { LeerplanCodeLensProvider } from './lsp/code-lens-provider.js';
import { LeerplanDefinitionProvider } from './lsp/definition.js';
import { LeerplanReferencesProvider } from './lsp/references.js';
import { LeerplanRenameProvider } from './lsp/rename.js';
import { LeerplanDocumentSymbolProvider } from './lsp/document-symbols.js';
import { LeerplanWorkspaceSymbolProvider } from './lsp/workspace-symbols.js';
import { LeerplanFoldingRangeProvider } from './lsp/folding.js';
import { LeerplanSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { LeerplanDocumentHighlightProvider } from './lsp/highlights.js';
import { LeerplanFormatter } from './lsp/formatting.js';
import { LeerplanCodeActionProvider } from './lsp/code-actions.js';
import { BUILTIN_URI } from '../../language/src/frameworks/builtin-document.js';
import { LeerplanExecuteCommandHandler } from './lsp/untrack-command.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import type { Connection } from 'vscode-languageserver';

export type { LeerplanLspServices, LeerplanSharedLspServices } from './leerplan-lsp-services.js';

/** Editor features that replace Langium's defaults. */
export const LeerplanLspModule: Module<LeerplanLspServices, PartialLangiumServices> = {
    validation: {
        DocumentValidator: (services) => new LeerplanLspDocumentValidator(services),
    },
    lsp: {
        CompletionProvider: (services) => new LeerplanCompletionProvider(services),
        HoverProvider: (services) => new LeerplanHoverProvider(services),
        CodeLensProvider: (services) => new LeerplanCodeLensProvider(services),
        DefinitionProvider: (services) => new LeerplanDefinitionProvider(services),
        ReferencesProvider: (services) => new LeerplanReferencesProvider(services),
        RenameProvider: (services) => new LeerplanRenameProvider(services),
        DocumentSymbolProvider: (services) => new LeerplanDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new LeerplanFoldingRangeProvider(services),
        SemanticTokenProvider: (services) => new LeerplanSemanticTokenProvider(services),
        DocumentHighlightProvider: (services) => new LeerplanDocumentHighlightProvider(services),
        Formatter: (services) => new LeerplanFormatter(services),
        CodeActionProvider: (services) => new LeerplanCodeActionProvider(services),
    },
};

/**
 * Editor features shared by all languages of the server: workspace symbols, and the
 * text of the built-in framework library (`leerplan-builtin:`), so go to definition
 * on a built-in dimension opens it (LSP `workspace/textDocumentContent`).
 */
export const LeerplanSharedEditorModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        WorkspaceSymbolProvider: (shared) => new LeerplanWorkspaceSymbolProvider(shared),
        TextDocumentContentProvider: (shared) => new DefaultTextDocumentContentProvider(shared, URI.parse(BUILTIN_URI).scheme),
    },
};

/** Workspace handling of the server: whole-folder validation, coalesced updates, safe publishing, settings, commands. */
function leerplanSharedLspModule(settings: () => WorkspaceSettings, gitView: GitView, lang: () => Lang, connection?: Connection): Module<LeerplanSharedLspServices, LeerplanWorkspaceServices> {
    return {
        workspace: {
            DocumentBuilder: (shared) => new LeerplanDocumentBuilder(shared),
            LangiumDocuments: (shared) => new LeerplanLangiumDocuments(shared),
            IndexManager: (shared) => new LazyIndexManager(shared),
            WorkspaceManager: (shared) => new LeerplanWorkspaceManager(shared, settings(), new DiscoveryLog(shared.lsp.Connection, () => settings().language())),
            ConfigurationProvider: (shared) => new LeerplanConfigurationProvider(shared),
            FollowThroughHistory: (shared) => new FollowThroughHistory(shared),
            WorkspaceLock: () => new FairWorkspaceLock(),
        },
        lsp: {
            LanguageServer: (shared) => new LeerplanLanguageServer(shared),
            DocumentUpdateHandler: (shared) => new LeerplanDocumentUpdateHandler(shared, settings(), gitView),
            ExecuteCommandHandler: (shared) => new LeerplanExecuteCommandHandler({
                connection, lang,
                afterGitChange: () => {
                    gitView.invalidate?.();
                    shared.lsp.DocumentUpdateHandler.revalidateAll();
                },
            }),
        },
    };
}

/**
 * The editor's host: Langium's LSP services, the server's workspace handling and
 * editor features, for `createLeerplanServices`.
 */
function editorHost(context: DefaultSharedModuleContext, settings: () => WorkspaceSettings, gitView: GitView, lang: () => Lang): LeerplanHost<LeerplanSharedLspServices, LangiumServices> {
    return {
        shared: createDefaultSharedModule(context),
        language: shared => createDefaultModule({ shared }),
        sharedOverrides: Module.merge(leerplanSharedLspModule(settings, gitView, lang, context.connection), LeerplanSharedEditorModule),
        languageOverrides: LeerplanLspModule,
    };
}

/**
 * The services of the Leerplan language server, exactly as it ships: `createLeerplanServices`
 * on the editor's host. `context.connection` is the LSP connection (absent in in-process
 * tests, which may also bring their own Git).
 */
export function createLeerplanLspServices(context: DefaultSharedModuleContext, platform: { gitView?: GitView } = {}): { shared: LeerplanSharedLspServices; Leerplan: LeerplanLspServices } {
    const gitView = platform.gitView ?? new NodeGitView();
    let workspaceSettings: WorkspaceSettings | undefined;
    const settings = (): WorkspaceSettings => {
        workspaceSettings ??= new WorkspaceSettings(Leerplan.leerplan.Settings, context.connection);
        return workspaceSettings;
    };
    const lang = (): Lang => Leerplan.leerplan.Settings.get().lang;
    const { shared, Leerplan } = createLeerplanServices(editorHost(context, settings, gitView, lang), { gitView });
    shared.workspace.ConfigurationProvider.onLeerplanSettings(section => {
        settings().setClientSettings(section);
        if (settings().apply()) shared.lsp.DocumentUpdateHandler.revalidateAll();
        // Then the settings of each folder, read with the folder as scope.
        settings().fetchFolderSettings().then(changed => changed && shared.lsp.DocumentUpdateHandler.revalidateAll(), () => undefined);
    });
    return { shared, Leerplan };
}
