import { afterAll, describe, expect, it } from 'vitest';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, type LspSession } from './lsp-client.js';
import { positionAfter, WorkspaceFixture } from './workspace-fixture.js';

const PEOPLE = `people {
    person anna "Anna" role "Nurse"
    person mark "Mark" role "Team lead"
}
`;
const PLAN = `// Anna's plan
plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    // the goal below
    goal systems "See the whole ward" {
        dimensions senge.SystemsThinking, senge.PersonalMastery
    }
}
`;

/** Where the references and the rename of a word point, as `line:start-end` per file, sorted. */
function spots(locations: Location[], name: (uri: string) => string): string[] {
    return locations.map(l => `${name(l.uri)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`).sort();
}

/**
 * Typing inside a `//` comment takes a fast path that moves the syntax tree's offsets
 * in place (language/src/langium-internals/comment-edit.ts). Everything that holds
 * offsets of that document must move with them: find references and rename answer
 * exactly as they did before the edit, and as a server that parsed the new text.
 */
describe('references and rename after typing inside a comment', () => {
    const ws = new WorkspaceFixture({ 'people.pop': PEOPLE, 'plan.pop': PLAN });
    let server: LspSession;
    afterAll(async () => {
        await server?.stop();
        ws.dispose();
    });
    const name = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

    it('find the same places as before the edit', async () => {
        server = await startServer({ folders: [ws.root], expectFiles: 2 });
        const plan = ws.uri('plan.pop');
        server.open(plan, PLAN);
        await server.diagnosticsOf(plan);
        const references = (text: string, marker: string) => server.request<Location[]>('textDocument/references', {
            textDocument: { uri: plan }, position: positionAfter(text, marker), context: { includeDeclaration: false },
        });
        const rename = (text: string, marker: string, newName: string) => server.request<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: plan }, position: positionAfter(text, marker), newName,
        });
        const before = {
            senge: spots(await references(PLAN, 'dimensions sen'), name),
            mark: spots(await references(PLAN, 'coach ma'), name),
            rename: await rename(PLAN, 'coach ma', 'marc'),
        };
        expect(before.senge).toEqual(['plan.pop 6:19-24', 'plan.pop 6:42-47']);
        expect(before.mark).toEqual(['plan.pop 2:10-14']);

        let text = PLAN;
        let version = 1;
        for (const edited of [PLAN.replace('// the goal below', '// the goal below, typed on'), PLAN.replace("// Anna's plan", "// Anna's plan for 2026, with more words")]) {
            text = edited;
            server.change(plan, text, ++version);
            await server.diagnosticsOf(plan);
            expect(spots(await references(text, 'dimensions sen'), name)).toEqual(before.senge);
            expect(spots(await references(text, 'coach ma'), name)).toEqual(before.mark);
            expect(await rename(text, 'coach ma', 'marc')).toEqual(before.rename);
        }
    });

    it('places a diagnostic checked again later (another file changed) where it belongs', async () => {
        const mixed = ws.uri('mixed.pop');
        const text = `// a plan in English with one Dutch keyword
plan mark-2026 for mark {
    coach anna
    period 2026-01-01 .. 2026-12-31
    // the goal below
    leerdoel systems "See the whole ward" { }
}
`;
        server.open(mixed, text);
        const at = (diagnostics: Array<{ code?: string | number; range: unknown }>) => diagnostics.filter(d => d.code === 'mixed-keyword-language').map(d => d.range);
        const expected = at(await server.diagnosticsOf(mixed));
        expect(expected).toEqual([{ start: { line: 5, character: 4 }, end: { line: 5, character: 12 } }]);
        server.change(mixed, text.replace('// the goal below', '// the goal below, with a longer comment'), 2);
        await server.diagnosticsOf(mixed);
        // Anna's person line changes twice: the plan that names her is linked and checked again, without a new parse.
        const people = ws.uri('people.pop');
        server.open(people, PEOPLE);
        server.change(people, PEOPLE.replace('person anna', 'person anne'), 2);
        await server.diagnosticsOf(mixed, d => d.some(x => x.code === 'link-error'));
        server.change(people, PEOPLE, 3);
        const after = await server.diagnosticsOf(mixed, d => !d.some(x => x.code === 'link-error'));
        expect(at(after)).toEqual(expected);
    });
});
