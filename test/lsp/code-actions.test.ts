import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { ORGANISATION, applyWorkspaceEdit, fileUri, openWorkspace, splitFiles, type WorkspaceOptions } from './helpers.js';
import { fixesFor as computeFixes, UNTRACK_COMMAND } from '../../language/src/fixes/index.js';

/** The quick fixes offered for the first diagnostic with `code` in `file`. */
async function fixesFor(files: Record<string, string>, file: string, code: string, options: WorkspaceOptions = {}): Promise<CodeAction[]> {
    const { pop, disk } = splitFiles(files);
    const ws = await openWorkspace(pop, { ...options, disk });
    const diagnostic = ws.diagnostics(file).find(d => d.code === code);
    if (!diagnostic) throw new Error(`no ${code} in ${file}: ${ws.codes(file).join(', ')}`);
    const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.doc(file), {
        textDocument: { uri: ws.uri(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    return (actions ?? []) as CodeAction[];
}

/** The fixes for a diagnostic as an editor that takes snippet edits gets them. */
async function fixesWithSnippets(files: Record<string, string>, file: string, code: string, options: WorkspaceOptions = {}): Promise<CodeAction[]> {
    const { pop, disk } = splitFiles(files);
    const ws = await openWorkspace(pop, { ...options, disk });
    const diagnostic = ws.diagnostics(file).find(d => d.code === code);
    if (!diagnostic) throw new Error(`no ${code} in ${file}: ${ws.codes(file).join(', ')}`);
    return computeFixes(ws.doc(file), [diagnostic], ws.services, { uiLang: 'en', snippets: true });
}

/** Applies a fix and checks the workspace again: the new files and every file's codes. */
async function applyAndRecheck(files: Record<string, string>, action: CodeAction, options: WorkspaceOptions = {}): Promise<{ files: Record<string, string>; codes: (file: string) => string[] }> {
    const after = applyWorkspaceEdit(files, action.edit!);
    const { pop, disk } = splitFiles(after);
    const ws = await openWorkspace(pop, { ...options, disk });
    return { files: after, codes: ws.codes };
}

const ANNA = `plan anna-2026 for anna {
    coach mark
    team wound-care
    period 2026-01-01 .. 2026-12-31

    goal wound-protocols "Know the new wound-care protocol by heart" {
        dimensions LerenVanLeidersEnMedewerkers
        action e-learning "Protocol module" due 2026-02-28
        evidence "I pass the protocol test."
        status active
    }

    review 2026-06-30 with mark "Mid-year POP conversation"
    reflection 2026-04-02 "Protocols stick when I teach them."
}
`;

const PIET = `plan piet-2026 voor piet {
    coach mark
    periode 2026-01-01 .. 2026-12-31

    leerdoel plannen "Roosterplanning" {
        dimensies TeamlerenEnSamenwerking
        actie intervisie "Intervisie" elke maand
        bewijs "Het team plant zelf."
    }

    reflectie 2026-05-02 "Het gaat goed."
}
`;

const FILES = { 'organisation.pop': ORGANISATION, 'anna-2026.pop': ANNA, 'piet-2026.pop': PIET };

describe('quick fix: goal-without-vision', () => {
    it('offers one supports line per vision and per ambition, and the chosen one links the goal', async () => {
        const actions = await fixesFor(FILES, 'anna-2026.pop', 'goal-without-vision');
        expect(actions.map(a => a.title)).toEqual([
            "Add 'supports quality' (vision)", "Add 'supports learning-at-work' (vision)", "Add 'supports fewer-incidents' (ambition)",
        ]);
        const { files, codes } = await applyAndRecheck(FILES, actions[1]);
        expect(files['anna-2026.pop']).toContain('        dimensions LerenVanLeidersEnMedewerkers\n        supports learning-at-work\n        action e-learning');
        expect(codes('anna-2026.pop')).not.toContain('goal-without-vision');
    });

    it('writes the Dutch keyword in a Dutch file, with titles in the interface language', async () => {
        const actions = await fixesFor(FILES, 'piet-2026.pop', 'goal-without-vision', { settings: { lang: 'nl' } });
        expect(actions.map(a => a.title)).toContain("Voeg 'ondersteunt quality' toe (visie)");
        const { files, codes } = await applyAndRecheck(FILES, actions[0]);
        expect(files['piet-2026.pop']).toContain('        dimensies TeamlerenEnSamenwerking\n        ondersteunt quality\n');
        expect(codes('piet-2026.pop')).not.toContain('goal-without-vision');
    });
});

describe('quick fix: goal-without-feedback', () => {
    it('asks the coach every quarter, after the actions; the question "..." keeps the warning until it is written', async () => {
        const actions = await fixesFor(FILES, 'anna-2026.pop', 'goal-without-feedback');
        expect(actions.map(a => a.title)).toEqual([`Add 'feedback ask mark "..." every quarter'`]);
        const { files, codes } = await applyAndRecheck(FILES, actions[0]);
        expect(files['anna-2026.pop']).toContain('due 2026-02-28\n        feedback ask mark "..." every quarter\n        evidence');
        expect(codes('anna-2026.pop')).toContain('goal-without-feedback');
        const written = { ...files, 'anna-2026.pop': files['anna-2026.pop'].replace('"..."', '"Does my handover follow the protocol?"') };
        const { pop, disk } = splitFiles(written);
        expect((await openWorkspace(pop, { disk })).codes('anna-2026.pop')).not.toContain('goal-without-feedback');
    });

    it('writes `feedback vraag ... elk kwartaal` in a Dutch file', async () => {
        // Intervisie gathers feedback by itself (colleagues question your own case), so Piet discusses cases instead.
        const piet = { ...FILES, 'piet-2026.pop': PIET.replace('actie intervisie "Intervisie"', 'actie casusbespreking "Roosterdilemma\'s"') };
        const actions = await fixesFor(piet, 'piet-2026.pop', 'goal-without-feedback');
        const { files, codes } = await applyAndRecheck(piet, actions[0]);
        expect(files['piet-2026.pop']).toContain('        feedback vraag mark "..." elk kwartaal\n');
        expect(codes('piet-2026.pop')).not.toContain('mixed-keyword-language');
    });

    it('asks the team for a team goal', async () => {
        // An after-action review gathers feedback by itself (language-v2.md), so the team discusses a case instead.
        const team = ORGANISATION.replace('        feedback ask team wound-care "What did we change since last time?" every quarter\n', '')
            .replace('action after-action-review "Monthly incident review"', 'action case-discussion "Monthly incident review"');
        const files = { ...FILES, 'organisation.pop': team };
        const actions = await fixesFor(files, 'organisation.pop', 'goal-without-feedback');
        expect(actions.map(a => a.title)).toEqual([`Add 'feedback ask team wound-care "..." every quarter'`]);
        expect((await applyAndRecheck(files, actions[0])).files['organisation.pop']).toContain('feedback ask team wound-care "..." every quarter');
    });

    it('gives an editor that takes snippets a tab stop for the question', async () => {
        const actions = await fixesWithSnippets(FILES, 'anna-2026.pop', 'goal-without-feedback');
        const change = actions[0].edit!.documentChanges![0] as { edits: Array<{ snippet?: { value: string } }> };
        // Indented relative to the line it goes after: VS Code indents each further line like that line.
        expect(change.edits[0].snippet?.value).toBe('\nfeedback ask mark "${1:...}" every quarter$0');
        // As VS Code inserts it: in line with the goal's other lines.
        expect(applyWorkspaceEdit(FILES, actions[0].edit!)['anna-2026.pop']).toContain('due 2026-02-28\n        feedback ask mark "..." every quarter\n        evidence');
    });
});

describe('quick fix: no-review', () => {
    const noReview = ANNA.replace('    review 2026-06-30 with mark "Mid-year POP conversation"\n', '');

    it('adds a review with the coach in the middle of the period', async () => {
        const files = { ...FILES, 'anna-2026.pop': noReview };
        const actions = await fixesFor(files, 'anna-2026.pop', 'no-review');
        expect(actions.map(a => a.title)).toEqual([`Add 'review 2026-07-02 with mark "..."'`]);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toContain('        status active\n    }\n\n    review 2026-07-02 with mark "..."\n');
        expect(codes('anna-2026.pop')).not.toContain('no-review');
    });

    it('uses the end of the period once the middle has passed, and Dutch keywords in a Dutch plan', async () => {
        const actions = await fixesFor(FILES, 'piet-2026.pop', 'no-review', { settings: { today: '2026-09-15' } });
        expect(actions.map(a => a.title)).toEqual([`Add 'gesprek 2026-12-31 met mark "..."'`]);
        const { files, codes } = await applyAndRecheck(FILES, actions[0]);
        expect(files['piet-2026.pop']).toContain('    }\n\n    gesprek 2026-12-31 met mark "..."\n');
        expect(codes('piet-2026.pop')).not.toContain('no-review');
    });
});

describe('quick fix: no-reflection', () => {
    const noReflection = ANNA.replace('    reflection 2026-04-02 "Protocols stick when I teach them."\n', '');

    it('adds a reflection dated today; "..." keeps the warning until it is written', async () => {
        const files = { ...FILES, 'anna-2026.pop': noReflection };
        const actions = await fixesFor(files, 'anna-2026.pop', 'no-reflection');
        expect(actions.map(a => a.title)).toEqual([`Add 'reflection 2026-06-01 "..."'`]);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toContain('    review 2026-06-30 with mark "Mid-year POP conversation"\n    reflection 2026-06-01 "..."\n}');
        expect(codes('anna-2026.pop')).toContain('no-reflection');
        const written = after['anna-2026.pop'].replace('"..."', '"Teaching the protocol made it stick."');
        const { pop, disk } = splitFiles({ ...after, 'anna-2026.pop': written });
        expect((await openWorkspace(pop, { disk })).codes('anna-2026.pop')).not.toContain('no-reflection');
    });

    it('dates it inside the period, in Dutch for a Dutch plan, with a tab stop for an editor that takes snippets', async () => {
        const piet = PIET.replace('    reflectie 2026-05-02 "Het gaat goed."\n', '');
        const files = { ...FILES, 'piet-2026.pop': piet };
        const actions = await fixesFor(files, 'piet-2026.pop', 'no-reflection', { settings: { today: '2027-02-01', lang: 'nl' } });
        expect(actions.map(a => a.title)).toEqual([`Voeg 'reflectie 2026-12-31 "..."' toe`]);
        const snippet = await fixesWithSnippets(files, 'piet-2026.pop', 'no-reflection', { settings: { today: '2027-02-01' } });
        const change = snippet[0].edit!.documentChanges![0] as { edits: Array<{ snippet?: { value: string } }> };
        expect(change.edits[0].snippet?.value).toBe('\n\nreflectie 2026-12-31 "${1:...}"$0');
    });
});

describe('quick fix: overdue', () => {
    const overdue = ANNA.replace('action e-learning "Protocol module" due 2026-02-28', 'action e-learning "Protocol module" due 2026-02-28')
        .replace('        evidence "I pass the protocol test."\n', '        evidence "I pass the protocol test."\n        due 2026-03-31\n');

    it('marks the goal done or dropped, or moves the due date to the end of the period or four weeks ahead', async () => {
        const files = { ...FILES, 'anna-2026.pop': overdue };
        const actions = await fixesFor(files, 'anna-2026.pop', 'overdue');
        expect(actions.map(a => a.title)).toEqual([
            "Mark 'wound-protocols' as done", "Mark 'wound-protocols' as dropped",
            'Move the due date to 2026-12-31 (end of the period)', 'Move the due date to 2026-06-29 (four weeks from today)',
        ]);
        expect(actions[0].isPreferred).toBe(true);
        for (const action of actions) {
            const { files: after, codes } = await applyAndRecheck(files, action);
            expect(codes('anna-2026.pop'), action.title).not.toContain('overdue');
            expect(codes('anna-2026.pop'), action.title).not.toContain('parse-error');
            expect(after['anna-2026.pop']).not.toBe(overdue);
        }
        expect((await applyAndRecheck(files, actions[0])).files['anna-2026.pop']).toContain('        due 2026-03-31\n        status done\n');
    });

    it('moves a due date written as a named period or a within span to a date (the second edition)', async () => {
        for (const written of ['due 2026-Q1', 'due within 2 months']) {
            const files = { ...FILES, 'anna-2026.pop': overdue.replace('        due 2026-03-31\n', `        ${written}\n`) };
            const actions = await fixesFor(files, 'anna-2026.pop', 'overdue');
            const move = actions.find(a => a.title === 'Move the due date to 2026-12-31 (end of the period)')!;
            const { files: after, codes } = await applyAndRecheck(files, move);
            expect(after['anna-2026.pop'], written).toContain('        due 2026-12-31\n');
            expect(codes('anna-2026.pop'), written).not.toContain('overdue');
        }
    });

    it('writes the Dutch status word in a Dutch plan', async () => {
        const piet = PIET.replace('        bewijs "Het team plant zelf."\n', '        bewijs "Het team plant zelf."\n        uiterlijk 2026-03-01\n        status actief\n');
        const files = { ...FILES, 'piet-2026.pop': piet };
        const actions = await fixesFor(files, 'piet-2026.pop', 'overdue', { settings: { lang: 'nl' } });
        expect(actions.map(a => a.title).slice(0, 2)).toEqual(["Zet 'plannen' op afgerond", "Zet 'plannen' op gestopt"]);
        const { files: after } = await applyAndRecheck(files, actions[0]);
        expect(after['piet-2026.pop']).toContain('        status afgerond\n');
    });
});

describe('quick fix: goal-without-due', () => {
    it('adds the end of the plan period before the status line', async () => {
        const actions = await fixesFor(FILES, 'anna-2026.pop', 'goal-without-due');
        expect(actions.map(a => a.title)).toEqual(["Add 'due 2026-12-31' (end of the period)"]);
        const { files, codes } = await applyAndRecheck(FILES, actions[0]);
        expect(files['anna-2026.pop']).toContain('        evidence "I pass the protocol test."\n        due 2026-12-31\n        status active\n');
        expect(codes('anna-2026.pop')).not.toContain('goal-without-due');
    });

    it('adds the line to every goal when the one diagnostic is the plan\'s (no goal has a due date)', async () => {
        const files = { ...FILES, 'bea-2026.pop': `plan bea-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal a "A" { supports quality }
    goal b "B" { supports quality }
}
` };
        const actions = await fixesFor(files, 'bea-2026.pop', 'goal-without-due');
        expect(actions.map(a => a.title)).toEqual(["Add 'due 2026-12-31' (end of the period)"]);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['bea-2026.pop'].match(/due 2026-12-31/g)).toHaveLength(2);
        expect(codes('bea-2026.pop')).not.toContain('goal-without-due');
    });

    it('writes `uiterlijk` in a Dutch plan', async () => {
        const actions = await fixesFor(FILES, 'piet-2026.pop', 'goal-without-due');
        const { files, codes } = await applyAndRecheck(FILES, actions[0]);
        expect(files['piet-2026.pop']).toContain('        uiterlijk 2026-12-31\n');
        expect(codes('piet-2026.pop')).not.toContain('goal-without-due');
    });

    it('keeps CRLF line ends', async () => {
        const files = { ...FILES, 'anna-2026.pop': ANNA.replace(/\n/g, '\r\n') };
        const actions = await fixesFor(files, 'anna-2026.pop', 'goal-without-due');
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toContain('        evidence "I pass the protocol test."\r\n        due 2026-12-31\r\n        status active\r\n');
        expect(codes('anna-2026.pop')).not.toContain('goal-without-due');
    });

    it('adds a line to a goal written on one line on that same line', async () => {
        const oneLine = PIET.replace(/leerdoel plannen[\s\S]*?\n {4}\}\n/, 'leerdoel plannen "Roosterplanning" { ondersteunt quality }\n');
        const files = { ...FILES, 'piet-2026.pop': oneLine };
        const actions = await fixesFor(files, 'piet-2026.pop', 'goal-without-due');
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['piet-2026.pop']).toContain('leerdoel plannen "Roosterplanning" { ondersteunt quality uiterlijk 2026-12-31 }');
        expect(codes('piet-2026.pop')).not.toContain('goal-without-due');
    });
});

describe('goal-without-due where the due line was read as the moment of the line before it', () => {
    // The trap: line breaks carry no meaning, so a goal's `due` right after an action with no moment is that action's.
    const stray = ANNA.replace('        action e-learning "Protocol module" due 2026-02-28\n        evidence "I pass the protocol test."\n',
        '        evidence "I pass the protocol test."\n        action e-learning "Protocol module"\n        due 2026-02-28\n');
    const strayNl = PIET.replace('        bewijs "Het team plant zelf."\n', '        feedback vraag mark "Plant het team zelf?"\n        uiterlijk binnen 3 maanden\n        bewijs "Het team plant zelf."\n');

    it('says where the due went, at that line, in the UI language and with the file\'s keywords', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': stray, 'piet-2026.pop': strayNl });
        const [english] = ws.diagnostics('anna-2026.pop').filter(d => d.code === 'goal-without-due');
        const dueLine = stray.split('\n').findIndex(l => l.trim() === 'due 2026-02-28');
        expect(english.range.start).toEqual({ line: dueLine, character: 8 });
        expect(english.message).toBe(`Goal 'wound-protocols' has no due date: the 'due' on line ${dueLine + 1} is the moment of the action before it (a line break changes nothing). Put the goal's 'due <date>' before its actions and feedback, or give that action a moment of its own.`);
        const [dutchFile] = ws.diagnostics('piet-2026.pop').filter(d => d.code === 'goal-without-due');
        expect(dutchFile.message).toContain("the 'uiterlijk' on line 9 is the moment of the feedback entry before it");
        expect(dutchFile.message).toContain("Put the goal's 'uiterlijk <date>' before");
        const dutch = await openWorkspace({ 'organisation.pop': ORGANISATION, 'piet-2026.pop': strayNl }, { settings: { lang: 'nl' } });
        expect(dutch.diagnostics('piet-2026.pop').find(d => d.code === 'goal-without-due')!.message)
            .toBe("Leerdoel 'plannen' heeft geen deadline: de 'uiterlijk' op regel 9 is het moment van de feedbackregel ervoor (een regelovergang verandert daar niets aan). Zet de 'uiterlijk <datum>' van het leerdoel vóór de acties en feedback, of geef die regel een eigen moment.");
    });

    it('moves the due to a line of its own before that entry, where it is the goal\'s', async () => {
        const files = { ...FILES, 'anna-2026.pop': stray, 'piet-2026.pop': strayNl };
        const actions = await fixesFor(files, 'anna-2026.pop', 'goal-without-due');
        expect(actions.map(a => a.title)).toEqual(["Make 'due 2026-02-28' the goal's due date (on a line of its own, before the entry it followed)"]);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toContain('        evidence "I pass the protocol test."\n        due 2026-02-28\n        action e-learning "Protocol module"\n        status active\n');
        expect(codes('anna-2026.pop')).not.toContain('goal-without-due');
        const dutch = await fixesFor(files, 'piet-2026.pop', 'goal-without-due');
        const { files: afterNl, codes: codesNl } = await applyAndRecheck(files, dutch[0]);
        expect(afterNl['piet-2026.pop']).toContain('        actie intervisie "Intervisie" elke maand\n        uiterlijk binnen 3 maanden\n        feedback vraag mark "Plant het team zelf?"\n        bewijs');
        expect(codesNl('piet-2026.pop')).not.toContain('goal-without-due');
    });

    it('is one diagnostic per plan again when no goal has a due line of any kind', async () => {
        const files = { ...FILES, 'bea-2026.pop': 'plan bea-2026 for anna {\n    coach mark\n    period 2026-01-01 .. 2026-12-31\n    goal a "A" { supports quality }\n    goal b "B" {\n        supports quality\n        action reading "Book"\n        due 2026-05-01\n    }\n}\n' };
        const ws = await openWorkspace(files);
        const found = ws.diagnostics('bea-2026.pop').filter(d => d.code === 'goal-without-due');
        // Goal a lacks a due date; goal b wrote one that landed on its action: two different problems.
        expect(found.map(d => [d.range.start.line, String(d.message).split(':')[0]])).toEqual([[3, "Goal 'a' has no due date"], [7, "Goal 'b' has no due date"]]);
    });
});

describe('quick fix: private-in-tracked-file', () => {
    const withPrivate = ANNA.replace('    reflection 2026-04-02 "Protocols stick when I teach them."\n',
        '    reflection 2026-04-02 "Protocols stick when I teach them."\n    reflection 2026-04-09 private "I jump to solutions too quickly."\n');

    it('moves the private reflections to a new NAME.private.pop and creates the .gitignore', async () => {
        const files = { ...FILES, 'anna-2026.pop': withPrivate };
        const actions = await fixesFor(files, 'anna-2026.pop', 'private-in-tracked-file');
        expect(actions.map(a => a.title)).toEqual(["Move the private reflections to 'anna-2026.private.pop' (Git-ignored)"]);
        const changes = actions[0].edit!.documentChanges!;
        expect(changes.map(c => 'kind' in c && c.kind === 'create' ? `create ${c.uri.split('/').pop()}` : undefined).filter(Boolean)).toEqual(['create anna-2026.private.pop', 'create .gitignore']);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.private.pop']).toBe('private anna-2026 {\n    reflection 2026-04-09 "I jump to solutions too quickly."\n}\n');
        expect(after['.gitignore']).toBe('*.private.pop\n');
        expect(after['anna-2026.pop']).not.toContain('jump to solutions');
        expect(after['anna-2026.pop']).toContain('    reflection 2026-04-02 "Protocols stick when I teach them."\n}\n');
        for (const file of ['anna-2026.pop', 'anna-2026.private.pop']) {
            expect(codes(file)).not.toContain('private-in-tracked-file');
            expect(codes(file)).not.toContain('parse-error');
        }
    });

    it('moves private reflections with any moment, or none, as they are written (the second edition)', async () => {
        const text = withPrivate.replace('    reflection 2026-04-09 private "I jump to solutions too quickly."\n',
            '    reflection every month private "What did I try?"\n    reflection private "No moment."\n');
        const files = { ...FILES, 'anna-2026.pop': text };
        const actions = await fixesFor(files, 'anna-2026.pop', 'private-in-tracked-file');
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.private.pop']).toBe('private anna-2026 {\n    reflection every month "What did I try?"\n    reflection "No moment."\n}\n');
        expect(after['anna-2026.pop']).not.toContain('What did I try');
        expect(codes('anna-2026.pop')).not.toContain('private-in-tracked-file');
        expect(codes('anna-2026.private.pop')).not.toContain('parse-error');
    });

    it('adds to an existing private file and .gitignore, in Dutch for a Dutch plan', async () => {
        const piet = PIET.replace('    reflectie 2026-05-02 "Het gaat goed."\n', '    reflectie 2026-05-02 privé "Ik vind het lastig."\n');
        const files = {
            ...FILES, 'piet-2026.pop': piet, '.gitignore': 'node_modules/',
            'piet-2026.private.pop': 'privé piet-2026 {\n    reflectie 2026-03-01 "Eerder."\n}\n',
        };
        // The existing private file is tracked too until .gitignore lists it.
        const actions = await fixesFor(files, 'piet-2026.pop', 'private-in-tracked-file');
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['piet-2026.private.pop']).toBe('privé piet-2026 {\n    reflectie 2026-03-01 "Eerder."\n    reflectie 2026-05-02 "Ik vind het lastig."\n}\n');
        expect(after['.gitignore']).toBe('node_modules/\n*.private.pop\n');
        expect(codes('piet-2026.pop')).not.toContain('private-in-tracked-file');
        expect(codes('piet-2026.private.pop')).not.toContain('private-in-tracked-file');
        // The plan still has its reflection, now in the private file.
        expect(codes('piet-2026.pop')).not.toContain('no-reflection');
    });

    it('creates a new private file in Dutch when the plan is Dutch', async () => {
        const piet = PIET.replace('    reflectie 2026-05-02 "Het gaat goed."\n', '    reflectie 2026-05-02 privé "Ik vind het lastig."\n');
        const files = { ...FILES, 'piet-2026.pop': piet };
        const actions = await fixesFor(files, 'piet-2026.pop', 'private-in-tracked-file');
        const { files: after } = await applyAndRecheck(files, actions[0]);
        expect(after['piet-2026.private.pop']).toBe('privé piet-2026 {\n    reflectie 2026-05-02 "Ik vind het lastig."\n}\n');
    });
});

describe('quick fix: private-in-tracked-file, when Git already has the file', () => {
    const PRIVATE = 'private anna-2026 {\n    reflection 2026-04-09 "I jump to solutions too quickly."\n}\n';

    it('explains that .gitignore does not hide a tracked file and offers to stop tracking it, adding the rule', async () => {
        const files = { ...FILES, 'anna-2026.private.pop': PRIVATE };
        const actions = await fixesFor(files, 'anna-2026.private.pop', 'private-in-tracked-file', { tracked: ['anna-2026.private.pop'] });
        expect(actions.map(a => a.title)).toEqual(["Git already tracks 'anna-2026.private.pop', so .gitignore does not hide it: stop tracking it (git rm --cached; it stays on disk)"]);
        expect(actions[0].command).toEqual({ title: actions[0].title, command: UNTRACK_COMMAND, arguments: [fileUri('anna-2026.private.pop')] });
        expect(applyWorkspaceEdit(files, actions[0].edit!)['.gitignore']).toBe('*.private.pop\n');
    });

    it('leaves an existing ignore rule alone (here in the folder above) and only stops tracking', async () => {
        const files = { ...FILES, '.gitignore': '*.private.pop\n', 'plans/anna-2026.private.pop': PRIVATE };
        const actions = await fixesFor(files, 'plans/anna-2026.private.pop', 'private-in-tracked-file', { tracked: ['plans/anna-2026.private.pop'] });
        expect(actions).toHaveLength(1);
        expect(actions[0].command?.arguments).toEqual([fileUri('plans/anna-2026.private.pop')]);
        expect(actions[0].edit).toEqual({});
    });

    it('an untracked private file that nothing ignores gets the rule', async () => {
        const files = { ...FILES, 'anna-2026.private.pop': PRIVATE };
        const actions = await fixesFor(files, 'anna-2026.private.pop', 'private-in-tracked-file');
        expect(actions.map(a => a.title)).toEqual(["Add '*.private.pop' to .gitignore"]);
        const { codes } = await applyAndRecheck(files, actions[0]);
        expect(codes('anna-2026.private.pop')).not.toContain('private-in-tracked-file');
    });

    it('moving into a private file Git tracks also stops tracking it', async () => {
        const withPrivate = ANNA.replace('    reflection 2026-04-02 "Protocols stick when I teach them."\n',
            '    reflection 2026-04-02 "Protocols stick when I teach them."\n    reflection 2026-04-10 private "Second thoughts."\n');
        const files = { ...FILES, 'anna-2026.pop': withPrivate, '.gitignore': '*.private.pop\n', 'anna-2026.private.pop': PRIVATE };
        const actions = await fixesFor(files, 'anna-2026.pop', 'private-in-tracked-file', { tracked: ['anna-2026.pop', 'anna-2026.private.pop'] });
        expect(actions.map(a => a.title)).toEqual(["Move the private reflections to 'anna-2026.private.pop' and stop Git tracking it (git rm --cached; it stays on disk)"]);
        expect(actions[0].command?.command).toBe(UNTRACK_COMMAND);
        const after = applyWorkspaceEdit(files, actions[0].edit!);
        expect(after['anna-2026.private.pop']).toContain('    reflection 2026-04-10 "Second thoughts."\n}');
        expect(after['.gitignore']).toBe('*.private.pop\n');
    });

    it('moves a private block with records of feedback received too, nothing left behind', async () => {
        const block = PRIVATE.replace(/\n\}\n$/, '\n    feedback received mark on 2026-04-11 "You interrupt people."\n}\n');
        const files = { ...FILES, 'anna-2026.pop': ANNA + '\n' + block };
        const actions = await fixesFor(files, 'anna-2026.pop', 'private-in-tracked-file');
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toBe(ANNA + '\n');
        expect(after['anna-2026.private.pop']).toBe(block);
        expect(codes('anna-2026.private.pop')).toEqual([]);
    });

    it('moves a private block out of a plan file into the private file', async () => {
        const files = { ...FILES, 'anna-2026.pop': ANNA + '\n' + PRIVATE };
        const actions = await fixesFor(files, 'anna-2026.pop', 'private-in-tracked-file');
        expect(actions.map(a => a.title)).toEqual(["Move the private reflections to 'anna-2026.private.pop' (Git-ignored)"]);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toBe(ANNA + '\n');
        expect(after['anna-2026.private.pop']).toBe(PRIVATE);
        expect(codes('anna-2026.private.pop')).toEqual([]);
    });
});

describe('quick fix: mixed-keyword-language', () => {
    it('translates the minority keywords to the majority language and nothing else', async () => {
        const mixed = ANNA.replace('    coach mark\n', '    coach mark\n').replace('period 2026', 'periode 2026')
            .replace('action e-learning "Protocol module" due 2026-02-28', 'actie e-learning "Protocol module" uiterlijk 2026-02-28');
        const files = { ...FILES, 'anna-2026.pop': mixed };
        const actions = await fixesFor(files, 'anna-2026.pop', 'mixed-keyword-language');
        expect(actions.map(a => a.title)).toEqual(['Translate 3 Dutch keywords to English']);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toBe(ANNA);
        expect(codes('anna-2026.pop')).not.toContain('mixed-keyword-language');
    });

    it('translates English keywords into a mostly Dutch file, choosing elk or elke', async () => {
        const mixed = PIET.replace('actie intervisie "Intervisie" elke maand', 'action intervisie "Intervisie" every month')
            .replace('    coach mark\n', '    coach mark\n    team wound-care\n');
        const files = { ...FILES, 'piet-2026.pop': mixed };
        const actions = await fixesFor(files, 'piet-2026.pop', 'mixed-keyword-language', { settings: { lang: 'nl' } });
        expect(actions.map(a => a.title)).toEqual(['Vertaal 3 Engelse sleutelwoorden naar het Nederlands']);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['piet-2026.pop']).toContain('actie intervisie "Intervisie" elke maand');
        expect(codes('piet-2026.pop')).not.toContain('mixed-keyword-language');
    });
});

describe('quick fix: unknown-learning-form', () => {
    it('replaces the form by the suggestion', async () => {
        const typo = ANNA.replace('action e-learning', 'action e-lerning');
        const files = { ...FILES, 'anna-2026.pop': typo };
        const actions = await fixesFor(files, 'anna-2026.pop', 'unknown-learning-form');
        expect(actions.map(a => a.title)).toEqual(["Change to 'e-learning'"]);
        expect(actions[0].isPreferred).toBe(true);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toBe(ANNA);
        expect(codes('anna-2026.pop')).not.toContain('unknown-learning-form');
    });
});

describe('quick fix: link-error', () => {
    const typo = ANNA.replace('    coach mark\n', '    coach marc\n');

    it('replaces a mistyped person by the nearest one', async () => {
        const files = { ...FILES, 'anna-2026.pop': typo };
        const actions = await fixesFor(files, 'anna-2026.pop', 'link-error');
        expect(actions.map(a => a.title)).toEqual(["Change to 'mark'", "Create person 'marc' in the people block of organisation.pop"]);
        const { files: after, codes } = await applyAndRecheck(files, actions[0]);
        expect(after['anna-2026.pop']).toBe(ANNA);
        expect(codes('anna-2026.pop')).not.toContain('link-error');
    });

    it('creates the missing person in the people block of the file that has it', async () => {
        const files = { ...FILES, 'anna-2026.pop': typo };
        const actions = await fixesFor(files, 'anna-2026.pop', 'link-error');
        const { files: after, codes } = await applyAndRecheck(files, actions[1]);
        expect(after['organisation.pop']).toContain('    person piet "Piet Bakker"   role "Nurse"\n    person marc "marc" role "..."\n}');
        expect(codes('anna-2026.pop')).not.toContain('link-error');
        expect(codes('organisation.pop')).not.toContain('parse-error');
    });

    it('creates a people block when the workspace has none', async () => {
        const files = { 'plan.pop': 'plan p for nobody {\n    coach mark\n}\n' };
        const actions = await fixesFor(files, 'plan.pop', 'link-error');
        const create = actions.find(a => a.title.startsWith('Create person'))!;
        expect(create.title).toBe("Create person 'nobody' in the people block");
        const { files: after, codes } = await applyAndRecheck(files, create);
        expect(after['plan.pop']).toBe('plan p for nobody {\n    coach mark\n}\n\npeople {\n    person nobody "nobody" role "..."\n}\n');
        expect(codes('plan.pop').filter(c => c === 'link-error')).toHaveLength(1); // mark is still unknown
    });

    it('never offers to create a placeholder as a person', async () => {
        for (const placeholder of ['COACH', 'PERSON', 'owner', 'eigenaar']) {
            const files = { ...FILES, 'anna-2026.pop': ANNA.replace('    coach mark', `    coach ${placeholder}`) };
            const actions = await fixesFor(files, 'anna-2026.pop', 'link-error');
            expect(actions.filter(a => a.title.startsWith('Create person')), placeholder).toEqual([]);
        }
    });

    it('offers the visions and ambitions nearest to an unknown one', async () => {
        const files = { ...FILES, 'anna-2026.pop': ANNA.replace('        evidence "I pass', '        supports learning-at-wrok\n        evidence "I pass') };
        const actions = await fixesFor(files, 'anna-2026.pop', 'link-error');
        expect(actions.map(a => a.title)).toEqual([
            "Change to 'learning-at-work'", "Change to 'quality' (vision)", "Change to 'fewer-incidents' (ambition)",
        ]);
        const { codes } = await applyAndRecheck(files, actions[1]);
        expect(codes('anna-2026.pop')).not.toContain('link-error');
    });

    it('offers what there is for a placeholder, in the order it is declared, and never to create it', async () => {
        const files = { ...FILES, 'anna-2026.pop': ANNA.replace('    coach mark', '    coach COACH').replace('        evidence "I pass', '        supports VISION\n        evidence "I pass') };
        const { pop, disk } = splitFiles(files);
        const ws = await openWorkspace(pop, { disk });
        const titles = async (line: string) => {
            const diagnostic = ws.diagnostics('anna-2026.pop').find(d => d.code === 'link-error' && ws.files['anna-2026.pop'].split('\n')[d.range.start.line].includes(line))!;
            const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.doc('anna-2026.pop'), {
                textDocument: { uri: ws.uri('anna-2026.pop') }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
            }) as CodeAction[];
            return actions.map(a => a.title);
        };
        expect(await titles('VISION')).toEqual(["Change to 'quality' (vision)", "Change to 'learning-at-work' (vision)", "Change to 'fewer-incidents' (ambition)"]);
        expect(await titles('COACH')).toEqual(["Change to 'mark' (person)", "Change to 'piet' (person)"]);
    });

    it('replaces other mistyped ids (a team) by the suggestion', async () => {
        const files = { ...FILES, 'anna-2026.pop': ANNA.replace('team wound-care', 'team wound-cara') };
        const actions = await fixesFor(files, 'anna-2026.pop', 'link-error');
        expect(actions.map(a => a.title)).toEqual(["Change to 'wound-care'"]);
        const { codes } = await applyAndRecheck(files, actions[0]);
        expect(codes('anna-2026.pop')).not.toContain('link-error');
    });
});

describe('Fix all (source.fixAll)', () => {
    it('applies every safe fix of a file at once: keywords, a name written in another case, private reflections; nothing that needs a decision', async () => {
        const messy = ANNA.replace('    coach mark\n', '    coach Mark\n').replace('period 2026', 'periode 2026')
            .replace('    reflection 2026-04-02 "Protocols stick when I teach them."\n', '    reflection 2026-04-02 "Protocols stick when I teach them."\n    reflection 2026-04-09 private "Private thought."\n');
        const files = { ...FILES, 'anna-2026.pop': messy };
        const { pop, disk } = splitFiles(files);
        const ws = await openWorkspace(pop, { disk });
        expect(ws.codes('anna-2026.pop')).toEqual(expect.arrayContaining(['goal-without-feedback', 'goal-without-vision', 'link-error', 'mixed-keyword-language', 'private-in-tracked-file']));
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.doc('anna-2026.pop'), {
            textDocument: { uri: ws.uri('anna-2026.pop') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll'] },
        }) as CodeAction[];
        expect(actions.map(a => [a.kind, a.title])).toEqual([['source.fixAll.leerplan', 'Leerplan: apply 3 safe fixes']]);
        const after = applyWorkspaceEdit(files, actions[0].edit!);
        const { pop: pop2, disk: disk2 } = splitFiles(after);
        const again = await openWorkspace(pop2, { disk: disk2 });
        expect(again.codes('anna-2026.pop')).toEqual(['goal-without-due', 'goal-without-feedback', 'goal-without-vision', 'only-formal-learning']);
        expect(after['anna-2026.private.pop']).toBe('private anna-2026 {\n    reflection 2026-04-09 "Private thought."\n}\n');
        expect(after['anna-2026.pop']).toBe(ANNA);
    });

    it('offers nothing when there is nothing safe to fix, and no quick fixes when only Fix all is asked', async () => {
        const { pop, disk } = splitFiles(FILES);
        const ws = await openWorkspace(pop, { disk });
        const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.doc('anna-2026.pop'), {
            textDocument: { uri: ws.uri('anna-2026.pop') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: ws.diagnostics('anna-2026.pop'), only: ['source.fixAll'] },
        }) as CodeAction[];
        expect(actions).toEqual([]);
    });
});
