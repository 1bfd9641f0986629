import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNonce, previewCsp, renderPreviewShell } from '../../client/src/preview/preview-shell.js';
import { isFromWebview } from '../../client/src/preview/preview-messages.js';

describe('the preview webview page', () => {
    const shell = renderPreviewShell({
        lang: 'nl', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abc123==',
        scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/client/media/preview.js',
        styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/client/media/preview.css',
        title: 'Leerplan-voorbeeld <test>',
        calendarLabel: 'Bewaar de momenten <agenda>',
    });

    it('has a strict Content-Security-Policy: nothing by default, scripts only with the nonce', () => {
        const csp = previewCsp('https://src', 'N');
        expect(csp.split('; ')).toEqual([
            "default-src 'none'", "script-src 'nonce-N'", "style-src https://src 'nonce-N'",
            'img-src https://src data:', 'font-src https://src', "base-uri 'none'", "form-action 'none'",
        ]);
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        expect(shell).toContain('<meta http-equiv="Content-Security-Policy"');
    });

    it('loads only its own script, with the nonce, and has no inline script', () => {
        const scripts = [...shell.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
        expect(scripts).toEqual(['<script nonce="abc123==" src="https://file+.vscode-resource.vscode-cdn.net/ext/client/media/preview.js" defer>']);
        expect(shell).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
        expect(shell).toContain('<html lang="nl">');
        expect(shell).toContain('<title>Leerplan-voorbeeld &lt;test&gt;</title>');
    });

    it('has the calendar button, whose click is a message the extension accepts', () => {
        expect(shell).toContain('<button id="leerplan-calendar" type="button">Bewaar de momenten &lt;agenda&gt;</button>');
        expect(isFromWebview({ type: 'calendar' })).toBe(true);
        expect(isFromWebview({ type: 'calendars' })).toBe(false);
        expect(readFileSync(join(__dirname, '..', '..', 'client', 'media', 'preview.js'), 'utf8')).toContain("vscode.postMessage({ type: 'calendar' })");
    });

    it('makes a fresh 128-bit nonce each time', () => {
        const a = createNonce();
        expect(Buffer.from(a, 'base64')).toHaveLength(16);
        expect(createNonce()).not.toBe(a);
    });
});
