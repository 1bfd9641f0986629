// The UI test: the packaged .vsix installed into a fresh VS Code server as a user
// would, driven in Chromium as a person would: open a plan with problems, see the
// squiggles and the status bar, open the preview to the side, click a goal in the
// preview and land on its line, and take the screenshot the README shows. Then the
// preview's calendar button on a plan with private reflections: the .ics it saves holds
// the plan's dated moments and none of the private text the preview shows its owner.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import ICAL from 'ical.js';

const TIMEOUT = 60_000;

async function runCommand(page, title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

async function openFile(page, relativePath) {
    const name = relativePath.split('/').pop();
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${name}"], .tab.active:has-text("${name}")`).first().waitFor({ state: 'visible', timeout: TIMEOUT });
}

/** The preview's content lives two iframes deep (VS Code's webview host, then our page). */
function previewFrame(page) {
    return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page  a page already on the workbench of the test workspace
 * @param {string} options.workspace  that workspace, on disk (a copy of examples/)
 * @param {string} options.planFile  the plan to open (relative to the workspace), one with problems
 * @param {string} options.screenshotPath  where to save the screenshot
 * @param {(line: string) => void} options.log
 */
export async function runUiTest({ page, workspace, planFile, screenshotPath, log }) {
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: TIMEOUT });
    // The status bar shows the workspace is loaded once the explorer has the folder.
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'attached', timeout: TIMEOUT });
    await runCommand(page, 'View: Close All Editors');
    // Room for the editor and the preview: no chat side bar, no explorer.
    if (await page.locator('.part.auxiliarybar').isVisible()) await runCommand(page, 'View: Hide Secondary Side Bar');

    await openFile(page, planFile);
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: TIMEOUT });
    log('squiggles are shown');

    const status = page.locator('.statusbar-item', { hasText: 'Leerplan' }).first();
    await status.waitFor({ state: 'visible', timeout: TIMEOUT });
    const statusText = (await status.innerText()).replace(/\s+/g, ' ').trim();
    assert.match(statusText, /Leerplan/, 'the status bar item is there');
    await page.locator('.statusbar-item', { hasText: /Leerplan.*\d+\/\d+/ }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    log(`status bar: ${(await status.innerText()).replace(/\s+/g, ' ').trim()}`);

    // Anything the preview's Content-Security-Policy refuses shows up as a console message.
    const refused = [];
    page.on('console', message => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(`${message.location().url}: ${message.text()}`);
    });
    await runCommand(page, 'Leerplan: Open Preview to the Side');
    const frame = previewFrame(page);
    const goal = frame.locator('[data-uri][data-line]').first();
    await goal.waitFor({ state: 'visible', timeout: TIMEOUT });
    const summaryText = await frame.locator('#leerplan-summary').innerText();
    assert.ok(summaryText.length > 100, 'the preview shows a summary');
    log('the preview shows the plan');
    // VS Code adds its own inline bootstrap (acquireVsCodeApi); the only script file is ours.
    const scripts = await frame.locator('script[src]').evaluateAll(nodes => nodes.map(n => n.getAttribute('src')));
    assert.equal(scripts.length, 1, `one script file in the preview (${scripts.join(', ')})`);
    assert.match(scripts[0], /client\/media\/preview\.js/);

    // Clicking an element with a source line reveals that line in the editor.
    const line = Number(await goal.getAttribute('data-line'));
    await goal.click();
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line},`) }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    log(`clicking the preview revealed line ${line}`);
    assert.deepEqual(refused.filter(r => /leerplan|preview|webview/i.test(r)), [], 'the preview breaks none of its CSP rules');

    await runCommand(page, 'Notifications: Clear All Notifications').catch(() => undefined);
    if (await page.locator('.part.sidebar').isVisible()) await runCommand(page, 'View: Close Primary Side Bar');
    // Hover a warning so the screenshot shows a message from the rule registry.
    const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
    const box = await squiggle.boundingBox();
    if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.locator('.monaco-hover').first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => log('no hover appeared'));
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath });
    log(`screenshot saved to ${screenshotPath}`);

    await calendarFromPreview(page, workspace, log);
}

/** The strings written in a `.pop` text (its quoted texts). */
function quotedTexts(text) {
    return [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(m => m[1]);
}

/**
 * What the calendar must hold for a plan, read from its file: the first date of each
 * dated action, feedback question, review, reflection and due line (`feedback received`
 * is history, never a calendar entry; a line marked private never goes out).
 */
function datedMoments(text) {
    const dates = new Set();
    for (const line of text.split('\n')) {
        if (/\bprivate\b|\bprivé\b/.test(line)) continue;
        const match = /^\s*(action|actie|feedback\s+(?:ask|vraag)|review|gesprek|reflection|reflectie|due|deadline)\b[^\n]*?(\d{4}-\d{2}-\d{2})/.exec(line.replace(/\/\/.*$/, ''));
        if (match) dates.add(match[2].replaceAll('-', ''));
    }
    return dates;
}

/**
 * The preview's calendar button, as a person uses it: open a plan whose private
 * reflections lie beside it, click "Save the
 * moments for a calendar (.ics)", accept the file name the save dialog proposes, and
 * read the file back with ical.js: an event on every date the plan gives a moment, and
 * none of the private text, not on any line of the file.
 */
async function calendarFromPreview(page, workspace, log) {
    const plans = join(workspace, 'plans');
    const privateName = readdirSync(plans).find(name => name.endsWith('.private.pop'));
    assert.ok(privateName, 'the examples have a plan with private reflections beside it');
    const planName = privateName.replace(/\.private\.pop$/, '.pop');
    const planText = readFileSync(join(plans, planName), 'utf8');
    const privateText = readFileSync(join(plans, privateName), 'utf8');
    const privateTexts = quotedTexts(privateText).filter(text => text.length > 10);
    assert.ok(privateTexts.length > 0, `${privateName} holds private text`);
    const expectedDates = datedMoments(planText);
    assert.ok(expectedDates.size >= 3, `${planName} gives moments dates`);
    // The days of the private reflections (where the public plan has nothing) must not show either.
    const privateDates = [...privateText.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(m => m[0].replaceAll('-', '')).filter(date => !planText.includes(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`));

    await openFile(page, `plans/${planName}`);
    const frame = previewFrame(page);
    // The preview follows the editor.
    const goalTitle = /^\s*goal\s+[\w-]+\s+"([^"]+)"/m.exec(planText)?.[1];
    await frame.locator('#leerplan-summary', { hasText: goalTitle }).waitFor({ state: 'visible', timeout: TIMEOUT });
    log(`the preview shows ${planName}`);
    await frame.locator('#leerplan-calendar').click();
    // VS Code's save dialog proposes the plan's name as an .ics file in the workspace.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.waitForFunction(() => /\.ics$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), undefined, { timeout: TIMEOUT });
    const target = await input.inputValue();
    const inWorkspace = relative(workspace, target);
    assert.ok(inWorkspace && !inWorkspace.startsWith('..') && !isAbsolute(inWorkspace), `the dialog proposes a file in the workspace (${target})`);
    assert.ok(!existsSync(target), `${target} does not exist before the export`);
    await page.keyboard.press('Enter');
    const ics = await writtenFile(target);
    assert.match(ics, /^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/, `the calendar button wrote ${target}`);
    log(`the calendar button wrote ${relative(workspace, target)} (${ics.length} bytes)`);

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const components = calendar.getAllSubcomponents();
    const events = components.filter(c => c.name === 'vevent');
    const starts = new Set(events.map(event => event.getFirstPropertyValue('dtstart').toString().replaceAll('-', '')));
    for (const date of expectedDates) assert.ok(starts.has(date), `an event on ${date} (events on ${[...starts].sort().join(', ')})`);
    for (const date of privateDates) assert.ok(!starts.has(date), `no event on ${date}, the day of a private reflection`);
    const planId = /^\s*plan\s+([\w-]+)/m.exec(planText)?.[1];
    for (const event of events) assert.match(String(event.getFirstPropertyValue('description')), new RegExp(`\\b${planId}\\b`), 'every event is of the previewed plan');
    // Private text: in no property of any component, and not in the file (unfolded) either.
    const values = components.flatMap(c => c.getAllProperties().flatMap(p => p.getValues().map(String))).join('\n');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    for (const text of privateTexts) {
        assert.ok(!values.includes(text) && !unfolded.includes(text), `the calendar holds no private text (${JSON.stringify(text)})`);
    }
    log(`the calendar holds ${events.length} events, ${components.length - events.length} notes, no private text`);
}

/** The text of a file once it is written whole, or what there is after the timeout (the assertion shows it). */
async function writtenFile(path) {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
        const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
        if (text.trimEnd().endsWith('END:VCALENDAR') || Date.now() > deadline) return text;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
}
