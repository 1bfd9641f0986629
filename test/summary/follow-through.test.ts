import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace, runInProcess } from '../cli/cli-harness.js';
import { ANNA_UNCOMMITTED as ANNA, STORY_PEOPLE as PEOPLE, STORY_START, YARA_START, tellStory } from '../helpers/follow-through-story.js';
import type { StatusReport } from '../../cli/src/commands/status.js';
import type { SummaryModel } from '../../summary/src/summary-model.js';

/**
 * Follow-through from Git history in the summaries (`leerplan summary`, issue 18.5): the
 * same report as `leerplan status`, per plan, in HTML, Markdown and JSON, in English and
 * Dutch; a folder without history or a shallow clone says that history is missing. A real
 * repository whose commits carry chosen dates.
 */

let root: string;
beforeAll(() => {
    root = makeWorkspace(STORY_START);
    tellStory(root);
});
afterAll(() => removeWorkspace(root));

async function summary(args: string[], cwd = root): Promise<string> {
    const run = await runInProcess(['summary', ...args], { cwd });
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
}

describe('follow-through in the summaries', () => {
    it('JSON: the period, and per plan what leerplan status reports', async () => {
        const model = JSON.parse(await summary(['--format', 'json'])) as SummaryModel;
        expect(model.version).toBe(4);
        expect(model.followThrough).toEqual({ since: '2026-03-15', history: 'ok' });
        const yara = model.plans.find(p => p.id === 'yara-2026')!;
        expect(yara.followThrough).toEqual({
            lastChange: { date: '2026-04-08', daysAgo: 68 },
            uncommitted: false,
            // 'old' was done before the period began: not counted.
            goalsDone: [{ id: 'talks', title: 'Better talks' }],
            feedback: {
                passed: 5,
                withoutRecord: [
                    { goal: 'talks', who: 'parents', date: '2026-04-02' },
                    { goal: 'talks', who: 'Anna de Vries', date: '2026-05-01' },
                    { goal: 'talks', who: 'Anna de Vries', date: '2026-06-01' },
                ],
            },
            reviews: { planned: 2, held: 1, withoutTrace: [{ date: '2026-05-10', with: 'Anna de Vries' }] },
        });
        const anna = model.plans.find(p => p.id === 'anna-2026')!;
        expect(anna.followThrough).toMatchObject({ lastChange: null, uncommitted: true, goalsDone: [] });
        // The coach's review list has it in short.
        expect(model.coaches.find(c => c.coach.id === 'mark')!.plans.find(p => p.plan === 'yara-2026')!.followThrough).toEqual({
            lastChange: { date: '2026-04-08', daysAgo: 68 }, uncommitted: false, feedbackWithoutRecord: 3, reviews: { planned: 2, held: 1 },
        });
        // One computation: status reports the same for every plan.
        const status = JSON.parse((await runInProcess(['status', '--format', 'json'], { cwd: root })).stdout) as StatusReport;
        for (const plan of status.plans) {
            const { id, file: _file, owner: _owner, ...followThrough } = plan;
            expect(model.plans.find(p => p.id === id)!.followThrough).toEqual(followThrough);
        }
    });

    it('--since moves the period, as in leerplan status; a bad one is a usage error', async () => {
        const model = JSON.parse(await summary(['--format', 'json', '--since', '2026-01-01', '--plan', 'yara-2026'])) as SummaryModel;
        expect(model.followThrough).toEqual({ since: '2026-01-01', history: 'ok' });
        // No commit before 2026-01-01: every goal done now was done in the period.
        expect(model.plans[0].followThrough!.goalsDone.map(g => g.id)).toEqual(['talks', 'old']);
        expect(model.plans[0].followThrough!.reviews.planned).toBe(3);
        expect((await runInProcess(['summary', '--since', '2026-02-30'], { cwd: root })).code).toBe(2);
        expect((await runInProcess(['summary', '--since', '2026-07-01'], { cwd: root })).code).toBe(2);
    });

    it('HTML and Markdown, in English and Dutch, plural-aware', async () => {
        const html = await summary(['--format', 'html', '--plan', 'yara-2026']);
        expect(html).toContain('<h3>Follow-through</h3>');
        expect(html).toContain('From Git history, 15 Mar 2026 to 15 Jun 2026');
        expect(html).toContain('8 Apr 2026 (68 days ago)');
        expect(html).toContain('1 goal: <code>talks</code> Better talks');
        expect(html).toContain('5 moments passed, 3 without a &#39;feedback received&#39; record');
        expect(html).toContain('1 of 2 planned reviews held');
        expect(html).toContain('no trace of 10 May 2026 with Anna de Vries');
        const md = await summary(['--format', 'md', '--plan', 'anna-2026']);
        expect(md).toContain('### Follow-through');
        expect(md).toContain('| **Last change** | not in Git yet, **with changes not committed yet** |');
        expect(md).toContain("| **Feedback asked** | 1 moment passed, 1 without a 'feedback received' record |");
        expect(md).toContain('| **Reviews** | 0 of 0 planned reviews held |');
        expect(md).toContain('- 1 May 2026 Mark Jansen (goal g)');
        const nl = await summary(['--format', 'md', '--plan', 'yara-2026', '--lang', 'nl']);
        expect(nl).toContain('### Opvolging');
        expect(nl).toContain('_Uit de Git-geschiedenis, 15 mrt 2026 tot 15 jun 2026_');
        expect(nl).toContain('| **Laatst gewijzigd** | 8 apr 2026 (68 dagen geleden) |');
        expect(nl).toContain('| **Doelen afgerond in de periode** | 1 doel: `talks` Better talks |');
        expect(nl).toContain("5 momenten voorbij, 3 zonder 'feedback ontvangen'");
        expect(nl).toContain('1 van 2 geplande gesprekken gehouden');
        const coach = await summary(['--format', 'html', '--coach', 'mark']);
        expect(coach).toContain('<th>Follow-through</th>');
        expect(coach).toContain('3 feedback moments without a record');
        const coachMd = await summary(['--format', 'md', '--coach', 'mark', '--lang', 'nl']);
        expect(coachMd).toContain('| Opvolging |');
        expect(coachMd).toContain('8 apr 2026 (68 dagen geleden); 3 feedbackmomenten zonder vastlegging; 1 van 2 geplande gesprekken gehouden');
        const nlHtml = await summary(['--format', 'html', '--plan', 'anna-2026', '--lang', 'nl']);
        expect(nlHtml).toContain('0 van 0 geplande gesprekken gehouden');
        expect(nlHtml).toContain('1 moment voorbij, 1 zonder');
    });

    it("the organisation's view sums every plan's follow-through, in every format and both languages", async () => {
        const model = JSON.parse(await summary(['--format', 'json'])) as SummaryModel;
        // Yara changed her plan in the period; Anna's is on disk only (her asked moment of 1 May passed without a record).
        expect(model.organisation!.followThrough).toEqual({
            plans: 2, changed: 1, uncommitted: 1, goalsDone: 1, feedback: { passed: 6, withoutRecord: 4 }, reviews: { planned: 2, held: 1 },
        });
        // The sums are the plans' own figures added up.
        const plans = model.plans.map(p => p.followThrough!);
        expect(model.organisation!.followThrough!.feedback.passed).toBe(plans.reduce((n, f) => n + f.feedback.passed, 0));
        expect(model.organisation!.followThrough!.reviews.held).toBe(plans.reduce((n, f) => n + f.reviews.held, 0));
        const html = await summary(['--format', 'html']);
        const org = html.slice(html.indexOf('<section class="view organisation"'), html.indexOf('</section>', html.indexOf('<section class="view organisation"')));
        expect(org).toContain('<h3>Follow-through of all plans</h3>');
        expect(org).toContain('<span class="badge warn">1 of 2 plans; 1 with changes not committed yet</span>');
        expect(org).toContain('<dt>Goals done in the period</dt><dd>1 goal</dd>');
        expect(org).toContain('6 moments passed, 4 without a &#39;feedback received&#39; record');
        expect(org).toContain('1 of 2 planned reviews held');
        const md = await summary(['--format', 'md', '--lang', 'nl']);
        expect(md).toContain('### Opvolging van alle plannen\n\n_Uit de Git-geschiedenis, 15 mrt 2026 tot 15 jun 2026_');
        expect(md).toContain('| **Plannen gewijzigd in de periode** | 1 van 2 plannen; 1 met wijzigingen die nog niet vastgelegd zijn |');
        expect(md).toContain("| **Feedback gevraagd** | 6 momenten voorbij, 4 zonder 'feedback ontvangen' |");
        // One plan's export has no organisation view.
        expect(await summary(['--format', 'md', '--plan', 'yara-2026'])).not.toContain('Follow-through of all plans');
    });

    it('a commit after today (a today fixed in the past) is said to be after it, never "today"', async () => {
        const model = JSON.parse(await summary(['--format', 'json', '--plan', 'yara-2026', '--today', '2026-04-01'])) as SummaryModel;
        expect(model.plans[0].followThrough!.lastChange).toEqual({ date: '2026-04-08', daysAgo: -7 });
        expect(await summary(['--format', 'md', '--plan', 'yara-2026', '--today', '2026-04-01'])).toContain('| **Last change** | 8 Apr 2026 (7 days after today) |');
        expect(await summary(['--format', 'md', '--plan', 'yara-2026', '--today', '2026-04-07', '--lang', 'nl'])).toContain('| **Laatst gewijzigd** | 8 apr 2026 (1 dag na vandaag) |');
        const status = await runInProcess(['status', '--today', '2026-04-01'], { cwd: root });
        expect(status.stdout).toContain('last change       2026-04-08 (7 days after today)');
    });

    it('says once that history is missing outside a repository, with no follow-through per plan', async () => {
        const bare = makeWorkspace({ 'leerplan.json': JSON.stringify({ today: '2026-06-15' }), 'organisation.pop': PEOPLE, 'plans/anna-2026.pop': ANNA, 'plans/yara-2026.pop': YARA_START });
        try {
            const model = JSON.parse(await summary(['--format', 'json'], bare)) as SummaryModel;
            expect(model.followThrough).toEqual({ since: '2026-03-15', history: 'missing' });
            expect(model.plans.map(p => p.followThrough)).toEqual([undefined, undefined]);
            expect(model.coaches.flatMap(c => c.plans.map(p => p.followThrough))).toEqual([undefined]);
            expect(model.organisation?.followThrough).toBeUndefined();
            const coach = await summary(['--format', 'md', '--coach', 'mark'], bare);
            expect(coach).toContain('yara-2026');
            expect(coach).not.toContain('| Follow-through |');
            const html = await summary([], bare);
            expect(html).toContain('Follow-through: there is no Git history here');
            expect(html).not.toContain('<h3>Follow-through</h3>');
            expect(await summary(['--format', 'md', '--lang', 'nl'], bare)).toContain('> Opvolging: er is hier geen Git-geschiedenis');
        } finally {
            removeWorkspace(bare);
        }
    });

    it('says that history is missing in a shallow clone (exit 0: the summary is there, without guessing)', async () => {
        const parent = mkdtempSync(join(tmpdir(), 'leerplan-shallow-'));
        try {
            spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, 'clone'], { cwd: parent, encoding: 'utf8' });
            const clone = join(parent, 'clone');
            const model = JSON.parse(await summary(['--format', 'json'], clone)) as SummaryModel;
            expect(model.followThrough).toEqual({ since: '2026-03-15', history: 'shallow' });
            expect(model.plans.every(p => p.followThrough === undefined)).toBe(true);
            expect(await summary(['--format', 'html'], clone)).toContain('this is a shallow clone');
            expect(await summary(['--format', 'md', '--lang', 'nl'], clone)).toContain('dit is een ondiepe kloon');
        } finally {
            rmSync(parent, { recursive: true, force: true });
        }
    });
});
