import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, SemanticTokens } from 'vscode-languageserver';
import { ORGANISATION, completionAfter, hoverText, openWorkspace, type TestWorkspace } from './helpers.js';
import { LEERPLAN_TOKEN_TYPES } from '../../server/src/lsp/semantic-tokens.js';

/** The editor features on the second edition of the language (design/language-v2.md). */
const PLAN = `plan anna-2026 for anna {
    coach mark
    period 2026-09-01 .. 2027-07-31
    goal calm "Calm handovers" personal {
        why "Handovers decide the shift."
        level 2 -> 4
        action practice "Same ritual" ongoing
        action lesson-visit "A visit" within 2 months
        action pilot "Pilot" in 2026-Q4
        action pilot "Rounds" every 2 weeks
        feedback ask external "residents" "What changed?" after "each handover"
        feedback received mark on 2026-11-20 "Calmer."
        evidence "One"
        evidence "Two"
        due 2027-H1
    }
    review every quarter with mark
    reflection after "each incident" private "Hidden words."
    reflection "No moment."
}
`;

const TEAM = `team night "Night shift" {
    lead mark
    action retrospective "Retro" within 2 months
}
`;

async function workspace(): Promise<TestWorkspace> {
    return openWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': PLAN, 'night.pop': TEAM });
}


describe('hovers on the second edition', () => {
    it('give the dates of a named period, a within span and a computed due date', async () => {
        const ws = await workspace();
        expect(await hoverText(ws, 'anna-2026.pop', '2026-Q4')).toBe('named period `2026-Q4`: 2026-10-01 .. 2026-12-31');
        // On a keyword of a moment: what the word means, then the dates; on its number, the dates alone.
        const within = await hoverText(ws, 'anna-2026.pop', 'within 2 months');
        expect(within).toContain('`within` · Dutch: `binnen`');
        expect(within).toContain("Counted from the start of the plan's period: 2026-09-01 .. 2026-10-31");
        expect(await hoverText(ws, 'anna-2026.pop', 'within 2 months', 7)).toBe("Counted from the start of the plan's period: 2026-09-01 .. 2026-10-31");
        expect(await hoverText(ws, 'anna-2026.pop', '2027-H1')).toBe('Due on 2027-06-30');
        expect(await hoverText(ws, 'anna-2026.pop', 'every 2 weeks', 6)).toBe('Cadence: every 2 weeks (2026-09-01 .. 2027-07-31)');
        expect(await hoverText(ws, 'anna-2026.pop', 'ongoing')).toContain("Throughout the plan's period, with no date of its own: 2026-09-01 .. 2027-07-31");
        expect(await hoverText(ws, 'anna-2026.pop', 'personal')).toContain('A personal goal');
        expect(await hoverText(ws, 'anna-2026.pop', '2 -> 4')).toBe('Level now 2 of 5, aimed for 4');
        expect(await hoverText(ws, 'night.pop', 'within 2', 7)).toContain('No period to count from');
    });

    it('never show the words of an event or a private reflection', async () => {
        const ws = await workspace();
        const text = await hoverText(ws, 'anna-2026.pop', '"each incident"', 2);
        expect(text).toContain('no calendar date');
        expect(await hoverText(ws, 'anna-2026.pop', 'after "each incident"')).toContain('`after` · Dutch: `na`');
        expect(text).not.toContain('each incident');
        expect(await hoverText(ws, 'anna-2026.pop', 'Hidden words', 2)).not.toContain('Hidden');
    });
});

describe('completion on the second edition', () => {
    it('offers why, level, personal lines and the new moments in the language of the file', async () => {
        const goal = await completionAfter('plan p for anna {\n    goal g "G" {\n        \n    }\n}\n', '    goal g "G" {\n        ');
        expect(goal.map(i => i.label)).toEqual(expect.arrayContaining(['why', 'level', 'evidence']));
        const dutch = await completionAfter('plan p voor anna {\n    leerdoel g "G" {\n        \n    }\n}\n', '    leerdoel g "G" {\n        ');
        expect(dutch.map(i => i.label)).toEqual(expect.arrayContaining(['waarom', 'niveau', 'bewijs']));
        expect(dutch.map(i => i.label)).not.toContain('why');
        const moments = await completionAfter('plan p for anna {\n    goal g "G" {\n        action pilot "P" \n    }\n}\n', 'action pilot "P" ');
        expect(moments.map(i => i.label)).toEqual(expect.arrayContaining(['in', 'within', 'after', 'ongoing', 'every day', 'every 2 weeks', 'on']));
        const feedback = await completionAfter('plan p for anna {\n    goal g "G" {\n        feedback \n    }\n}\n', '        feedback ');
        expect(feedback.map(i => i.label)).toEqual(expect.arrayContaining(['ask', 'give', 'received']));
    });

    it('offers the quarters and half years of the plan period after in, with their dates', async () => {
        const items = await completionAfter('plan p for anna {\n    period 2026-09-01 .. 2027-07-31\n    goal g "G" {\n        action pilot "P" in \n    }\n}\n', 'action pilot "P" in ');
        const periods = items.filter(i => /^\d{4}-[QH]\d$/.test(String(i.label)));
        expect(periods.map(i => i.label)).toEqual(['2026-Q3', '2026-Q4', '2026-H2', '2027-Q1', '2027-Q2', '2027-Q3', '2027-H1', '2027-H2']);
        expect(periods.find(i => i.label === '2027-Q1')?.detail).toBe('named period · 2027-01-01 .. 2027-03-31');
    });
});

describe('outline and colours of the second edition', () => {
    it('names reviews and reflections by their moment, never by an event\'s or a reflection\'s words', async () => {
        const ws = await workspace();
        const symbols = await ws.services.lsp.DocumentSymbolProvider!.getSymbols(ws.doc('anna-2026.pop'), { textDocument: { uri: ws.uri('anna-2026.pop') } }) as DocumentSymbol[];
        const children = symbols[0].children!.map(s => [s.name, s.detail]);
        expect(children).toEqual([
            ['calm', 'Calm handovers'],
            ['review every quarter', 'with mark'],
            ['reflection after …', 'private'],
            ['reflection', undefined],
        ]);
    });

    it('colours named periods and counts as numbers, the level arrow as an operator, new words as keywords', async () => {
        const ws = await workspace();
        const tokens: SemanticTokens = await ws.services.lsp.SemanticTokenProvider!.semanticHighlight(ws.doc('anna-2026.pop'), { textDocument: { uri: ws.uri('anna-2026.pop') } });
        const types = Object.keys(LEERPLAN_TOKEN_TYPES);
        const lines = PLAN.split('\n');
        const decoded: string[] = [];
        let line = 0;
        let char = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
            const [deltaLine, deltaChar, length, type] = tokens.data.slice(i, i + 5);
            line += deltaLine;
            char = deltaLine === 0 ? char + deltaChar : deltaChar;
            decoded.push(`${lines[line].slice(char, char + length)}:${types[type]}`);
        }
        for (const token of ['personal:keyword', 'why:keyword', 'level:keyword', '2:number', '->:operator', '4:number', 'ongoing:keyword',
            'within:keyword', 'months:keyword', 'in:keyword', '2026-Q4:number', 'every:keyword', 'weeks:keyword', 'external:keyword',
            'after:keyword', 'received:keyword', '2027-H1:number', 'quarter:keyword']) {
            expect(decoded, token).toContain(token);
        }
    });
});
