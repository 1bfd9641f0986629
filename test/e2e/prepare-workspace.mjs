// The workspace the tests inside VS Code open: a temporary copy of examples/ (the tests
// edit files, the repository must not change), plus the probe plan whose problems are
// known, plus `.leerplan-e2e/expected.json`: what `leerplan check --format json` says
// about that same copy, so the editor is held to the CLI's answer.
import { cpSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function prepareWorkspace(repo, { node = process.execPath, name = 'workspace' } = {}) {
    const base = mkdtempSync(join(tmpdir(), 'leerplan-e2e-ws-'));
    const workspace = join(base, name);
    cpSync(join(repo, 'examples'), workspace, { recursive: true });
    mkdirSync(join(workspace, 'plans'), { recursive: true });
    cpSync(join(repo, 'test', 'e2e', 'fixtures', 'probe-2026.pop'), join(workspace, 'plans', 'probe-2026.pop'));
    const check = spawnSync(node, [join(repo, 'out', 'cli.cjs'), 'check', '.', '--format', 'json', '--lang', 'en'], {
        cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    });
    if (check.status !== 0 && check.status !== 1) {
        throw new Error(`leerplan check failed on the test workspace (exit ${check.status}):\n${check.stderr}`);
    }
    JSON.parse(check.stdout);
    mkdirSync(join(workspace, '.leerplan-e2e'), { recursive: true });
    writeFileSync(join(workspace, '.leerplan-e2e', 'expected.json'), check.stdout);
    return workspace;
}
