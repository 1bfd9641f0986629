import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { ORGANISATION, applyWorkspaceEdit, completionAfter, hoverText, openWorkspace, type TestWorkspace } from './helpers.js';

/** Assessments in the editor: completion of dimensions, hovers, and the quick fix of `assessment-gap`. */
const ASSESSMENTS = `assessment 2026-03-01 for team wound-care with mark, anna, piet {
    GedragenVisie 2 "Few of us can say what the vision asks of us."
    Feedbackprocessen 4
}
`;

const DUTCH_TEAM = `team nacht "Nachtdienst" {
    leider mark
    leden anna
}
`;


async function gapFixes(files: Record<string, string>, file: string): Promise<{ ws: TestWorkspace; actions: CodeAction[] }> {
    const ws = await openWorkspace(files);
    const diagnostic = ws.diagnostics(file).find(d => d.code === 'assessment-gap');
    if (!diagnostic) throw new Error(`no assessment-gap in ${file}: ${ws.codes(file).join(', ')}`);
    const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.doc(file), {
        textDocument: { uri: ws.uri(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    return { ws, actions: (actions ?? []) as CodeAction[] };
}

describe('assessments in the editor', () => {
    it('complete the dimensions of the framework in force after the {', async () => {
        const items = await completionAfter('assessment 2026-03-01 for team wound-care with mark {\n    \n}\n', '{\n    ');
        const labels = items.map(i => i.label);
        for (const id of ['GedragenVisie', 'Feedbackprocessen', 'StructuurEnBeleid']) expect(labels).toContain(id);
        const persons = await completionAfter('meting 2026-03-01 voor team wound-care met ', 'met ');
        expect(persons.map(i => i.label)).toEqual(expect.arrayContaining(['anna', 'mark', 'piet']));
    });

    it('explain the keyword and the scored dimension on hover', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'assessments.pop': ASSESSMENTS });
        const keyword = await hoverText(ws, 'assessments.pop', 'assessment');
        expect(keyword).toContain('`assessment` · Dutch: `meting`');
        const dimension = await hoverText(ws, 'assessments.pop', 'GedragenVisie');
        expect(dimension).toContain('Shared vision and ambition');
    });

    it('show a score with the score before it and the development card of its dimension, in the UI language', async () => {
        const files = {
            'organisation.pop': ORGANISATION, 'assessments.pop': ASSESSMENTS,
            'earlier.pop': 'meting 2025-03-01 voor team wound-care met mark, anna {\n    GedragenVisie 1\n}\n',
        };
        const ws = await openWorkspace(files);
        const score = await hoverText(ws, 'assessments.pop', 'GedragenVisie 2', 'GedragenVisie '.length);
        expect(score).toContain('Score 2 of 5 in the assessment of 2026-03-01');
        expect(score).toContain('The assessment before, of 2025-03-01: 1');
        expect(score).toContain('**Shared vision and ambition**');
        for (const heading of ['**Challenges**', '**Development suggestions**', '**Good practices**']) expect(score).toContain(heading);
        const first = await hoverText(ws, 'earlier.pop', 'GedragenVisie 1', 'GedragenVisie '.length);
        expect(first).toContain('The first assessment that scores this dimension');

        const dutch = await openWorkspace(files, { settings: { lang: 'nl' } });
        const nl = await hoverText(dutch, 'assessments.pop', 'Feedbackprocessen 4', 'Feedbackprocessen '.length);
        expect(nl).toContain('Score 4 van 5 in de meting van 2026-03-01');
        for (const heading of ['**Uitdagingen**', '**Ontwikkelsuggesties**', '**Goede voorbeelden**']) expect(nl).toContain(heading);
        // A goal's dimension of the default framework carries the card too; one of another framework has none.
        const goal = await hoverText(ws, 'organisation.pop', 'Feedbackprocessen');
        expect(goal).toContain('**Development suggestions**');
    });

    it('offer a team goal for a gap, written into the team in its file and keyword language', async () => {
        const files = { 'organisation.pop': ORGANISATION, 'assessments.pop': ASSESSMENTS };
        const { actions } = await gapFixes(files, 'assessments.pop');
        expect(actions.map(a => a.title)).toEqual(["Add a team goal for 'GedragenVisie' to team 'wound-care' in organisation.pop"]);
        const after = applyWorkspaceEdit(files, actions[0].edit!);
        expect(after['organisation.pop']).toContain([
            '        due 2026-12-31',
            '    }',
            '',
            '    goal gedragen-visie "..." {',
            '        dimensions GedragenVisie',
            '    }',
            '}',
        ].join('\n'));
        const ws = await openWorkspace(after);
        expect(ws.codes('assessments.pop')).not.toContain('assessment-gap');

        const dutch = { 'organisation.pop': ORGANISATION, 'nacht.pop': DUTCH_TEAM, 'meting.pop': 'meting 2026-03-01 voor team nacht met mark, anna {\n    Feedbackprocessen 1\n}\n' };
        const fixed = applyWorkspaceEdit(dutch, (await gapFixes(dutch, 'meting.pop')).actions[0].edit!);
        expect(fixed['nacht.pop']).toBe('team nacht "Nachtdienst" {\n    leider mark\n    leden anna\n\n    leerdoel feedbackprocessen "..." {\n        dimensies Feedbackprocessen\n    }\n}\n');
    });

    it('offer each team (in workspace order) for a gap of the organisation, with a goal id that is not taken', async () => {
        const files = {
            'organisation.pop': ORGANISATION, 'nacht.pop': DUTCH_TEAM,
            'meting.pop': 'assessment 2026-03-01 for organisation anker with anna, piet {\n    LerenVanLeidersEnMedewerkers 2\n}\n',
            'other.pop': 'team other "Other" {\n    lead anna\n    goal leren-van-leiders-en-medewerkers "Taken" {\n        status dropped\n    }\n}\n',
        };
        const { actions } = await gapFixes(files, 'meting.pop');
        expect(actions.map(a => a.title)).toEqual([
            "Add a team goal for 'LerenVanLeidersEnMedewerkers' to team 'nacht' in nacht.pop",
            "Add a team goal for 'LerenVanLeidersEnMedewerkers' to team 'wound-care' in organisation.pop",
            "Add a team goal for 'LerenVanLeidersEnMedewerkers' to team 'other' in other.pop",
        ]);
        const after = applyWorkspaceEdit(files, actions[2].edit!);
        expect(after['other.pop']).toContain('    goal leren-van-leiders-en-medewerkers-2 "..." {\n        dimensions LerenVanLeidersEnMedewerkers\n    }\n}');
    });
});
