import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from './lsp-client.js';
import { snippetDefaultText } from '../../language/src/syntax/snippet-text.js';
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

    it('offers one snippet per construct, in the file language, whose names come from the workspace', async () => {
        const planBody = ANNA.replace('    review 2026-06-30 with mark "Mid-year POP conversation"\n', '    \n');
        const items = await complete('anna-2026.pop', planBody, '    }\n\n    ');
        expect(items.filter(i => i.label === 'goal')).toHaveLength(1);
        expect(new Set(labels(items)).size).toBe(items.length);
        const goal = items.find(i => i.label === 'goal')!;
        expect(goal.kind).toBe(15);
        expect(goal.insertTextFormat).toBe(2);
        expect(goal.insertText).toMatch(/^goal \$\{1:goal-id\} "\$\{2:What you want to learn\}" \{\n    dimensions \$\{3\|GedragenVisie,/);
        expect(goal.insertText).toContain('    supports ${4|quality,learning-at-work,fewer-incidents|}');
        expect(goal.insertText).toContain('    feedback ask ${7|mark,piet|} "${8:What do you see me do differently?}" every quarter');
        expect(goal.insertText).toContain('    due ${10:2026-12-31}');
        const review = items.find(i => i.label === 'review')!;
        expect(review.insertText).toBe('review ${1|2026-12-31,every quarter,every week,every month,every year,every day,every 2 weeks,every 6 weeks,every 6 months|} with ${2|mark,piet|} "${3:POP conversation}"');
        // Accepted as it stands, a snippet writes a line without an error.
        const accepted = planBody.replace('    }\n\n    \n', `    }\n\n    ${snippetDefaultText(goal.insertText!).replace(/\n/g, '\n    ')}\n    ${snippetDefaultText(review.insertText!)}\n`);
        // First the plan without a review (no-review), then the snippets accepted: no-review goes, no error comes.
        await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.some(x => x.code === 'no-review'));
        server.change(ws.uri('anna-2026.pop'), accepted, ++version);
        const diagnostics = await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => !d.some(x => x.code === 'no-review'));
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);

        const goalBody = await complete('anna-2026.pop', ANNA.replace('        status active\n', '        \n'), 'due 2026-09-30\n        ');
        expect(goalBody.find(i => i.label === 'feedback')!.insertText).toMatch(/^feedback ask \$\{1\|mark,piet\|\} /);

        const dutch = await complete('piet-2026.pop', PIET.replace('    gesprek 2026-06-30 met mark "Halfjaar POP-gesprek"\n', '    \n'), '    }\n\n    ');
        expect(dutch.find(i => i.label === 'leerdoel')!.insertText).toMatch(/^leerdoel \$\{1:doel-id\} "/);
        expect(dutch.find(i => i.label === 'gesprek')!.insertText).toContain(' met ${2|mark,anna|} ');
    });

    it('offers nothing after a keyword that needs a new name or a text, and no snippets there', async () => {
        const planBody = ANNA.replace('    review 2026-06-30 with mark "Mid-year POP conversation"\n', '    goal \n');
        expect(await complete('anna-2026.pop', planBody, '    }\n\n    goal ')).toEqual([]);
        const organisation = sketchFiles()['organisation.pop'].replace('person anna "Anna de Vries" role "Nurse"', 'person anna "Anna de Vries" role ');
        expect(await complete('organisation.pop', organisation, 'role ')).toEqual([]);
    });

    it('pre-selects the first line a goal still lacks, the plan\'s coach to ask, and the lead of its team as coach', async () => {
        const noSupports = ANNA.replace('        supports learning-at-work              // the vision link\n', '')
            .replace('        status active\n', '        \n');
        const line = await complete('anna-2026.pop', noSupports, 'due 2026-09-30\n        ');
        expect(line.filter(i => i.preselect).map(i => i.label)).toEqual(['supports']);
        const ask = await complete('anna-2026.pop', ANNA.replace('feedback ask piet', 'feedback ask '), 'feedback ask ');
        expect(ask.filter(i => i.preselect).map(i => i.label)).toEqual(['mark']);
        const coach = await complete('anna-2026.pop', ANNA.replace('    coach mark\n', '    coach \n'), '    coach ');
        expect(coach.filter(i => i.preselect).map(i => i.label)).toEqual(['mark']);
        expect(labels(coach)).toEqual(expect.arrayContaining(['anna', 'mark', 'piet']));
    });

    it('explains each keyword it offers', async () => {
        const english = await complete('anna-2026.pop', ANNA.replace('        status active\n', '        \n'), 'due 2026-09-30\n        ');
        expect(JSON.stringify(english.find(i => i.label === 'supports')!.documentation)).toContain('The vision or ambition of the organisation');
    });
});

describe('completion that opens by itself', () => {
    let ws: WorkspaceFixture;
    let server: LspSession;
    let version = 1;

    beforeAll(async () => {
        ws = new WorkspaceFixture(sketchFiles());
        server = await startServer({ folders: [ws.root], initializationOptions: { retriggerSuggest: true } });
        server.open(ws.uri('anna-2026.pop'), ANNA, 1);
        await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.length > 0);
    });
    afterAll(async () => {
        await server.stop();
        ws.dispose();
    });

    /** What a typed character (`' '`, `','`, `'.'`) right before the end of `marker` opens. */
    async function typed(text: string, marker: string, character = marker.slice(-1)): Promise<string[]> {
        const uri = ws.uri('anna-2026.pop');
        server.change(uri, text, ++version);
        const list = await server.request<CompletionList>('textDocument/completion', {
            textDocument: { uri }, position: positionAfter(text, marker), context: { triggerKind: 2, triggerCharacter: character },
        });
        return list.items.map(i => i.label);
    }

    it('declares a space, a comma and a dot as trigger characters', () => {
        expect(server.initializeResult?.capabilities.completionProvider?.triggerCharacters).toEqual([' ', '.', ',']);
    });

    it('opens after supports, dimensions, coach, feedback ask, a comma and a framework\'s dot', async () => {
        expect((await typed(ANNA.replace('supports learning-at-work ', 'supports  '), 'supports ')).sort()).toEqual(['fewer-incidents', 'learning-at-work', 'quality']);
        const dimensions = ANNA.replace('dimensions LerenVanLeidersEnMedewerkers, GespreidLeiderschap', 'dimensions ');
        expect(await typed(dimensions, 'dimensions ')).toEqual(expect.arrayContaining(['GedragenVisie', 'Feedbackprocessen']));
        expect(await typed(ANNA.replace('dimensions LerenVanLeidersEnMedewerkers, GespreidLeiderschap', 'dimensions LerenVanLeidersEnMedewerkers, '), 'LerenVanLeidersEnMedewerkers, ')).toContain('GedragenVisie');
        expect((await typed(ANNA.replace('    coach mark\n', '    coach \n'), '    coach ')).sort()).toEqual(['anna', 'mark', 'piet']);
        expect(await typed(ANNA.replace('feedback ask piet', 'feedback ask '), 'feedback ask ')).toEqual(expect.arrayContaining(['team', 'mark', 'piet']));
        expect(await typed(ANNA.replace('feedback ask piet', 'feedback '), 'feedback ')).toEqual(['ask', 'give', 'received']);
        const senge = await typed(ANNA.replace('dimensions LerenVanLeidersEnMedewerkers, GespreidLeiderschap', 'dimensions senge.'), 'dimensions senge.');
        expect(senge).toEqual(expect.arrayContaining(['senge.SharedVision']));
    });

    it('stays closed inside text, after a name, at the start of a line and after a finished line', async () => {
        expect(await typed(ANNA.replace('"Observe one conversation"', '"Observe one "'), '"Observe one ')).toEqual([]);
        expect(await typed(ANNA.replace('feedback ask mark "Observe', 'feedback ask mark  "Observe'), 'feedback ask mark ')).toEqual([]);
        expect(await typed(ANNA.replace('        status active\n', '        status active \n'), 'status active ')).toEqual([]);
        expect(await typed(ANNA.replace('    review 2026', '     review 2026'), '\n     ')).toEqual([]);
        expect(await typed(ANNA.replace('    goal wound-protocols', '    goal  wound-protocols'), '    goal ')).toEqual([]);
    });

    it('asks again after a keyword whose argument it can offer, not after one that ends the line', async () => {
        const uri = ws.uri('anna-2026.pop');
        const text = ANNA.replace('        status active\n', '        \n');
        server.change(uri, text, ++version);
        const list = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionAfter(text, 'due 2026-09-30\n        ') });
        const supports = list.items.find(i => i.label === 'supports')!;
        expect(supports.insertText ?? supports.textEdit?.newText).toBe('supports ');
        expect(supports.command?.command).toBe('editor.action.triggerSuggest');
        expect(list.items.find(i => i.label === 'status')!.command?.command).toBe('editor.action.triggerSuggest');
        const withStatus = text.replace('due 2026-09-30\n        ', 'due 2026-09-30\n        status ');
        server.change(uri, withStatus, ++version);
        const status = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionAfter(withStatus, 'status ') });
        expect(status.items.map(i => i.label)).toEqual(['planned', 'active', 'done', 'dropped']);
        expect(status.items.every(i => i.command === undefined)).toBe(true);
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
