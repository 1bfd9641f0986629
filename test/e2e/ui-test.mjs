// The UI test: the packaged .vsix installed into a fresh VS Code server as a user
// would, driven in Chromium as a person would: open a plan with problems, see the
// squiggles and the status bar, open the preview to the side, click a goal in the
// preview and land on its line, and take the screenshot the README shows.
import assert from 'node:assert/strict';

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
 * @param {string} options.planFile  the plan to open (relative to the workspace), one with problems
 * @param {string} options.screenshotPath  where to save the screenshot
 * @param {(line: string) => void} options.log
 */
export async function runUiTest({ page, planFile, screenshotPath, log }) {
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
}
