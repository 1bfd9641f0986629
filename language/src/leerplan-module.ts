import {
    inject, type DeepPartial, type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices,
    type DefaultSharedCoreModuleContext, createDefaultCoreModule, createDefaultSharedCoreModule,
} from 'langium';
import { LeerplanGeneratedModule, LeerplanGeneratedSharedModule } from './generated/module.js';
import type { LeerplanAddedServices, LeerplanServices } from './leerplan-services.js';
import { LeerplanScopeComputation } from './references/leerplan-scope-computation.js';
import { LeerplanScopeProvider } from './references/leerplan-scope-provider.js';
import { LeerplanLinker } from './references/leerplan-linker.js';
import { LeerplanReferenceDescriptionProvider, NoReferenceDescriptionProvider } from './references/leerplan-reference-descriptions.js';
import { WorkspaceFactsProvider } from './workspace/workspace-facts.js';
import { LeerplanSettingsProvider } from './config/settings.js';
import { UnknownGitView, type GitView } from './workspace/git-view.js';
import { RuleReporter } from './validation/rule-reporter.js';
import { LeerplanDocumentValidator } from './validation/leerplan-document-validator.js';
import { LeerplanValidationRegistry } from './validation/leerplan-validation-registry.js';
import { registerLeerplanChecks } from './validation/index.js';
import { createSizeLimitedParser, RecordingLexer } from './parser/size-limited-parser.js';
import { LeerplanTokenBuilder } from './parser/leerplan-token-builder.js';
import { LeerplanValueConverter } from './parser/leerplan-value-converter.js';
import { LeerplanDocumentFactory } from './workspace/private-file.js';
import { LeerplanServiceRegistry } from './workspace/service-registry.js';

export type { LeerplanAddedServices, LeerplanServices } from './leerplan-services.js';

/**
 * Services shared by every language of a workspace: documents made from `*.private.pop` files hold only private blocks;
 * the service registry answers without parsing URIs again.
 */
const LeerplanSharedModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    ServiceRegistry: (shared) => new LeerplanServiceRegistry(shared),
    workspace: {
        LangiumDocumentFactory: (shared) => new LeerplanDocumentFactory(shared),
    },
};

/** Leerplan's services and the core services it replaces, for every host. */
export const LeerplanModule: Module<LeerplanServices, PartialLangiumCoreServices & LeerplanAddedServices> = {
    leerplan: {
        Settings: () => new LeerplanSettingsProvider(),
        WorkspaceFacts: (services) => new WorkspaceFactsProvider(services.shared),
        GitView: () => new UnknownGitView(),
        RuleReporter: (services) => new RuleReporter(services.leerplan.Settings),
    },
    parser: {
        LangiumParser: (services) => createSizeLimitedParser(services),
        Lexer: (services) => new RecordingLexer(services),
        TokenBuilder: () => new LeerplanTokenBuilder(),
        ValueConverter: () => new LeerplanValueConverter(),
    },
    references: {
        ScopeComputation: (services) => new LeerplanScopeComputation(services),
        ScopeProvider: (services) => new LeerplanScopeProvider(services),
        Linker: (services) => new LeerplanLinker(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new LeerplanReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new LeerplanDocumentValidator(services),
        ValidationRegistry: (services) => new LeerplanValidationRegistry(services),
    },
};

/** What the host (CLI, server, tests) plugs into the pure core. */
export interface LeerplanPlatform {
    gitView?: GitView;
    /** `false` for one-shot runs that never look up references (the CLI): no reference index is kept. */
    referenceIndex?: boolean;
}

function platformModule(platform: LeerplanPlatform): Module<LeerplanServices, DeepPartial<LeerplanServices>> {
    const gitView = platform.gitView;
    return {
        leerplan: gitView ? { GitView: () => gitView } : {},
        workspace: platform.referenceIndex === false ? { ReferenceDescriptionProvider: (services) => new NoReferenceDescriptionProvider(services) } : {},
    };
}

/**
 * Langium's default services for one kind of host, and what the host puts on top:
 * the core alone (the CLI, most tests) or the editor's (the language server and its
 * tests, `server/src/leerplan-lsp-module.ts`).
 */
export interface LeerplanHost<Shared extends LangiumSharedCoreServices, Language extends LangiumCoreServices> {
    /** Langium's defaults for this kind of host, as Langium types them (the overrides below may narrow them). */
    shared: Module<Shared, unknown>;
    language: (shared: Shared) => Module<Language & LeerplanAddedServices, unknown>;
    /** The host's own shared services (workspace handling of the server). */
    sharedOverrides?: Module<Shared, DeepPartial<Shared>>;
    /** The host's own language services (the editor features of the server). */
    languageOverrides?: Module<Language & LeerplanAddedServices, DeepPartial<Language>>;
}

/**
 * The one place Leerplan's services are wired, for every host: Langium's defaults, the
 * generated modules, Leerplan's own services, the platform (Git, reference index),
 * the host's overrides; then the language is registered and its checks too.
 */
export function createLeerplanServices<Shared extends LangiumSharedCoreServices, Language extends LangiumCoreServices>(
    host: LeerplanHost<Shared, Language>, platform: LeerplanPlatform = {},
): { shared: Shared; Leerplan: Language & LeerplanAddedServices } {
    const shared: Shared = inject(host.shared, LeerplanGeneratedSharedModule, LeerplanSharedModule, host.sharedOverrides);
    const Leerplan: Language & LeerplanAddedServices = inject(
        host.language(shared), LeerplanGeneratedModule, LeerplanModule, platformModule(platform), host.languageOverrides,
    );
    shared.ServiceRegistry.register(Leerplan);
    registerLeerplanChecks(Leerplan);
    return { shared, Leerplan };
}

/** The core host: no editor (the CLI, the summary, most tests). */
export function coreHost(context: DefaultSharedCoreModuleContext): LeerplanHost<LangiumSharedCoreServices, LangiumCoreServices> {
    return { shared: createDefaultSharedCoreModule(context), language: shared => createDefaultCoreModule({ shared }) };
}

/** The language core without any editor: `createLeerplanServices` on the core host. */
export function createLeerplanCoreServices(context: DefaultSharedCoreModuleContext, platform: LeerplanPlatform = {}): {
    shared: LangiumSharedCoreServices;
    Leerplan: LeerplanServices;
} {
    return createLeerplanServices(coreHost(context), platform);
}
