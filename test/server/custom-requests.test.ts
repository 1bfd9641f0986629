import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckWorkspaceResult, DeclarePeopleResult, NewPlanContext, PlanHealthResult, SummaryResult } from '../../server/src/protocol.js';
import { startServer, type LspSession } from './lsp-client.js';
import { sketchFiles, WorkspaceFixture } from './workspace-fixture.js';

/**
 * Leerplan's own requests (server/src/protocol.ts), against the bundled server over
 * stdio: the preview's summary, the status bar's plan health and "check workspace".
 */
const FILES = sketchFiles();
const PRIVATE_FILE = 'anna-2026.private.pop';
const PRIVATE_TEXT = 'I still hesitate to give feedback upwards.';

describe('leerplan/* requests', () => {
    let ws: WorkspaceFixture;
    let server: LspSession;

    beforeAll(async () => {
        ws = new WorkspaceFixture({ ...FILES, [PRIVATE_FILE]: `private anna-2026 {\n    reflection 2026-05-01 "${PRIVATE_TEXT}"\n}\n` });
        server = await startServer({ folders: [ws.root] });
        await server.waitFor(() => Object.keys(FILES).every(f => server.current(ws.uri(f))), 'the sketch diagnosed');
    });
    afterAll(async () => {
        await server.stop();
        ws.dispose();
    });

    it('summarises the plan a document declares, for its owner with private reflections marked', async () => {
        const result = await server.request<SummaryResult>('leerplan/summary', { textDocument: { uri: ws.uri('anna-2026.pop') }, audience: 'owner' });
        expect(result.view).toBe('plan');
        expect(result.title).toBe('anna-2026');
        expect(result.parseErrors).toBe(0);
        expect(result.model?.audience).toBe('owner');
        expect(result.model?.plans.map(p => p.id)).toEqual(['anna-2026']);
        expect(result.model?.plans[0].goals.map(g => g.id)).toEqual(['coaching-talks', 'wound-protocols']);
        const reflections = result.model?.plans[0].reflections ?? [];
        expect(reflections.some(r => r.text === PRIVATE_TEXT && r.private)).toBe(true);
        // Owner models carry URIs so the preview can reveal lines.
        expect(result.model?.plans[0].goals[0].source.uri).toBe(ws.uri('anna-2026.pop'));
    });

    it('never puts private content into an export model', async () => {
        const result = await server.request<SummaryResult>('leerplan/summary', { textDocument: { uri: ws.uri('anna-2026.pop') }, audience: 'export', scope: 'workspace' });
        expect(result.view).toBe('organisation');
        expect(result.model?.audience).toBe('export');
        expect(JSON.stringify(result.model)).not.toContain(PRIVATE_TEXT);
        expect(JSON.stringify(result.model)).not.toContain('I jump to solutions');
        expect(result.model?.plans.map(p => p.id).sort()).toEqual(['anna-2026', 'piet-2026']);
    });

    it('a private file previews the plan it names; the organisation file the whole workspace; a team file its team', async () => {
        const privateView = await server.request<SummaryResult>('leerplan/summary', { textDocument: { uri: ws.uri(PRIVATE_FILE) }, audience: 'owner' });
        expect(privateView.view).toBe('plan');
        expect(privateView.model?.plans.map(p => p.id)).toEqual(['anna-2026']);
        const organisation = await server.request<SummaryResult>('leerplan/summary', { textDocument: { uri: ws.uri('organisation.pop') }, audience: 'owner' });
        expect(organisation.view).toBe('organisation');
        expect(organisation.title).toBe('Zorggroep Het Anker');
        expect(organisation.model?.organisation?.counts.plans).toBe(2);
        expect(organisation.model?.teams.map(t => t.id)).toEqual(['wound-care']);
        // Not the owner's own plan view: nothing private in it.
        expect(JSON.stringify(organisation.model)).not.toContain(PRIVATE_TEXT);
        ws.write('teams/kitchen.pop', 'team kitchen "Kitchen" {\n    lead mark\n}\n');
        await server.request('leerplan/checkWorkspace', {});
        const team = await server.request<SummaryResult>('leerplan/summary', { textDocument: { uri: ws.uri('teams/kitchen.pop') }, audience: 'owner' });
        expect(team.view).toBe('team');
        expect(team.model?.teams.map(t => t.id)).toEqual(['kitchen']);
    });

    it('follows unsaved text and counts parse errors', async () => {
        const uri = ws.uri('piet-2026.pop');
        const text = FILES['piet-2026.pop'];
        server.open(uri, text, 1);
        const added = text.replace(/\n}\s*$/, '\n    leerdoel nieuw-doel "Net getypt" { }\n}\n');
        server.change(uri, added, 2);
        const typed = await server.request<SummaryResult>('leerplan/summary', { textDocument: { uri }, audience: 'owner' });
        expect(typed.model?.plans[0].goals.map(g => g.id)).toContain('nieuw-doel');
        expect(typed.version).toBe(2);
        server.change(uri, added.replace('leerdoel nieuw-doel "Net getypt" { }', 'leerdoel "half getypt'), 3);
        const broken = await server.request<SummaryResult>('leerplan/summary', { textDocument: { uri }, audience: 'owner' });
        expect(broken.parseErrors).toBeGreaterThan(0);
        server.change(uri, text, 4);
        server.close(uri);
    });

    it('reports plan health: goals, goals linked to the vision, goals asking for feedback', async () => {
        const anna = await server.request<PlanHealthResult>('leerplan/planHealth', { textDocument: { uri: ws.uri('anna-2026.pop') } });
        expect(anna).toEqual({ plans: ['anna-2026'], goals: 2, goalsLinkedToVision: 1, goalsAskingFeedback: 1 });
        const organisation = await server.request<PlanHealthResult>('leerplan/planHealth', { textDocument: { uri: ws.uri('organisation.pop') } });
        expect(organisation).toEqual({ plans: [], goals: 0, goalsLinkedToVision: 0, goalsAskingFeedback: 0 });
        const privateFile = await server.request<PlanHealthResult>('leerplan/planHealth', { textDocument: { uri: ws.uri(PRIVATE_FILE) } });
        expect(privateFile.plans).toEqual(['anna-2026']);
    });

    it('tells "New Plan from Template" who and what there is to choose from', async () => {
        const context = await server.request<NewPlanContext>('leerplan/newPlanContext', {});
        expect(context.people.map(p => p.id)).toEqual(['anna', 'mark', 'piet']);
        expect(context.people[0]).toEqual({ id: 'anna', name: 'Anna de Vries', roles: ['Nurse'], teams: ['wound-care'], plans: ['anna-2026'] });
        expect(context.teams).toContainEqual({ id: 'wound-care', title: 'Team Wondzorg', lead: 'mark', members: ['anna', 'piet'] });
        expect(context.supportTargets.map(s => `${s.kind} ${s.id}`)).toEqual(['vision quality', 'vision learning-at-work', 'ambition fewer-incidents']);
        expect(context.dimensions).toContain('LerenVanLeidersEnMedewerkers');
        expect(context.dimensions.every(d => !d.includes('.'))).toBe(true);
        expect(context.planIds.sort()).toEqual(['anna-2026', 'piet-2026']);
        expect(context.keywordLanguage).toBe('en');
        expect(context.hasPeopleBlock).toBe(true);
        expect(context.today).toBe('2026-06-01');
    });

    it('declares the people the user typed in the people block, in its keyword language', async () => {
        const result = await server.request<DeclarePeopleResult>('leerplan/declarePeople', {
            people: [{ id: 'sara', name: 'Sara Jansen' }, { id: 'not an id', name: 'x' }, { id: 'kees', name: '  Kees "K"  ' }],
        });
        const edits = result.edit?.changes[ws.uri('organisation.pop')];
        expect(edits).toHaveLength(1);
        expect(edits![0].newText).toBe('\n    person sara "Sara Jansen"\n    person kees "Kees \\"K\\""');
        const line = FILES['organisation.pop'].split('\n').findIndex(l => l.includes('person piet'));
        expect(edits![0].range.start.line).toBe(line);
    });

    it('check workspace picks up files changed on disk and counts every diagnostic', async () => {
        ws.write('plans/extra-2026.pop', 'plan extra-2026 for piet {\n    coach nobody\n}\n');
        const result = await server.request<CheckWorkspaceResult>('leerplan/checkWorkspace', {});
        const extra = await server.diagnosticsOf(ws.uri('plans/extra-2026.pop'), d => d.length > 0);
        expect(extra.some(d => d.code === 'link-error')).toBe(true);
        expect(result.files).toBe(Object.keys(FILES).length + 3);
        let errors = 0;
        let warnings = 0;
        for (const name of [...Object.keys(FILES), PRIVATE_FILE, 'teams/kitchen.pop', 'plans/extra-2026.pop']) {
            const diagnostics = server.current(ws.uri(name)) ?? [];
            errors += diagnostics.filter(d => d.severity === 1).length;
            warnings += diagnostics.filter(d => d.severity === 2).length;
        }
        expect(result.errors).toBe(errors);
        expect(result.warnings).toBe(warnings);
        expect(result.errors).toBeGreaterThan(0);
    });
});
