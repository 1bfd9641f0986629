import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runInProcess } from './cli-harness.js';
import { canariesIn, removeWorkspace as removePrivacyWorkspace, writePrivacyWorkspace } from '../privacy/privacy-fixture.js';
import type { StatusReport } from '../../cli/src/commands/status.js';
import { localToday } from '../../language/src/meaning/dates.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { ANNA_UNCOMMITTED as ANNA, STORY_PEOPLE as PEOPLE, STORY_START, tellStory } from '../helpers/follow-through-story.js';

/**
 * `leerplan status`: follow-through from Git history, in a real repository whose commits
 * carry chosen dates. No repository and a shallow clone are exit 3, said in words; no
 * private file, block or record is ever read.
 */

let root: string;
beforeAll(() => {
    root = makeWorkspace(STORY_START);
    tellStory(root);
});
afterAll(() => removeWorkspace(root));

async function report(args: string[] = [], cwd = root): Promise<StatusReport> {
    const run = await runInProcess(['status', '--format', 'json', ...args], { cwd });
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as StatusReport;
}

describe('leerplan status', () => {
    it('reports the last change, the goals done in the period, feedback without a record and reviews held', async () => {
        const status = await report();
        expect([status.since, status.today, status.history]).toEqual(['2026-03-15', '2026-06-15', 'ok']);
        const yara = status.plans.find(p => p.id === 'yara-2026')!;
        expect(yara.file).toBe('plans/yara-2026.pop');
        expect(yara.owner).toEqual({ id: 'yara', name: 'Yara Visser' });
        expect(yara.lastChange).toEqual({ date: '2026-04-08', daysAgo: 68 });
        expect(yara.uncommitted).toBe(false);
        // 'old' was done before the period began: not counted.
        expect(yara.goalsDone).toEqual([{ id: 'talks', title: 'Better talks' }]);
        // Passed in the period: mark 04-01 (record 04-03), parents 04-02 (none), anna monthly 04-01 (record 04-20), 05-01 and 06-01 (none).
        expect(yara.feedback.passed).toBe(5);
        expect(yara.feedback.withoutRecord).toEqual([
            { goal: 'talks', who: 'parents', date: '2026-04-02' },
            { goal: 'talks', who: 'Anna de Vries', date: '2026-05-01' },
            { goal: 'talks', who: 'Anna de Vries', date: '2026-06-01' },
        ]);
        // Planned in the period: every quarter -> 04-01 (the plan changed 04-08: held); 05-10 with Anna (no change after it).
        expect(yara.reviews).toEqual({ planned: 2, held: 1, withoutTrace: [{ date: '2026-05-10', with: 'Anna de Vries' }] });
        const anna = status.plans.find(p => p.id === 'anna-2026')!;
        expect(anna.lastChange).toBeNull();
        expect(anna.uncommitted).toBe(true);
        expect(anna.feedback.withoutRecord).toEqual([{ goal: 'g', who: 'Mark Jansen', date: '2026-05-01' }]);
    });

    it('reads the history of the folder of a plan file named alone', async () => {
        const status = await report(['plans/yara-2026.pop']);
        expect(status.plans.map(p => [p.id, p.lastChange?.date])).toEqual([['yara-2026', '2026-04-08']]);
    });

    it('--since moves the start of the period: goals done since the first commit, moments from then on', async () => {
        const status = await report(['--since', '2026-01-01']);
        const yara = status.plans.find(p => p.id === 'yara-2026')!;
        // Before 2026-01-01 there is no commit: every goal done now was done in the period.
        expect(yara.goalsDone.map(g => g.id)).toEqual(['talks', 'old']);
        expect(yara.reviews.planned).toBe(3);
        const later = await report(['--since', '2026-05-05']);
        expect(later.plans.find(p => p.id === 'yara-2026')!.goalsDone).toEqual([]);
    });

    it('writes the report as text in English and Dutch', async () => {
        const en = await runInProcess(['status'], { cwd: root });
        expect(en.code).toBe(0);
        expect(en.stdout).toContain('Follow-through from 2026-03-15 to 2026-06-15, from Git history: 2 plans');
        // leerplan.json sets today, and the clock says otherwise: the report says whose today it is.
        expect(en.stdout).toContain('(today is 2026-06-15 here, as --today or "today" in leerplan.json sets it: a commit after it is "after today")');
        expect(en.stdout).toContain('last change       2026-04-08 (68 days ago)');
        expect(en.stdout).toContain('goals done        1: talks "Better talks"');
        expect(en.stdout).toContain('- no trace of 2026-05-10 with Anna de Vries');
        expect(en.stdout).toContain('not in Git yet, with changes not committed yet');
        const nl = await runInProcess(['status', '--lang', 'nl'], { cwd: root });
        expect(nl.stdout).toContain('Opvolging van 2026-03-15 tot 2026-06-15, uit de Git-geschiedenis: 2 plannen');
        expect(nl.stdout).toContain('gesprekken        1 van 2 geplande gehouden');
        expect(nl.stdout).toContain("5 momenten voorbij, 3 zonder 'feedback ontvangen'");
        expect(nl.stdout).toContain('(vandaag is hier 2026-06-15, zoals --today of "today" in leerplan.json het zet');
        // Today as the clock says it: nothing to point out.
        const clock = await runInProcess(['status', '--today', localToday()], { cwd: root });
        expect(clock.stdout).toMatch(/^Follow-through from \S+ to \S+, from Git history: 2 plans\n\n/);
        expect(clock.stdout).not.toContain('today is');
    });

    it('says that history is missing outside a repository, and exits 3 without a report', async () => {
        const bare = makeWorkspace({ 'plans/anna-2026.pop': PEOPLE + ANNA });
        try {
            for (const lang of ['en', 'nl']) {
                const run = await runInProcess(['status', '--lang', lang], { cwd: bare });
                expect(run.code).toBe(3);
                expect(run.stdout).toBe('');
                expect(run.stderr).toContain(lang === 'en' ? 'no Git history for' : 'geen Git-geschiedenis voor');
            }
            const json = await runInProcess(['status', '--format', 'json'], { cwd: bare });
            expect(json.code).toBe(3);
            expect(JSON.parse(json.stdout)).toMatchObject({ history: 'missing', plans: [] });
        } finally {
            removeWorkspace(bare);
        }
    });

    it('says that history is missing in a shallow clone, and exits 3', async () => {
        const parent = mkdtempSync(join(tmpdir(), 'leerplan-shallow-'));
        try {
            spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, 'clone'], { cwd: parent, encoding: 'utf8' });
            const clone = join(parent, 'clone');
            for (const lang of ['en', 'nl']) {
                const run = await runInProcess(['status', '--lang', lang], { cwd: clone });
                expect(run.code).toBe(3);
                expect(run.stderr).toContain(lang === 'en' ? 'this is a shallow clone' : 'dit is een ondiepe kloon');
            }
            expect(JSON.parse((await runInProcess(['status', '--format', 'json'], { cwd: clone })).stdout)).toMatchObject({ history: 'shallow', plans: [] });
        } finally {
            rmSync(parent, { recursive: true, force: true });
        }
    });

    it("reads each plan's history from its own repository when the folders named are two repositories", async () => {
        const outer = makeWorkspace({
            'one/organisation.pop': PEOPLE,
            'one/plans/anna-2026.pop': ANNA,
            'two/plans/mark-2026.pop': ANNA.replace('plan anna-2026 for anna', 'plan mark-2026 for mark'),
            'three/plans/yara-2026.pop': ANNA.replace('plan anna-2026 for anna', 'plan yara-2026 for yara'),
        });
        try {
            for (const [repository, day] of [['one', '2026-04-01'], ['two', '2026-05-02']]) {
                git(join(outer, repository), ['init', '-q']);
                commitAll(join(outer, repository), day);
            }
            const status = await report(['one', 'two'], outer);
            expect(status.plans.map(p => [p.file, p.lastChange?.date, p.uncommitted])).toEqual([
                ['one/plans/anna-2026.pop', '2026-04-01', false],
                ['two/plans/mark-2026.pop', '2026-05-02', false],
            ]);
            const summary = await runInProcess(['summary', '--format', 'json', 'one', 'two'], { cwd: outer });
            expect(summary.code, summary.stderr).toBe(0);
            const model = JSON.parse(summary.stdout) as { followThrough: { history: string }; plans: Array<{ id: string; followThrough?: { lastChange: { date: string } | null } }> };
            expect(model.followThrough.history).toBe('ok');
            expect(model.plans.map(p => [p.id, p.followThrough?.lastChange?.date])).toEqual([['anna-2026', '2026-04-01'], ['mark-2026', '2026-05-02']]);
            // A folder in no repository beside one in a repository: nothing guessed, and the message names the folder without history (the plan's own).
            for (const lang of ['en', 'nl']) {
                const run = await runInProcess(['status', '--lang', lang, 'one', 'three'], { cwd: outer });
                expect([run.code, run.stdout]).toEqual([3, '']);
                expect(run.stderr).toContain(lang === 'en' ? "no Git history for 'three/plans'" : "geen Git-geschiedenis voor 'three/plans'");
            }
        } finally {
            removeWorkspace(outer);
        }
    });

    it('exits 2 on a bad --since, a period that starts after today, or an unknown format; has help in both languages', async () => {
        expect((await runInProcess(['status', '--since', '2026-02-30'], { cwd: root })).code).toBe(2);
        const after = await runInProcess(['status', '--since', '2026-07-01'], { cwd: root });
        expect([after.code, after.stderr]).toEqual([2, 'leerplan: --since 2026-07-01 is after today (2026-06-15)\n']);
        expect((await runInProcess(['status', '--format', 'html'], { cwd: root })).code).toBe(2);
        expect((await runInProcess(['status', '--help'], { cwd: root })).stdout).toContain('Usage: leerplan status');
        expect((await runInProcess(['status', '--help', '--lang', 'nl'], { cwd: root })).stdout).toContain('Gebruik: leerplan status');
    });

    it('prints nothing private: not from private files, private blocks or private records, committed or not', async () => {
        const ws = writePrivacyWorkspace();
        try {
            git(ws, ['init', '-q']);
            commitAll(ws, '2026-02-01');
            const leaks: string[] = [];
            for (const lang of ['en', 'nl']) {
                for (const format of ['text', 'json']) {
                    for (const args of [[], ['plans'], ['--since', '2026-01-01']]) {
                        const run = await runInProcess(['status', ...args, '--format', format, '--lang', lang], { cwd: ws });
                        expect(run.code, run.stderr).toBe(0);
                        leaks.push(...canariesIn(run.stdout + run.stderr).map(l => `status ${args.join(' ')} ${format} ${lang}: ${l}`));
                        expect(run.stdout).not.toContain('.private.pop');
                    }
                }
            }
            expect(leaks).toEqual([]);
            // The report is real: Anna's plan is in it, with her shared record following up Mark's ask.
            const status = JSON.parse((await runInProcess(['status', '--format', 'json', '--since', '2026-01-01'], { cwd: ws })).stdout) as StatusReport;
            const anna = status.plans.find(p => p.id === 'anna-2026')!;
            expect(anna.lastChange).toEqual({ date: '2026-02-01', daysAgo: 134 });
            expect(anna.feedback.passed).toBe(1);
        } finally {
            removePrivacyWorkspace(ws);
        }
    });
});

describe('the opt-in rules in leerplan check', () => {
    const CONFIG = JSON.stringify({ today: '2026-06-15', rules: { 'plan-stale': 'warning', 'feedback-not-followed-up': 'info' } });
    const STALE = `plan yara-2026 for yara {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal talks "Better talks" {
        feedback ask mark "How did it go?" on 2026-04-01
    }
}
`;

    /** STALE as the plan of `owner`. */
    const staleFor = (owner: string) => STALE.replace('plan yara-2026 for yara', `plan ${owner}-2026 for ${owner}`);

    /** `git init` and one commit on `day` in each of `outer`'s folders named. */
    function commitRepositories(outer: string, days: Array<[string, string]>): void {
        for (const [repository, day] of days) {
            git(join(outer, repository), ['init', '-q']);
            commitAll(join(outer, repository), day);
        }
    }

    async function codes(cwd: string, lang = 'en'): Promise<{ code: number; found: string[]; stderr: string }> {
        const run = await runInProcess(['check', '--format', 'json', '--lang', lang], { cwd });
        const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; code: string; line: number }> };
        return { code: run.code, found: report.diagnostics.filter(d => d.code === 'plan-stale' || d.code === 'feedback-not-followed-up').map(d => `${d.file}:${d.line} ${d.code}`), stderr: run.stderr };
    }

    it('flag a plan unchanged in Git for six months and an ask never followed up, only when turned on', async () => {
        const ws = makeWorkspace({ 'leerplan.json': CONFIG, 'organisation.pop': PEOPLE, 'plans/yara-2026.pop': STALE });
        try {
            git(ws, ['init', '-q']);
            commitAll(ws, '2025-11-02');
            expect((await codes(ws)).found).toEqual(['plans/yara-2026.pop:1 plan-stale', 'plans/yara-2026.pop:5 feedback-not-followed-up']);
            // Changed on disk, not yet committed: being worked on.
            writeFileSync(join(ws, 'plans/yara-2026.pop'), STALE + '\n');
            expect((await codes(ws)).found).not.toContain('plans/yara-2026.pop:1 plan-stale');
            git(ws, ['checkout', '--', '.']);
            // Off by default.
            writeFileSync(join(ws, 'leerplan.json'), JSON.stringify({ today: '2026-06-15' }));
            expect((await codes(ws)).found).toEqual([]);
        } finally {
            removeWorkspace(ws);
        }
    });

    it('read a plan named from another repository in that repository', async () => {
        const outer = makeWorkspace({
            'one/leerplan.json': CONFIG,
            'one/organisation.pop': PEOPLE,
            'one/plans/mark-2026.pop': staleFor('mark'),
            'two/plans/yara-2026.pop': STALE,
            'three/plans/anna-2026.pop': staleFor('anna'),
        });
        try {
            commitRepositories(outer, [['one', '2026-06-01'], ['two', '2025-11-02']]);
            const run = await runInProcess(['check', '--format', 'json', '.', '../two', '../three'], { cwd: join(outer, 'one') });
            const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; code: string; line: number }> };
            // Two's plan has not changed since November; one's changed this month; three's is in no repository (not flagged, as a file not in Git yet).
            expect(report.diagnostics.filter(d => d.code === 'plan-stale').map(d => `${d.file}:${d.line}`)).toEqual(['../two/plans/yara-2026.pop:1']);
            expect(run.stderr).not.toContain('no Git history');
        } finally {
            removeWorkspace(outer);
        }
    });

    it('flag the plans of the repositories with history when another has none, and name that one, in either language', async () => {
        const outer = makeWorkspace({
            'one/leerplan.json': CONFIG,
            'one/organisation.pop': PEOPLE,
            'one/plans/mark-2026.pop': staleFor('mark'),
            'two/plans/yara-2026.pop': STALE,
            'source/plans/anna-2026.pop': staleFor('anna'),
            'new/plans/noor-2026.pop': staleFor('noor'),
        });
        try {
            commitRepositories(outer, [['one', '2025-11-02'], ['two', '2025-11-02'], ['source', '2025-11-02']]);
            writeFileSync(join(outer, 'source', 'organisation.pop'), PEOPLE);
            commitAll(join(outer, 'source'), '2025-11-03');
            // A shallow clone of an old repository, and a repository without a commit: no history to read.
            spawnSync('git', ['clone', '-q', '--depth', '1', `file://${join(outer, 'source')}`, 'shallow'], { cwd: outer, encoding: 'utf8' });
            git(join(outer, 'new'), ['init', '-q']);
            const args = ['check', '--format', 'json', '.', '../two', '../shallow', '../new'];
            const run = await runInProcess(args, { cwd: join(outer, 'one') });
            const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; code: string; line: number }> };
            expect(report.diagnostics.filter(d => d.code === 'plan-stale').map(d => `${d.file}:${d.line}`).sort()).toEqual(['../two/plans/yara-2026.pop:1', 'plans/mark-2026.pop:1']);
            expect(run.stderr.split('\n').filter(line => line.includes('plan-stale'))).toEqual([
                "leerplan: plan-stale is on, but '../new' has no Git history (no commit yet, or Git cannot read it): its plans are not flagged stale",
                "leerplan: plan-stale is on, but '../shallow' is a shallow clone without the Git history it reads: its plans are not flagged stale (fetch the whole history: git fetch --unshallow)",
            ]);
            const dutch = await runInProcess([...args, '--lang', 'nl'], { cwd: join(outer, 'one') });
            expect(dutch.stderr).toContain("leerplan: plan-stale staat aan, maar '../shallow' is een ondiepe kloon zonder de Git-geschiedenis die hij leest: de plannen daarin worden niet als verouderd gemeld");
            expect(dutch.stderr).toContain("leerplan: plan-stale staat aan, maar '../new' heeft geen Git-geschiedenis (nog geen commit, of Git kan hem niet lezen): de plannen daarin worden niet als verouderd gemeld");
        } finally {
            removeWorkspace(outer);
        }
    });

    it('say once, in either language, that a shallow clone has no history, and flag no plan stale', async () => {
        const ws = makeWorkspace({ 'leerplan.json': CONFIG, 'organisation.pop': PEOPLE, 'plans/yara-2026.pop': STALE });
        const parent = mkdtempSync(join(tmpdir(), 'leerplan-shallow-check-'));
        try {
            git(ws, ['init', '-q']);
            commitAll(ws, '2025-11-02');
            writeFileSync(join(ws, 'organisation.pop'), PEOPLE + '\n');
            commitAll(ws, '2025-11-03');
            spawnSync('git', ['clone', '-q', '--depth', '1', `file://${ws}`, 'clone'], { cwd: parent, encoding: 'utf8' });
            const clone = join(parent, 'clone');
            const en = await codes(clone);
            expect(en.found).toEqual(['plans/yara-2026.pop:5 feedback-not-followed-up']);
            expect(en.stderr.match(/shallow clone/g)).toHaveLength(1);
            const nl = await codes(clone, 'nl');
            expect(nl.stderr).toContain('ondiepe kloon');
            const bare = makeWorkspace({ 'leerplan.json': CONFIG, 'organisation.pop': PEOPLE, 'plans/yara-2026.pop': STALE });
            try {
                const none = await codes(bare);
                expect(none.found).toEqual(['plans/yara-2026.pop:5 feedback-not-followed-up']);
                expect(none.stderr).toContain('plan-stale is on, but there is no Git history here');
            } finally {
                removeWorkspace(bare);
            }
        } finally {
            removeWorkspace(ws);
            rmSync(parent, { recursive: true, force: true });
        }
    });
});
