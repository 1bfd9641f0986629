import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from './lsp-client.js';
import { codesOf, sketchFiles, WorkspaceFixture } from './workspace-fixture.js';
import type { Diagnostic } from 'vscode-languageserver-types';

describe('the language server over stdio, on a workspace folder', () => {
    let ws: WorkspaceFixture;
    let server: LspSession;

    beforeAll(async () => {
        ws = new WorkspaceFixture({
            ...sketchFiles(),
            '.gitignore': 'ignored/\n',
            'ignored/old-plan.pop': 'plan old for nobody_at_all { }\n',
        });
        server = await startServer({ folders: [ws.root] });
        await server.waitFor(() => ['organisation.pop', 'anna-2026.pop', 'piet-2026.pop'].every(f => server.current(ws.uri(f))), 'the three files diagnosed');
    });

    afterAll(async () => {
        await server.stop();
        ws.dispose();
    });

    it('answers initialize with the features it serves', () => {
        const caps = server.initializeResult!.capabilities;
        expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
        expect(caps.completionProvider).toBeDefined();
        expect(caps.hoverProvider).toBe(true);
        expect(caps.codeLensProvider).toEqual({ resolveProvider: false });
    });

    it('registers file watchers for .pop files and leerplan.json', async () => {
        const registration = await server.waitFor(() => server.registrations.find(r => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
        const globs = (registration.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map(w => w.globPattern);
        expect(globs).toEqual(expect.arrayContaining(['**/*.pop', '**/leerplan.json']));
    });

    it('diagnoses files nobody opened, and none that Git ignores', () => {
        expect(codesOf(server.current(ws.uri('anna-2026.pop')))).toEqual(expect.arrayContaining(['goal-without-vision', 'goal-without-feedback']));
        expect(server.current(ws.uri('ignored/old-plan.pop'))).toBeUndefined();
    });

    it('leaves a new file in an ignored folder out, and checks a new one elsewhere', async () => {
        ws.write('ignored/new-plan.pop', 'plan ignored-new for nobody_at_all { }\n');
        ws.write('new-plan.pop', 'plan visible-new for nobody_at_all { }\n');
        server.filesChanged([{ uri: ws.uri('ignored/new-plan.pop'), type: 1 }, { uri: ws.uri('new-plan.pop'), type: 1 }]);
        const visible = await server.diagnosticsOf(ws.uri('new-plan.pop'), d => d.length > 0);
        expect(codesOf(visible)).toContain('link-error');
        expect(server.current(ws.uri('ignored/new-plan.pop'))).toBeUndefined();
    });

    it('gives every diagnostic its rule code and a link to the explanation', () => {
        const anna = server.current(ws.uri('anna-2026.pop'))!;
        for (const d of anna) {
            expect(typeof d.code).toBe('string');
            expect(d.codeDescription?.href).toContain(`#${d.code}`);
        }
    });

    it('points goal-without-vision at the visions and ambitions it could support', () => {
        const diagnostic = server.current(ws.uri('anna-2026.pop'))!.find(d => d.code === 'goal-without-vision')!;
        const related = diagnostic.relatedInformation!.map(r => ({ uri: r.location.uri, line: r.location.range.start.line, message: r.message }));
        expect(related).toEqual(expect.arrayContaining([
            { uri: ws.uri('organisation.pop'), line: 4, message: "vision 'quality'" },
            { uri: ws.uri('organisation.pop'), line: 5, message: "vision 'learning-at-work'" },
            { uri: ws.uri('organisation.pop'), line: 8, message: "ambition 'fewer-incidents'" },
        ]));
    });
});

describe('changes on disk and in the editor', () => {
    let ws: WorkspaceFixture;
    let server: LspSession;

    beforeAll(async () => {
        ws = new WorkspaceFixture(sketchFiles());
        server = await startServer({ folders: [ws.root] });
        await server.waitFor(() => ['organisation.pop', 'anna-2026.pop', 'piet-2026.pop'].every(f => server.current(ws.uri(f))), 'the three files diagnosed');
    });

    afterAll(async () => {
        await server.stop();
        ws.dispose();
    });

    it('re-checks another file when a created file declares the same person (duplicate-id across files)', async () => {
        ws.write('more-people.pop', 'people {\n    person piet "Piet Jansen" role "Nurse"\n}\n');
        server.filesChanged([{ uri: ws.uri('more-people.pop'), type: 1 }]);
        const organisation = await server.diagnosticsOf(ws.uri('organisation.pop'), d => codesOf(d).includes('duplicate-id'));
        const duplicate = organisation.find(d => d.code === 'duplicate-id')!;
        expect(duplicate.range.start.line).toBe(14);
        expect(duplicate.relatedInformation?.[0].location.uri).toBe(ws.uri('more-people.pop'));
        const created = await server.diagnosticsOf(ws.uri('more-people.pop'), d => codesOf(d).includes('duplicate-id'));
        expect(created.filter(d => d.code === 'duplicate-id')).toHaveLength(1);
    });

    it('drops a deleted file and re-checks the files it affected', async () => {
        ws.remove('more-people.pop');
        server.filesChanged([{ uri: ws.uri('more-people.pop'), type: 3 }]);
        await server.diagnosticsOf(ws.uri('more-people.pop'), d => d.length === 0);
        await server.diagnosticsOf(ws.uri('organisation.pop'), d => !codesOf(d).includes('duplicate-id'));
    });

    it('re-checks a plan when its private reflections arrive in another file (no-reflection)', async () => {
        ws.write('extra-2026.pop', 'plan extra-2026 for anna {\n    coach mark\n}\n');
        server.filesChanged([{ uri: ws.uri('extra-2026.pop'), type: 1 }]);
        await server.diagnosticsOf(ws.uri('extra-2026.pop'), d => codesOf(d).includes('no-reflection'));
        ws.write('extra-2026.private.pop', 'private extra-2026 {\n    reflection 2026-04-02 "Only for me."\n}\n');
        server.filesChanged([{ uri: ws.uri('extra-2026.private.pop'), type: 1 }]);
        const plan = await server.diagnosticsOf(ws.uri('extra-2026.pop'), d => d.length > 0 && !codesOf(d).includes('no-reflection'));
        expect(codesOf(plan)).toContain('no-review');
    });

    it('picks up a file changed on disk', async () => {
        const text = sketchFiles()['anna-2026.pop'].replace('coach mark', 'coach marc');
        ws.write('anna-2026.pop', text);
        server.filesChanged([{ uri: ws.uri('anna-2026.pop'), type: 2 }]);
        const diagnostics = await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => codesOf(d).includes('link-error'));
        expect(diagnostics.find(d => d.code === 'link-error')!.message).toContain("'marc'");
    });

    it('re-checks a closed file whose diagnostics depend on an edit in another (member-without-plan)', async () => {
        const uri = ws.uri('piet-2026.pop');
        const text = sketchFiles()['piet-2026.pop'];
        // The sketch's lead (mark) has no plan of their own and is reported throughout; piet is the member this test moves.
        const naming = (person: string) => (list: Diagnostic[]) =>
            list.filter(d => d.code === 'member-without-plan' && JSON.stringify(d.message).includes(`'${person}'`));
        const aboutPiet = naming('piet');
        server.open(uri, text, 1);
        expect(aboutPiet(server.current(ws.uri('organisation.pop')) ?? [])).toEqual([]);
        server.change(uri, text.replace('plan piet-2026 voor piet', 'plan piet-2026 voor mark'), 2);
        const organisation = await server.diagnosticsOf(ws.uri('organisation.pop'), d => aboutPiet(d).length > 0);
        expect(aboutPiet(organisation)).toHaveLength(1);
        expect(naming('mark')(organisation)).toEqual([]);
        server.change(uri, text, 3);
        await server.diagnosticsOf(ws.uri('organisation.pop'), d => aboutPiet(d).length === 0);
    });

    it('re-checks a closed assessment when a member\'s plan starts or stops working on its weakest dimension (assessment-gap)', async () => {
        const assessments = ws.uri('assessments.pop');
        const gaps = (list: Diagnostic[]) => list.filter(d => d.code === 'assessment-gap').map(d => d.range.start.line).sort();
        ws.write('assessments.pop', 'assessment 2026-03-01 for team wound-care with mark, anna, piet {\n    Onderzoekscultuur 2\n    StructuurEnBeleid 2\n}\n');
        server.filesChanged([{ uri: assessments, type: 1 }]);
        // No goal of the team or its members names either dimension.
        await server.diagnosticsOf(assessments, d => gaps(d).join() === '1,2');
        const plan = ws.uri('anna-2026.pop');
        const text = sketchFiles()['anna-2026.pop'];
        server.open(plan, text, 1);
        server.change(plan, text.replace('LerenVanLeidersEnMedewerkers, GespreidLeiderschap', 'LerenVanLeidersEnMedewerkers, StructuurEnBeleid'), 2);
        await server.diagnosticsOf(assessments, d => gaps(d).join() === '1');
        server.change(plan, text, 3);
        await server.diagnosticsOf(assessments, d => gaps(d).join() === '1,2');
        ws.remove('assessments.pop');
        server.filesChanged([{ uri: assessments, type: 3 }]);
        await server.diagnosticsOf(assessments, d => d.length === 0);
    });

    it("re-checks the team's file when only its lead's plan comes and goes (member-without-plan for a lead)", async () => {
        const aboutMark = (list: Diagnostic[]) =>
            list.filter(d => d.code === 'member-without-plan' && JSON.stringify(d.message).includes("'mark'"));
        const organisation = ws.uri('organisation.pop');
        expect(aboutMark(server.current(organisation) ?? [])).toHaveLength(1);
        const uri = ws.uri('mark-2026.pop');
        ws.write('mark-2026.pop', 'plan mark-2026 for mark {\n    period 2026-01-01 .. 2026-12-31\n}\n');
        server.filesChanged([{ uri, type: 1 }]);
        await server.diagnosticsOf(organisation, d => aboutMark(d).length === 0);
        ws.remove('mark-2026.pop');
        server.filesChanged([{ uri, type: 3 }]);
        await server.diagnosticsOf(organisation, d => aboutMark(d).length === 1);
    });

    it('re-checks everything when leerplan.json changes, and names a bad key', async () => {
        expect(codesOf(server.current(ws.uri('anna-2026.pop')))).toContain('goal-without-evidence');
        ws.write('leerplan.json', JSON.stringify({ today: '2026-06-01', rules: { 'goal-without-evidence': 'off' } }));
        server.filesChanged([{ uri: ws.uri('leerplan.json'), type: 2 }]);
        await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.length > 0 && !codesOf(d).includes('goal-without-evidence'));
        await server.diagnosticsOf(ws.uri('organisation.pop'), d => d.length > 0 && !codesOf(d).includes('goal-without-evidence'));

        ws.write('leerplan.json', '{\n  "today": "2026-06-01",\n  "rules": { "goal-without-evidenc": "off" }\n}\n');
        server.filesChanged([{ uri: ws.uri('leerplan.json'), type: 2 }]);
        const config = await server.diagnosticsOf(ws.uri('leerplan.json'), d => d.length > 0);
        expect(config[0].message).toContain('rules.goal-without-evidenc');
        expect(config[0].range.start.line).toBe(2);
        const shown = await server.waitFor(() => server.messages.find(m => m.message.includes('rules.goal-without-evidenc')), 'a message naming the key');
        expect(shown.type).toBe(2);
        await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => codesOf(d).includes('goal-without-evidence'));
    });

    it('switches the message language when leerplan.json says so', async () => {
        ws.write('leerplan.json', JSON.stringify({ today: '2026-06-01', language: 'nl' }));
        server.filesChanged([{ uri: ws.uri('leerplan.json'), type: 2 }]);
        await server.diagnosticsOf(ws.uri('leerplan.json'), d => d.length === 0);
        const anna = await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.some(x => x.code === 'goal-without-vision' && String(x.message).startsWith('Leerdoel')));
        expect(anna.find(d => d.code === 'goal-without-vision')!.message).toContain("'wound-protocols'");
        // A bad key in a Dutch workspace is named in Dutch, every word.
        ws.write('leerplan.json', JSON.stringify({ today: '2026-06-01', language: 'nl', maxGoals: 'vijf' }));
        server.filesChanged([{ uri: ws.uri('leerplan.json'), type: 2 }]);
        const config = await server.diagnosticsOf(ws.uri('leerplan.json'), d => d.length > 0);
        expect(config.map(d => d.message)).toEqual([`leerplan.json: sleutel 'maxGoals': moet een geheel getal van minstens 1 zijn, niet "vijf"`]);
        ws.write('leerplan.json', JSON.stringify({ today: '2026-06-01', language: 'nl' }));
        server.filesChanged([{ uri: ws.uri('leerplan.json'), type: 2 }]);
        await server.diagnosticsOf(ws.uri('leerplan.json'), d => d.length === 0);
    });
});

describe('the message language without leerplan.json', () => {
    it('follows the editor locale when the client setting is auto', async () => {
        const ws = new WorkspaceFixture(sketchFiles(), undefined);
        const server = await startServer({ folders: [ws.root], locale: 'nl-NL', settings: { leerplan: { language: 'auto' } } });
        try {
            const anna = await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.some(x => x.code === 'goal-without-vision'));
            expect(anna.find(d => d.code === 'goal-without-vision')!.message).toMatch(/^Leerdoel/);
        } finally {
            await server.stop();
            ws.dispose();
        }
    });

    it('takes the client setting over the locale, and re-checks when it changes', async () => {
        const ws = new WorkspaceFixture(sketchFiles(), undefined);
        const server = await startServer({ folders: [ws.root], locale: 'nl', settings: { leerplan: { language: 'en' } } });
        try {
            await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.some(x => x.code === 'goal-without-vision' && String(x.message).startsWith('Goal')));
            server.updateSettings({ leerplan: { language: 'nl', maxGoals: 1 } });
            const anna = await server.diagnosticsOf(ws.uri('anna-2026.pop'), d => d.some(x => x.code === 'goal-without-vision' && String(x.message).startsWith('Leerdoel')));
            expect(codesOf(anna)).toContain('too-many-goals');
        } finally {
            await server.stop();
            ws.dispose();
        }
    });
});

describe('closing an edited file', () => {
    it('goes back to the text on disk when the editor closes it unsaved', async () => {
        const ws = new WorkspaceFixture(sketchFiles());
        const server = await startServer({ folders: [ws.root] });
        try {
            const uri = ws.uri('anna-2026.pop');
            await server.diagnosticsOf(uri, d => d.length > 0);
            const text = sketchFiles()['anna-2026.pop'];
            server.open(uri, text, 1);
            server.change(uri, text.replace('coach mark', 'coach nobody_known'), 2);
            await server.diagnosticsOf(uri, d => codesOf(d).includes('link-error'));
            server.close(uri);
            const reverted = await server.diagnosticsOf(uri, d => d.length > 0 && !codesOf(d).includes('link-error'));
            expect(codesOf(reverted)).toContain('goal-without-vision');
        } finally {
            await server.stop();
            ws.dispose();
        }
    });
});

describe('a plan whose goals lose their vision links one by one in another file', () => {
    it('gets a diagnostic for the goal that lost it, then one for the plan when all did, and none once they are back', async () => {
        const organisation = `organisation school "School" {
    vision pupils "Every pupil learns." about learning
    vision staff "Every teacher learns." about learning
}
people {
    person anna "Anna"
    person mark "Mark"
}
team readers "Readers" {
    lead mark
    members anna
    goal read-more "Read more" { supports pupils }
    goal coach-more "Coach more" { supports staff }
}
`;
        // The plan's goals serve the vision through the team goals they contribute to.
        const plan = `plan anna-2026 for anna {
    coach mark
    team readers
    period 2026-01-01 .. 2026-12-31
    goal reading "Reading" {
        contributes read-more
    }
    goal coaching "Coaching" {
        contributes coach-more
    }
}
`;
        const ws = new WorkspaceFixture({ 'organisation.pop': organisation, 'anna-2026.pop': plan });
        const server = await startServer({ folders: [ws.root] });
        const gaps = (d: Diagnostic[]) => d.filter(x => x.code === 'goal-without-vision').map(x => `${x.range.start.line}: ${String(x.message).split(':')[0]}`);
        try {
            const org = ws.uri('organisation.pop');
            const anna = ws.uri('anna-2026.pop');
            expect(gaps(await server.diagnosticsOf(anna, d => d.length > 0))).toEqual([]);
            server.open(org, organisation, 1);
            // The plan stays closed: its syntax tree is kept, relinked and checked again after each edit.
            const oneGone = organisation.replace(' { supports staff }', ' { }');
            server.change(org, oneGone, 2);
            expect(gaps(await server.diagnosticsOf(anna, d => gaps(d).length > 0))).toEqual([
                "7: Goal 'coaching' is not linked to the vision",
            ]);
            server.change(org, oneGone.replace(' { supports pupils }', ' { }'), 3);
            expect(gaps(await server.diagnosticsOf(anna, d => gaps(d).some(g => g.startsWith('0:'))))).toEqual([
                "0: None of the 2 goals of plan 'anna-2026' is linked to the vision",
            ]);
            server.change(org, organisation, 4);
            expect(gaps(await server.diagnosticsOf(anna, d => gaps(d).length === 0 && d.length > 0))).toEqual([]);
        } finally {
            await server.stop();
            ws.dispose();
        }
    });
});

describe('an assessment whose file was edited inside a comment', () => {
    it('keeps its assessment-gap when the file is checked again after a change elsewhere', async () => {
        const organisation = `organisation school "School" {
    vision pupils "Every pupil learns." about learning
}
people {
    person anna "Anna"
    person mark "Mark"
}
team onderbouw "Onderbouw" {
    lead mark
    members anna
}
`;
        const assessment = `assessment 2026-03-01 for team onderbouw with anna {
    GedragenVisie 2
    Feedbackprocessen 2
    TeamlerenEnSamenwerking 4
}
`;
        // Two assessments of the same team on the same day: the one in the file whose path sorts last is the latest.
        const later = `// notes\n${assessment}`;
        const plan = `plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal reading "Reading" {
        supports pupils
    }
}
`;
        const ws = new WorkspaceFixture({ 'organisation.pop': organisation, 'metingen-a.pop': assessment, 'metingen-b.pop': later, 'anna-2026.pop': plan });
        const server = await startServer({ folders: [ws.root] });
        const gaps = (d: Diagnostic[] | undefined) => (d ?? []).filter(x => x.code === 'assessment-gap').map(x => `${x.range.start.line}:${x.range.start.character}`);
        try {
            const b = ws.uri('metingen-b.pop');
            const anna = ws.uri('anna-2026.pop');
            expect(gaps(await server.diagnosticsOf(b, d => gaps(d).length > 0))).toEqual(['2:4', '3:4']);
            expect(gaps(server.current(ws.uri('metingen-a.pop')))).toEqual([]);
            server.open(b, later, 1);
            // Typed inside the comment: the offsets after it move, nothing is parsed again.
            server.change(b, later.replace('// notes', '// notes, read again'), 2);
            await server.diagnosticsOf(b, d => gaps(d).length > 0);
            // A goal of a member now works on GedragenVisie: the assessment is checked again.
            server.open(anna, plan, 1);
            server.change(anna, plan.replace('supports pupils', 'supports pupils\n        dimensions GedragenVisie'), 2);
            expect(gaps(await server.diagnosticsOf(b, d => gaps(d).length === 1, 20_000))).toEqual(['3:4']);
        } finally {
            await server.stop();
            ws.dispose();
        }
    });
});
