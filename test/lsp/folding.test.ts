import { describe, expect, it } from 'vitest';
import { FoldingRangeKind } from 'vscode-languageserver';
import { ORGANISATION, openWorkspace } from './helpers.js';

const PLAN = `/*
 * Anna's plan for 2026,
 * agreed with Mark.
 */
plan anna-2026 for anna {
    coach mark
    goal one-liner "Fits on a line" { due 2026-03-31 }

    goal coaching-talks "Hold coaching conversations" {
        supports quality
        action course "Coaching skills training"
            due 2026-03-31
    }
    // a line comment is not folded
}
`;

describe('folding ranges', () => {
    it('folds blocks and block comments, not single lines or wrapped lines', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': PLAN });
        const ranges = await ws.services.lsp.FoldingRangeProvider!.getFoldingRanges(ws.doc('anna-2026.pop'), { textDocument: { uri: ws.uri('anna-2026.pop') } });
        expect(ranges.map(r => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`).sort()).toEqual([
            `0-3 ${FoldingRangeKind.Comment}`, // the whole block comment
            '4-13', // the plan, up to the line before its closing brace
            '8-11', // the multi-line goal; the one-line goal and the wrapped action are not folded
        ].sort());
    });

    it('folds the organisation, the people block and the team with its goals', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION });
        const ranges = await ws.services.lsp.FoldingRangeProvider!.getFoldingRanges(ws.doc('organisation.pop'), { textDocument: { uri: ws.uri('organisation.pop') } });
        expect(ranges.map(r => `${r.startLine}-${r.endLine}`)).toEqual(['0-7', '10-13', '16-26', '19-25']);
    });
});
