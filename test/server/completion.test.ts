import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from './lsp-client.js';
import { positionAfter, sketchFiles, WorkspaceFixture } from './workspace-fixture.js';

const ANNA = sketchFiles()['anna-2026.pop'];
const PIET = sketchFiles()['piet-2026.pop'];

describe('completion', () => {
    let ws: WorkspaceFixture;
    let server: LspSession;
    let version = 1;

    /** Puts `text` in the editor as `file` and asks for completion after `marker`. */
    async function complete(file: string, text: string, marker: string): Promise<CompletionItem[]> {
        const uri = ws.uri(file);
        server.change(uri, text, ++version);
        const list = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionAfter(text, marker) });
        return list.items;
    }

    const labels = (items: CompletionItem[]) => items.map(i => i.label);

    beforeAll(async () => {
        ws = new WorkspaceFixture(sketchFiles());
        server = await startServer({ folders: [ws.root] });
        server.open(ws.uri('anna-2026.pop'), ANNA, 1);
        server.open(ws.uri('piet-2026.pop'), PIET, 1);
        await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.length > 0);
    });

    afterAll(async () => {
        await server.stop();
        ws.dispose();
    });

    it('offers people with their display name and role', async () => {
        const items = await complete('anna-2026.pop', ANNA.replace('coach mark', 'coach '), 'coach ');
        expect(items.map(i => [i.label, i.detail])).toEqual(expect.arrayContaining([
            ['anna', 'Anna de Vries · Nurse'], ['mark', 'Mark Jansen · Team lead'], ['piet', 'Piet Bakker · Nurse'],
        ]));
    });

    it('offers the dimensions of the framework in scope, with their name, roles and description', async () => {
        const text = ANNA.replace('dimensions LerenVanLeidersEnMedewerkers, GespreidLeiderschap', 'dimensions ');
        const items = await complete('anna-2026.pop', text, 'dimensions ');
        const vision = items.find(i => i.label === 'GedragenVisie')!;
        expect(vision.detail).toBe('Shared vision and ambition · shared vision');
        expect(JSON.stringify(vision.documentation)).toContain('shape a vision');
        expect(labels(items)).toEqual(expect.arrayContaining(['Feedbackprocessen', 'senge.SharedVision']));
        // Plain names of the organisation's framework come before qualified ones.
        expect(vision.sortText! < items.find(i => i.label === 'senge.SharedVision')!.sortText!).toBe(true);
    });

    it('offers keywords in the language of the file', async () => {
        const english = labels(await complete('anna-2026.pop', ANNA.replace('        status active\n', '        \n'), 'due 2026-09-30\n        '));
        expect(english).toEqual(expect.arrayContaining(['action', 'evidence', 'supports']));
        expect(english).not.toContain('actie');
        expect(english).not.toContain('bewijs');
        const dutch = labels(await complete('piet-2026.pop', PIET.replace('        status actief\n', '        \n'), 'uiterlijk 2026-10-01\n        '));
        expect(dutch).toEqual(expect.arrayContaining(['actie', 'bewijs', 'ondersteunt']));
        expect(dutch).not.toContain('action');
        expect(dutch).not.toContain('evidence');
    });

    it('offers learning forms after action, marked formal or on the job', async () => {
        const text = ANNA.replace('action buddy "Buddy for two new colleagues" from 2026-04-01', 'action ');
        const items = await complete('anna-2026.pop', text, 'action ');
        expect(items.find(i => i.label === 'coaching')?.detail).toBe('Coaching · Learning on the job');
        expect(items.find(i => i.label === 'course')?.detail).toBe('Course or training · Formal learning (away from the work)');
        const dutch = await complete('piet-2026.pop', PIET.replace('actie pilot "Drie maanden zelfroosteren" van 2026-03-01 tot 2026-05-31', 'actie '), 'actie ');
        expect(labels(dutch)).toEqual(expect.arrayContaining(['cursus', 'intervisie']));
    });

    it('offers cadences after an action, spelled elke/elk in Dutch', async () => {
        const english = labels(await complete('anna-2026.pop', ANNA.replace('action buddy "Buddy for two new colleagues" from 2026-04-01', 'action buddy "B" '), 'action buddy "B" '));
        expect(english).toEqual(expect.arrayContaining(['every week', 'every month', 'every quarter', 'every year', 'on', 'from', 'due']));
        const dutch = labels(await complete('piet-2026.pop', PIET.replace('actie pilot "Drie maanden zelfroosteren" van 2026-03-01 tot 2026-05-31', 'actie pilot "P" '), 'actie pilot "P" '));
        expect(dutch).toEqual(expect.arrayContaining(['elke week', 'elke maand', 'elk kwartaal', 'elk jaar', 'op', 'van', 'uiterlijk']));
        expect(dutch).not.toContain('every month');
    });

    it('offers today and the plan period as dates', async () => {
        const items = await complete('anna-2026.pop', ANNA.replace('        due 2026-09-30\n', '        due \n'), '        due ');
        expect(items.map(i => [i.label, i.detail])).toEqual(expect.arrayContaining([
            ['2026-06-01', 'today'], ['2026-12-31', 'end of the plan period'],
        ]));
    });

    it('offers visions and ambitions after supports, team goals after contributes', async () => {
        const supports = await complete('anna-2026.pop', ANNA.replace('supports learning-at-work ', 'supports  '), 'supports ');
        expect(labels(supports).sort()).toEqual(['fewer-incidents', 'learning-at-work', 'quality']);
        expect(supports.find(i => i.label === 'quality')?.detail).toBe('Vision');
        const contributes = await complete('anna-2026.pop', ANNA.replace('contributes learn-from-incidents ', 'contributes  '), 'contributes ');
        expect(contributes.map(i => [i.label, i.detail])).toEqual([['learn-from-incidents', 'Team goal · Discuss one incident a month in an after-action review']]);
    });

    it('offers snippets for a goal, a feedback entry and a review in the file language', async () => {
        const planBody = ANNA.replace('    review 2026-06-30 with mark "Mid-year POP conversation"\n', '    \n');
        const items = await complete('anna-2026.pop', planBody, '    }\n\n    ');
        const goal = items.find(i => i.kind === 15 && i.label === 'goal')!;
        expect(goal.insertTextFormat).toBe(2);
        expect(goal.insertText).toMatch(/^goal \$\{1:goal-id\} "/);
        expect(goal.insertText).toContain('feedback ask ${7:mark}');
        expect(goal.insertText).toContain('due ${10:2026-12-31}');
        const review = items.find(i => i.kind === 15 && i.label === 'review')!;
        expect(review.insertText).toBe('review ${1:2026-12-31} with ${2:mark} "${3:POP conversation}"');

        const goalBody = await complete('anna-2026.pop', ANNA.replace('        status active\n', '        \n'), 'due 2026-09-30\n        ');
        expect(goalBody.find(i => i.kind === 15 && i.label === 'feedback')!.insertText).toMatch(/^feedback ask \$\{1:mark\} /);

        const dutch = await complete('piet-2026.pop', PIET.replace('    gesprek 2026-06-30 met mark "Halfjaar POP-gesprek"\n', '    \n'), '    }\n\n    ');
        expect(dutch.find(i => i.kind === 15 && i.label === 'leerdoel')!.insertText).toMatch(/^leerdoel \$\{1:doel-id\} "/);
        expect(dutch.find(i => i.kind === 15 && i.label === 'gesprek')!.insertText).toContain(' met ${2:mark} ');
    });
});

describe('completion in Dutch', () => {
    it('describes dimensions in the UI language', async () => {
        const ws = new WorkspaceFixture(sketchFiles(), { today: '2026-06-01', language: 'nl' });
        const server = await startServer({ folders: [ws.root] });
        try {
            const uri = ws.uri('anna-2026.pop');
            const text = ANNA.replace('dimensions LerenVanLeidersEnMedewerkers, GespreidLeiderschap', 'dimensions ');
            server.open(uri, text, 1);
            const list = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionAfter(text, 'dimensions ') });
            const vision = list.items.find(i => i.label === 'GedragenVisie')!;
            expect(vision.detail).toBe('Gedragen visie en ambitie · gedeelde visie');
            expect(JSON.stringify(vision.documentation)).toContain('Medewerkers bouwen mee');
        } finally {
            await server.stop();
            ws.dispose();
        }
    });
});
