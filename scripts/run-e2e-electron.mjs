#!/usr/bin/env node
// Runs the same test module (test/e2e/suite.ts) inside a desktop VS Code downloaded by
// @vscode/test-electron: for machines that can reach Microsoft's update server (a
// developer's laptop, a public CI). The project does not depend on @vscode/test-electron;
// install it where you use this runner:
//
//   npm install --no-save @vscode/test-electron && node scripts/run-e2e-electron.mjs
//
// On Linux without a display, run it under xvfb-run. VSCODE_VERSION picks the version
// (default: stable). Where VS Code cannot be downloaded, use scripts/run-e2e.mjs
// (npm run test:e2e): VS Code's server from code-server, driven by Chromium.
// Exit: 0 when the tests pass, 1 when they fail, 2 when @vscode/test-electron is missing.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildForE2e } from '../test/e2e/build-suite.mjs';
import { prepareWorkspace } from '../test/e2e/prepare-workspace.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let testElectron;
try {
    testElectron = await import('@vscode/test-electron');
} catch {
    console.error('run-e2e-electron: @vscode/test-electron is not installed (npm install --no-save @vscode/test-electron).');
    process.exit(2);
}

try {
    const suite = await buildForE2e(repo);
    const { workspace } = prepareWorkspace(repo);
    await testElectron.runTests({
        version: process.env.VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath: repo,
        extensionTestsPath: suite,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    process.exit(0);
} catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
}
