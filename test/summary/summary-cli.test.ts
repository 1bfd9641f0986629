import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/src/cli.js';
import { FIXTURE_DIR, PRIVATE_TEXTS, SHARED_REFLECTION } from './summary-fixture.js';
import { SUMMARY_MODEL_VERSION } from '../../summary/src/summary-model.js';

interface Run {
    code: number;
    stdout: string;
    stderr: string;
}

async function summary(args: string[], cwd = FIXTURE_DIR): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await runCli({
        argv: ['summary', ...args], cwd, env: { LANG: 'en_US.UTF-8' },
        stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdinIsTTY: false,
    });
    return { code, stdout, stderr };
}

const VIEWS: string[][] = [
    [], ['--plan', 'alex-2026'], ['--plan', 'bo-2026'], ['--plan', 'dee-2026'], ['--team', 'ward-3'], ['--coach', 'cas'], ['--coach', 'bo'],
];

describe('leerplan summary: privacy of every export', () => {
    for (const format of ['html', 'md', 'json']) {
        for (const lang of ['en', 'nl']) {
            it(`no private text in ${format} (${lang}), in any view`, async () => {
                for (const view of VIEWS) {
                    const run = await summary(['.', '--format', format, '--lang', lang, ...view]);
                    expect(run.code, `${view.join(' ')}: ${run.stderr}`).toBe(0);
                    expect(run.stdout.length).toBeGreaterThan(200);
                    for (const secret of PRIVATE_TEXTS) expect(run.stdout, `${format} ${lang} ${view.join(' ')}`).not.toContain(secret);
                    expect(run.stdout).not.toContain('private.pop');
                    expect(run.stdout).not.toContain('private-in-tracked-file');
                    expect(run.stdout).not.toMatch(/badge private|"private": true/);
                    // Shared content is there: the reflection Alex did not mark private, in every view of Alex's plan.
                    const showsAlex = view.length === 0 || ['alex-2026', 'ward-3', 'cas'].includes(view[1]);
                    expect(run.stdout.includes(SHARED_REFLECTION)).toBe(showsAlex);
                }
            });
        }
    }
});

describe('leerplan summary: the command', () => {
    it('writes HTML to stdout by default, in the language asked for', async () => {
        const run = await summary(['--lang', 'nl']);
        expect(run.code).toBe(0);
        expect(run.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(run.stdout).toContain('<html lang="nl">');
        expect(run.stderr).toBe('');
    });

    it('writes JSON with a version and the view asked for', async () => {
        const run = await summary(['--format', 'json', '--team', 'ward-3']);
        const model = JSON.parse(run.stdout);
        expect(model.version).toBe(SUMMARY_MODEL_VERSION);
        expect(model.scope).toEqual({ kind: 'team', id: 'ward-3' });
        expect(model.audience).toBe('export');
        expect(model.today).toBe('2026-04-15');
        expect(model.teams.map((t: { id: string }) => t.id)).toEqual(['ward-3']);
    });

    it('takes --today over leerplan.json', async () => {
        const run = await summary(['--format', 'json', '--plan', 'alex-2026', '--today', '2026-06-01']);
        expect(JSON.parse(run.stdout).plans[0].nextReview).toMatchObject({ date: '2026-06-30', inDays: 29 });
    });

    it('finds a view declared beside the files named', async () => {
        const run = await summary(['plans', '--format', 'json', '--team', 'ward-3']);
        expect(run.code, run.stderr).toBe(0);
        const model = JSON.parse(run.stdout);
        expect(model.teams.map((t: { id: string }) => t.id)).toEqual(['ward-3']);
        expect(run.stdout).not.toMatch(/PRIVATE-MARKER/);
    });

    it('exits 2 naming an unknown plan, team or coach', async () => {
        for (const [option, id] of [['--plan', 'nobody-2026'], ['--team', 'no-team'], ['--coach', 'zed']]) {
            const run = await summary([option, id]);
            expect(run.code).toBe(2);
            expect(run.stdout).toBe('');
            expect(run.stderr).toContain(`'${id}'`);
        }
        // In Dutch with the article each noun takes: het plan, het team, de coach.
        const dutch: string[] = [];
        for (const args of [['--plan', 'nobody-2026'], ['--team', 'no-team'], ['--coach', 'zed']]) dutch.push((await summary([...args, '--lang', 'nl'])).stderr);
        expect(dutch).toEqual([
            "leerplan: onbekend plan 'nobody-2026' (--plan)\n",
            "leerplan: onbekend team 'no-team' (--team)\n",
            "leerplan: onbekende coach 'zed' (--coach)\n",
        ]);
    });

    it('exits 2 on bad usage: two views, an unknown format or option', async () => {
        expect((await summary(['--plan', 'alex-2026', '--team', 'ward-3'])).code).toBe(2);
        expect((await summary(['--format', 'pdf'])).code).toBe(2);
        expect((await summary(['--colour'])).code).toBe(2);
        expect((await summary(['--today', '2026-02-30'])).code).toBe(2);
    });

    it('--out writes exactly that file and nothing else', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'leerplan-summary-'));
        const out = join(dir, 'team.md');
        const run = await summary(['--format', 'md', '--team', 'ward-3', '--out', out]);
        expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(readdirSync(dir)).toEqual(['team.md']);
        expect(readFileSync(out, 'utf8')).toMatch(/^# Ward 3 "North"\n/);
    });

    it('--out refuses an existing folder and writes nothing', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'leerplan-summary-'));
        mkdirSync(join(dir, 'sub'));
        const run = await summary(['--out', join(dir, 'sub')]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('folder');
        expect(readdirSync(dir)).toEqual(['sub']);
        expect(readdirSync(join(dir, 'sub'))).toEqual([]);
    });

    it('summarises half-written plans in every format: plans without an id, a coach that is a placeholder', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'leerplan-summary-'));
        // The workspace is this folder, whatever else the temporary folder holds.
        writeFileSync(join(dir, 'leerplan.json'), '{}\n');
        writeFileSync(join(dir, 'people.pop'), 'people {\n    person lisa "Lisa Bos"\n}\n');
        writeFileSync(join(dir, 'yara.pop'), 'plan for yara { coach lisa }\n');
        writeFileSync(join(dir, 'tom.pop'), 'plan for tom { coach lisa }\n');
        writeFileSync(join(dir, 'new.pop'), 'plan new-2026 for lisa {\n    coach COACH\n}\n');
        for (const format of ['html', 'md', 'json']) {
            const run = await summary(['--format', format], dir);
            expect(run.stderr).toBe('');
            expect(run.code).toBe(0);
            expect(run.stdout).not.toMatch(/\bundefined\b|Review list of COACH/);
            if (format !== 'json') expect(run.stdout).toContain('(no id yet)');
        }
        const run = await summary(['--coach', 'COACH'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("'COACH'");
    });
});
