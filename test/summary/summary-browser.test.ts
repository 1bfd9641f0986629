import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli } from '../../cli/src/cli.js';
import { buildSummary } from '../../summary/src/build-summary.js';
import { alignmentNodeCount, timelineMarkCount } from '../../summary/src/charts.js';
import type { SummaryModel } from '../../summary/src/summary-model.js';
import { FIXTURE_DIR, PRIVATE_TEXTS, SHARED_REFLECTION, workspaceDocuments } from './summary-fixture.js';
import { commitAll, git } from '../helpers/git-repo.js';

/**
 * The exported HTML opened in a real browser (Debian's chromium, driven by
 * playwright-core): it must load with no console error and no network request,
 * draw every chart with one shape per data point, never run plan text as script,
 * and show no private text. With LEERPLAN_SCREENSHOTS=1 it also refreshes the
 * screenshots in docs/screenshots/ from the example workspace.
 */
const CHROMIUM = '/usr/bin/chromium';
const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');
const EXAMPLES_TODAY = '2026-03-01';
const SCREENSHOT_DIR = join(__dirname, '..', '..', 'docs', 'screenshots');
const work = mkdtempSync(join(tmpdir(), 'leerplan-browser-'));

/**
 * The example workspace with a Git history of its own, so that the follow-through in the
 * screenshots is the same in every clone (the checkout's own commits are months after
 * EXAMPLES_TODAY): the plans as written in September, Daan's two goals marked done on
 * 12 February, nine days after his mid-year conversation.
 */
function examplesWithHistory(): string {
    const dir = join(work, 'examples-with-history');
    cpSync(EXAMPLES_DIR, dir, { recursive: true });
    const daan = join(dir, 'plans', 'daan-2026.pop');
    const now = readFileSync(daan, 'utf8');
    writeFileSync(daan, now.replace(/status done/g, 'status active'));
    git(dir, ['init', '-q']);
    commitAll(dir, '2025-09-15');
    writeFileSync(daan, now);
    commitAll(dir, '2026-02-12');
    return dir;
}

async function exportTo(cwd: string, file: string, args: string[]): Promise<string> {
    const out = join(work, file);
    let stderr = '';
    const code = await runCli({
        argv: ['summary', '.', '--out', out, ...args], cwd, env: {},
        stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, stdinIsTTY: false,
    });
    if (code !== 0) throw new Error(`leerplan summary ${args.join(' ')}: ${stderr}`);
    return out;
}

async function exportModel(cwd: string, args: string[]): Promise<SummaryModel> {
    const file = await exportTo(cwd, `model-${Math.random().toString(36).slice(2)}.json`, ['--format', 'json', ...args]);
    return JSON.parse(readFileSync(file, 'utf8')) as SummaryModel;
}

interface Visit {
    page: Page;
    consoleErrors: string[];
    requests: string[];
    dialogs: string[];
}

let context: BrowserContext;

async function visit(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Visit> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    const visitInfo: Visit = { page, consoleErrors: [], requests: [], dialogs: [] };
    page.on('console', m => { if (m.type() === 'error') visitInfo.consoleErrors.push(m.text()); });
    page.on('pageerror', e => visitInfo.consoleErrors.push(e.message));
    page.on('dialog', d => { visitInfo.dialogs.push(d.message()); void d.dismiss(); });
    const url = `file://${file}`;
    page.on('request', r => { if (r.url() !== url) visitInfo.requests.push(r.url()); });
    await page.goto(url, { waitUntil: 'load' });
    return visitInfo;
}

/** Rules every exported page must keep. */
async function expectClean(v: Visit, secrets: string[]): Promise<void> {
    expect(v.consoleErrors).toEqual([]);
    expect(v.requests).toEqual([]);
    expect(v.dialogs).toEqual([]);
    expect(await v.page.locator('script, img, iframe, object, embed, link').count()).toBe(0);
    expect(await v.page.locator('.badge.private, .reflection.private').count()).toBe(0);
    const html = await v.page.content();
    for (const secret of secrets) expect(html).not.toContain(secret);
}

/** Each chart has one shape per data point of the model. */
async function expectCharts(page: Page, model: SummaryModel): Promise<void> {
    const plans = page.locator('section.plan');
    expect(await plans.count()).toBe(model.plans.length);
    for (const [i, plan] of model.plans.entries()) {
        const section = plans.nth(i);
        expect(await section.locator('.chart.coverage rect.bar').count()).toBe(plan.dimensionCoverage.length);
        expect(await section.locator('.chart.timeline .mark').count()).toBe(timelineMarkCount(plan.timeline));
        expect(await section.locator('.chart.timeline .mark.review').count()).toBe(plan.timeline.filter(e => e.kind === 'review').length);
        expect(await section.locator('article.goal').count()).toBe(plan.goals.length);
    }
    const teams = page.locator('section.team');
    expect(await teams.count()).toBe(model.teams.length);
    for (const [i, team] of model.teams.entries()) {
        const section = teams.nth(i);
        expect(await section.locator('.chart.heatmap td.cell').count()).toBe((team.coverage.rows.length + 1) * team.coverage.dimensions.length);
        expect(await section.locator('.chart.alignment .node').count()).toBe(alignmentNodeCount(team.alignment));
        expect(await section.locator('.chart.calendar .month').count()).toBe(team.feedbackCalendar.length);
    }
    if (model.organisation) {
        expect(await page.locator('section.organisation .chart.baseline rect.bar').count()).toBe(model.organisation.baseline.dimensions.length * 2);
        const values = await page.locator('section.organisation .chart.baseline rect.bar.goals').evaluateAll(els => els.map(e => Number(e.getAttribute('data-value'))));
        expect(values).toEqual(model.organisation.baseline.dimensions.map(b => b.goals));
    }
}

beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'leerplan-chromium-')), {
        executablePath: CHROMIUM, headless: true, viewport: { width: 1040, height: 900 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
});

afterAll(async () => {
    await context?.close();
});

describe('the exported HTML in a browser: the test workspace', () => {
    const secrets = PRIVATE_TEXTS;

    it('loads cleanly, draws every chart and never runs plan text', async () => {
        for (const lang of ['en', 'nl']) {
            const file = await exportTo(FIXTURE_DIR, `fixture-${lang}.html`, ['--lang', lang]);
            const model = await exportModel(FIXTURE_DIR, ['--lang', lang]);
            const v = await visit(file);
            await expectClean(v, secrets);
            await expectCharts(v.page, model);
            expect(await v.page.locator('li.reflection').innerText()).toContain(SHARED_REFLECTION);
            const title = v.page.locator('article[data-goal="script-goal"] h4');
            expect(await title.innerText()).toContain('<script>alert(1)</script>');
            expect(await v.page.locator('article[data-goal="img-goal"]').getAttribute('aria-label')).toBe('"><img src=x onerror=alert(1)>');
            expect(await v.page.locator('svg title', { hasText: '<script>alert(1)</script>' }).count()).toBeGreaterThan(0);
            expect(await v.page.locator('html').getAttribute('lang')).toBe(lang);
            await v.page.close();
        }
    });

    it('every single view (plan, team, coach) is clean too', async () => {
        for (const view of [['--plan', 'alex-2026'], ['--team', 'ward-3'], ['--coach', 'cas']]) {
            const file = await exportTo(FIXTURE_DIR, `fixture${view.join('')}.html`, view);
            const v = await visit(file, 'dark');
            await expectClean(v, secrets);
            await expectCharts(v.page, await exportModel(FIXTURE_DIR, view));
            await v.page.close();
        }
    });

    it('hides navigation in print', async () => {
        const v = await visit(await exportTo(FIXTURE_DIR, 'print.html', []));
        expect(await v.page.locator('nav.contents').isVisible()).toBe(true);
        await v.page.emulateMedia({ media: 'print' });
        expect(await v.page.locator('nav.contents').isVisible()).toBe(false);
        await v.page.close();
    });
});

describe('the exported HTML in a browser: the example workspace', () => {
    it('loads cleanly with no private text; screenshots of the plan, team and organisation views', async () => {
        if (!existsSync(join(EXAMPLES_DIR, 'organisation.pop'))) throw new Error('examples/organisation.pop is missing');
        // Every private reflection of the workspace, as the owners' own views show them.
        const documents = await workspaceDocuments(EXAMPLES_DIR, 'en', EXAMPLES_TODAY);
        const planIds = buildSummary(documents, { lang: 'en', today: EXAMPLES_TODAY, audience: 'export' }).plans.map(p => p.id);
        const reflections = planIds.flatMap(id => buildSummary(documents, { lang: 'en', today: EXAMPLES_TODAY, audience: 'owner', scope: { kind: 'plan', id } })
            .plans.flatMap(p => p.reflections).filter(r => r.private).map(r => r.text));
        expect(reflections.length).toBeGreaterThan(0);

        const examples = examplesWithHistory();
        const all = await exportModel(examples, ['--today', EXAMPLES_TODAY]);
        // The history is the copy's own: Daan's goals done in the period, his review held, nothing after today.
        const daan = all.plans.find(p => p.id === 'daan-2026');
        expect(all.followThrough?.history).toBe('ok');
        expect(daan?.followThrough).toMatchObject({ lastChange: { date: '2026-02-12', daysAgo: 17 }, uncommitted: false, reviews: { planned: 1, held: 1 } });
        expect(daan?.followThrough?.goalsDone.map(g => g.id)).toEqual(['calm-start', 'digital-board']);
        const planId = all.plans.find(p => p.id === 'daan-2026')?.id ?? all.plans[0].id;
        const teamId = all.teams.find(t => t.id === 'onderbouw')?.id ?? all.teams[0].id;
        const shots: Array<{ name: string; args: string[]; selector: string; scheme: 'light' | 'dark' }> = [
            { name: 'organisation', args: [], selector: 'section.organisation', scheme: 'light' },
            { name: 'team', args: ['--team', teamId], selector: 'section.team', scheme: 'light' },
            { name: 'plan', args: ['--plan', planId], selector: 'section.plan', scheme: 'light' },
            { name: 'plan-dark', args: ['--plan', planId], selector: 'section.plan', scheme: 'dark' },
        ];
        for (const shot of shots) {
            const args = ['--today', EXAMPLES_TODAY, ...shot.args];
            const v = await visit(await exportTo(examples, `${shot.name}.html`, args), shot.scheme);
            await expectClean(v, reflections);
            await expectCharts(v.page, await exportModel(examples, args));
            const png = join(work, `${shot.name}.png`);
            await v.page.locator(shot.selector).first().screenshot({ path: png });
            expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
            if (process.env.LEERPLAN_SCREENSHOTS === '1') {
                mkdirSync(SCREENSHOT_DIR, { recursive: true });
                copyFileSync(png, join(SCREENSHOT_DIR, `${shot.name}.png`));
            }
            await v.page.close();
        }
    });
});
