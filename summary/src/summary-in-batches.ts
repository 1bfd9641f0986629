import type { LangiumDocument, URI } from 'langium';
import type { LeerplanServices } from '../../language/src/leerplan-services.js';
import type { SummaryBuilder } from './build-summary.js';
import { summaryDocument } from './summary-document.js';
import type { PlanSummary } from './summary-model.js';

/** A file of plans as the summary reads it again: its text and the path people see. */
export interface PlanFile {
    uri: URI;
    text: string;
    file: string;
}

/**
 * Plan files summarised at a time. Smaller than the check's batch: a plan's summary and
 * its HTML are larger than its diagnostics, and the batch is what the peak memory holds
 * beyond the digests (250: about 60 MiB less at the peak than 1,000, and no slower).
 */
export const SUMMARY_BATCH_SIZE = 250;

export interface PlanBatchOptions {
    /** The services the workspace was checked in: its context documents (organisation, people, teams ...) still loaded. */
    services: LeerplanServices;
    batchSize?: number;
    /** Called after a batch of documents was dropped and before the next is parsed: the place to collect garbage. */
    dropped?: () => void;
}

/**
 * The second half of a summary built in parts (`leerplan summary` on a large
 * workspace). The first half digested every plan while the workspace was checked a
 * batch at a time (`SummaryBuilder.digestPlans`); here the files that hold the plans
 * the model shows are parsed again, `batchSize` at a time, linked and validated against
 * the context that stayed loaded and the workspace facts the check pinned (so their
 * diagnostics are the check's, which nobody had to keep), summarised in full and
 * dropped, and `emit` gets their plans in order. A file that stayed loaded (context)
 * is taken as it is.
 */
export async function summarisePlansInBatches(
    builder: SummaryBuilder, file: (order: number) => PlanFile, emit: (plans: PlanSummary[]) => void, options: PlanBatchOptions,
): Promise<void> {
    const workspace = options.services.shared.workspace;
    const size = options.batchSize ?? SUMMARY_BATCH_SIZE;
    const orders = builder.documentsWithPlans();
    let dropped = false;
    for (let start = 0; start < orders.length; start += size) {
        if (dropped) options.dropped?.();
        const batch = orders.slice(start, start + size).map(order => ({ order, source: file(order) }));
        const parsed: LangiumDocument[] = [];
        const documents = batch.map(({ source }) => {
            const loaded = workspace.LangiumDocuments.getDocument(source.uri);
            if (loaded) return loaded;
            const document = workspace.LangiumDocumentFactory.fromString(source.text, source.uri);
            workspace.LangiumDocuments.addDocument(document);
            parsed.push(document);
            return document;
        });
        // Checked again against the facts of the whole workspace, as the check left them: the same diagnostics.
        await workspace.DocumentBuilder.build(parsed, { validation: true });
        const plans = batch.flatMap(({ source }, k): PlanSummary[] => builder.planSummaries(summaryDocument(documents[k], source.file)));
        for (const document of parsed) {
            workspace.LangiumDocuments.deleteDocument(document.uri);
            workspace.IndexManager.remove(document.uri);
        }
        emit(plans);
        dropped = parsed.length > 0;
    }
}
