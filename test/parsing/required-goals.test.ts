import { describe, expect, it } from 'vitest';
import { checkFiles, sayings } from './parse-helpers.js';
import * as ast from '../../language/src/generated/ast.js';
import { translateKeywordEdits } from '../../language/src/syntax/translate-keywords.js';
import { keywordHoverText } from '../../language/src/syntax/keyword-help.js';
import { buildSummary } from '../../summary/src/build-summary.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { inlineDocuments } from '../summary/summary-fixture.js';
import { completionAfter } from '../lsp/helpers.js';

/**
 * Goals nobody chose: a nurse's revalidation, a fire officer's competence test. `required
 * "who or what"` / `verplicht "..."` says what requires the goal; that is why it matters, so
 * `goal-without-vision` does not apply to it, and every other rule does.
 */
const PEOPLE = { en: 'people {\n    person ann "Ann"\n    person bo "Bo"\n}\n', nl: 'mensen {\n    persoon ann "Ann"\n    persoon bo "Bo"\n}\n' };

const PLAN = {
    en: `plan ann-2026 for ann {
    coach bo
    period 2026-01-01 .. 2026-12-31
    goal revalidation "Meet the revalidation requirements" {
        required "NMC revalidation, every three years"
        action course "Infection control update" in 2026-Q3
        feedback ask external "5 colleagues" "Practice-related feedback" in 2026-Q2
        evidence "Five pieces of practice-related feedback."
        due 2026-12-31
    }
    goal listen "Listen before I answer" {
        action practice "Summarise what I heard first" ongoing
        feedback ask bo "Do I let people finish?" every quarter
        evidence "Bo says I let people finish."
        due 2026-12-31
    }
    review every quarter with bo "POP conversation"
    reflection every month "What did I try?"
}
`,
    nl: `plan ann-2026 voor ann {
    coach bo
    periode 2026-01-01 .. 2026-12-31
    leerdoel revalidation "Meet the revalidation requirements" {
        verplicht "NMC revalidation, every three years"
        actie cursus "Infection control update" in 2026-Q3
        feedback vraag extern "5 colleagues" "Practice-related feedback" in 2026-Q2
        bewijs "Five pieces of practice-related feedback."
        uiterlijk 2026-12-31
    }
    leerdoel listen "Listen before I answer" {
        actie praktijk "Summarise what I heard first" doorlopend
        feedback vraag bo "Do I let people finish?" elk kwartaal
        bewijs "Bo says I let people finish."
        uiterlijk 2026-12-31
    }
    gesprek elk kwartaal met bo "POP conversation"
    reflectie elke maand "What did I try?"
}
`,
};

type Checked = Awaited<ReturnType<typeof checkFiles>>;
const planOf = (checked: Checked) => (checked['plan.pop'].document.parseResult.value as ast.Document).elements.find(ast.isPlan)!;
const found = (checked: Checked) => Object.values(checked).flatMap(r => r.diagnostics.map(d => `${d.code} ${d.range.start.line + 1}`));
const lineOf = (text: string, part: string) => text.split('\n').findIndex(l => l.includes(part)) + 1;

describe('required goals: `required "..."` / `verplicht "..."`', () => {
    for (const lang of ['en', 'nl'] as const) {
        it(`reads the line and asks no vision link of that goal only (${lang} keywords)`, async () => {
            const checked = await checkFiles({ 'people.pop': PEOPLE[lang], 'plan.pop': PLAN[lang] });
            expect(checked['plan.pop'].document.parseResult.parserErrors).toEqual([]);
            const [required, listen] = planOf(checked).goals;
            expect(required.requirements.map(r => r.text)).toEqual(['NMC revalidation, every three years']);
            expect(listen.requirements).toEqual([]);
            // The other goal still says it serves no vision; the required one does not.
            expect(found(checked).filter(f => f.startsWith('goal-without-vision'))).toEqual([`goal-without-vision ${lineOf(PLAN[lang], 'goal listen') || lineOf(PLAN[lang], 'leerdoel listen')}`]);
        });
    }

    it('keeps every other rule on a required goal', async () => {
        const bare = PLAN.en.replace(/ {8}action course[^\n]*\n {8}feedback ask external[^\n]*\n/, '');
        const checked = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': bare });
        const goalLine = lineOf(bare, 'goal revalidation');
        expect(found(checked)).toEqual(expect.arrayContaining([`goal-without-feedback ${goalLine}`, `goal-without-action ${goalLine}`]));
        expect(found(checked)).not.toContain(`goal-without-vision ${goalLine}`);
    });

    it('allows one required line per goal: a second is duplicate-property', async () => {
        const twice = PLAN.en.replace('        required "NMC revalidation, every three years"\n', '        required "NMC revalidation"\n        required "The employer"\n');
        const checked = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': twice });
        expect(found(checked)).toContain(`duplicate-property ${lineOf(twice, 'required "The employer"')}`);
    });

    it('does not let a team whose goals are all required skip the vision role', async () => {
        const team = `team ward "Ward 3" {
    lead bo
    members ann
    goal bls "Everybody passes the yearly BLS test" {
        required "Hospital policy: yearly basic life support"
        dimensions senge.TeamLeren
        action workshop "BLS training" every year
        feedback ask team ward "What went wrong in the last resuscitation?" every quarter
        evidence "Everybody passed."
        due 2026-12-31
    }
}
`;
        const checked = await checkFiles({ 'people.pop': PEOPLE.en, 'team.pop': team });
        const codes = checked['team.pop'].diagnostics.map(d => [d.code, (d.data as { role?: string } | undefined)?.role]);
        expect(codes).toContainEqual(['team-missing-role', 'vision']);
        expect(codes.map(c => c[0])).not.toContain('goal-without-vision');
    });

    it('reads a goal id `required` and a person `verplicht` as names, as before the keyword', async () => {
        const checked = await checkFiles({
            'people.pop': 'people {\n    person verplicht "V"\n}\n',
            'plan.pop': 'plan p for verplicht {\n    goal required "An id that is a keyword" personal {\n        required "The law"\n    }\n}\n',
        });
        expect(checked['plan.pop'].document.parseResult.parserErrors).toEqual([]);
        expect(found(checked).filter(f => /parse-error|link-error/.test(f))).toEqual([]);
        expect(planOf(checked).goals.map(g => [g.name, g.requirements[0]?.text])).toEqual([['required', 'The law']]);
    });

    it('gets the same diagnostics with Dutch keywords as with English ones', async () => {
        const english = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en });
        const dutch = await checkFiles({ 'people.pop': PEOPLE.nl, 'plan.pop': PLAN.nl });
        expect(sayings(dutch['plan.pop'].diagnostics)).toEqual(sayings(english['plan.pop'].diagnostics));
    });

    it('translates `verplicht` to `required` and back', async () => {
        const checked = await checkFiles({ 'people.pop': PEOPLE.nl, 'plan.pop': PLAN.nl });
        const edits = translateKeywordEdits(checked['plan.pop'].document.parseResult.value, 'en');
        const line = lineOf(PLAN.nl, 'verplicht') - 1;
        expect(edits.filter(e => e.range.start.line === line).map(e => e.newText)).toEqual(['required']);
        const back = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en });
        const dutch = translateKeywordEdits(back['plan.pop'].document.parseResult.value, 'nl');
        expect(dutch.filter(e => e.range.start.line === line).map(e => e.newText)).toEqual(['verplicht']);
    });

    it('explains the keyword in its hover in both languages', () => {
        expect(keywordHoverText('required', 'GoalRequired', 'en')).toMatch(/^`required` · Dutch: `verplicht`\n\nA required goal: a regulator, the law or your employer requires it/);
        expect(keywordHoverText('verplicht', 'GoalRequired', 'nl')).toContain('hoeft niet aan de visie gekoppeld te zijn');
    });

    it('offers the keyword inside a goal, in the language of the file', async () => {
        const english = await completionAfter('plan p for ann {\n    goal g "G" {\n        \n    }\n}\n', '{\n        ');
        expect(english.map(i => i.label)).toContain('required');
        expect(english.map(i => i.label)).not.toContain('verplicht');
        const dutch = await completionAfter('plan p voor ann {\n    leerdoel g "G" {\n        \n    }\n}\n', '{\n        ');
        expect(dutch.map(i => i.label)).toContain('verplicht');
        expect(dutch.map(i => i.label)).not.toContain('required');
    });

    it('shows the requirement on the goal card, in place of the missing vision link, in every format', async () => {
        const model = buildSummary(await inlineDocuments({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en }), { lang: 'en', today: '2026-06-01', audience: 'export' });
        const goals = model.plans[0].goals;
        expect(goals.map(g => [g.id, g.required, g.vision.linked])).toEqual([
            ['revalidation', 'NMC revalidation, every three years', false],
            ['listen', undefined, false],
        ]);
        expect(JSON.parse(JSON.stringify(model)).plans[0].goals[0].required).toBe('NMC revalidation, every three years');
        const md = renderMarkdown(model);
        expect(md).toContain('- **Required:** NMC revalidation, every three years\n');
        expect(md).toContain('- **Vision link:** a required goal: needs no vision link\n');
        expect(md).toContain('- **Vision link:** **not linked to the vision**\n');
        const html = renderHtml(model);
        const card = (id: string) => html.slice(html.indexOf(`data-goal="${id}"`) - 40, html.indexOf('</article>', html.indexOf(`data-goal="${id}"`)));
        expect(card('revalidation')).toMatch(/^.*<article class="goal"/s);
        expect(card('revalidation')).toContain('<span class="muted">Required:</span> NMC revalidation, every three years');
        expect(card('revalidation')).toContain('<span class="badge info">a required goal: needs no vision link</span>');
        expect(card('listen')).toContain('<article class="goal unlinked"');
        const dutch = renderMarkdown(buildSummary(await inlineDocuments({ 'people.pop': PEOPLE.nl, 'plan.pop': PLAN.nl }, 'nl'), { lang: 'nl', today: '2026-06-01', audience: 'export' }));
        expect(dutch).toContain('- **Verplicht:** NMC revalidation, every three years\n');
        expect(dutch).toContain('een verplicht leerdoel: heeft geen visielijn nodig');
    });
});
