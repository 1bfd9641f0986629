/**
 * Integration tests that run INSIDE a real VS Code (its Node extension host, with the
 * real language client talking to our bundled server over IPC). One test module,
 * `exports.run`, as VS Code's test machinery expects: here it is started by
 * scripts/run-e2e.mjs (VS Code server from code-server + Chromium), on machines that
 * can download VS Code by scripts/run-e2e-electron.mjs (@vscode/test-electron).
 * Bundled by esbuild into out/e2e/suite.cjs.
 *
 * The workspace is a temporary copy of examples/ plus plans/probe-2026.pop (from
 * test/e2e/fixtures), whose problems are known whatever the examples say, and
 * `.leerplan-e2e/expected.json`: what `leerplan check --format json` reports for the
 * same copy, so the editor and the CLI are held to the same answer.
 */
import * as vscode from 'vscode';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage } from '../../language/src/rules/rule-registry.js';
import { hintsInFileLanguage } from '../../language/src/validation/hint-keywords.js';
import type { LeerplanExtensionApi } from '../../client/src/extension.js';
import { SUMMARY_MODEL_VERSION, type SummaryModel } from '../../summary/src/summary-model.js';

const EXTENSION_ID = 'leerplan.leerplan';
const PROBE = 'plans/probe-2026.pop';

interface CliDiagnostic { file: string; line: number; column: number; severity: string; code: string; message: string }

function log(message: string): void {
    console.log(`[e2e] ${message}`);
}

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
    const start = Date.now();
    let last: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) return value;
        } catch (error) {
            last = error;
        }
        if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

function root(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    return folder.uri;
}

function fileUri(relative: string): vscode.Uri {
    return vscode.Uri.joinPath(root(), ...relative.split('/'));
}

function codesOf(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).map(d => String(typeof d.code === 'object' ? d.code.value : d.code));
}

function diagnostic(uri: vscode.Uri, code: string): vscode.Diagnostic | undefined {
    return vscode.languages.getDiagnostics(uri).find(d => String(typeof d.code === 'object' ? d.code.value : d.code) === code);
}

/** `code@line` (1-based), the shape both the CLI and the editor can be reduced to. */
function key(code: string, line: number): string {
    return `${code}@${line}`;
}

async function setLanguage(value: 'auto' | 'en' | 'nl'): Promise<void> {
    await vscode.workspace.getConfiguration('leerplan').update('language', value, vscode.ConfigurationTarget.Workspace);
}

const tests: Array<{ name: string; fn: () => Promise<void> }> = [];
function test(name: string, fn: () => Promise<void>): void {
    tests.push({ name, fn });
}

let api: LeerplanExtensionApi;

test('the extension activates in a workspace with .pop files and starts the server', async () => {
    const extension = vscode.extensions.getExtension<LeerplanExtensionApi | undefined>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    // workspaceContains:**/*.pop activates it without opening a file.
    await waitFor('activation by workspaceContains', () => extension.isActive, 30_000);
    const exports = extension.exports;
    assert.ok(exports, 'activate returned the API (the server started)');
    api = exports;
    await waitFor('the language client to run', () => api.leerplan.client.isRunning());
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['leerplan.showPreviewToSide', 'leerplan.exportSummary', 'leerplan.checkWorkspace', 'leerplan.newPlan', 'leerplan.showRuleDocumentation']) {
        assert.ok(commands.includes(id), `command ${id} is registered`);
    }
});

test('closed files get the same diagnostics as `leerplan check` reports', async () => {
    const expectedPath = join(root().fsPath, '.leerplan-e2e', 'expected.json');
    assert.ok(existsSync(expectedPath), 'the runner wrote the CLI\'s answer');
    const expected = (JSON.parse(readFileSync(expectedPath, 'utf8')) as { diagnostics: CliDiagnostic[] }).diagnostics;
    assert.ok(expected.length > 0, 'the example workspace has problems to compare');
    const byFile = new Map<string, string[]>();
    for (const d of expected) byFile.set(d.file, [...(byFile.get(d.file) ?? []), key(d.code, d.line)]);
    for (const [file, keys] of byFile) {
        const uri = fileUri(file);
        await waitFor(`diagnostics of the closed file ${file}`, () => vscode.languages.getDiagnostics(uri).length === keys.length);
        const actual = vscode.languages.getDiagnostics(uri).map(d => key(String(typeof d.code === 'object' ? d.code.value : d.code), d.range.start.line + 1)).sort();
        assert.deepEqual(actual, [...keys].sort(), `diagnostics of ${file}`);
    }
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === fileUri(PROBE).toString()), 'the probe plan was never opened');
    const probe = codesOf(fileUri(PROBE));
    for (const code of ['link-error', 'goal-without-vision', 'goal-without-feedback', 'unknown-learning-form']) {
        assert.ok(probe.includes(code), `the closed probe plan reports ${code} (got ${probe.join(', ')})`);
    }
    log(`compared ${expected.length} diagnostics in ${byFile.size} files with the CLI`);
});

test('an open file is checked from its unsaved text', async () => {
    const uri = fileUri(PROBE);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex(l => l.includes('evidence "Two colleagues'));
    assert.ok(line > 0, 'the probe has its evidence line');
    await editor.edit(edit => edit.insert(new vscode.Position(line, 0), '        feedback ask probe-coach "How did it go?"\n'));
    assert.ok(document.isDirty, 'the change is not saved');
    await waitFor('goal-without-feedback to go and feedback-without-moment to come', () => {
        const codes = codesOf(uri);
        return !codes.includes('goal-without-feedback') && codes.includes('feedback-without-moment');
    });
    const moment = diagnostic(uri, 'feedback-without-moment');
    assert.equal(moment?.range.start.line, line, 'feedback-without-moment sits on the inserted line');
});

test('the walkthrough steps tick when a plan is open, a goal is linked and feedback is asked', async () => {
    const document = await vscode.workspace.openTextDocument(fileUri('plans/emre-2026.pop'));
    await vscode.window.showTextDocument(document);
    await waitFor('the three walkthrough context keys', () => {
        const reached = api.walkthrough.reached;
        return ['leerplan.feedbackAsked', 'leerplan.goalLinked', 'leerplan.planOpen'].every(k => reached.includes(k));
    });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri(PROBE)));
});

test('a quick fix applies and removes its diagnostic', async () => {
    const uri = fileUri(PROBE);
    const document = await vscode.workspace.openTextDocument(uri);
    const target = await waitFor('unknown-learning-form in the probe', () => diagnostic(uri, 'unknown-learning-form'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => a.edit && a.title.includes('intervisie'));
    assert.ok(fix?.edit, `a quick fix offers 'intervisie' (got: ${actions.map(a => a.title).join(' | ')})`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    assert.match(document.getText(), /action intervisie "Peer consultation/);
    await waitFor('unknown-learning-form to disappear', () => !codesOf(uri).includes('unknown-learning-form'));
});

test('completion after `coach` offers the people of the workspace', async () => {
    const uri = fileUri(PROBE);
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex(l => l.includes('coach probe-coach'));
    const column = document.lineAt(line).text.indexOf('coach ') + 'coach '.length;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, column));
    const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
    const organisation = readFileSync(join(root().fsPath, 'organisation.pop'), 'utf8');
    const people = [...organisation.matchAll(/^\s*(?:person|persoon)\s+([\p{L}_][\p{L}\p{N}_-]*)/gmu)].map(m => m[1]);
    assert.ok(people.length > 0, 'the example organisation declares people');
    for (const person of ['probe-person', 'probe-coach', ...people]) {
        assert.ok(labels.includes(person), `completion offers ${person} (got ${labels.slice(0, 30).join(', ')})`);
    }
});

test('the preview opens beside the editor, shows the plan and follows edits', async () => {
    const uri = fileUri(PROBE);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const rendered = new Promise<SummaryModel | undefined>(resolve => {
        const listener = api.preview.onDidRender(event => {
            if (event.uri === uri.toString()) {
                listener.dispose();
                resolve(event.result.model);
            }
        });
    });
    await vscode.commands.executeCommand('leerplan.showPreviewToSide');
    const model = await Promise.race([rendered, new Promise<undefined>(resolve => setTimeout(() => resolve(undefined), 30_000))]);
    assert.ok(model, 'the preview received a summary');
    assert.equal(model.audience, 'owner');
    assert.deepEqual(model.plans.map(p => p.id), ['probe-2026']);
    assert.ok(model.plans[0].goals.some(g => g.id === 'probe-goal'), 'the plan\'s goal is in the preview');
    assert.ok(model.plans[0].reflections?.some(r => r.private && r.text === 'Probe private reflection'), 'the owner\'s own preview shows the private reflection, marked private');
    // The tab model reaches the extension host a moment after the panel exists.
    const tab = await waitFor('a Leerplan preview tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
        .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('leerplan.preview')), 10_000);
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the preview is beside the editor');

    // Typing updates the preview from the unsaved text.
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const updated = new Promise<SummaryModel | undefined>(resolve => {
        const listener = api.preview.onDidRender(event => {
            if (event.result.model?.plans[0]?.goals.some(g => g.id === 'typed-goal')) {
                listener.dispose();
                resolve(event.result.model);
            }
        });
    });
    const end = document.getText().lastIndexOf('}');
    await editor.edit(edit => edit.insert(document.positionAt(end), '    goal typed-goal "Typed while the preview is open" { }\n'));
    const after = await Promise.race([updated, new Promise<undefined>(resolve => setTimeout(() => resolve(undefined), 30_000))]);
    assert.ok(after, 'the preview shows the goal typed a moment ago');
    assert.match(api.preview.shownContent?.html ?? '', /typed-goal/);
    assert.equal(api.preview.shownContent?.notice, undefined, 'no notice while the text parses');

    // Half-typed text that does not parse: the last good render stays, with a notice.
    const brokenAt = document.getText().lastIndexOf('}');
    const broken = new Promise<boolean>(resolve => {
        const listener = api.preview.onDidRender(event => {
            if (event.result.parseErrors > 0) {
                listener.dispose();
                resolve(true);
            }
        });
        setTimeout(() => resolve(false), 30_000);
    });
    await editor.edit(edit => edit.insert(document.positionAt(brokenAt), '    goal half-typed "not closed\n'));
    assert.ok(await broken, 'the preview heard about the parse errors');
    assert.match(api.preview.shownContent?.notice ?? '', /does not parse/);
    assert.match(api.preview.shownContent?.html ?? '', /typed-goal/, 'the last good render stays');
    assert.doesNotMatch(api.preview.shownContent?.html ?? '', /half-typed/);
    await vscode.commands.executeCommand('undo');
    await waitFor('the notice to go once the text parses again', () => api.preview.shownContent?.notice === undefined);
});

test('the server\'s "Open summary" code lens opens the preview of its document', async () => {
    // The lens's command and argument as the server sends them (protocol.ts OPEN_PREVIEW_COMMAND: the URI as a string).
    const uri = fileUri('organisation.pop');
    const open = { command: { command: 'leerplan.openPreview', arguments: [uri.toString()] } };
    const rendered = new Promise<SummaryModel | undefined>(resolve => {
        const listener = api.preview.onDidRender(event => {
            if (event.uri === uri.toString()) {
                listener.dispose();
                resolve(event.result.model);
            }
        });
        setTimeout(() => resolve(undefined), 30_000);
    });
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    const model = await rendered;
    assert.ok(model?.organisation, 'the organisation file previews the organisation overview');
    assert.equal(api.preview.sourceUri?.toString(), uri.toString());
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri(PROBE)), vscode.ViewColumn.One);
});

test('setting leerplan.language to nl gives Dutch messages', async () => {
    const uri = fileUri(PROBE);
    // Earlier tests may give the probe a second goal: goals of a plan of which none supports a vision are then one diagnostic on the plan.
    const count = /None of the (\d+) goals/.exec(String(diagnostic(uri, 'goal-without-vision')?.message ?? ''))?.[1];
    const args = count ? { count: Number(count), holder: 'probe-2026' } : { goal: 'probe-goal' };
    const english = formatMessage('goal-without-vision', 'en', args);
    // The probe is written with English keywords: the Dutch message's fix hint says `supports` (issue 16.2).
    const dutch = hintsInFileLanguage(formatMessage('goal-without-vision', 'nl', args), 'en');
    assert.equal(diagnostic(uri, 'goal-without-vision')?.message, english, 'English first (display language en, setting auto)');
    // A closed file of the examples with a problem: its message must change language too.
    const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
    const closed = vscode.languages.getDiagnostics().find(([u, ds]) => u.path.endsWith('.pop') && !open.has(u.toString()) && ds.length > 0);
    assert.ok(closed, 'a closed file has diagnostics');
    const [closedUri, [closedDiagnostic]] = closed;
    const closedCode = String(typeof closedDiagnostic.code === 'object' ? closedDiagnostic.code.value : closedDiagnostic.code);
    const sameProblem = () => vscode.languages.getDiagnostics(closedUri).find(d =>
        String(typeof d.code === 'object' ? d.code.value : d.code) === closedCode && d.range.isEqual(closedDiagnostic.range));
    let previewLang: string | undefined;
    const listener = api.preview.onDidRender(event => { previewLang = event.result.model?.lang; });
    await setLanguage('nl');
    try {
        await waitFor('the Dutch message in the open file', () => diagnostic(uri, 'goal-without-vision')?.message === dutch);
        await waitFor('the preview in Dutch', () => previewLang === 'nl', 10_000);
        await waitFor(`a Dutch message for ${closedCode} in the closed ${closedUri.path.split('/').pop()}`, () => {
            const now = sameProblem();
            return !!now && now.message !== closedDiagnostic.message;
        });
        log(`nl: ${dutch} / ${sameProblem()?.message}`);
    } finally {
        listener.dispose();
        await setLanguage('auto');
    }
    await waitFor('English again', () => diagnostic(uri, 'goal-without-vision')?.message === english);
});

/** Every `.pop` file's diagnostics as `path code line severity` lines, sorted: the whole Problems panel in one string. */
function problemsPanel(): string {
    const rows: string[] = [];
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        if (!uri.path.endsWith('.pop')) continue;
        for (const d of diagnostics) {
            rows.push(`${uri.path} ${String(typeof d.code === 'object' ? d.code.value : d.code)} ${d.range.start.line} ${d.severity}`);
        }
    }
    return rows.sort().join('\n');
}

test('rule severities come from leerplan.rules, and leerplan.json wins', async () => {
    const uri = fileUri(PROBE);
    // Every file, closed ones included, gets its severities back afterwards, not only the probe:
    // the next test compares the whole Problems panel with a workspace check.
    const before = problemsPanel();
    const config = vscode.Uri.joinPath(root(), 'leerplan.json');
    const original = readFileSync(config.fsPath, 'utf8');
    const severity = (code: string) => diagnostic(uri, code)?.severity;
    assert.equal(severity('goal-without-vision'), vscode.DiagnosticSeverity.Warning);
    assert.equal(severity('feedback-without-moment'), vscode.DiagnosticSeverity.Warning);
    const settings = vscode.workspace.getConfiguration('leerplan');
    const file = JSON.parse(original) as { rules?: Record<string, string> };
    file.rules = { ...file.rules, 'feedback-without-moment': 'info' };
    try {
        await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify(file, null, 4)));
        await settings.update('rules', { 'goal-without-vision': 'error', 'feedback-without-moment': 'error' }, vscode.ConfigurationTarget.Workspace);
        await waitFor('goal-without-vision as an error (the setting)', () => severity('goal-without-vision') === vscode.DiagnosticSeverity.Error);
        await waitFor('feedback-without-moment as info (leerplan.json wins)', () => severity('feedback-without-moment') === vscode.DiagnosticSeverity.Information);
    } finally {
        await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
        await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(original));
    }
    await waitFor('the default severities again', () => severity('goal-without-vision') === vscode.DiagnosticSeverity.Warning
        && severity('feedback-without-moment') === vscode.DiagnosticSeverity.Warning);
    await waitFor('every file\'s diagnostics as before the change of settings', () => problemsPanel() === before);
});

test('check workspace counts what the Problems panel shows', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('leerplan.checkWorkspace');
    assert.ok(result && result.files >= 2, 'the whole workspace was checked');
    let errors = 0;
    let warnings = 0;
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        if (!uri.path.endsWith('.pop')) continue;
        errors += diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
        warnings += diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Warning).length;
    }
    assert.equal(result.errors, errors, 'errors');
    assert.equal(result.warnings, warnings, 'warnings');
});

test('export writes a summary without private content', async () => {
    const target = vscode.Uri.joinPath(root(), '.leerplan-e2e', 'summary.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('leerplan.exportSummary', { format: 'json', scope: 'workspace', source: fileUri('organisation.pop'), target });
    assert.equal(written?.toString(), target.toString());
    const text = readFileSync(target.fsPath, 'utf8');
    const model = JSON.parse(text) as SummaryModel;
    assert.equal(model.version, SUMMARY_MODEL_VERSION);
    assert.equal(model.audience, 'export');
    assert.ok(model.plans.some(p => p.id === 'probe-2026'), 'the probe plan is in the export');
    assert.ok(text.includes('Probe shared reflection'), 'a shared reflection is part of the summary');
    assert.ok(!text.includes('Probe private reflection'), 'a private reflection never reaches an export');
    const privateFile = join(root().fsPath, 'plans');
    for (const name of ['noor-2026.private.pop']) {
        const path = join(privateFile, name);
        if (!existsSync(path)) continue;
        for (const quoted of readFileSync(path, 'utf8').matchAll(/"([^"]{12,})"/g)) {
            assert.ok(!text.includes(quoted[1]), `private text of ${name} is not exported`);
        }
    }
});

test('leerplan.trace.server shows the protocol trace in the Leerplan output, without private text', async () => {
    const uri = fileUri(PROBE);
    const logText = () => {
        const dir = api.logUri.fsPath;
        return existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.log')).map(f => readFileSync(join(dir, f), 'utf8')).join('\n') : '';
    };
    const settings = vscode.workspace.getConfiguration('leerplan');
    await settings.update('trace.server', 'verbose', vscode.ConfigurationTarget.Workspace);
    try {
        const document = await vscode.workspace.openTextDocument(uri);
        const line = document.getText().split('\n').findIndex(l => l.includes('coach probe-coach'));
        await waitFor('a traced hover request in the log', async () => {
            await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 12));
            return /Sending request 'textDocument\/hover/.test(logText());
        });
        const editor = await vscode.window.showTextDocument(document);
        await editor.edit(edit => edit.insert(new vscode.Position(line + 1, 0), '    // traced edit\n'));
        await waitFor('the traced change, its text not shown', () => /textDocument\/didChange[\s\S]*"text": "<\d+ characters not shown>"/.test(logText()));
        await vscode.commands.executeCommand('undo');
        assert.ok(!logText().includes('Probe private reflection'), 'the private reflection of the probe is not in the log');
    } finally {
        await settings.update('trace.server', undefined, vscode.ConfigurationTarget.Workspace);
    }
});

test('rule documentation opens for a code', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('leerplan.showRuleDocumentation', 'goal-without-vision');
    assert.ok(uri, 'a document was opened');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.match(document.getText(), /goal-without-vision/);
});

/** PIDs of our language servers: children of this extension host running out/server.cjs (Linux /proc). */
function serverPids(): number[] {
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
            if (ppid === process.pid && cmdline.includes('server.cjs')) pids.push(Number(entry));
        } catch {
            // the process ended while we looked
        }
    }
    return pids;
}

test('killed mid-session, the server comes back by itself with the diagnostics and the preview', async () => {
    if (!existsSync('/proc/self/stat')) {
        log('no /proc on this system: the crash test needs Linux, not run');
        return;
    }
    const probe = fileUri(PROBE);
    const document = await vscode.workspace.openTextDocument(probe);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('leerplan.showPreviewToSide');
    await waitFor('the preview of the probe', () => api.preview.sourceUri?.toString() === probe.toString() && api.preview.shownContent?.html.includes('probe-goal'));
    const before = codesOf(probe).sort();
    const closed = vscode.languages.getDiagnostics().filter(([u, ds]) => u.path.endsWith('.pop') && u.toString() !== probe.toString() && ds.length > 0);
    assert.ok(before.length > 0 && closed.length > 0, 'diagnostics in the open probe and in closed files');

    const [pid] = await waitFor('the language server process', () => { const p = serverPids(); return p.length === 1 ? p : undefined; });
    process.kill(pid, 'SIGKILL');
    await waitFor('a new server process', () => { const p = serverPids(); return p.length === 1 && p[0] !== pid && api.leerplan.client.isRunning(); });
    // The client forgets everything the dead server said; all of it must come from the new one.
    await waitFor('the probe\'s diagnostics from the new server', () => JSON.stringify(codesOf(probe).sort()) === JSON.stringify(before));
    for (const [uri, diagnostics] of closed) {
        await waitFor(`the diagnostics of ${uri.path.split('/').pop()} again`, () => vscode.languages.getDiagnostics(uri).length === diagnostics.length);
    }
    // The new server has the unsaved text of the open editor and keeps following it, and so does the preview.
    const rendered = new Promise<boolean>(resolve => {
        const listener = api.preview.onDidRender(event => {
            if (event.result.model?.plans[0]?.goals.some(g => g.id === 'after-restart')) {
                listener.dispose();
                resolve(true);
            }
        });
        setTimeout(() => resolve(false), 30_000);
    });
    const end = document.getText().lastIndexOf('}');
    await editor.edit(edit => edit.insert(document.positionAt(end), '    goal after-restart "Typed after the restart" { }\n'));
    assert.ok(await rendered, 'the preview shows what was typed after the restart');
    await waitFor('the diagnostics of the new goal', () => vscode.languages.getDiagnostics(probe).some(d => d.message.includes('after-restart')));
    assert.equal(api.preview.shownContent?.notice, undefined, 'the preview no longer says the server is down');
    api.leerplan.policy.reset();
});

test('go to definition on a built-in dimension opens the built-in library', async () => {
    const probe = fileUri(PROBE);
    const document = await vscode.workspace.openTextDocument(probe);
    const line = document.getText().split('\n').findIndex(l => /^\s*(dimensions|dimensies)\s/.test(l));
    assert.ok(line >= 0, 'the probe names dimensions');
    const character = document.lineAt(line).text.search(/(dimensions|dimensies)\s+/) + document.lineAt(line).text.match(/(dimensions|dimensies)\s+/)![0].length + 1;
    const links = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', probe, new vscode.Position(line, character));
    const target = links?.map(l => ('targetUri' in l ? l.targetUri : l.uri))[0];
    assert.equal(target?.scheme, 'leerplan-builtin', `the definition is in the built-in library (got ${target?.toString()})`);
    const library = await vscode.workspace.openTextDocument(target);
    assert.match(library.getText(), /framework ros2024/, 'VS Code opens the library through the server');
});

test('a crashed server is restarted; after repeated crashes it stays down until restarted by hand', async () => {
    if (!existsSync('/proc/self/stat')) {
        log('no /proc on this system: the crash test needs Linux, not run');
        return;
    }
    const probe = fileUri(PROBE);
    for (let crash = 1; crash <= 5; crash++) {
        const [pid] = await waitFor('the language server process', () => { const p = serverPids(); return p.length === 1 ? p : undefined; });
        process.kill(pid, 'SIGKILL');
        if (crash < 5) {
            await waitFor(`a new server after crash ${crash}`, () => { const p = serverPids(); return p.length === 1 && p[0] !== pid && api.leerplan.client.isRunning(); });
        } else {
            await waitFor('the server to stay down after the fifth crash', () => serverPids().length === 0 && !api.leerplan.client.isRunning());
        }
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
    assert.equal(serverPids().length, 0, 'not restarted automatically');
    await vscode.commands.executeCommand('leerplan.restartServer');
    await waitFor('the server to run again', () => api.leerplan.client.isRunning() && serverPids().length === 1);
    await waitFor('the probe\'s diagnostics again', () => codesOf(probe).includes('goal-without-vision'));
});

/** Called by VS Code's test machinery; a rejection makes the run exit non-zero. */
export async function run(): Promise<void> {
    const failures: string[] = [];
    for (const { name, fn } of tests) {
        const start = Date.now();
        try {
            await fn();
            log(`ok   ${name} (${Date.now() - start} ms)`);
        } catch (error) {
            failures.push(name);
            log(`FAIL ${name}\n${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        }
    }
    log(`${tests.length - failures.length} passed, ${failures.length} failed`);
    if (failures.length) throw new Error(`${failures.length} e2e test(s) failed: ${failures.join('; ')}`);
}
