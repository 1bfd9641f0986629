import {
    inject, type Module, type LangiumCoreServices, type LangiumSharedCoreServices, type PartialLangiumCoreServices,
    type DefaultSharedCoreModuleContext, createDefaultCoreModule, createDefaultSharedCoreModule,
} from 'langium';
import { LeerplanGeneratedModule, LeerplanGeneratedSharedModule } from './generated/module.js';
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

/** Leerplan's own services, in their own namespace. */
export interface LeerplanAddedServices {
    leerplan: {
        Settings: LeerplanSettingsProvider;
        WorkspaceFacts: WorkspaceFactsProvider;
        GitView: GitView;
        RuleReporter: RuleReporter;
    };
}

export type LeerplanServices = LangiumCoreServices & LeerplanAddedServices;

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

export function platformModule(platform: LeerplanPlatform): Module<LeerplanServices, Partial<LeerplanServices>> {
    const module: Record<string, unknown> = {};
    const gitView = platform.gitView;
    if (gitView) module.leerplan = { GitView: () => gitView };
    if (platform.referenceIndex === false) module.workspace = { ReferenceDescriptionProvider: (services: LeerplanServices) => new NoReferenceDescriptionProvider(services) };
    return module as unknown as Module<LeerplanServices, Partial<LeerplanServices>>;
}

/**
 * The language core without any editor: used by the CLI, the summary and the
 * tests. The language server builds on the LSP variant in `server/`.
 */
export function createLeerplanCoreServices(context: DefaultSharedCoreModuleContext, platform: LeerplanPlatform = {}): {
    shared: LangiumSharedCoreServices;
    Leerplan: LeerplanServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), LeerplanGeneratedSharedModule);
    const Leerplan = inject(createDefaultCoreModule({ shared }), LeerplanGeneratedModule, LeerplanModule, platformModule(platform));
    shared.ServiceRegistry.register(Leerplan);
    registerLeerplanChecks(Leerplan);
    return { shared, Leerplan };
}
