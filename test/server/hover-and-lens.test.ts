import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from './lsp-client.js';
import { positionAfter, sketchFiles, WorkspaceFixture } from './workspace-fixture.js';

const FILES = sketchFiles();

/** A session on the sketch workspace; `hover(file, marker)` hovers just inside the word after `marker`. */
function session(config: Record<string, unknown>) {
    const state = {} as { ws: WorkspaceFixture; server: LspSession };
    beforeAll(async () => {
        state.ws = new WorkspaceFixture(FILES, config);
        state.server = await startServer({ folders: [state.ws.root] });
        await state.server.waitFor(() => Object.keys(FILES).every(f => state.server.current(state.ws.uri(f))), 'the sketch diagnosed');
    });
    afterAll(async () => {
        await state.server.stop();
        state.ws.dispose();
    });
    const hover = async (file: string, marker: string): Promise<string | undefined> => {
        const position = positionAfter(FILES[file], marker);
        const result = await state.server.request<Hover | null>('textDocument/hover', { textDocument: { uri: state.ws.uri(file) }, position: { ...position, character: position.character + 1 } });
        return result ? (result.contents as MarkupContent).value : undefined;
    };
    const lenses = (file: string) => state.server.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: state.ws.uri(file) } });
    return { state, hover, lenses };
}

describe('hover (English UI)', () => {
    const { hover } = session({ today: '2026-06-01' });

    it('explains a dimension: both names, description, framework and roles', async () => {
        const text = await hover('anna-2026.pop', 'dimensions LerenVanLeidersEnMedewerkers, ');
        expect(text).toContain('**Distributed leadership** · *Gespreid leiderschap*');
        expect(text).toContain('Framework: Eight dimensions of a learning organisation (`ros2024`)');
        expect(text).toContain('Roles: learning leadership');
    });

    it('describes a person: role, teams and the plans that name them as coach', async () => {
        const text = await hover('anna-2026.pop', 'coach ');
        expect(text).toContain('**Mark Jansen** · Person `mark`');
        expect(text).toContain('Role: Team lead');
        expect(text).toContain('Leads: Team Wondzorg (`wound-care`)');
        expect(text).toContain('Coach in the plans: `anna-2026`, `piet-2026`');
    });

    it('shows the text of a vision and of an ambition', async () => {
        expect(await hover('anna-2026.pop', 'supports ')).toContain('> Everyone learns every day, from and with each other.');
        expect(await hover('organisation.pop', 'supports ')).toContain('> We deliver care that residents and their families value.');
        const ambition = await hover('organisation.pop', 'Feedbackprocessen\n        supports ');
        expect(ambition).toContain('**Ambition** `fewer-incidents`');
        expect(ambition).toContain('> Halve medication incidents by 2027.');
        expect(ambition).toContain('Supports: `quality`');
    });

    it('says whether a learning form is formal or on the job', async () => {
        const course = await hover('anna-2026.pop', 'action ');
        expect(course).toContain('**Course or training**');
        expect(course).toContain('Formal learning (away from the work)');
        expect(await hover('anna-2026.pop', 'action course "Coaching skills training" due 2026-03-31 hours 16\n        action ')).toContain('Learning on the job');
        expect(course).not.toContain('feedback asked');
        // A form that gathers feedback says that it counts as feedback asked.
        expect(await hover('organisation.pop', '\n        action ')).toContain('Counts as feedback asked, at the moment of the action.');
    });

    it('explains the rule of a diagnostic under the cursor', async () => {
        const text = await hover('anna-2026.pop', 'goal wound-');
        expect(text).toContain('**Goal without vision link** (`goal-without-vision`)');
        expect(text).toContain('Add a \'supports\' line');
        expect(text).toContain('(`goal-without-feedback`)');
    });

    it('explains a keyword where it stands, with its Dutch twin', async () => {
        const coach = await hover('anna-2026.pop', '{\n    ');
        expect(coach).toMatch(/^`coach` · the same in English and Dutch\n\nWho coaches the owner/);
        const supports = await hover('anna-2026.pop', 'GespreidLeiderschap\n        ');
        expect(supports).toMatch(/^`supports` · Dutch: `ondersteunt`\n\nThe vision or ambition of the organisation/);
        // The same word, another line: the plan's team is not a team declaration.
        expect(await hover('anna-2026.pop', 'coach mark\n    ')).toContain("The team the owner works in: the plan's goals can contribute");
        expect(await hover('anna-2026.pop', 'conversation" ')).toContain('`every` · Dutch: `elke`, `elk`');
        expect(await hover('anna-2026.pop', 'status ')).toContain('`active` · Dutch: `actief`\n\nThe goal is being worked on');
        expect(await hover('anna-2026.pop', 'reflection 2026-04-02 ')).toContain("Only the owner sees this reflection");
    });

    it('never shows reflection text', async () => {
        expect(await hover('anna-2026.pop', 'reflection 2026-04-02 private "I jump')).toBeUndefined();
    });
});

describe('hover and code lens (Dutch UI)', () => {
    const { hover, lenses } = session({ today: '2026-06-01', language: 'nl' });

    it('uses the UI language', async () => {
        const dimension = await hover('piet-2026.pop', 'dimensies ');
        expect(dimension).toContain('**Teamleren en samenwerking** · *Team learning and collaboration*');
        expect(dimension).toContain('Raamwerk: Acht dimensies van een lerende organisatie');
        const form = await hover('piet-2026.pop', 'actie ');
        expect(form).toContain('Leren in het werk');
        expect(form).toContain('Telt als gevraagde feedback, op het moment van de actie.');
    });

    it('explains a Dutch keyword in Dutch, with its English twin', async () => {
        const supports = await hover('piet-2026.pop', 'GespreidLeiderschap\n        ');
        expect(supports).toMatch(/^`ondersteunt` · Engels: `supports`\n\nDe visie of ambitie van de organisatie/);
        expect(await hover('piet-2026.pop', 'gesprek 2026-06-30 ')).toContain('`met` · Engels: `with`');
        expect(await hover('piet-2026.pop', '\n    ')).toContain('`coach` · in het Nederlands en het Engels hetzelfde');
    });

    it('counts goals, vision links and asked-for feedback in Dutch', async () => {
        const titles = (await lenses('anna-2026.pop')).map(l => l.command?.title);
        expect(titles).toEqual(['2 leerdoelen · 1 gekoppeld aan de visie · 1 vraagt om feedback', 'Open overzicht']);
    });
});

describe('code lens (English UI)', () => {
    const { state, lenses } = session({ today: '2026-06-01' });

    it('stands above each plan and team with the counts and "Open summary"', async () => {
        const plan = await lenses('anna-2026.pop');
        expect(plan.map(l => [l.range.start.line, l.command?.title])).toEqual([
            [1, '2 goals · 1 linked to the vision · 1 asks for feedback'],
            [1, 'Open summary'],
        ]);
        expect(plan[1].command).toMatchObject({ command: 'leerplan.openPreview', arguments: [state.ws.uri('anna-2026.pop')] });
        const team = await lenses('organisation.pop');
        expect(team.map(l => [l.range.start.line, l.command?.title])).toEqual([
            [17, '1 goal · 1 linked to the vision · 1 asks for feedback'],
            [17, 'Open summary'],
        ]);
    });
});
