import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root and the Node 24 this project brings (node_modules/.bin/node). */
export const REPO_ROOT = join(__dirname, '..', '..');
export const NODE_DIR = join(REPO_ROOT, 'node_modules', 'node', 'bin');

/**
 * The package as a user installs it: `npm pack` of the built bundles (`npm test` builds
 * first) and `npm install -g` of that tarball into a temporary prefix. Offline: the
 * package has no dependencies. Returns the prefix's `bin` folder, which holds
 * `leerplan` and `leerplan-language-server`.
 */
export function installPackage(): { bin: string; root: string } {
    if (!existsSync(join(REPO_ROOT, 'out', 'server.cjs'))) throw new Error('build first: npm run build');
    const root = mkdtempSync(join(tmpdir(), 'leerplan-installed-'));
    const env = { ...process.env, PATH: `${NODE_DIR}:${process.env.PATH}`, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', root], { cwd: REPO_ROOT, env, encoding: 'utf8' });
    if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
    const tarball = readdirSync(root).find(name => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack wrote no tarball: ${pack.stdout}`);
    const prefix = join(root, 'global');
    const install = spawnSync('npm', ['install', '-g', '--offline', '--prefix', prefix, join(root, tarball)], { env, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install -g failed: ${install.stderr}`);
    return { bin: join(prefix, 'bin'), root };
}

/** The text of the fenced block (```lang) that follows the first line of `readme` starting with `heading`. */
export function readmeBlock(readme: string, heading: string, lang: string): string {
    const at = readme.split('\n').findIndex(line => line.startsWith(heading));
    if (at < 0) throw new Error(`README.md has no line starting with ${JSON.stringify(heading)}`);
    const rest = readme.split('\n').slice(at);
    const start = rest.findIndex(line => line === '```' + lang);
    const end = rest.findIndex((line, i) => i > start && line === '```');
    if (start < 0 || end < 0) throw new Error(`no \`\`\`${lang} block after ${JSON.stringify(heading)}`);
    return rest.slice(start + 1, end).join('\n') + '\n';
}
