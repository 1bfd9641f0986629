// The workspace the tests inside VS Code open: a temporary copy of examples/ (the tests
// edit files, the repository must not change), plus the probe plan whose problems are
// known, plus `.leerplan-e2e/expected.json`: what `leerplan check --format json` says
// about that same copy, so the editor is held to the CLI's answer.
import { cpSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {string} repo
 * @param {{ node?: string, name?: string, probe?: boolean }} options  `probe: false` leaves
 *   out the probe plan (the UI test shows the examples as they are); the CLI's answer then
 *   goes beside the workspace instead of into it.
 * @returns {{ workspace: string, expectedPath: string }}
 */
export function prepareWorkspace(repo, { node = process.execPath, name = 'workspace', probe = true } = {}) {
    const base = mkdtempSync(join(tmpdir(), 'leerplan-e2e-ws-'));
    const workspace = join(base, name);
    cpSync(join(repo, 'examples'), workspace, { recursive: true });
    if (probe) {
        mkdirSync(join(workspace, 'plans'), { recursive: true });
        cpSync(join(repo, 'test', 'e2e', 'fixtures', 'probe-2026.pop'), join(workspace, 'plans', 'probe-2026.pop'));
    }
    const check = spawnSync(node, [join(repo, 'out', 'cli.cjs'), 'check', '.', '--format', 'json', '--lang', 'en'], {
        cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    });
    if (check.status !== 0 && check.status !== 1) {
        throw new Error(`leerplan check failed on the test workspace (exit ${check.status}):\n${check.stderr}`);
    }
    JSON.parse(check.stdout);
    const expectedDir = probe ? join(workspace, '.leerplan-e2e') : base;
    mkdirSync(expectedDir, { recursive: true });
    const expectedPath = join(expectedDir, 'expected.json');
    writeFileSync(expectedPath, check.stdout);
    return { workspace, expectedPath };
}
