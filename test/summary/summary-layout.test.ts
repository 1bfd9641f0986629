import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli } from '../../cli/src/cli.js';
import type { SummaryModel } from '../../summary/src/summary-model.js';
import { renderSummaryFragment } from '../../client/src/summary-rendering.js';
import { renderPreviewShell } from '../../client/src/preview/preview-shell.js';

/**
 * The summary reads anywhere: the exported HTML and the VS Code preview's page, on a
 * phone (390 px) and on a wide screen (1280 px), in Debian's chromium. The page never
 * scrolls sideways, chart labels keep a readable size (not scaled down with a
 * drawing) and are whole (wrapped, never cut with an ellipsis), tables fit. Full-page
 * screenshots of every case are written to test/summary/screenshots/ (kept as CI
 * artefacts, not committed).
 */
const CHROMIUM = '/usr/bin/chromium';
const REPO = join(__dirname, '..', '..');
const EXAMPLES_DIR = join(REPO, 'examples');
const SCREENSHOTS = join(__dirname, 'screenshots');
const WIDTHS = [390, 1280] as const;
/** The smallest font size, in CSS pixels as drawn, that a label may have. */
const READABLE_PX = 10;

const work = mkdtempSync(join(tmpdir(), 'leerplan-layout-'));

/** A workspace made to stretch a layout: long titles and names, a long id without a break, many entries, problems. */
const LONG = 'Get much better at explaining difficult medication schedules to families who are worried, in plain words and without hurrying';
const STRETCH: Record<string, string> = {
    'leerplan.json': '{}\n',
    'organisation.pop': `organisation stretch "Zorggroep Rekbaar, locatie De Lange Weg en omstreken" {
    framework ros2024
    vision quality "We deliver care that residents and their families value, every day and every night, in every ward."
    ambition fewer-incidents "Halve the medication incidents on every ward before the end of next year." supports quality
}

people {
    person anna "Anna Maria Theodora van der Veldhuizen-Oosterbroek" role "Senior nurse and practice educator"
    person bram "Bram de Vries" role "Nurse"
    person carla "Carla Jansen" role "Team lead"
}

team night-shift "Night shift of the rehabilitation and geriatric wards together" {
    lead carla
    members anna, bram
    goal night-learns "Learn from one incident a month, together with the day shift and the pharmacy" {
        dimensions TeamlerenEnSamenwerking, Feedbackprocessen, GedragenVisie, StructuurEnBeleid
        supports fewer-incidents
        action after-action-review "Monthly incident review with the whole night shift" every month
        feedback ask team night-shift "What did we change since last time, and did it help?" every quarter
        due 2026-12-01
    }
}
`,
    'plans/anna-2026.pop': `plan anna-zorgplan-met-een-heel-erg-lange-naam-zonder-spaties-2026 for anna {
    coach carla
    team night-shift
    period 2026-01-01 .. 2026-12-31
    ambition "${LONG}."
    strengths "Calm under pressure, even on the busiest night of the year", "Precise", "Patient with families"
    goal explain "${LONG}" {
        dimensions LerenVanLeidersEnMedewerkers, Feedbackprocessen, Onderzoekscultuur, GespreidLeiderschap, SamenwerkingMetPartners
        supports fewer-incidents
        contributes night-learns
        action peer-consultation "${LONG}, with a colleague from the day shift" every month
        action course "Course on communication with families of residents with dementia" from 2026-02-01 to 2026-05-31 hours 16
        action shadowing "Shadow the pharmacist on a Tuesday" on 2026-03-10
        feedback ask bram "Did my explanation of the new schedule make sense to the family, and what could I leave out?" every quarter
        feedback ask team night-shift "What do you notice when I explain schedules?" on 2026-06-01
        evidence "Families say they understand the schedule, and fewer questions reach the night shift."
        due 2026-11-30
        status active
    }
    review 2026-06-30 with carla "Mid-year conversation about the explanations and the course"
    review 2026-12-15 with carla "End-of-year conversation"
    reflection 2026-04-02 "The course helped more than I expected; the families noticed."
}
`,
    'plans/bram-2026.pop': `plan bram-2026 for bram {
    coach COACH
    team night-shift
    period 2026-01-01 .. 2026-12-31
    goal g1 "Learn the new infusion pumps" {
        dimensions Feedbackprocessen
        supports VISION
        action buddy "Practise with a buddy" every week
        due 2026-04-01
    }
}
`,
    'plans/carla-2026.pop': `plan for carla {
    coach anna
    goal {
`,
};

function writeWorkspace(files: Record<string, string>): string {
    const root = mkdtempSync(join(work, 'ws-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}

async function cli(cwd: string, args: string[]): Promise<string> {
    let stdout = '';
    let stderr = '';
    const code = await runCli({
        argv: ['summary', '.', ...args], cwd, env: {},
        stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdinIsTTY: false,
    });
    if (code !== 0) throw new Error(`leerplan summary ${args.join(' ')}: ${stderr}`);
    return stdout;
}

/** The VS Code preview's page: the shell, its style sheet and script, and the summary sent to it as VS Code sends it. */
function previewPage(model: SummaryModel, name: string): { file: string; html: string } {
    const nonce = 'bGF5b3V0LXRlc3Q=';
    const media = join(REPO, 'client', 'media');
    const shell = renderPreviewShell({
        lang: model.lang, cspSource: 'file:', nonce, title: 'Leerplan Preview',
        scriptUri: pathToFileURL(join(media, 'preview.js')).href, styleUri: pathToFileURL(join(media, 'preview.css')).href,
    });
    // What VS Code puts into every webview: the theme's colours and font as variables, the theme kind on <body>.
    const theme = `<style nonce="${nonce}">:root { --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-foreground: #3b3b3b; `
        + '--vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b; --vscode-descriptionForeground: #717171; --vscode-textLink-foreground: #005fb8; '
        + '--vscode-panel-border: #e5e5e5; --vscode-editorWidget-background: #f8f8f8; }</style>';
    const file = join(work, `${name}.preview.html`);
    writeFileSync(file, shell.replace('</head>', `${theme}\n</head>`).replace('<body>', '<body class="vscode-light">'));
    return { file, html: renderSummaryFragment(model, { nonce, cspSource: 'file:' }) };
}

let context: BrowserContext;

beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'leerplan-chromium-')), {
        executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // The preview's script asks VS Code for its API first thing.
    await context.addInitScript('window.acquireVsCodeApi = () => ({ postMessage: () => undefined, setState: () => undefined, getState: () => undefined });');
});

afterAll(async () => {
    await context?.close();
});

interface Layout {
    scrollWidth: number;
    clientWidth: number;
    /** Elements wider than the page, as `tag.class (right edge)`. */
    sticksOut: string[];
    /** Chart labels drawn smaller than READABLE_PX, as `text (size)`. */
    tooSmall: string[];
    /** Chart labels whose text is cut (wider than their box, or ending in an ellipsis). */
    cut: string[];
    labels: number;
}

/**
 * Measures the page as it is laid out now. Plain JavaScript run in the page (the test
 * files are compiled without the DOM's types).
 */
const MEASURE = `(readable => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = el => el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '').split(' ').join('.');
    const sticksOut = [];
    for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 0.5) sticksOut.push(describe(el) + ' (' + Math.round(box.right) + ')');
    }
    const tooSmall = [];
    const cut = [];
    const labels = [...document.querySelectorAll('.bar-label, .tl-label, .node-label, .column-label span, table.heatmap th.label, .month-name')];
    for (const el of labels) {
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (el.textContent && size < readable) tooSmall.push(el.textContent + ' (' + size + 'px)');
        if (el.scrollWidth > el.clientWidth + 1 || /\u2026$/.test(el.textContent || '')) cut.push(el.textContent || '');
    }
    for (const text of document.querySelectorAll('.chart svg text')) {
        const matrix = text.getScreenCTM();
        const size = parseFloat(getComputedStyle(text).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
        if (getComputedStyle(text).display !== 'none' && size < readable) tooSmall.push(text.textContent + ' (' + size.toFixed(1) + 'px)');
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, sticksOut: sticksOut.slice(0, 10), tooSmall: tooSmall.slice(0, 10), cut: cut.slice(0, 10), labels: labels.length };
})(${READABLE_PX})`;

async function measure(page: Page): Promise<Layout> {
    return page.evaluate(MEASURE) as Promise<Layout>;
}

/** Lays the page out at `width` and checks it; with `screenshot`, a full-page screenshot goes to SCREENSHOTS. */
async function expectReadable(page: Page, name: string, width: number, screenshot: boolean): Promise<void> {
    await page.setViewportSize({ width, height: 900 });
    const layout = await measure(page);
    if (screenshot) await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    expect(layout.sticksOut, `${name} at ${width} px`).toEqual([]);
    expect(layout.scrollWidth, `${name} at ${width} px: the page scrolls sideways`).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.tooSmall, `${name} at ${width} px`).toEqual([]);
    expect(layout.cut, `${name} at ${width} px`).toEqual([]);
    expect(layout.labels).toBeGreaterThan(0);
}

/**
 * Each workspace's whole view (it holds every kind of section: the organisation,
 * coaches' lists, teams, plans) is checked; screenshots are of `shoot`, a view small
 * enough to capture in a second or two (a full-page capture of a long page takes many).
 */
const WORKSPACES: Array<{ name: string; dir: () => string; today: string; shoot: string[] }> = [
    { name: 'examples', dir: () => EXAMPLES_DIR, today: '2026-03-01', shoot: ['--plan', 'daan-2026'] },
    { name: 'stretch', dir: () => writeWorkspace(STRETCH), today: '2026-05-01', shoot: ['--team', 'night-shift'] },
];

/** The preview's page showing `model`, as VS Code shows it: the extension's message delivered to the webview. */
async function openPreview(model: SummaryModel, name: string): Promise<Page> {
    const preview = previewPage(model, name);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(e.message));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(preview.file).href);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'render', html: preview.html, uri: 'file:///ws/plan.pop' })}, '*')`);
    await page.waitForSelector('#leerplan-summary .leerplan-summary');
    expect(errors).toEqual([]);
    return page;
}

describe('the summary at 390 px and 1280 px: no sideways scrolling, readable and whole chart labels', () => {
    for (const workspace of WORKSPACES) {
        it(`the exported HTML and the VS Code preview's page: ${workspace.name}`, async () => {
            const dir = workspace.dir();
            for (const [view, args, shoot] of [['all', [], false], ['view', workspace.shoot, true]] as const) {
                const name = `${workspace.name}-${view}`;
                const file = join(work, `${name}.html`);
                writeFileSync(file, await cli(dir, ['--today', workspace.today, ...args]));
                const page = await context.newPage();
                await page.goto(pathToFileURL(file).href);
                for (const width of WIDTHS) await expectReadable(page, `export-${name}`, width, shoot);
                await page.close();
                const preview = await openPreview(JSON.parse(await cli(dir, ['--format', 'json', '--today', workspace.today, ...args])) as SummaryModel, name);
                for (const width of WIDTHS) await expectReadable(preview, `preview-${name}`, width, shoot);
                await preview.close();
            }
        }, 180_000);
    }

    it('the screenshots are there', () => {
        for (const width of WIDTHS) expect(readFileSync(join(SCREENSHOTS, `export-stretch-view-${width}.png`)).subarray(1, 4).toString()).toBe('PNG');
    });
});
