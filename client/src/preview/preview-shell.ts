import { randomBytes } from 'node:crypto';

/** What the page around the summary needs to know. */
export interface PreviewShellOptions {
    lang: 'en' | 'nl';
    /** `webview.cspSource`: the only origin the page may load its own script and style from. */
    cspSource: string;
    /** A fresh random value per panel; only scripts and style elements that carry it run. */
    nonce: string;
    scriptUri: string;
    styleUri: string;
    /** The page title, for screen readers. */
    title: string;
    /** The label of the button that saves the plan's moments as an .ics file (the extension runs the export). */
    calendarLabel?: string;
}

/** A nonce for the Content-Security-Policy: 128 random bits, base64. */
export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

/**
 * The Content-Security-Policy of the preview: nothing from the network, no inline
 * script or `eval`, only our own script (`preview.js`, with the nonce) and our own
 * styles; images only as inline `data:` (charts are inline SVG anyway). A plan's text
 * is escaped by the renderer, and even markup that slipped through could not run.
 */
export function previewCsp(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
}

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page the webview loads once per panel. The summary itself arrives as a message
 * (see preview-messages.ts) so updates while typing keep the scroll position.
 */
export function renderPreviewShell(options: PreviewShellOptions): string {
    const nonce = escapeAttribute(options.nonce);
    return `<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewCsp(options.cspSource, options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(options.title)}</title>
<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}" nonce="${nonce}">
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}" defer></script>
</head>
<body>
<div id="leerplan-notice" class="leerplan-notice" role="status" hidden></div>
${options.calendarLabel === undefined ? '' : `<div class="leerplan-toolbar"><button id="leerplan-calendar" type="button">${escapeAttribute(options.calendarLabel)}</button></div>`}
<main id="leerplan-summary" class="leerplan-preview"></main>
</body>
</html>`;
}
