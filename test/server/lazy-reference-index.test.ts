import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from './lsp-client.js';
import { codesOf, WorkspaceFixture } from './workspace-fixture.js';

const ORGANISATION = `people {
    person anna "Anna" role "Nurse"
    person mark "Mark" role "Team lead"
}
`;
const plan = (name: string) => `plan ${name} for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
}
`;

/**
 * The reference index is built when first asked for (language/src/workspace/lazy-index-manager.ts),
 * not during the workspace build: find references and relinking after a change must still see
 * every closed file.
 */
describe('the lazily built reference index', () => {
    const ws = new WorkspaceFixture({ 'people.pop': ORGANISATION, 'a.pop': plan('a-2026'), 'b.pop': plan('b-2026') });
    let server: LspSession;
    afterAll(async () => {
        await server?.stop();
        ws.dispose();
    });

    it('finds the references in closed files, and relinks them when the declaration changes', async () => {
        server = await startServer({ folders: [ws.root], expectFiles: 3 });
        const people = ws.uri('people.pop');
        server.open(people, ORGANISATION);
        // `mark` in "person mark": line 2, character 11.
        const refs = await server.connection.sendRequest('textDocument/references', {
            textDocument: { uri: people }, position: { line: 2, character: 12 }, context: { includeDeclaration: false },
        }) as Array<{ uri: string }>;
        expect(refs.map(r => r.uri).sort()).toEqual([ws.uri('a.pop'), ws.uri('b.pop')].sort());
        // Renaming the declaration in the editor turns both closed plans' `coach mark` into link errors.
        server.change(people, ORGANISATION.replace('person mark', 'person marc'), 2);
        for (const name of ['a.pop', 'b.pop']) {
            const diagnostics = await server.diagnosticsOf(ws.uri(name), d => codesOf(d).includes('link-error'));
            expect(codesOf(diagnostics)).toContain('link-error');
        }
    });
});
