import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../summary/src/build-summary.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { FIXTURE_TODAY, inlineDocuments } from './summary-fixture.js';

/**
 * Follow-through in the summary: each ask at a date that has passed says whether a
 * record of feedback received followed it. Today is 2026-04-15 (the fixture's).
 */

const FILES = {
    'people.pop': `people {
    person yara "Yara Visser"
    person mark "Mark Jansen"
    person anna "Anna de Vries"
}
`,
    'yara.pop': `plan yara-2026 for yara {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal talks "Better talks" {
        feedback ask mark "How did it go?" on 2026-02-01
        feedback ask anna "And you?" on 2026-03-01
        feedback ask mark "Later?" on 2026-05-01
        feedback ask mark "Monthly?" every month
        feedback received mark on 2026-02-03 "Useful."
        feedback received anna on 2026-03-04 private "PRIVATE-WORDS of anna"
    }
}
`,
};

async function model(audience: 'export' | 'owner', lang: Lang = 'en') {
    const documents = await inlineDocuments(FILES, lang);
    return buildSummary(documents, { lang, today: FIXTURE_TODAY, audience, scope: { kind: 'plan', id: 'yara-2026' } });
}

describe('the summary says which asked feedback was followed up', () => {
    it('marks each ask at a passed date; a rhythm and an ask still to come have no mark', async () => {
        const feedback = (await model('export')).plans[0].goals[0].feedback;
        expect(feedback.map(f => [f.direction, f.question, f.followUp])).toEqual([
            ['ask', 'How did it go?', { date: '2026-02-01', recorded: true }],
            // Anna's record is private: an export does not read it.
            ['ask', 'And you?', { date: '2026-03-01', recorded: false }],
            ['ask', 'Later?', undefined],
            ['ask', 'Monthly?', undefined],
            ['received', undefined, undefined],
        ]);
    });

    it("counts a private record only in the owner's own view", async () => {
        const feedback = (await model('owner')).plans[0].goals[0].feedback;
        expect(feedback[1].followUp).toEqual({ date: '2026-03-01', recorded: true });
    });

    it('shows it in HTML and Markdown, in English and Dutch, and no private word', async () => {
        const en = await model('export');
        const html = renderHtml(en, { standalone: true });
        expect(html).toContain('<span class="badge good follow-up">followed up</span>');
        expect(html).toContain('<span class="badge warn follow-up">no feedback recorded yet</span>');
        expect(renderMarkdown(en)).toContain('asks Mark Jansen (followed up)');
        const nl = await model('export', 'nl');
        expect(renderHtml(nl, { standalone: true })).toContain('nog geen feedback vastgelegd');
        expect(renderMarkdown(nl)).toContain('(opgevolgd)');
        for (const text of [html, renderMarkdown(en), JSON.stringify(en)]) expect(text).not.toContain('PRIVATE-WORDS');
    });
});
