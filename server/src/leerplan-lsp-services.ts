import type { LangiumServices, LangiumSharedServices } from 'langium/lsp';
import type { LeerplanAddedServices } from '../../language/src/leerplan-services.js';
import type { LazyIndexManager } from '../../language/src/workspace/lazy-index-manager.js';
import type { LeerplanDocumentBuilder } from './workspace/leerplan-document-builder.js';
import type { LeerplanDocumentUpdateHandler } from './workspace/leerplan-document-update-handler.js';
import type { LeerplanWorkspaceManager } from './workspace/leerplan-workspace-manager.js';
import type { LeerplanConfigurationProvider } from './workspace/leerplan-configuration-provider.js';
import type { LeerplanExecuteCommandHandler } from './lsp/untrack-command.js';

/** The language services of the server: the core, Langium's LSP services and Leerplan's own. */
export type LeerplanLspServices = LangiumServices & LeerplanAddedServices;

/** The workspace handling the server ships instead of Langium's (`leerplan-lsp-module.ts`). */
export interface LeerplanWorkspaceServices {
    workspace: {
        DocumentBuilder: LeerplanDocumentBuilder;
        IndexManager: LazyIndexManager;
        WorkspaceManager: LeerplanWorkspaceManager;
        ConfigurationProvider: LeerplanConfigurationProvider;
    };
    lsp: {
        DocumentUpdateHandler: LeerplanDocumentUpdateHandler;
        ExecuteCommandHandler: LeerplanExecuteCommandHandler;
    };
}

/** The shared services of the server. */
export type LeerplanSharedLspServices = LangiumSharedServices & LeerplanWorkspaceServices;
