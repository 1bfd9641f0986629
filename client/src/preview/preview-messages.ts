/**
 * Messages between the extension and the preview webview (`client/media/preview.js`).
 * The webview only displays what it is sent and reports clicks; it computes nothing.
 */

/** Extension -> webview. */
export type ToWebview =
    /**
     * Replace the summary with new HTML (rendered from the server's model) and set the
     * notice. `uri` is the source document, kept as webview state so VS Code can restore
     * the preview after a reload.
     */
    | { type: 'render'; html: string; notice?: string; uri: string }
    /** Keep the summary, change only the notice (e.g. "the text does not parse"). */
    | { type: 'notice'; notice?: string };

/** Webview -> extension. */
export type FromWebview =
    /** The page loaded (or reloaded after being hidden): send the current content. */
    | { type: 'ready' }
    /** A goal, review or problem was clicked: reveal that line (1-based) of that document. */
    | { type: 'reveal'; uri: string; line: number }
    /** The calendar button was clicked: save the previewed plan's moments as an .ics file. */
    | { type: 'calendar' };

export function isFromWebview(value: unknown): value is FromWebview {
    if (!value || typeof value !== 'object') return false;
    const message = value as Record<string, unknown>;
    if (message.type === 'ready' || message.type === 'calendar') return true;
    return message.type === 'reveal' && typeof message.uri === 'string' && typeof message.line === 'number';
}
