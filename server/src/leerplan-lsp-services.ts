import type { FairWorkspaceLock } from './workspace/fair-workspace-lock.js';
import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import type { LeerplanAddedServices } from '../../language/src/leerplan-services.js';
import type { LazyIndexManager } from '../../language/src/workspace/lazy-index-manager.js';
import type { LeerplanDocumentBuilder } from './workspace/leerplan-document-builder.js';
import type { LeerplanDocumentUpdateHandler } from './workspace/leerplan-document-update-handler.js';
import type { LeerplanWorkspaceManager } from './workspace/leerplan-workspace-manager.js';
import type { LeerplanConfigurationProvider } from './workspace/leerplan-configuration-provider.js';
import type { LeerplanExecuteCommandHandler } from './lsp/untrack-command.js';
import type { LeerplanLanguageServer } from './connection/leerplan-language-server.js';
import type { LeerplanLangiumDocuments } from './workspace/leerplan-langium-documents.js';
import type { FollowThroughHistory } from './workspace/follow-through-history.js';

/** The language services of the server: the core, Langium's LSP services and Leerplan's own. */
export type LeerplanLspServices = LangiumServices & LeerplanAddedServices;

/** The workspace handling the server ships instead of Langium's (`leerplan-lsp-module.ts`). */
export interface LeerplanWorkspaceServices {
    workspace: {
        DocumentBuilder: LeerplanDocumentBuilder;
        LangiumDocuments: LeerplanLangiumDocuments;
        IndexManager: LazyIndexManager;
        WorkspaceManager: LeerplanWorkspaceManager;
        ConfigurationProvider: LeerplanConfigurationProvider;
        WorkspaceLock: FairWorkspaceLock;
        /** The plan files' Git history for the preview's and the hover's follow-through, read once and kept. */
        FollowThroughHistory: FollowThroughHistory;
    };
    lsp: {
        DocumentUpdateHandler: LeerplanDocumentUpdateHandler;
        ExecuteCommandHandler: LeerplanExecuteCommandHandler;
        LanguageServer: LeerplanLanguageServer;
    };
}

/** The shared services of the server. */
export type LeerplanSharedLspServices = LangiumSharedServices & LeerplanWorkspaceServices;
