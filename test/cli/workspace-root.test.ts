import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findWorkspaceRoot } from '../../node/src/workspace-root.js';
import { cleanPlan, ORGANISATION, removeWorkspace, runInProcess, type JsonReport } from './cli-harness.js';

const roots: string[] = [];
afterEach(() => {
    for (const root of roots.splice(0)) removeWorkspace(root);
});

/**
 * A temporary folder without leerplan.json. Folders named in `gitRoots` get an (empty)
 * `.git` folder: the climb must never leave a repository, and the temporary folder's
 * own parent (the shared /tmp) may hold .pop files of its own.
 */
function tree(files: Record<string, string>, gitRoots: string[] = ['.']): string {
    const root = mkdtempSync(join(tmpdir(), 'leerplan-root-'));
    roots.push(root);
    for (const repo of gitRoots) mkdirSync(join(root, repo, '.git'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}

async function codes(argv: string[], cwd: string): Promise<{ code: number; files: string[]; codes: string[] }> {
    const run = await runInProcess(['check', '--format', 'json', '--today', '2026-06-15', ...argv], { cwd });
    const report = JSON.parse(run.stdout) as JsonReport;
    return {
        code: run.code,
        files: [...new Set(report.diagnostics.map(d => d.file))],
        codes: report.diagnostics.filter(d => d.severity === 'error').map(d => d.code),
    };
}

describe('the workspace of a path without leerplan.json', () => {
    it('reaches the organisation one folder up, for a file and for a folder', async () => {
        const root = tree({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': cleanPlan() });
        for (const [argv, cwd] of [[['plans/anna-2026.pop'], root], [['plans'], root], [['anna-2026.pop'], join(root, 'plans')], [['.'], join(root, 'plans')]] as const) {
            const result = await codes([...argv], cwd);
            expect(result.codes, `${argv} in ${cwd}`).toEqual([]);
            expect(result.code).toBe(0);
        }
        // Only the named files are reported: the organisation is context.
        const report = JSON.parse((await runInProcess(['check', '--format', 'json', 'plans'], { cwd: root })).stdout) as JsonReport;
        expect(report.files).toBe(1);
        expect(findWorkspaceRoot(join(root, 'plans/anna-2026.pop'))).toBe(root);
        expect(findWorkspaceRoot(join(root, 'plans'))).toBe(root);
    });

    it('keeps a folder whose parent holds no .pop file on its own (a benchmark beside other data)', async () => {
        const other = ORGANISATION.replace('"Acme Care"', '"Other Care"');
        const root = tree({
            'data/pop/ws/00-organisation.pop': ORGANISATION,
            'data/pop/ws/plan-0001.pop': cleanPlan(),
            'data/pop/big/organisation.pop': other,
            'data/json/organisation.pop': other,
        });
        expect(findWorkspaceRoot(join(root, 'data/pop/ws'))).toBe(join(root, 'data/pop/ws'));
        expect(await codes(['data/pop/ws'], root)).toEqual({ code: 0, files: expect.any(Array), codes: [] });
        expect(await codes(['data/pop/ws/plan-0001.pop'], root)).toMatchObject({ code: 0, codes: [] });
        // The contrast: with a .pop file directly in data/pop, its subfolders join and their ids clash.
        writeFileSync(join(root, 'data/pop/readme.pop'), '');
        expect(findWorkspaceRoot(join(root, 'data/pop/ws'))).toBe(join(root, 'data/pop'));
        expect((await codes(['data/pop/ws'], root)).codes.length).toBeGreaterThan(0);
    });

    it('never climbs out of a Git repository', async () => {
        const root = tree({ 'organisation.pop': ORGANISATION, 'repo/plans/anna-2026.pop': cleanPlan() }, ['.', 'repo']);
        expect(findWorkspaceRoot(join(root, 'repo/plans/anna-2026.pop'))).toBe(join(root, 'repo/plans'));
        const result = await codes(['repo/plans/anna-2026.pop'], root);
        expect(result.code).toBe(1);
        expect(new Set(result.codes)).toEqual(new Set(['link-error']));
    });

    it('keeps the folder of leerplan.json as the workspace when there is one', async () => {
        const root = tree({
            'organisation.pop': ORGANISATION.replace('person anna', 'person someone-else'),
            'team/leerplan.json': '{}',
            'team/organisation.pop': ORGANISATION,
            'team/plans/anna-2026.pop': cleanPlan(),
        });
        expect(await codes(['team/plans/anna-2026.pop'], root)).toMatchObject({ code: 0, codes: [] });
    });
});
