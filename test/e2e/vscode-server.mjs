// Starts and stops a real VS Code server (the one code-server 4.139.1 carries, VS Code
// 1.139.1) and opens it in Debian's Chromium through playwright-core. The route is
// described in the shared design note vscode-e2e.md. `--enable-smoke-test-driver` and
// the `payload` URL parameter are VS Code's own test machinery, not a public API: that
// is why scripts/e2e-setup.sh pins the code-server version.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.LEERPLAN_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** A free TCP port on 127.0.0.1 (one per run, so parallel runs do not collide). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

async function waitForHttp(url, timeoutMs, isAlive) {
    const start = Date.now();
    for (;;) {
        if (!isAlive()) throw new Error('the VS Code server exited before it answered');
        try {
            const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
            if (response.status < 500) return;
        } catch {
            // not listening yet
        }
        if (Date.now() - start > timeoutMs) throw new Error(`the VS Code server did not answer at ${url} within ${timeoutMs} ms`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

/**
 * Starts `server-main.js` with Node 24 in a sandbox of temporary folders (HOME too, so
 * nothing is written into the real home). Returns its port, folders and `stop()`, which
 * ends the server by its PID.
 */
export async function startVsCodeServer({ node, serverMain, extensionsDir, log = () => {} }) {
    const sandbox = mkdtempSync(join(tmpdir(), 'leerplan-e2e-'));
    const home = join(sandbox, 'home');
    const serverData = join(sandbox, 'server-data');
    const userData = join(sandbox, 'user-data');
    const extensions = extensionsDir ?? join(sandbox, 'extensions');
    for (const dir of [home, serverData, userData, extensions]) mkdirSync(dir, { recursive: true });
    const port = await freePort();
    const args = [
        serverMain, '--host', '127.0.0.1', '--port', String(port),
        '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
        '--disable-telemetry', '--disable-workspace-trust',
        '--server-data-dir', serverData, '--user-data-dir', userData, '--extensions-dir', extensions,
    ];
    const child = spawn(node, args, {
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), VSCODE_CLI: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let exited = false;
    child.on('exit', () => { exited = true; });
    child.stdout.on('data', chunk => log(`[server] ${chunk.toString().trimEnd()}`));
    child.stderr.on('data', chunk => log(`[server] ${chunk.toString().trimEnd()}`));
    await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, () => !exited);
    return {
        port,
        sandbox,
        home,
        extensions,
        async stop() {
            if (exited) return;
            const gone = new Promise(resolve => child.once('exit', resolve));
            child.kill('SIGTERM');
            const timer = setTimeout(() => { if (!exited) child.kill('SIGKILL'); }, 5000);
            await gone;
            clearTimeout(timer);
        },
    };
}

/** Installs a packaged .vsix into the extensions folder the way a user would (`--install-extension`). */
export function installVsix({ node, serverMain, extensionsDir, vsix, home }) {
    return new Promise((resolve, reject) => {
        const child = spawn(node, [serverMain, '--accept-server-license-terms', '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], {
            env: { ...process.env, HOME: home },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', chunk => { output += chunk; });
        child.stderr.on('data', chunk => { output += chunk; });
        child.on('error', reject);
        child.on('exit', code => code === 0 ? resolve(output) : reject(new Error(`--install-extension exited with ${code}:\n${output}`)));
    });
}

/** Debian's Chromium, headless, in its own profile folder, with `home` as HOME (never the real one). */
export async function launchBrowser(profileDir, home, viewport = { width: 1400, height: 860 }) {
    return chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM,
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
        headless: true,
        viewport,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

/** The workbench URL for a folder, optionally with VS Code's test payload. */
export function workbenchUrl(port, folder, payload) {
    const url = new URL(`http://127.0.0.1:${port}/`);
    url.searchParams.set('folder', folder);
    if (payload) url.searchParams.set('payload', JSON.stringify(payload));
    return url.toString();
}
