import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryResult } from '../../server/src/protocol.js';
import type { SummaryModel } from '../../summary/src/summary-model.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { makeWorkspace, removeWorkspace } from '../cli/cli-harness.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { fileUri, startServer, type LspSession } from './lsp-client.js';

/**
 * The preview's summary (`leerplan/summary`) carries each plan's follow-through from the
 * workspace's Git history, as `leerplan summary` does: the server reads Git itself,
 * asynchronously, keeps the reading, and reads again when a watched file changes. A
 * folder without history says so.
 */

const PEOPLE = `people {
    person yara "Yara Visser"
    person mark "Mark Jansen"
}
`;

const YARA = `plan yara-2026 for yara {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal talks "Better talks" {
        feedback ask mark "How did it go?" on 2026-04-01
        status active
    }
    review 2026-05-10 with mark
}
`;

const summary = (server: LspSession, path: string, audience: 'owner' | 'export' = 'owner') =>
    server.request<SummaryResult>('leerplan/summary', { textDocument: { uri: fileUri(path) }, audience, scope: 'document' });

/** The summary, asked again until `ok` holds of it (the server reads the file and Git after the change is reported). */
async function until(server: LspSession, path: string, ok: (model: SummaryModel) => boolean, what: string): Promise<SummaryModel> {
    const deadline = Date.now() + 60_000;
    for (;;) {
        const model = (await summary(server, path)).model!;
        if (ok(model)) return model;
        if (Date.now() > deadline) throw new Error(`no summary with ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

describe('the preview summary carries the follow-through from Git history', () => {
    let root: string;
    let server: LspSession;

    beforeAll(async () => {
        root = makeWorkspace({ 'leerplan.json': JSON.stringify({ today: '2026-06-15' }), 'organisation.pop': PEOPLE, 'plans/yara-2026.pop': YARA });
        git(root, ['init', '-q']);
        commitAll(root, '2026-01-05');
        writeFileSync(join(root, 'plans/yara-2026.pop'), YARA.replace('status active', 'status done'));
        commitAll(root, '2026-05-12');
        server = await startServer({ folders: [root], settings: { leerplan: { language: 'en' } } });
        await server.waitFor(() => server.current(fileUri(join(root, 'plans/yara-2026.pop'))), 'the plan diagnosed');
    });
    afterAll(async () => {
        await server.stop();
        removeWorkspace(root);
    });

    it('in the owner\'s preview and the export, as leerplan summary computes it', async () => {
        for (const audience of ['owner', 'export'] as const) {
            const result = await summary(server, join(root, 'plans/yara-2026.pop'), audience);
            expect(result.model!.followThrough).toEqual({ since: '2026-03-15', history: 'ok' });
            expect(result.model!.plans[0].followThrough).toEqual({
                lastChange: { date: '2026-05-12', daysAgo: 34 },
                uncommitted: false,
                goalsDone: [{ id: 'talks', title: 'Better talks' }],
                feedback: { passed: 1, withoutRecord: [{ goal: 'talks', who: 'Mark Jansen', date: '2026-04-01' }] },
                // The plan changed two days after the review: held.
                reviews: { planned: 1, held: 1, withoutTrace: [] },
            });
            expect(renderHtml(result.model!)).toContain('12 May 2026 (34 days ago)');
        }
    });

    it('reads the history again when a watched file changes (a save), not at every request', async () => {
        const path = join(root, 'plans/yara-2026.pop');
        writeFileSync(path, YARA.replace('status active', 'status done\n        feedback received mark on 2026-04-02'));
        // Until a watched file is reported changed, the reading is kept.
        expect((await summary(server, path)).model!.plans[0].followThrough!.uncommitted).toBe(false);
        server.filesChanged([{ uri: fileUri(path), type: 2 }]);
        const after = await until(server, path, model => model.plans[0].followThrough!.uncommitted, 'the saved file seen as not committed');
        expect(after.plans[0].followThrough!.feedback.withoutRecord).toEqual([]);
        commitAll(root, '2026-06-01');
        server.filesChanged([{ uri: fileUri(path), type: 2 }]);
        const committed = await until(server, path, model => model.plans[0].followThrough!.lastChange?.date === '2026-06-01', 'the new commit seen');
        expect(committed.plans[0].followThrough!.uncommitted).toBe(false);
    });

    it('the hover on the plan shows it too, from the reading the server made (a hover never waits for Git)', async () => {
        const path = join(root, 'plans/yara-2026.pop');
        const deadline = Date.now() + 60_000;
        let text = '';
        while (!text.includes('Follow-through') && Date.now() < deadline) {
            const hover = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: fileUri(path) }, position: { line: 0, character: 7 } });
            text = hover?.contents.value ?? '';
            if (!text.includes('Follow-through')) await new Promise(resolve => setTimeout(resolve, 100));
        }
        expect(text).toContain('**Follow-through** · From Git history, 15 Mar 2026 to 15 Jun 2026');
        expect(text).toContain('Last change: 1 Jun 2026 (14 days ago)');
        expect(text).toContain('Goals done in the period: 1 goal (`talks`)');
        expect(text).toContain("Feedback asked: 1 moment passed, 0 without a 'feedback received' record");
        expect(text).toContain('Reviews: 1 of 1 planned review held');
    });

    it('in a workspace of two folders, one without Git: a plan of the other still shows its own; the whole workspace says it is missing', async () => {
        const bare = makeWorkspace({ 'leerplan.json': JSON.stringify({ today: '2026-06-15' }), 'plans/mark-2026.pop': YARA.replace('plan yara-2026 for yara', 'plan mark-2026 for mark').replace('coach mark', 'coach yara') });
        const both = await startServer({ folders: [root, bare], settings: { leerplan: { language: 'en' } } });
        try {
            const yara = join(root, 'plans/yara-2026.pop');
            const mark = join(bare, 'plans/mark-2026.pop');
            await both.waitFor(() => both.current(fileUri(yara)) && both.current(fileUri(mark)), 'both plans diagnosed');
            const own = (await summary(both, yara)).model!;
            expect(own.followThrough).toEqual({ since: '2026-03-15', history: 'ok' });
            // Committed in this repository (on a day the tests before chose): a last change, not "not in Git yet".
            expect(own.plans[0].followThrough?.lastChange?.date).toMatch(/^2026-\d\d-\d\d$/);
            expect(own.plans[0].followThrough?.goalsDone.map(g => g.id)).toEqual(['talks']);
            const other = (await summary(both, mark)).model!;
            expect(other.followThrough).toEqual({ since: '2026-03-15', history: 'missing' });
            expect(other.plans[0].followThrough).toBeUndefined();
            const workspace = (await both.request<SummaryResult>('leerplan/summary', { textDocument: { uri: fileUri(yara) }, audience: 'export', scope: 'workspace' })).model!;
            expect(workspace.followThrough?.history).toBe('missing');
            expect(workspace.plans.every(plan => plan.followThrough === undefined)).toBe(true);
            // The hover on the plan in Git shows it; on the other, nothing.
            const hoverText = async (path: string) => (await both.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: fileUri(path) }, position: { line: 0, character: 7 } }))?.contents.value ?? '';
            const deadline = Date.now() + 60_000;
            while (!(await hoverText(yara)).includes('Follow-through') && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 100));
            expect(await hoverText(yara)).toContain('Goals done in the period: 1 goal (`talks`)');
            expect(await hoverText(mark)).not.toContain('Follow-through');
        } finally {
            await both.stop();
            removeWorkspace(bare);
        }
    });

    it('says that history is missing in a folder that is no repository', async () => {
        const bare = makeWorkspace({ 'leerplan.json': JSON.stringify({ today: '2026-06-15' }), 'organisation.pop': PEOPLE, 'plans/yara-2026.pop': YARA });
        const other = await startServer({ folders: [bare], settings: { leerplan: { language: 'nl' } } });
        try {
            await other.waitFor(() => other.current(fileUri(join(bare, 'plans/yara-2026.pop'))), 'the plan diagnosed');
            const model = (await summary(other, join(bare, 'plans/yara-2026.pop'))).model!;
            expect(model.followThrough).toEqual({ since: '2026-03-15', history: 'missing' });
            expect(model.plans[0].followThrough).toBeUndefined();
            expect(renderHtml(model)).toContain('Opvolging: er is hier geen Git-geschiedenis');
            // The hover says nothing of it.
            const hover = await other.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: fileUri(join(bare, 'plans/yara-2026.pop')) }, position: { line: 0, character: 7 } });
            expect(hover?.contents.value).toContain('yara-2026');
            expect(hover?.contents.value).not.toContain('Opvolging');
        } finally {
            await other.stop();
            removeWorkspace(bare);
        }
    });
});
