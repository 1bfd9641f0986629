import type { LeerplanSharedLspServices } from '../leerplan-lsp-services.js';
import type { LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import { registerSummaryRequest } from './summary-request.js';
import { registerPlanHealthRequest } from './plan-health-request.js';
import { registerCheckWorkspaceRequest } from './check-workspace-request.js';
import { registerNewPlanRequests } from './new-plan-request.js';
import type { WorkspaceFactsProvider } from '../../../language/src/workspace/workspace-facts.js';

/**
 * Registers Leerplan's own requests (protocol.ts) on the server's connection: the
 * live preview's summary, the status bar's plan health, "check workspace" and what
 * "New Plan from Template" asks. Call after `startLanguageServer`.
 */
export function registerLeerplanRequests(shared: LeerplanSharedLspServices, settings: LeerplanSettingsProvider, facts: WorkspaceFactsProvider): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    registerSummaryRequest(connection, shared, settings);
    registerPlanHealthRequest(connection, shared);
    registerCheckWorkspaceRequest(connection, shared);
    registerNewPlanRequests(connection, shared, () => facts.get(), () => settings.get().today);
}
