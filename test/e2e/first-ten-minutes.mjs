// The first ten minutes of a new user, in a real VS Code with the packaged .vsix, driven
// in Chromium as a person would, with keys and clicks only: the walkthrough (its
// illustrations drawn, no refused style), "New Plan from Template" answered in its quick
// picks (someone new, declared in the people block; a coach; a team), the snippet's tab
// stops filled in, a second goal written with completion only, quick fixes applied with
// Ctrl+., the preview opened and following an edit. It ends with no error-level
// diagnostic in the workspace. Every step leaves a screenshot in the artifacts folder
// (test/e2e/artifacts/, kept by CI).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TIMEOUT = 60_000;

/** A helper bound to one page; every step logs and takes a screenshot. */
function driver(page, artifacts, log) {
    let shot = 0;
    return {
        async screenshot(name) {
            const path = join(artifacts, `${String(++shot).padStart(2, '0')}-${name}.png`);
            await page.screenshot({ path });
            log(`screenshot ${path}`);
        },
        /** The input of the quick input widget, once it shows `text` (a title or prompt) when given. */
        async quickInput(text) {
            if (text) await page.locator('.quick-input-widget', { hasText: text }).waitFor({ state: 'visible', timeout: TIMEOUT });
            const input = page.locator('.quick-input-widget input');
            await input.waitFor({ state: 'visible', timeout: TIMEOUT });
            return input;
        },
        /** Runs a command from the palette: the row whose label is exactly `title`, clicked (Enter would run the top row). */
        async command(title) {
            await page.keyboard.press('F1');
            const input = await this.quickInput();
            await input.fill(`>${title}`);
            const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
            const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
            await row.waitFor({ state: 'visible', timeout: TIMEOUT });
            await row.click();
            // The palette is gone, or has made room for the command's own question (an input without '>').
            await page.waitForFunction(() => {
                const widget = document.querySelector('.quick-input-widget');
                const input = widget?.querySelector('input');
                return !widget || getComputedStyle(widget).display === 'none' || !input || !input.value.startsWith('>');
            }, undefined, { timeout: TIMEOUT });
        },
        /** Types into the quick pick (the one showing `title`, when given) and accepts the row that shows `rowText`. */
        async pick(text, rowText, title) {
            const input = await this.quickInput(title);
            await input.fill(text);
            const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: rowText }).first();
            await row.waitFor({ state: 'visible', timeout: TIMEOUT });
            await page.keyboard.press('Enter');
        },
        async statusBar() {
            const item = page.locator('.statusbar-item', { hasText: /^\s*Leerplan/ }).first();
            await item.waitFor({ state: 'visible', timeout: TIMEOUT });
            return (await item.innerText()).replace(/\s+/g, ' ').trim();
        },
        /** Waits until the status bar shows `errors` errors for the active plan. */
        async errorsAre(errors) {
            await page.locator('.statusbar-item', { hasText: new RegExp(`^\\s*Leerplan\\s+${errors}\\s`) }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
        },
        /** Saves the active editor and waits until it is written (its tab no longer dirty). */
        async save() {
            await page.keyboard.press('Control+S');
            await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: TIMEOUT });
        },
        async type(text) {
            await page.keyboard.type(text, { delay: 15 });
        },
        /** Types into a snippet's placeholder and moves on with Tab once no suggestion is open (Tab would accept it). */
        async typeAndTab(text) {
            await this.type(text);
            await page.locator('.editor-widget.suggest-widget.visible').waitFor({ state: 'hidden', timeout: TIMEOUT });
            await page.keyboard.press('Tab');
        },
    };
}

/**
 * Waits until VS Code has taken in where the focus went. VS Code updates its focus
 * context keys (`findInputFocussed` ...) on a blur one timer turn later (`trackFocus`),
 * and picks the command a key runs by them: a key pressed in that turn, after Escape
 * closed the find widget, still counts as one for the find input although the editor
 * has the focus (Enter is Find Next, ArrowDown the find history), so it moves nothing
 * and the next keys land in the wrong place. Two turns of the page's timer queue come
 * after VS Code's.
 */
async function settle(page) {
    await page.evaluate(() => new Promise(resolve => setTimeout(() => setTimeout(resolve, 0), 0)));
}

/** The cursor as the status bar shows it (`Ln 17, Col 5`, with `(14 selected)` for a selection). */
async function cursor(page) {
    const text = await page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().innerText();
    const match = /Ln (\d+), Col (\d+)(?:\s*\((\d+) selected\))?/.exec(text);
    assert.ok(match, `the status bar shows the cursor (${text})`);
    return { line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
}

/** Waits until the cursor is at `line`, `column` with nothing selected, as a person looks before typing on. */
async function cursorAt(page, line, column) {
    const at = new RegExp(`^\\s*Ln ${line}, Col ${column}\\s*$`);
    try {
        await page.locator('.statusbar-item', { hasText: at }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    } catch {
        const now = await cursor(page);
        assert.fail(`the cursor is at line ${now.line}, column ${now.column}${now.selected ? ` with ${now.selected} selected` : ''}, not at line ${line}, column ${column}`);
    }
}

/**
 * Selects the `occurrence`-th (0-based, from the top) match of `text` in the active
 * editor with the find widget, and gives the focus back to the editor with the match
 * selected; returns the cursor (at the end of the match). Each key waits for what it
 * does to show: on a loaded machine a key pressed early lands in the wrong place (the
 * find box, or over the selection).
 */
async function findInEditor(page, text, occurrence = 0) {
    const editor = page.locator('.editor-instance .monaco-editor').first();
    if (!await page.locator('.editor-instance .monaco-editor.focused').count()) await editor.locator('.view-lines').click();
    await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await settle(page);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+F');
    const widget = page.locator('.find-widget.visible');
    const find = widget.locator('textarea, input').first();
    await find.waitFor({ state: 'visible', timeout: TIMEOUT });
    // A new search starts from the cursor (the same text again would not search anew).
    await find.fill('');
    await find.fill(text);
    // Typing selects the first match after the cursor; Enter moves to the next one.
    await widget.locator('.matchesCount', { hasText: /^1 of \d+$/ }).waitFor({ state: 'visible', timeout: TIMEOUT });
    for (let i = 0; i < occurrence; i++) {
        await page.keyboard.press('Enter');
        await widget.locator('.matchesCount', { hasText: new RegExp(`^${i + 2} of \\d+$`) }).waitFor({ state: 'visible', timeout: TIMEOUT });
    }
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: TIMEOUT });
    await page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await settle(page);
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln \\d+, Col \\d+\\s*\\(${text.length} selected\\)`) }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    return cursor(page);
}

/**
 * Waits until the suggestion list has `label` focused, as a person waits to see it
 * before pressing Enter. A timeout says what the list showed instead, and where.
 */
async function suggestionFocused(page, suggest, label) {
    try {
        await suggest.locator('.monaco-list-row.focused', { hasText: label }).waitFor({ state: 'visible', timeout: TIMEOUT });
    } catch {
        const rows = await page.locator('.editor-widget.suggest-widget .monaco-list-row').allInnerTexts();
        const message = await page.locator('.editor-widget.suggest-widget .message').allInnerTexts();
        const at = await cursor(page);
        assert.fail(`no suggestion '${label}' focused at line ${at.line}, column ${at.column}: the list shows ${JSON.stringify(rows.map(r => r.replace(/\s+/g, ' ').trim()))} ${JSON.stringify(message)}`);
    }
}

/**
 * Tab through the rest of a snippet, taking each choice's first offer (at a choice, Tab
 * first accepts the open suggestion, then moves on), and leave snippet mode. A Tab more
 * than needed only adds spaces at the end of the inserted text.
 */
async function tabThroughSnippet(page) {
    for (let i = 0; i < 14; i++) {
        const inSnippet = await page.locator('.monaco-editor .snippet-placeholder').count();
        if (inSnippet === 0) break;
        await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Escape');
}

/**
 * The text of a file once it matches `pattern` (a save reaches the disk a little after
 * the editor shows it saved), or, after the timeout, as it is: the assertion shows it.
 */
async function savedText(path, pattern) {
    const deadline = Date.now() + TIMEOUT;
    let text = readFileSync(path, 'utf8');
    while (!pattern.test(text) && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 250));
        text = readFileSync(path, 'utf8');
    }
    return text;
}

/**
 * Opens the quick fixes at the cursor with Ctrl+. and returns their widget. Pressed
 * again when nothing opens (a person would): right after an edit the fixes may not be
 * computed yet, and VS Code then shows nothing.
 */
async function openQuickFixes(page) {
    const actions = page.locator('.action-widget:not(.action-list-submenu-panel)');
    for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        try {
            await actions.waitFor({ state: 'visible', timeout: attempt < 6 ? 10_000 : TIMEOUT });
            return actions;
        } catch (error) {
            if (attempt >= 6) throw error;
            await page.keyboard.press('Escape');
        }
    }
}

/** Picks the code action whose title matches from the open action widget. */
async function chooseAction(page, title) {
    const row = page.locator('.action-widget:not(.action-list-submenu-panel) .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT });
    await row.click();
    await page.locator('.action-widget:not(.action-list-submenu-panel)').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** The preview's content lives two iframes deep (VS Code's webview host, then our page). */
function previewFrame(page) {
    return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/**
 * @param {object} options
 * @param {import('playwright-core').Page} options.page  a page on the workbench of a copy of examples/
 * @param {string} options.workspace  that copy, on disk
 * @param {string} options.artifacts  where the screenshots go
 * @param {(line: string) => void} options.log
 */
export async function runFirstTenMinutes({ page, workspace, artifacts, log }) {
    mkdirSync(artifacts, { recursive: true });
    const ui = driver(page, artifacts, log);
    const refused = [];
    page.on('console', message => {
        if (/Refused to|Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'attached', timeout: TIMEOUT });
    await ui.command('View: Close All Editors');
    if (await page.locator('.part.auxiliarybar').isVisible()) await ui.command('View: Hide Secondary Side Bar');

    // 1. The walkthrough: its illustration is drawn in colour, nothing is refused.
    await ui.command('Welcome: Open Walkthrough...');
    await ui.pick('Write your first plan', 'Write your first plan');
    const step = page.locator('button.getting-started-step[data-step-id$="#create"]');
    await step.waitFor({ state: 'visible', timeout: TIMEOUT });
    await step.click();
    const media = page.frameLocator('.getting-started-media iframe.webview.ready').frameLocator('#active-frame');
    const background = media.locator('svg rect').first();
    await background.waitFor({ state: 'attached', timeout: TIMEOUT });
    const colours = await media.locator('svg').first().evaluate(svg => ({
        rect: getComputedStyle(svg.querySelector('rect')).fill,
        text: getComputedStyle(svg.querySelector('text')).fill,
    }));
    log(`walkthrough illustration: background ${colours.rect}, text ${colours.text}`);
    assert.notEqual(colours.rect, colours.text, 'the illustration\'s text stands out from its background');
    assert.ok(!['rgb(0, 0, 0)', 'none'].includes(colours.text), `the text of the illustration has a colour (${colours.text})`);
    const description = (await page.locator('.getting-started-step.expanded .step-description, .getting-started-step.expanded').first().innerText()).trim();
    assert.doesNotMatch(description, /`/, 'the step text shows no Markdown marks');
    await ui.screenshot('walkthrough');
    assert.deepEqual(refused.filter(r => /style|svg/i.test(r)), [], 'the walkthrough refuses no style');

    // 2. New Plan from Template: someone new, declared in the people block; a coach; a team.
    await ui.command('Leerplan: New Plan from Template...');
    await ui.pick('yara', "New person 'yara'", 'New Leerplan Plan (1/3)');
    const name = await ui.quickInput("The name of 'yara' as it is shown");
    await name.fill('Yara de Wit');
    await page.keyboard.press('Enter');
    await ui.pick('lisa', 'lisa', 'New Leerplan Plan (2/3)');
    await ui.pick('onderbouw', 'onderbouw', 'New Leerplan Plan (3/3)');
    // The save dialog proposes plans/yara-<year>.pop.
    const path = await ui.quickInput();
    await page.waitForFunction(() => /yara-\d{4}\.pop$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), undefined, { timeout: TIMEOUT });
    assert.match(await path.inputValue(), /plans\/yara-\d{4}\.pop$/);
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: /yara-\d{4}\.pop/ }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.locator('.editor-instance .view-lines', { hasText: 'plan yara-' }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
    // The snippet's tab stops: ambition, goal id, title; then the choices and texts keep their first offer.
    await ui.typeAndTab('Explain physics so that every pupil can follow');
    await ui.typeAndTab('worked-examples');
    await ui.type('Explain each new topic with a worked example');
    await tabThroughSnippet(page);
    await ui.save();
    await ui.errorsAre(0);
    const organisation = readFileSync(join(workspace, 'organisation.pop'), 'utf8');
    assert.match(organisation, /person yara\s+"Yara de Wit"/, 'the new person is declared in the people block (and saved)');
    log(`after the template: ${await ui.statusBar()}`);
    await ui.screenshot('new-plan');

    // The walkthrough ticked its first steps: a plan is open, a goal linked, feedback asked.
    await ui.command('Welcome: Open Walkthrough...');
    await ui.pick('Write your first plan', 'Write your first plan');
    for (const id of ['create', 'vision', 'feedback']) {
        await page.locator(`button.getting-started-step[data-step-id$="#${id}"][aria-checked="true"]`).waitFor({ state: 'attached', timeout: TIMEOUT });
    }
    await ui.screenshot('walkthrough-ticked');
    await ui.command('View: Close Editor');
    await page.locator('.tab.active', { hasText: /yara-\d{4}\.pop/ }).first().waitFor({ state: 'visible', timeout: TIMEOUT });

    // 3. A second goal with completion only: the goal snippet from Ctrl+Space, its choices,
    //    and a contributes line whose team goal completion offers by itself after the space.
    await page.locator('.editor-instance .monaco-editor').first().click();
    // A new line after the first goal's closing brace, indented like it.
    const planned = await findInEditor(page, 'status planned');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await cursorAt(page, planned.line + 2, 5);
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.editor-widget.suggest-widget.visible');
    await suggest.waitFor({ state: 'visible', timeout: TIMEOUT });
    // Typing on before the list has come makes the server's answer out of date (the
    // document changed), and VS Code then says "No suggestions": look first, as a person does.
    await suggest.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: TIMEOUT });
    await ui.type('goal');
    await suggestionFocused(page, suggest, 'goal');
    const goalItems = await suggest.locator('.monaco-list-row').allInnerTexts();
    assert.equal(goalItems.filter(t => /^goal\b/.test(t.trim())).length, 1, `one item for a goal (${goalItems.join(' | ')})`);
    await page.keyboard.press('Enter');
    await ui.typeAndTab('pupil-feedback');
    await ui.type('Ask my pupils what helps them learn');
    await ui.screenshot('goal-from-completion');
    // The dimension, vision, learning form and coach are choices: take what completion offers first.
    await tabThroughSnippet(page);
    // A new line in the goal: `contributes ` opens completion by itself with the team's goals.
    const title = await findInEditor(page, '"Ask my pupils what helps them learn" {');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await cursorAt(page, title.line + 1, 9);
    await ui.type('contributes ');
    await suggest.locator('.monaco-list-row', { hasText: 'read-every-lesson' }).waitFor({ state: 'visible', timeout: TIMEOUT });
    await ui.screenshot('completion-by-itself');
    // The team's goals are offered; a click takes one.
    await suggest.locator('.monaco-list-row', { hasText: 'read-every-lesson' }).click();
    await suggest.waitFor({ state: 'hidden', timeout: TIMEOUT });
    // `feedback ask ` opens it with the people to ask, the plan's coach first (then the line goes again).
    await settle(page);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await cursorAt(page, title.line + 2, 9);
    await ui.type('feedback ask ');
    await suggestionFocused(page, suggest, 'lisa');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+K');
    await ui.save();
    await ui.errorsAre(0);
    log(`after the completed goal: ${await ui.statusBar()}`);
    const planName = readdirSync(join(workspace, 'plans')).find(name => /^yara-\d{4}\.pop$/.test(name));
    assert.ok(planName, 'the new plan is saved in plans/');
    const contributes = /\n {8}contributes read-every-lesson\n/;
    assert.match(await savedText(join(workspace, 'plans', planName), contributes), contributes, 'the team goal was taken from completion');

    // 4. Quick fixes: without its vision link (contributes links it too) and its feedback
    //    line the goal is warned about; Ctrl+. writes each line, the question as a tab
    //    stop to type into.
    for (const [line, occurrence] of [['        contributes ', 0], ['        supports ', 1], ['        feedback ask ', 1]]) {
        await findInEditor(page, line, occurrence);
        await page.keyboard.press('Control+Shift+K');
    }
    await ui.save();
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: TIMEOUT });
    // The warnings sit on the goal's id: select it and ask for the fixes there.
    await findInEditor(page, 'pupil-feedback');
    const actions = await openQuickFixes(page);
    await ui.screenshot('quick-fixes');
    const titles = await actions.locator('.monaco-list-row').allInnerTexts();
    log(`quick fixes offered: ${titles.map(t => t.trim()).join(' | ')}`);
    await chooseAction(page, /Add 'supports [\w-]+'/);
    await findInEditor(page, 'pupil-feedback');
    await openQuickFixes(page);
    await chooseAction(page, /Add 'feedback ask lisa "\.\.\." every quarter'/);
    // The question is a tab stop: what is typed replaces the placeholder.
    await ui.type('What helped you learn today?');
    await page.keyboard.press('Escape');
    await ui.save();
    await ui.errorsAre(0);
    const asked = /\n {8}feedback ask lisa "What helped you learn today\?" every quarter\n/;
    const fixed = await savedText(join(workspace, 'plans', planName), asked);
    const secondGoal = fixed.slice(fixed.indexOf('goal pupil-feedback'));
    assert.match(secondGoal, /\n {8}supports [\w-]+\n/);
    assert.match(secondGoal, asked);
    await ui.screenshot('fixed');

    // 5. The preview beside the plan follows an edit.
    await ui.command('Leerplan: Open Preview to the Side');
    const preview = previewFrame(page);
    await preview.locator('#leerplan-summary', { hasText: 'Explain each new topic with a worked example' }).waitFor({ state: 'visible', timeout: TIMEOUT });
    await page.locator('.editor-instance .monaco-editor').first().click();
    await findInEditor(page, 'with a worked example');
    await ui.type('with two worked examples');
    await preview.locator('#leerplan-summary', { hasText: 'Explain each new topic with two worked examples' }).waitFor({ state: 'visible', timeout: TIMEOUT });
    log('the preview follows the edit');
    await ui.save();
    await ui.screenshot('preview');

    // 6. The end: no error in the plan, none in the workspace.
    await ui.errorsAre(0);
    assert.equal(await page.locator('.monaco-editor .squiggly-error').count(), 0, 'no error squiggle in the plan');
    await ui.command('View: Focus Problems (Errors, Warnings, Infos)');
    const problems = page.locator('.markers-panel');
    await problems.waitFor({ state: 'visible', timeout: TIMEOUT });
    await ui.screenshot('problems');
    // The workspace's count in the status bar (errors, warnings, infos): no error anywhere.
    const counts = (await page.locator('[id="status.problems"]').first().innerText()).replace(/\s+/g, ' ').trim();
    log(`workspace problems (errors warnings infos): ${counts}`);
    assert.match(counts, /^0 \d+ \d+$/, 'no error-level diagnostic in the workspace');
    log(`final status bar: ${await ui.statusBar()}`);
    assert.deepEqual(refused, [], 'nothing was refused by a Content-Security-Policy');
    return { organisation };
}
