import { describe, expect, it } from 'vitest';
import { formatPop } from '../../language/src/formatting/format-text.js';
import { ORGANISATION, applyTextEdits, openWorkspace } from './helpers.js';

const MESSY = `plan piet-2026 voor piet {
coach mark
      periode 2026-01-01 .. 2026-12-31   // the year
  leerdoel plannen "Roosterplanning" { ondersteunt quality
feedback vraag mark "Werkt het?" elk kwartaal }
}
`;

const OPTIONS = { tabSize: 4, insertSpaces: true };

describe('document formatting', () => {
    it('returns one edit replacing the whole document with what `leerplan fmt` writes', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'piet-2026.pop': MESSY });
        const edits = await ws.services.lsp.Formatter!.formatDocument(ws.doc('piet-2026.pop'), { textDocument: { uri: ws.uri('piet-2026.pop') }, options: OPTIONS });
        expect(edits).toHaveLength(1);
        expect(edits[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 6, character: 0 } });
        const formatted = applyTextEdits(MESSY, edits);
        const expected = formatPop(MESSY);
        expect(expected.ok && expected.text).toBe(formatted);
        // Keywords stay Dutch, the comment stays, four spaces per level.
        expect(formatted).toMatch(/\n {4}periode 2026-01-01 \.\. 2026-12-31 +\/\/ the year\n/);
        expect(formatted).toContain('\n        ondersteunt quality\n');
    });

    it('changes nothing in a formatted file, and leaves a file that does not parse alone', async () => {
        const formatted = formatPop(MESSY);
        if (!formatted.ok) throw new Error(formatted.reason);
        const broken = 'plan piet-2026 voor piet {\n  coach\n';
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'piet-2026.pop': formatted.text, 'broken.pop': broken });
        const formatter = ws.services.lsp.Formatter!;
        expect(await formatter.formatDocument(ws.doc('piet-2026.pop'), { textDocument: { uri: ws.uri('piet-2026.pop') }, options: OPTIONS })).toEqual([]);
        expect(await formatter.formatDocument(ws.doc('broken.pop'), { textDocument: { uri: ws.uri('broken.pop') }, options: OPTIONS })).toEqual([]);
    });

    it('formats the whole file for a range request too, since a line depends on its blocks', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'piet-2026.pop': MESSY });
        const edits = await ws.services.lsp.Formatter!.formatDocumentRange(ws.doc('piet-2026.pop'), {
            textDocument: { uri: ws.uri('piet-2026.pop') }, options: OPTIONS, range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } },
        });
        const expected = formatPop(MESSY);
        expect(expected.ok && applyTextEdits(MESSY, edits)).toBe(expected.ok && expected.text);
    });
});
