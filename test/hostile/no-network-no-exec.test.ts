import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { startServer, fileUri } from '../server/lsp-client.js';
import { BUNDLED_CLI, CLI_HANG_GUARD_MS, HOSTILE_TEST_TIMEOUT_MS, makeRoot, NODE_BIN, ORGANISATION, removeRoot, stackTraceIn, writeFile } from './hostile-files.js';

vi.setConfig({ testTimeout: HOSTILE_TEST_TIMEOUT_MS });

/**
 * Two of Leerplan's promises, tested on a hostile repository: it never goes online,
 * and nothing in a plan, in `leerplan.json` or in the repository's Git configuration
 * makes it run code. The CLI and the language server run with a preload
 * (sandbox-preload.cjs) that refuses and records every network attempt and records
 * every child process. The repository holds URLs, shell syntax in texts, ids and file
 * names, a `leerplan.json` with a remote `$schema` and `__proto__` keys, and a
 * `.git/config` whose `core.fsmonitor` would run a command when Git reads the index.
 * Afterwards: no network attempt, no marker file created, and the only program ever
 * started is `git`, without a shell and with `core.fsmonitor` switched off.
 */
const PRELOAD = join(__dirname, 'sandbox-preload.cjs');
let root: string;
let repo: string;
let log: string;

/** Every shell payload writes a marker file into `root/markers/`; none may ever appear. */
function payload(name: string): string {
    return `$(touch ${root}/markers/${name})\`touch ${root}/markers/${name}-bt\`;touch ${root}/markers/${name}-semi`;
}

function markers(): string[] {
    return existsSync(join(root, 'markers')) ? readdirSync(join(root, 'markers')) : [];
}

function events(): Array<{ kind: string; via: string; command?: string; args?: string[]; shell?: boolean; detail?: string }> {
    return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map(l => JSON.parse(l)) : [];
}

function runSandboxed(argv: string[]): { code: number | null; stdout: string; stderr: string } {
    const result = spawnSync(NODE_BIN, ['--require', PRELOAD, BUNDLED_CLI, ...argv], {
        cwd: repo, encoding: 'utf8', timeout: CLI_HANG_GUARD_MS,
        env: { PATH: process.env.PATH, LANG: 'C', LEERPLAN_SANDBOX_LOG: log },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
    root = makeRoot('leerplan-sandbox-');
    repo = join(root, 'repo');
    log = join(root, 'sandbox.log');
    writeFile(root, 'markers/.keep', '');
    writeFile(root, 'repo/leerplan.json', JSON.stringify({
        $schema: 'https://evil.example/leerplan.schema.json',
        today: '2026-06-15',
        rules: { 'goal-without-vision': 'warning' },
    }));
    writeFile(root, 'repo/organisation.pop', ORGANISATION + `
team web "See https://evil.example/track.png and ${payload('team')}" {
    lead mark
    members anna
}
`);
    writeFile(root, 'repo/plans/anna-2026.pop', `// https://evil.example/comment ${payload('comment')}
plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    ambition "<img src=https://evil.example/pixel.png> ${payload('ambition')}"
    goal g "file:///etc/passwd \\\\evil.example\\share ${payload('goal')}" {
        supports safer
        action experiment "http://evil.example/?q=${payload('action')}" on 2026-02-01
        feedback ask mark "${payload('feedback')}" on 2026-03-01
    }
    reflection 2026-03-01 private "${payload('reflection')}"
}
`);
    writeFile(root, `repo/plans/$(touch ${root.replace(/\//g, '_')}_name).pop`, 'people { person x "X" }\n');
    writeFile(root, 'repo/plans/a;touch b`c`.pop', 'people { person y "Y" }\n');
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'add', '-A']);
    // Set last: from here on, any Git command that reads the index without `core.fsmonitor=false` leaves a marker.
    execFileSync('git', ['-C', repo, 'config', 'core.fsmonitor', `touch ${root}/markers/fsmonitor; false`]);
});

afterAll(() => removeRoot(root));

describe('no network, no code execution: the CLI', () => {
    it('check, summary and fmt --check on the hostile repository: no network attempt, no marker, only git without a shell', () => {
        for (const argv of [
            ['check', '.'], ['check', '.', '--format', 'sarif'], ['check', '.', '--format', 'json', '--lang', 'nl'],
            ['summary', '.', '--format', 'html'], ['summary', '.', '--format', 'md'], ['summary', '.', '--plan', 'anna-2026', '--format', 'json'],
            ['fmt', '--check', '.'],
        ]) {
            const run = runSandboxed(argv);
            expect([0, 1], `${argv.join(' ')}: ${run.stderr}`).toContain(run.code);
            expect(stackTraceIn(run.stderr)).toBeUndefined();
        }
        const all = events();
        expect(all.filter(e => e.kind === 'network')).toEqual([]);
        const processes = all.filter(e => e.kind === 'process');
        expect(processes.length).toBeGreaterThan(0);
        for (const p of processes) {
            expect(p.command).toBe('git');
            expect(p.shell).toBe(false);
            expect(p.args?.slice(0, 2)).toEqual(['-c', 'core.fsmonitor=false']);
        }
        expect(markers()).toEqual(['.keep']);
    });

    it('a leerplan.json with shell syntax where a date belongs, or __proto__ and constructor keys, is refused (exit 2), and nothing runs', () => {
        const configs = [
            JSON.stringify({ today: payload('config') }),
            JSON.stringify({ today: '2026-06-15', rules: { 'goal-without-vision': 'warning' } })
                .replace('"rules"', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "rules"'),
            JSON.stringify({ today: '2026-06-15', rules: { __proto__x: 'off' } }).replace('__proto__x', '__proto__'),
        ];
        for (const config of configs) {
            writeFile(root, 'repo2/leerplan.json', config);
            writeFile(root, 'repo2/organisation.pop', ORGANISATION);
            const result = spawnSync(NODE_BIN, ['--require', PRELOAD, BUNDLED_CLI, 'check', '.'], {
                cwd: join(root, 'repo2'), encoding: 'utf8', timeout: CLI_HANG_GUARD_MS, env: { PATH: process.env.PATH, LANG: 'C', LEERPLAN_SANDBOX_LOG: log },
            });
            expect(result.status, config).toBe(2);
            expect(result.stderr).toMatch(/^leerplan: leerplan\.json: /);
            expect(stackTraceIn(result.stderr)).toBeUndefined();
        }
        expect(markers()).toEqual(['.keep']);
    });
});

describe('no network, no code execution: the language server', () => {
    it('a whole session on the hostile repository: no network attempt, no marker, only git without a shell', async () => {
        const before = events().length;
        const saved = { options: process.env.NODE_OPTIONS, log: process.env.LEERPLAN_SANDBOX_LOG };
        process.env.NODE_OPTIONS = `--require ${PRELOAD}`;
        process.env.LEERPLAN_SANDBOX_LOG = log;
        const server = await startServer({ folders: [repo] });
        process.env.NODE_OPTIONS = saved.options;
        process.env.LEERPLAN_SANDBOX_LOG = saved.log;
        if (saved.options === undefined) delete process.env.NODE_OPTIONS;
        if (saved.log === undefined) delete process.env.LEERPLAN_SANDBOX_LOG;
        try {
            const plan = fileUri(join(repo, 'plans', 'anna-2026.pop'));
            await server.waitFor(() => server.current(plan), 'the plan diagnosed');
            const text = readFileSync(join(repo, 'plans', 'anna-2026.pop'), 'utf8');
            server.open(plan, text, 1);
            const lines = text.split('\n');
            for (let line = 0; line < lines.length; line++) {
                await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: plan }, position: { line, character: 12 } });
                await server.request('textDocument/completion', { textDocument: { uri: plan }, position: { line, character: lines[line].length } });
            }
            await server.request('textDocument/documentLink', { textDocument: { uri: plan } }).catch(() => null);
            await server.request('leerplan/summary', { textDocument: { uri: plan }, audience: 'owner' });
            await server.request('leerplan/checkWorkspace', {});
            server.change(plan, text + '\n// https://evil.example/more\n', 2);
            await server.diagnosticsOf(plan);
        } finally {
            await server.stop();
        }
        const session = events().slice(before);
        // The preload was active in the server (it asked Git which files are shared).
        expect(session.some(e => e.kind === 'process')).toBe(true);
        expect(session.filter(e => e.kind === 'network')).toEqual([]);
        for (const p of session.filter(e => e.kind === 'process')) {
            expect(p.command).toBe('git');
            expect(p.shell).toBe(false);
            expect(p.args?.slice(0, 2)).toEqual(['-c', 'core.fsmonitor=false']);
        }
        expect(markers()).toEqual(['.keep']);
    });
});
