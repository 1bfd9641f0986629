import type { LangiumCoreServices } from 'langium';
import type { LeerplanSettingsProvider } from './config/settings.js';
import type { WorkspaceFactsProvider } from './workspace/workspace-facts.js';
import type { GitView } from './workspace/git-view.js';
import type { RuleReporter } from './validation/rule-reporter.js';

/** Leerplan's own services, in their own namespace. */
export interface LeerplanAddedServices {
    leerplan: {
        Settings: LeerplanSettingsProvider;
        WorkspaceFacts: WorkspaceFactsProvider;
        GitView: GitView;
        RuleReporter: RuleReporter;
    };
}

/** The language services every host has: Langium's core and Leerplan's own. */
export type LeerplanServices = LangiumCoreServices & LeerplanAddedServices;

/** Whether a language's services are Leerplan's (the registry of a workspace holds every language's). */
export function isLeerplanServices(services: LangiumCoreServices): services is LeerplanServices {
    return 'leerplan' in services;
}
