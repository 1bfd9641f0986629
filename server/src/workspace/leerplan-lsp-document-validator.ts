import type { Cancellation, LangiumDocument, ValidationOptions } from 'langium';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { LeerplanDocumentValidator } from '../../../language/src/validation/leerplan-document-validator.js';
import type { LeerplanServices } from '../../../language/src/leerplan-services.js';
import { KIND_NAMES } from '../../../language/src/rules/rule-registry.js';

/** At most this many visions and ambitions are offered as related locations of one diagnostic. */
const MAX_RELATED = 12;

/**
 * The core validator plus what only an editor shows: `goal-without-vision` points
 * at the visions and ambitions of the workspace the goal could support, so the
 * Problems panel leads straight to them.
 */
export class LeerplanLspDocumentValidator extends LeerplanDocumentValidator {
    private readonly leerplan: LeerplanServices;

    constructor(services: LeerplanServices) {
        super(services);
        this.leerplan = services;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        let targets: DiagnosticRelatedInformation[] | undefined;
        for (const diagnostic of diagnostics) {
            if (diagnostic.code !== 'goal-without-vision' || diagnostic.relatedInformation?.length) continue;
            targets ??= this.supportTargets();
            if (targets.length) diagnostic.relatedInformation = targets;
        }
        return diagnostics;
    }

    private supportTargets(): DiagnosticRelatedInformation[] {
        const lang = this.leerplan.leerplan.Settings.get().lang;
        const index = this.leerplan.shared.workspace.IndexManager;
        const related: DiagnosticRelatedInformation[] = [];
        for (const type of ['Vision', 'Ambition'] as const) {
            for (const description of index.allElements(type)) {
                if (related.length >= MAX_RELATED) return related;
                const range = description.nameSegment?.range;
                if (!range) continue;
                const kind = type === 'Vision' ? KIND_NAMES.vision[lang] : KIND_NAMES.ambition[lang];
                related.push({ location: { uri: description.documentUri.toString(), range }, message: `${kind} '${description.name}'` });
            }
        }
        return related;
    }
}
