import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSummary, type SummaryOptions } from '../../summary/src/build-summary.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderJson } from '../../summary/src/render-json.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import { MAX_OCCURRENCES } from '../../summary/src/calendar.js';
import type { PlanSummary, SummaryModel } from '../../summary/src/summary-model.js';
import { workspaceDocuments } from './summary-fixture.js';

/**
 * The summary of the second edition (design/language-v2.md): each new form shown
 * honestly, never with a made-up date; private records of feedback received only in the
 * owner's own view. The workspace is the parsing fixture test/parsing/fixtures/second-edition/en.
 */
const DIR = join(__dirname, '..', 'parsing', 'fixtures', 'second-edition', 'en');
const TODAY = '2026-10-01';

async function model(options: Partial<SummaryOptions> = {}): Promise<SummaryModel> {
    return buildSummary(await workspaceDocuments(DIR, 'en', TODAY), { lang: 'en', today: TODAY, audience: 'export', ...options });
}

const ownView = () => model({ audience: 'owner', scope: { kind: 'plan', id: 'mila-2026' } });

function plan(m: SummaryModel): PlanSummary {
    return m.plans.find(p => p.id === 'mila-2026')!;
}

describe('the summary of the second edition', () => {
    it('draws a named period and a within span as bands, a cadence as repeating marks, and no date for an event or ongoing', async () => {
        const timeline = plan(await model()).timeline;
        const action = (label: string) => timeline.find(e => e.kind === 'action' && e.label === label);
        expect(action('A colleague watches one lesson')).toMatchObject({ date: '2026-09-01', end: '2026-10-31' });
        expect(action('A round of feedback')).toMatchObject({ date: '2027-03-01', end: '2027-03-31' });
        const fortnightly = action('Look back with the class')!;
        expect(fortnightly.occurrences!.slice(0, 3)).toEqual(['2026-09-01', '2026-09-15', '2026-09-29']);
        expect(fortnightly.repeats).toEqual({ every: 2, unit: 'week', until: '2027-07-20' });
        // Every day over eleven months: 60 marks listed, the band goes on to the end of the period.
        const daily = action('A chapter')!;
        expect(daily.occurrences).toHaveLength(MAX_OCCURRENCES);
        expect(daily.repeats).toEqual({ every: 1, unit: 'day', until: '2027-07-31' });
        // An event and `ongoing` are notes, never a date on the time axis.
        for (const label of ['The same ritual after every break', 'What I learned, at the team meeting']) expect(action(label)).toBeUndefined();
        expect(plan(await model()).timelineNotes.map(n => [n.kind, n.label, n.moment, n.event])).toEqual([
            ['action', 'The same ritual after every break', 'ongoing', undefined],
            ['action', 'What I learned, at the team meeting', 'after', 'each study day'],
            ['feedback', 'Does this plan leave room for my work?', 'after', 'each review'],
            ['review', 'Short talk', 'after', 'each lesson visit'],
        ]);
        // A due date written as a named period or a span is on the axis on the day it stands for.
        expect(timeline.filter(e => e.kind === 'due').map(e => [e.goal, e.date])).toEqual([
            ['calm-class', '2027-06-30'], ['own-house', '2027-06-30'], ['planning', '2027-05-31'],
        ].sort((a, b) => (a[1] < b[1] ? -1 : 1)));
    });

    it('shows why, level, every success criterion, the personal flag and how the due date was written on the goal cards', async () => {
        const [calm, own, planning] = plan(await model()).goals;
        expect(calm).toMatchObject({
            personal: false, why: 'The first ten minutes after the break decide the rest of my lesson.', level: { now: 2, target: 4 },
            successCriteria: ['The class is working within five minutes in four of five lessons.', 'Fewer than two pupils sent out per month.'],
            evidence: 'The class is working within five minutes in four of five lessons.',
            due: '2027-06-30', dueMoment: { kind: 'due', period: '2027-H1', date: '2027-06-30' },
        });
        expect(own).toMatchObject({ personal: true, due: '2027-06-30', dueMoment: { kind: 'due', within: { count: 10, unit: 'month' }, date: '2027-06-30' } });
        expect(planning.dueMoment).toEqual({ kind: 'due', period: '2027-05', date: '2027-05-31' });
        expect(calm.actions.map(a => a.when)).toContainEqual({ kind: 'every', cadence: 'week', every: 2 });
        expect(calm.feedback[0]).toMatchObject({ direction: 'ask', from: { kind: 'external', id: '', name: 'pupils of 2b' } });
    });

    it('counts a cadence review in every period it covers: the next review is its next occurrence', async () => {
        const mila = plan(await model());
        const quarterly = mila.reviews.find(r => r.when?.kind === 'every')!;
        expect(quarterly.occurrences).toEqual(['2026-09-01', '2026-12-01', '2027-03-01', '2027-06-01']);
        expect(mila.nextReview).toMatchObject({ date: '2026-12-01', inDays: 61, text: 'POP conversation' });
        expect(mila.reviews.find(r => r.when?.kind === 'after')).toMatchObject({ when: { kind: 'after', event: 'each lesson visit' } });
        expect(mila.reviews.find(r => r.when?.kind === 'after')!.date).toBeUndefined();
        const coach = (await model()).coaches.find(c => c.coach.id === 'ruud')!.plans[0];
        expect(coach.nextReview).toEqual({ date: '2026-12-01', inDays: 61 });
        expect(coach.lastReview).toEqual({ date: '2026-09-01', inDays: -30 });
    });

    it('lists received feedback in the owner\'s own view, private records included; an export has only the shared ones', async () => {
        const own = plan(await ownView());
        expect(own.received.map(f => [f.from.name, f.text, f.private ?? false, f.goal, f.when?.date])).toEqual([
            ['Ruud de Boer', 'Calmer, but the ritual takes too long.', false, 'calm-class', '2026-11-20'],
            ['parents', 'They worry about the noise.', true, 'calm-class', '2026-12-01'],
            ['Team group 6', 'Keep it up.', true, 'calm-class', '2027-01-01'],
            ['Sem Bakker', undefined, false, 'calm-class', undefined],
        ]);
        const exported = plan(await model());
        expect(exported.received.map(f => f.text)).toEqual(['Calmer, but the ritual takes too long.', undefined]);
        const json = renderJson(await model());
        for (const secret of ['They worry about the noise.', 'Keep it up.', 'Honest notes', 'No moment at all', 'I rush the ritual']) {
            expect(json).not.toContain(secret);
        }
        // The team's and the workspace's views are as private as an export.
        for (const scope of [{ kind: 'team', id: 'group-6' }, { kind: 'all' }] as const) {
            const text = renderJson(await model({ audience: 'owner', scope }));
            for (const secret of ['They worry about the noise.', 'Keep it up.', 'Honest notes']) expect(text).not.toContain(secret);
        }
    });

    it('keeps undated reflections, after the dated ones, with their moment in words', async () => {
        const own = plan(await ownView());
        // Plan lines first, then the private file's, each group by date; without a date (a cadence, an event, none) after.
        expect(own.reflections.map(r => [r.date, r.when?.kind, r.private])).toEqual([
            ['2026-09-01', 'within', false],
            ['2026-10-01', 'in', false],
            ['2026-10-01', undefined, false],
            ['2026-11-02', undefined, true],
            [undefined, 'after', false],
            [undefined, 'every', true],
            [undefined, undefined, false],
            [undefined, 'ongoing', true],
            [undefined, 'every', true],
            [undefined, undefined, true],
        ]);
        expect(plan(await model()).reflections.every(r => !r.private)).toBe(true);
    });

    it('shows a team\'s routines and counts them in its feedback calendar', async () => {
        const team = (await model()).teams[0];
        expect(team.routines.actions.map(a => [a.form, a.when])).toEqual([
            ['retrospective', { kind: 'every', cadence: 'week', every: 2 }], ['practice', { kind: 'every', cadence: 'day' }],
        ]);
        expect(team.routines.feedback.map(f => [f.direction, f.from.kind])).toEqual([['ask', 'external'], ['ask', 'team'], ['received', 'external']]);
        // The fortnightly retrospective gathers feedback: asks in every month of the members' period.
        expect(team.feedbackCalendar.filter(m => m.asks > 0).length).toBe(team.feedbackCalendar.length);
        expect((await model()).organisation!.visions.map(v => v.developedWith)).toEqual([
            ['employees', 'students', 'clients'], ['citizens', 'partners'], ['management'],
        ]);
    });

    it('shows a personal goal without a vision link as needing none, not as a problem, in both languages', async () => {
        for (const lang of ['en', 'nl'] as const) {
            const m = buildSummary(await workspaceDocuments(DIR, lang, TODAY), { lang, today: TODAY, audience: 'export' });
            expect(plan(m).goals.find(g => g.id === 'own-house')).toMatchObject({ personal: true, vision: { linked: false } });
            const html = renderHtml(m);
            const card = /<article class="([^"]*)" data-goal="own-house"[\s\S]*?<\/article>/.exec(html);
            expect(card?.[1]).toBe('goal');
            const says = lang === 'en' ? 'a personal goal: needs no vision link' : 'een persoonlijk leerdoel: heeft geen visielijn nodig';
            expect(card?.[0]).toContain(`<span class="badge info">${says}</span>`);
            expect(card?.[0]).not.toContain('badge warn');
            const markdown = renderMarkdown(m);
            const section = markdown.slice(markdown.indexOf('(`own-house`)'));
            expect(section.slice(0, section.indexOf('\n#'))).toContain(says);
            expect(markdown).not.toContain(lang === 'en' ? '**not linked to the vision**' : '**niet verbonden met de visie**');
        }
    });

    it('renders the new forms in HTML and Markdown, in both languages, with no made-up date', async () => {
        for (const lang of ['en', 'nl'] as const) {
            const m = buildSummary(await workspaceDocuments(DIR, lang, TODAY), { lang, today: TODAY, audience: 'owner', scope: { kind: 'plan', id: 'mila-2026' } });
            const html = renderHtml(m);
            const markdown = renderMarkdown(m);
            const words = lang === 'en'
                ? ['after each study day', 'ongoing', 'every quarter, 4 dates in the period', 'by the end of 2027-H1 (30 Jun 2027)', '2 → 4 (of 5)', 'Success criteria', 'Feedback received', 'They worry about the noise.', 'personal goal', 'within 2 months (1 Sep 2026 to 31 Oct 2026)']
                : ['na each study day', 'doorlopend', 'elk kwartaal, 4 datums in de periode', 'uiterlijk eind 2027-H1 (30 jun 2027)', '2 → 4 (van 5)', 'Succescriteria', 'Ontvangen feedback', 'They worry about the noise.', 'persoonlijk leerdoel', 'binnen 2 maanden (1 sep 2026 tot 31 okt 2026)'];
            for (const word of words) {
                expect(html, `${lang} html: ${word}`).toContain(word.replace('→', '→'));
                expect(markdown, `${lang} markdown: ${word}`).toContain(word);
            }
            expect(html).toContain('class="repeat-band action"');
            expect(html).toContain('class="timeline-note action"');
        }
    });

    it('has every field of the JSON documented in docs/summary-json.md', async () => {
        const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'summary-json.md'), 'utf8');
        const keys = new Set<string>();
        const walk = (value: unknown) => {
            if (Array.isArray(value)) value.forEach(walk);
            else if (value && typeof value === 'object') {
                for (const [key, child] of Object.entries(value)) {
                    keys.add(key);
                    walk(child);
                }
            }
        };
        for (const m of [await ownView(), await model(), await model({ scope: { kind: 'team', id: 'group-6' } })]) walk(JSON.parse(renderJson(m)));
        expect(keys.size).toBeGreaterThan(80);
        const undocumented = [...keys].filter(key => !new RegExp(`[\\s\`{(,]${key}[\\s\`?:,})]`).test(doc));
        expect(undocumented).toEqual([]);
    });
});
