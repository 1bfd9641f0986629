import type { SummaryModel } from '../../summary/src/summary-model.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import { renderJson } from '../../summary/src/render-json.js';
import { modelCalendar } from '../../summary/src/ics.js';

/** The export formats of a summary: three renderings, and its moments as an iCalendar file. */
export type ExportFormat = 'html' | 'md' | 'json' | 'ics';

/**
 * The summary as a file, rendered from the model the server computed, by the same
 * renderers the CLI uses (`leerplan summary --format ...`), so an export from the
 * editor and one from CI are the same bytes for the same workspace.
 */
export function renderSummaryExport(model: SummaryModel, format: ExportFormat): string {
    switch (format) {
        case 'html': return renderHtml(model, { standalone: true });
        case 'md': return renderMarkdown(model);
        case 'json': return renderJson(model);
        // The same file as `leerplan calendar` for the same plans.
        case 'ics': return modelCalendar(model);
    }
}

/** The summary for the preview webview: a `<style nonce>` and the body markup, for our own page and CSP. */
export function renderSummaryFragment(model: SummaryModel, options: { nonce: string; cspSource: string }): string {
    return renderHtml(model, { standalone: false, nonce: options.nonce, cspSource: options.cspSource });
}
