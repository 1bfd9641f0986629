import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../summary/src/build-summary.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import { FIXTURE_TODAY, inlineDocuments } from './summary-fixture.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';

/** The baseline (nulmeting) of the summary: assessments over time beside where goals invest, per team and for the organisation. */
const FILES: Record<string, string> = {
    'organisation.pop': `organisation acme "Acme Care" {
    vision care "Care that residents value."
}

people {
    person mark "Mark Jansen" role "Team lead"
    person anna "Anna de Vries"
    person piet "Piet Bakker"
}

team ward "Ward A" {
    lead mark
    members anna, piet
    goal learn "Learn from incidents" {
        dimensions TeamlerenEnSamenwerking
        supports care
    }
}
`,
    'anna-2026.pop': `plan anna-2026 for anna {
    coach mark
    team ward
    period 2026-01-01 .. 2026-12-31
    goal ask "Ask residents" {
        dimensions Feedbackprocessen
        supports care
    }
}
`,
    'assessments.pop': `assessment 2026-02-01 for team ward with mark, anna, piet {
    GedragenVisie 2 "Few can say what the vision asks <of us>."
    Feedbackprocessen 2
    TeamlerenEnSamenwerking 3
}

meting 2025-02-01 voor team ward met mark, anna {
    GedragenVisie 1
    Feedbackprocessen 3
}

assessment 2026-03-01 for organisation acme with anna, piet {
    StructuurEnBeleid 2
    Feedbackprocessen 4
    senge.SystemsThinking 5
}
`,
};

async function model(lang: Lang = 'en') {
    return buildSummary(await inlineDocuments(FILES, lang), { lang, today: FIXTURE_TODAY, audience: 'export' });
}

describe('the baseline of the summary', () => {
    it("puts a team's assessments in date order beside its team and member goals per dimension", async () => {
        const ward = (await model()).teams.find(t => t.id === 'ward')!;
        expect(ward.baseline.assessments.map(a => [a.date, a.participants.map(p => p.id), a.source.file])).toEqual([
            ['2025-02-01', ['mark', 'anna'], 'assessments.pop'],
            ['2026-02-01', ['mark', 'anna', 'piet'], 'assessments.pop'],
        ]);
        const row = (key: string) => ward.baseline.dimensions.find(d => d.key === key)!;
        expect(row('ros2024.GedragenVisie')).toMatchObject({ scores: [1, 2], notes: ['', 'Few can say what the vision asks <of us>.'], goals: 0, people: 0, gap: true });
        expect(row('ros2024.Feedbackprocessen')).toMatchObject({ scores: [3, 2], goals: 1, people: 1, gap: false });
        expect(row('ros2024.TeamlerenEnSamenwerking')).toMatchObject({ scores: [null, 3], goals: 1, people: 3, gap: false });
        expect(row('ros2024.StructuurEnBeleid')).toMatchObject({ scores: [null, null], goals: 0, gap: false });
        expect(ward.baseline.dimensions.filter(d => d.card).map(d => d.key)).toEqual(['ros2024.GedragenVisie']);
        expect(row('ros2024.GedragenVisie').card!.challenges.length).toBeGreaterThan(0);
    });

    it("gives the organisation its own assessments, other frameworks' dimensions after the framework's", async () => {
        const org = (await model()).organisation!;
        expect(org.baseline.assessments.map(a => a.date)).toEqual(['2026-03-01']);
        const keys = org.baseline.dimensions.map(d => d.key);
        expect(keys.slice(0, 8).every(k => k.startsWith('ros2024.'))).toBe(true);
        expect(org.baseline.dimensions.find(d => d.key === 'senge.SystemsThinking')).toMatchObject({ inFramework: false, scores: [5], goals: 0 });
        expect(org.baseline.dimensions.find(d => d.key === 'ros2024.StructuurEnBeleid')).toMatchObject({ scores: [2], gap: true });
        expect(org.baseline.dimensions.find(d => d.key === 'ros2024.Feedbackprocessen')).toMatchObject({ scores: [4], goals: 1, gap: false });
        expect(org.untouched.map(d => d.key)).toContain('ros2024.StructuurEnBeleid');
    });

    it('renders the scores, the participants, the notes (escaped) and the card of a gap in HTML and Markdown, in both languages', async () => {
        const en = await model();
        const html = renderHtml(en);
        expect(html).toContain('<th class="num">2025-02-01</th><th class="num">2026-02-01</th>');
        expect(html).toContain('<td class="num score s1" data-label="2025-02-01">1</td><td class="num score s2" data-label="2026-02-01">2</td>');
        expect(html).toContain('Few can say what the vision asks &lt;of us&gt;.');
        expect(html).toContain('<span class="badge warn">lowest, no goal</span>');
        expect(html).toContain('<summary>Development card: Shared vision and ambition</summary>');
        expect(html).toContain('<summary>Development card: Organisational structure and policy</summary>');
        expect(html).toContain('2026-02-01 · 3 taking part: Mark Jansen, Anna de Vries, Piet Bakker');
        const markdown = renderMarkdown(en);
        expect(markdown).toContain('| Dimension | 2025-02-01 | 2026-02-01 | Goals | People |  |');
        expect(markdown).toContain('| Shared vision and ambition **lowest, no goal** | 1 | 2 | 0 | 0 | · |');
        expect(markdown).toContain('#### Development card: Shared vision and ambition');
        const nl = renderMarkdown(await model('nl'));
        expect(nl).toContain('### Nulmeting: de metingen en leerdoelen van het team per dimensie');
        expect(nl).toContain('| Gedragen visie en ambitie **laagst, geen leerdoel** | 1 | 2 | 0 | 0 | · |');
        expect(nl).toContain('**Ontwikkelsuggesties**');
        expect(nl).toContain('- 2026-02-01 · 3 deelnemers: Mark Jansen, Anna de Vries, Piet Bakker');
    });

    it('says that there is no assessment yet, and shows a team without one no baseline of its own', async () => {
        const files = { ...FILES };
        delete files['assessments.pop'];
        const plain = buildSummary(await inlineDocuments(files), { lang: 'en', today: FIXTURE_TODAY, audience: 'export' });
        expect(plain.organisation!.baseline.assessments).toEqual([]);
        expect(plain.organisation!.baseline.dimensions.every(d => d.scores.length === 0 && !d.gap)).toBe(true);
        const html = renderHtml(plain);
        expect(html).toContain('No assessment yet');
        expect(html).not.toContain("Baseline: the team's assessments");
    });
});
