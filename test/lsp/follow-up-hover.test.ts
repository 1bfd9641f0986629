import { describe, expect, it } from 'vitest';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { ORGANISATION, openWorkspace, type TestWorkspace } from './helpers.js';

/** The hover on an ask at a date that has passed says whether feedback was recorded after it (today: 2026-06-01). */

const PLAN = `plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal talks "Better talks" {
        feedback ask mark "How did it go?" on 2026-03-01
        feedback ask piet "And you?" on 2026-04-01
        feedback ask mark "Later?" on 2026-07-01
        feedback received mark on 2026-03-05 private "Only a date of this may show."
    }
}
`;

async function hover(ws: TestWorkspace, needle: string, shift = 0): Promise<string> {
    const result = await ws.services.lsp.HoverProvider!.getHoverContent(ws.doc('anna-2026.pop'), { textDocument: { uri: ws.uri('anna-2026.pop') }, position: ws.at('anna-2026.pop', needle, shift) });
    const contents = result?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

async function workspace(lang: Lang): Promise<TestWorkspace> {
    return openWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': PLAN }, { settings: { lang } });
}

describe('the hover on an asked feedback moment', () => {
    it('says followed up or not yet, with the date only, on the keywords and on the date', async () => {
        const ws = await workspace('en');
        expect(await hover(ws, 'on 2026-03-01', 4)).toBe('Feedback asked for 2026-03-01: a record of feedback received follows it.');
        expect(await hover(ws, 'ask piet')).toContain('Feedback asked for 2026-04-01: that date has passed and no feedback received is recorded yet.');
        expect(await hover(ws, 'on 2026-07-01', 4)).not.toContain('Feedback asked for');
        expect(await hover(ws, 'on 2026-03-01', 4)).not.toContain('Only a date');
    });

    it('in Dutch', async () => {
        const ws = await workspace('nl');
        expect(await hover(ws, 'on 2026-04-01', 4)).toBe('Feedback gevraagd voor 2026-04-01: die datum is voorbij en er is nog geen ontvangen feedback vastgelegd.');
    });
});
