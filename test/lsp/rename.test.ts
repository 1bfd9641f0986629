import { describe, expect, it } from 'vitest';
import type { Position, WorkspaceEdit } from 'vscode-languageserver';
import { applyWorkspaceEdit, openWorkspace, type TestWorkspace } from './helpers.js';
import { NAVIGATION_FILES as FILES } from './fixtures.js';

async function rename(ws: TestWorkspace, file: string, position: Position, newName: string): Promise<WorkspaceEdit> {
    const edit = await ws.services.lsp.RenameProvider!.rename(ws.doc(file), { textDocument: { uri: ws.uri(file) }, position, newName });
    if (!edit) throw new Error('no edit');
    return edit;
}

/** Per touched file, the number of edits. */
function touched(edit: WorkspaceEdit): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) result[uri.split('/').pop()!] = edits.length;
    return result;
}

async function refusal(ws: TestWorkspace, file: string, position: Position): Promise<string> {
    try {
        await ws.services.lsp.RenameProvider!.prepareRename(ws.doc(file), { textDocument: { uri: ws.uri(file) }, position });
    } catch (error) {
        return (error as Error).message;
    }
    return 'not refused';
}

async function recheck(files: Record<string, string>): Promise<TestWorkspace> {
    return openWorkspace(files);
}

describe('rename across files', () => {
    it("renames a plan in its Git-ignored private file too, which the workspace does not hold", async () => {
        const privateFile = 'private anna-2026 {\n    reflection 2026-04-02 "Only mine."\n}\n';
        const PUBLIC = Object.fromEntries(Object.entries(FILES).filter(([name]) => !name.endsWith('.private.pop')));
        const ws = await openWorkspace(PUBLIC, { disk: { '.gitignore': '*.private.pop\n', 'anna-2026.private.pop': '\uFEFF' + privateFile } });
        const edit = await rename(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'anna-2026', 2), 'anna-2027');
        expect(touched(edit)).toEqual({ 'anna-2026.pop': 1, 'anna-2026.private.pop': 1 });
        const after = applyWorkspaceEdit({ ...PUBLIC, 'anna-2026.private.pop': privateFile }, edit);
        expect(after['anna-2026.private.pop']).toBe(privateFile.replace('private anna-2026', 'private anna-2027'));
        const again = await openWorkspace(after);
        expect(again.codes('anna-2026.private.pop')).not.toContain('link-error');
    });


    it('renames a person everywhere: declaration, lead, members, coach, feedback, reviews, in every file', async () => {
        const ws = await openWorkspace(FILES);
        const edit = await rename(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'coach mark', 6), 'marco');
        expect(touched(edit)).toEqual({ 'organisation.pop': 2, 'anna-2026.pop': 3, 'piet-2026.pop': 3 });
        const files = applyWorkspaceEdit(FILES, edit);
        expect(files['organisation.pop']).toContain('person marco "Mark Jansen"');
        expect(files['organisation.pop']).toContain('lead marco');
        expect(files['piet-2026.pop']).toContain('gesprek 2026-06-30 met marco');
        expect(files['anna-2026.pop']).not.toMatch(/\bmark\b/);
        const after = await recheck(files);
        for (const name of Object.keys(FILES)) expect(after.codes(name)).not.toContain('link-error');
    });

    it('renames a team, a team goal, a vision and an ambition with their references', async () => {
        const ws = await openWorkspace(FILES);
        const team = await rename(ws, 'organisation.pop', ws.at('organisation.pop', 'wound-care', 1), 'wondzorg');
        expect(touched(team)).toEqual({ 'organisation.pop': 2, 'anna-2026.pop': 1 });
        const goal = await rename(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'learn-from-incidents', 3), 'incident-reviews');
        expect(touched(goal)).toEqual({ 'organisation.pop': 1, 'anna-2026.pop': 1 });
        const vision = await rename(ws, 'organisation.pop', ws.at('organisation.pop', 'quality', 1), 'good-care');
        expect(touched(vision)).toEqual({ 'organisation.pop': 2 });
        const ambition = await rename(ws, 'piet-2026.pop', ws.at('piet-2026.pop', 'fewer-incidents'), 'safer-medication');
        expect(touched(ambition)).toEqual({ 'organisation.pop': 2, 'piet-2026.pop': 1 });
        let files = FILES as Record<string, string>;
        for (const edit of [team]) files = applyWorkspaceEdit(files, edit);
        expect(files['anna-2026.pop']).toContain('team wondzorg');
        const after = await recheck(applyWorkspaceEdit(applyWorkspaceEdit(applyWorkspaceEdit(FILES, goal), vision), ambition));
        for (const name of Object.keys(FILES)) expect(after.codes(name)).not.toContain('link-error');
    });

    it('renames a plan together with its private block', async () => {
        const ws = await openWorkspace(FILES);
        const edit = await rename(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'anna-2026', 2), 'anna-2027');
        expect(touched(edit)).toEqual({ 'anna-2026.pop': 1, 'anna-2026.private.pop': 1 });
        expect(applyWorkspaceEdit(FILES, edit)['anna-2026.private.pop']).toContain('private anna-2027 {');
    });

    it('renames only the dimension part of a qualified name, and the qualifier when the framework is renamed', async () => {
        const ws = await openWorkspace(FILES);
        const range = await ws.services.lsp.RenameProvider!.prepareRename(ws.doc('anna-2026.pop'),
            { textDocument: { uri: ws.uri('anna-2026.pop') }, position: ws.at('anna-2026.pop', 'acme.Craft', 7) });
        expect(ws.doc('anna-2026.pop').textDocument.getText(range!)).toBe('Craft');

        const dimension = await rename(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'acme.Craft', 7), 'Skill');
        const renamed = applyWorkspaceEdit(FILES, dimension);
        expect(renamed['anna-2026.pop']).toContain('senge.SharedVision, acme.Skill');
        expect(renamed['acme.pop']).toContain('dimension Skill "Vakmanschap"');

        const framework = await rename(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'acme.Craft', 1), 'studio');
        const moved = applyWorkspaceEdit(FILES, framework);
        expect(moved['anna-2026.pop']).toContain('studio.Craft');
        expect(moved['acme.pop']).toContain('framework studio "ACME');
        for (const files of [renamed, moved]) {
            const after = await recheck(files);
            expect(after.codes('anna-2026.pop')).not.toContain('link-error');
        }
    });

    it('renames a plan goal, which only its own plan knows', async () => {
        const ws = await openWorkspace(FILES);
        const edit = await rename(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'coaching-talks'), 'talks');
        expect(touched(edit)).toEqual({ 'anna-2026.pop': 1 });
    });
});

describe('prepareRename refuses what cannot be renamed, saying why', () => {
    it('refuses keywords, strings, dates, numbers, learning forms and built-in framework declarations', async () => {
        const ws = await openWorkspace(FILES);
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'coach', 2))).toBe("'coach' is a keyword of the .pop language and cannot be renamed.");
        expect(await refusal(ws, 'piet-2026.pop', ws.at('piet-2026.pop', 'leerdoel', 2))).toBe("'leerdoel' is a keyword of the .pop language and cannot be renamed.");
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', '"Hold', 3))).toBe('This is text in quotes, not a name: edit it directly.');
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', '2026-09-30', 3))).toBe('This is a date, not a name: edit it directly.');
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'hours 16', 7))).toBe('This is a number, not a name: edit it directly.');
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'action course', 9))).toBe("'course' is a learning form from the fixed list and cannot be renamed.");
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'LerenVanLeiders', 2))).toBe("'LerenVanLeidersEnMedewerkers' is part of a built-in framework and cannot be renamed.");
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'senge', 1))).toBe("'senge' is part of a built-in framework and cannot be renamed.");
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'SharedVision', 1))).toBe("'SharedVision' is part of a built-in framework and cannot be renamed.");
        expect(await refusal(ws, 'organisation.pop', ws.at('organisation.pop', 'ros2024', 1))).toBe("'ros2024' is part of a built-in framework and cannot be renamed.");
    });

    it('refuses comments', async () => {
        const files = { ...FILES, 'acme.pop': '// our own framework\n' + FILES['acme.pop'] };
        const ws = await openWorkspace(files);
        expect(await refusal(ws, 'acme.pop', ws.at('acme.pop', 'our own', 2))).toBe('Comments cannot be renamed.');
    });

    it('says so in Dutch when the interface is Dutch', async () => {
        const ws = await openWorkspace(FILES, { settings: { lang: 'nl' } });
        expect(await refusal(ws, 'piet-2026.pop', ws.at('piet-2026.pop', 'periode', 2))).toBe("'periode' is een sleutelwoord van de .pop-taal en kan niet worden hernoemd.");
    });

    it('refuses a reference that does not resolve', async () => {
        const files = { ...FILES, 'anna-2026.pop': FILES['anna-2026.pop'].replace('coach mark', 'coach marc') };
        const ws = await openWorkspace(files);
        expect(await refusal(ws, 'anna-2026.pop', ws.at('anna-2026.pop', 'marc', 1))).toBe("'marc' is not declared anywhere: fix the reference before renaming it.");
    });

    it('refuses new names that are not ids, are keywords, or are taken', async () => {
        const ws = await openWorkspace(FILES);
        const at = ws.at('organisation.pop', 'person mark', 8);
        await expect(rename(ws, 'organisation.pop', at, 'mark jansen')).rejects.toThrow("'mark jansen' is not a valid id");
        await expect(rename(ws, 'organisation.pop', at, 'coach')).rejects.toThrow("'coach' is a keyword of the .pop language and cannot be used as an id.");
        await expect(rename(ws, 'organisation.pop', at, 'piet')).rejects.toThrow("There is already a person called 'piet'.");
        await expect(rename(ws, 'organisation.pop', ws.at('organisation.pop', 'quality', 1), 'fewer-incidents'))
            .rejects.toThrow("There is already a vision called 'fewer-incidents'.");
        // Words that are keywords only in one position are fine as ids.
        expect(touched(await rename(ws, 'organisation.pop', at, 'management'))).toEqual({ 'organisation.pop': 2, 'anna-2026.pop': 3, 'piet-2026.pop': 3 });
    });
});
