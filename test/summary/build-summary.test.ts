import { describe, expect, it } from 'vitest';
import { buildSummary, scopeTargetExists } from '../../summary/src/build-summary.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { SUMMARY_MODEL_VERSION, type AlignmentNode, type SummaryModel } from '../../summary/src/summary-model.js';
import { FIXTURE_TODAY, fixtureDocuments, fixtureModel, inlineDocuments } from './summary-fixture.js';

function plan(model: SummaryModel, id: string) {
    const found = model.plans.find(p => p.id === id);
    if (!found) throw new Error(`no plan ${id}`);
    return found;
}

function goal(model: SummaryModel, planId: string, goalId: string) {
    const found = plan(model, planId).goals.find(g => g.id === goalId);
    if (!found) throw new Error(`no goal ${goalId}`);
    return found;
}

/** The tree as `kind:id` lines indented by depth, for readable assertions. */
function outline(nodes: AlignmentNode[], depth = 0): string[] {
    return nodes.flatMap(n => [`${'  '.repeat(depth)}${n.kind}:${n.id}${n.owner ? `@${n.owner.id}` : ''}`, ...outline(n.children, depth + 1)]);
}

describe('the summary model of a plan', () => {
    it('has a version, the language, today and the audience', async () => {
        const model = await fixtureModel();
        expect(model.version).toBe(SUMMARY_MODEL_VERSION);
        expect(model.lang).toBe('en');
        expect(model.today).toBe(FIXTURE_TODAY);
        expect(model.audience).toBe('export');
        expect(model.framework.id).toBe('ros2024');
        expect(model.framework.dimensions).toHaveLength(8);
    });

    it('carries the header with display names, period, ambition and strengths', async () => {
        const alex = plan(await fixtureModel(), 'alex-2026');
        expect(alex.owner).toEqual({ id: 'alex', name: 'Alex <Admin> de Wit' });
        expect(alex.coach).toEqual({ id: 'cas', name: 'Cas Smit' });
        expect(alex.team).toEqual({ id: 'ward-3', name: 'Ward 3 "North"' });
        expect(alex.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
        expect(alex.ambition).toBe("Become the ward's <b>fall</b> expert & coach.");
        expect(alex.strengths).toEqual(['Calm', 'Precise | careful']);
        expect(alex.source).toMatchObject({ file: 'plans/alex-2026.pop', line: 2 });
    });

    it('names dimensions in the UI language', async () => {
        expect(goal(await fixtureModel(), 'alex-2026', 'script-goal').dimensions.map(d => d.name))
            .toEqual(['Shared vision and ambition', 'Feedback processes']);
        expect(goal(await fixtureModel({ lang: 'nl' }), 'alex-2026', 'script-goal').dimensions.map(d => d.name))
            .toEqual(['Gedragen visie en ambitie', 'Feedbackprocessen']);
    });

    it('gives the vision link and the path to the vision', async () => {
        const model = await fixtureModel();
        const direct = goal(model, 'alex-2026', 'script-goal').vision;
        expect(direct).toEqual({ linked: true, reachesVision: true, path: [{ kind: 'vision', id: 'safe-care', text: 'Care that residents & families trust.' }] });
        const throughTeam = goal(model, 'bo-2026', 'valpreventie').vision;
        expect(throughTeam.linked).toBe(true);
        expect(throughTeam.path.map(s => `${s.kind}:${s.id}`)).toEqual(['team-goal:fall-rounds', 'ambition:fewer-falls', 'vision:safe-care']);
        expect(goal(model, 'alex-2026', 'img-goal').vision).toEqual({ linked: false, reachesVision: false, path: [] });
    });

    it('tells asked, given and no feedback apart', async () => {
        const model = await fixtureModel();
        expect(goal(model, 'alex-2026', 'script-goal').feedbackStatus).toBe('asked');
        expect(goal(model, 'alex-2026', 'img-goal').feedbackStatus).toBe('given');
        expect(goal(model, 'dee-2026', 'night-shift').feedbackStatus).toBe('none');
        expect(plan(model, 'alex-2026').feedbackStatus).toEqual({ asked: 1, given: 1, none: 0 });
        const feedback = goal(model, 'alex-2026', 'script-goal').feedback;
        expect(feedback.map(f => [f.direction, f.from.name, f.when])).toEqual([
            ['ask', 'Cas Smit', { kind: 'every', cadence: 'quarter' }],
            ['ask', 'Bo Jansen', { kind: 'on', date: '2026-06-15' }],
        ]);
    });

    it('lists actions with their form, formal or not, and moment', async () => {
        const actions = goal(await fixtureModel(), 'alex-2026', 'script-goal').actions;
        expect(actions.map(a => ({ form: a.form, formName: a.formName, formal: a.formal, when: a.when, hours: a.hours }))).toEqual([
            { form: 'course', formName: 'Course or training', formal: true, when: { kind: 'due', date: '2026-03-31' }, hours: 8 },
            { form: 'buddy', formName: 'Buddy', formal: false, when: { kind: 'from', date: '2026-04-01', end: '2026-06-30' }, hours: undefined },
        ]);
    });

    it('sorts reviews and finds the next one relative to today', async () => {
        const alex = plan(await fixtureModel(), 'alex-2026');
        expect(alex.reviews.map(r => r.date)).toEqual(['2026-02-01', '2026-06-30']);
        expect(alex.nextReview).toMatchObject({ date: '2026-06-30', inDays: 76, with: { id: 'cas' } });
        expect(plan(await fixtureModel({ today: '2026-07-01' }), 'alex-2026').nextReview).toBeUndefined();
    });

    it('counts goals per dimension for the coverage chart, every framework dimension included', async () => {
        const coverage = plan(await fixtureModel(), 'alex-2026').dimensionCoverage;
        expect(coverage).toHaveLength(8);
        expect(coverage.filter(d => d.goals > 0).map(d => [d.key, d.goals])).toEqual([
            ['ros2024.GedragenVisie', 1], ['ros2024.LerenVanLeidersEnMedewerkers', 1], ['ros2024.Feedbackprocessen', 1],
        ]);
    });

    it('puts actions, feedback moments, reviews and due dates on the timeline, cadences expanded over the period', async () => {
        const events = plan(await fixtureModel(), 'alex-2026').timeline;
        const quarterly = events.find(e => e.kind === 'feedback' && e.occurrences);
        expect(quarterly?.occurrences).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
        expect(events.find(e => e.label === 'Buddy rounds with Bo')).toMatchObject({ kind: 'action', date: '2026-04-01', end: '2026-06-30' });
        expect(events.filter(e => e.kind === 'review').map(e => e.date)).toEqual(['2026-02-01', '2026-06-30']);
        expect(events.filter(e => e.kind === 'due').map(e => e.date)).toEqual(['2026-05-31', '2026-09-30']);
        expect(events.map(e => e.date)).toEqual([...events.map(e => e.date)].sort());
    });

    it('lists open problems with code and line', async () => {
        const dee = plan(await fixtureModel(), 'dee-2026');
        expect(dee.problems.map(p => `${p.source.line}:${p.code}`)).toEqual([
            '2:no-reflection', '2:no-review', '7:goal-without-due', '7:goal-without-evidence', '7:goal-without-feedback', '7:goal-without-vision',
        ]);
        expect(dee.problems.find(p => p.code === 'no-review')).toMatchObject({ severity: 'warning', title: 'No review conversation', source: { file: 'plans/dee-2026.pop' } });
    });
});

describe('privacy of the model', () => {
    it('an export holds shared reflections only: nothing from private files or blocks, no problems located there', async () => {
        const model = await fixtureModel();
        expect(plan(model, 'alex-2026').reflections.map(r => [r.date, r.private, r.text])).toEqual([['2026-02-10', false, 'SHARED-REFLECTION-alex: asking first works.']]);
        expect(plan(model, 'bo-2026').reflections).toEqual([]);
        const all = model.plans.flatMap(p => p.problems).concat(model.organisation?.problems ?? [], model.teams.flatMap(t => t.problems));
        expect(all.filter(p => p.code === 'private-in-tracked-file')).toEqual([]);
        expect(all.filter(p => p.source.file.endsWith('.private.pop'))).toEqual([]);
        expect(JSON.stringify(model)).not.toMatch(/PRIVATE-MARKER|private\.pop|"private":true/);
        expect(JSON.stringify(model)).not.toContain('"uri"');
    });

    it("the owner's model shows every reflection, private ones marked, with URIs to reveal lines", async () => {
        const model = await fixtureModel({ audience: 'owner', scope: { kind: 'plan', id: 'alex-2026' } });
        const reflections = plan(model, 'alex-2026').reflections;
        expect(reflections.map(r => [r.date, r.private])).toEqual([['2026-02-10', false], ['2026-03-02', true], ['2026-04-02', true]]);
        expect(reflections[1].source.file).toBe('plans/alex-2026.private.pop');
        expect(plan(model, 'alex-2026').source.uri).toMatch(/^file:\/\/.*alex-2026\.pop$/);
    });

    it("an owner's view of a team or the workspace shows no private content: other people's plans are in it", async () => {
        for (const scope of [{ kind: 'team', id: 'ward-3' }, { kind: 'all' }] as const) {
            const model = await fixtureModel({ audience: 'owner', scope });
            for (const p of model.plans) expect(p.reflections.every(r => !r.private)).toBe(true);
            expect(JSON.stringify(model)).not.toMatch(/PRIVATE-MARKER|private\.pop|private-in-tracked-file/);
            expect(model.plans[0].source.uri).toMatch(/^file:/);
        }
    });

    it('a syntax error in an export says only its title: the detail may quote plan text', async () => {
        const documents = await inlineDocuments({ 'p.pop': 'people { person ann "Ann" }\nplan p for ann {\n    ambition "A" "QUOTED-TEXT"\n}\n' });
        const exported = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience: 'export' });
        const problems = [...exported.plans.flatMap(p => p.problems), ...(exported.organisation?.problems ?? [])];
        expect(problems.filter(p => p.code === 'parse-error').map(p => [p.source.line, p.message])).toEqual([[3, 'Syntax error']]);
        const own = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience: 'owner', scope: { kind: 'plan', id: 'p' } });
        const ownProblems = [...own.plans.flatMap(p => p.problems), ...(own.organisation?.problems ?? [])];
        expect(ownProblems.find(p => p.code === 'parse-error')?.message).toMatch(/^Syntax error: /);
    });

    it('an export drops problems inside a private reflection, even one that does not parse', async () => {
        const documents = await inlineDocuments({
            'p.pop': 'people { person ann "Ann" }\nplan p for ann {\n    reflection private 2026-01-01 "SECRET-TEXT"\n}\n',
        });
        const exported = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience: 'export' });
        const problems = [...exported.plans.flatMap(p => p.problems), ...(exported.organisation?.problems ?? [])];
        expect(problems.filter(p => p.source.line === 3)).toEqual([]);
        expect(JSON.stringify(exported)).not.toContain('SECRET-TEXT');
    });
});

describe('the summary model of a team', () => {
    it('has the lead, the members with their plans and the team goals', async () => {
        const team = (await fixtureModel()).teams[0];
        expect(team.id).toBe('ward-3');
        expect(team.name).toBe('Ward 3 "North"');
        expect(team.lead).toEqual({ id: 'cas', name: 'Cas Smit' });
        expect(team.members.map(m => [m.id, m.plans])).toEqual([['alex', ['alex-2026']], ['bo', ['bo-2026']], ['dee', ['dee-2026']]]);
        expect(team.goals.map(g => g.id)).toEqual(['fall-rounds']);
    });

    it('counts members x dimensions and names the dimensions no one touches', async () => {
        const team = (await fixtureModel()).teams[0];
        const column = (key: string) => team.coverage.dimensions.findIndex(d => d.key === key);
        expect(team.coverage.rows.map(r => r.person.id)).toEqual(['cas', 'alex', 'bo', 'dee']);
        const row = (id: string) => team.coverage.rows.find(r => r.person.id === id)!.goals;
        expect(row('alex')[column('ros2024.GedragenVisie')]).toBe(1);
        expect(row('bo')[column('ros2024.Onderzoekscultuur')]).toBe(1);
        expect(row('cas').every(n => n === 0)).toBe(true);
        expect(team.coverage.teamGoals[column('ros2024.TeamlerenEnSamenwerking')]).toBe(1);
        expect(team.untouched.map(d => d.key)).toEqual(['ros2024.SamenwerkingMetPartners', 'ros2024.StructuurEnBeleid']);
    });

    it('builds the alignment tree member goal -> team goal -> ambition -> vision, unlinked goals apart', async () => {
        const team = (await fixtureModel()).teams[0];
        expect(outline(team.alignment)).toEqual([
            'vision:safe-care',
            '  ambition:fewer-falls',
            '    team-goal:fall-rounds',
            '      goal:script-goal@alex',
            '      goal:valpreventie@bo',
            'unlinked:',
            '  goal:img-goal@alex',
            '  goal:night-shift@dee',
        ]);
    });

    it('puts feedback moments in a calendar by month over the members\' periods', async () => {
        const calendar = (await fixtureModel()).teams[0].feedbackCalendar;
        expect(calendar.map(m => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
        const nonEmpty = calendar.filter(m => m.asks || m.gives).map(m => `${m.month}:${m.asks}/${m.gives}`);
        // The team goal's monthly after-action review gathers feedback (language-v2.md, section 4), and so
        // does Bo's monthly intervisie (colleagues question her cases): two asks in every month.
        expect(nonEmpty).toEqual([
            '2026-01:4/0', '2026-02:2/0', '2026-03:2/0', '2026-04:4/0', '2026-05:3/1', '2026-06:3/0',
            '2026-07:4/0', '2026-08:2/0', '2026-09:2/0', '2026-10:4/0', '2026-11:2/0', '2026-12:2/0',
        ]);
    });
});

describe('the summary model of the organisation and of coaches', () => {
    it('measures the baseline across every dimension of the framework', async () => {
        const org = (await fixtureModel()).organisation!;
        expect(org.name).toBe('Harbour Care & Co');
        expect(org.counts).toEqual({ plans: 3, people: 4, teams: 1, goals: 5 });
        expect(org.baseline.dimensions).toHaveLength(8);
        expect(org.baseline.dimensions.find(b => b.key === 'ros2024.Feedbackprocessen')).toMatchObject({ goals: 2, people: 4 });
        expect(org.baseline.dimensions.find(b => b.key === 'ros2024.GespreidLeiderschap')).toMatchObject({ goals: 1, people: 1 });
        expect(org.untouched.map(d => d.key)).toEqual(['ros2024.SamenwerkingMetPartners', 'ros2024.StructuurEnBeleid']);
        expect(org.linkedToVision).toBeCloseTo(3 / 5);
        expect(org.askingFeedback).toBeCloseTo(3 / 5);
        expect(org.visions).toEqual([
            { id: 'safe-care', text: 'Care that residents & families trust.', aboutLearning: false },
            { id: 'learn-daily', text: 'We learn every day, from each other.', aboutLearning: true, developedWith: ['employees'] },
        ]);
    });

    it('counts every open problem of the workspace: its own, every team\'s and every plan\'s', async () => {
        const model = await fixtureModel();
        const all = [...model.organisation!.problems, ...model.teams.flatMap(t => t.problems), ...model.plans.flatMap(p => p.problems)];
        expect(all.length).toBeGreaterThan(model.organisation!.problems.length);
        const bySeverity = { error: 0, warning: 0, info: 0, hint: 0 };
        for (const p of all) bySeverity[p.severity]++;
        const counted = model.organisation!.workspaceProblems;
        expect(counted.bySeverity).toEqual(bySeverity);
        expect(counted.byCode.reduce((n, c) => n + c.count, 0)).toBe(all.length);
        const noReview = counted.byCode.find(c => c.code === 'no-review')!;
        expect(noReview.plans).toBe(model.plans.filter(p => p.problems.some(x => x.code === 'no-review')).length);
        expect(counted.plansWithErrors.map(p => p.plan)).toEqual(model.plans.filter(p => p.problems.some(x => x.severity === 'error')).map(p => p.id));
        const html = renderHtml(model);
        const section = html.slice(html.indexOf('<section class="view organisation"'), html.indexOf('</section>', html.indexOf('<section class="view organisation"')));
        expect(section).toContain('Open problems in the workspace');
        expect(section).not.toContain('No open problems');
        expect(section).toContain(`<span class="number">${all.length}</span><span class="what">Open problems</span>`);
    });

    it("gives each coach the plans naming them, with problems and the next review", async () => {
        const coaches = (await fixtureModel()).coaches;
        expect(coaches.map(c => c.coach.id)).toEqual(['bo', 'cas']);
        const cas = coaches.find(c => c.coach.id === 'cas')!;
        expect(cas.plans.map(p => [p.plan, p.nextReview])).toEqual([
            ['bo-2026', { date: '2026-05-20', inDays: 35 }],
            ['alex-2026', { date: '2026-06-30', inDays: 76 }],
        ]);
        expect(cas.plans[1].lastReview).toEqual({ date: '2026-02-01', inDays: -73 });
        const bo = coaches.find(c => c.coach.id === 'bo')!;
        expect(bo.plans[0]).toMatchObject({ plan: 'dee-2026', problems: { error: 0, warning: 3, info: 3, hint: 0 } });
        expect(bo.plans[0].nextReview).toBeUndefined();
        expect(bo.plans[0].codes).toContain('no-review');
    });
});

describe('scopes', () => {
    it('a plan scope holds that plan only', async () => {
        const model = await fixtureModel({ scope: { kind: 'plan', id: 'bo-2026' } });
        expect(model.plans.map(p => p.id)).toEqual(['bo-2026']);
        expect(model.teams).toEqual([]);
        expect(model.coaches).toEqual([]);
        expect(model.organisation).toBeUndefined();
    });

    it("a team scope holds the team and its members' plans", async () => {
        const model = await fixtureModel({ scope: { kind: 'team', id: 'ward-3' } });
        expect(model.teams.map(t => t.id)).toEqual(['ward-3']);
        expect(model.plans.map(p => p.id)).toEqual(['alex-2026', 'bo-2026', 'dee-2026']);
    });

    it("a coach scope holds that coach's review list and plans", async () => {
        const model = await fixtureModel({ scope: { kind: 'coach', id: 'bo' } });
        expect(model.coaches.map(c => c.coach.id)).toEqual(['bo']);
        expect(model.plans.map(p => p.id)).toEqual(['dee-2026']);
    });

    it('knows which ids exist', async () => {
        const documents = await fixtureDocuments();
        expect(scopeTargetExists(documents, { kind: 'plan', id: 'alex-2026' })).toBe(true);
        expect(scopeTargetExists(documents, { kind: 'plan', id: 'nobody-2026' })).toBe(false);
        expect(scopeTargetExists(documents, { kind: 'team', id: 'ward-3' })).toBe(true);
        expect(scopeTargetExists(documents, { kind: 'coach', id: 'dee' })).toBe(true);
        expect(scopeTargetExists(documents, { kind: 'coach', id: 'zed' })).toBe(false);
    });
});
