// The package as a user gets it: `npm pack` (which builds), `npm publish --dry-run`, then
// on Node 22 and on Node 24 (the `node` packages of the npm registry, installed into a
// temporary folder) `npm install -g` and `npm install --save-dev` from the tarball, and
// the `leerplan` and `leerplan-language-server` commands run from folders that have
// nothing to do with this checkout. Prints the package and install sizes.
// Usage: node scripts/test-install.mjs [--node 22,24] [--keep]
// Run by .ci/run; needs the npm registry (for the two Node versions only).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspSession } from '../bench/lsp-session.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const versions = (args.includes('--node') ? args[args.indexOf('--node') + 1] : '22,24').split(',');
const work = mkdtempSync(join(tmpdir(), 'leerplan-install-'));
const failures = [];
const figures = [];
let last = performance.now();

function check(what, ok, detail = '') {
    const seconds = ((performance.now() - last) / 1000).toFixed(1);
    last = performance.now();
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what} (${seconds} s)${ok || !detail ? '' : `\n     ${String(detail).trim().split('\n').join('\n     ')}`}`);
    if (!ok) failures.push(what);
    return ok;
}

/** Runs a command; returns { code, stdout, stderr }. */
function run(command, argv, options = {}) {
    const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 10 * 60_000, ...options });
    return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

/**
 * As `run`, without blocking: the result when the command has ended (for a long install
 * run beside other steps). Its output goes to files, not pipes: the other steps block
 * this process in spawnSync, and a pipe nobody drains would stall the command.
 */
function runInBackground(command, argv, options = {}) {
    const base = join(work, `background-${Date.now()}`);
    const out = openSync(`${base}.out`, 'w');
    const err = openSync(`${base}.err`, 'w');
    return new Promise(resolve => {
        const child = spawn(command, argv, { stdio: ['ignore', out, err], ...options });
        const timer = setTimeout(() => child.kill(), 15 * 60_000);
        const done = (code, extra = '') => {
            clearTimeout(timer);
            closeSync(out);
            closeSync(err);
            resolve({ code, stdout: readFileSync(`${base}.out`, 'utf8'), stderr: readFileSync(`${base}.err`, 'utf8') + extra });
        };
        child.on('error', error => done(-1, String(error)));
        child.on('close', code => done(code ?? -1));
    });
}

/**
 * The machine's way to the registry, as a user's shell has it: a proxy and the extra CA
 * certificates it signs with. Another Node's npm reads another global npmrc (its own
 * prefix), so without these a registry behind such a proxy fails with
 * SELF_SIGNED_CERT_IN_CHAIN and npm retries for minutes before it falls back to its cache.
 */
const NETWORK_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy',
    'npm_config_registry', 'npm_config_cafile', 'npm_config_proxy', 'npm_config_https_proxy', 'npm_config_noproxy'];
const network = Object.fromEntries(NETWORK_VARIABLES.filter(name => process.env[name] !== undefined).map(name => [name, process.env[name]]));
// The CA file this npm was configured with (a global npmrc the other Node's npm does not read).
const cafile = process.env.npm_config_cafile ?? spawnSync('npm', ['config', 'get', 'cafile'], { encoding: 'utf8' }).stdout?.trim();
if (cafile && cafile !== 'null' && cafile !== 'undefined' && existsSync(cafile)) network.npm_config_cafile = cafile;

/** An environment whose only Node is `nodeBin`'s folder (first on PATH), npm's caches and the machine's network settings kept. */
function envWith(nodeDir, extra = {}) {
    const PATH = [nodeDir, ...process.env.PATH.split(delimiter).filter(p => !p.includes('node_modules'))].join(delimiter);
    return { HOME: process.env.HOME, PATH, LANG: 'C', ...network, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

/** Bytes under `path`, symbolic links (node_modules/.bin) counted as links. */
function sizeOf(path) {
    const s = lstatSync(path);
    if (!s.isDirectory()) return s.size;
    return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

const kB = bytes => `${(bytes / 1024).toFixed(0)} kB`;

/** The language server from `command` over stdio: initialize, open a plan, expect its diagnostics, shut down. */
async function serverAnswers(command, argv, cwd, env, plan) {
    const session = new LspSession(command, argv, { cwd, env });
    try {
        await Promise.race([session.initialize(cwd), new Promise((_, fail) => setTimeout(() => fail(new Error(`no answer to initialize\n${session.stderr}`)), 60_000))]);
        const published = session.waitForPublish(p => p.uri === pathToFileURL(plan).href, 60_000);
        session.open(plan);
        const { diagnostics } = await published;
        return diagnostics.map(d => d.code).sort();
    } finally {
        await session.close();
    }
}

/** A copy of the example school under `base`, outside the checkout. */
function exampleWorkspace(base) {
    const folder = join(base, 'school');
    cpSync(join(repo, 'examples'), folder, { recursive: true });
    return folder;
}

const EXPECTED_SUMMARY = /^0 errors, 3 warnings, 6 info, 0 hints in 10 files$/m;
const DAAN_CODES = ['goal-without-feedback', 'goal-without-vision'];

/** `leerplan` and `leerplan-language-server` as `command ...argv`, run in folders under `base`. */
async function commandsWork(label, base, leerplan, server, env) {
    const ws = exampleWorkspace(base);
    const nested = join(ws, 'plans');
    const version = run(leerplan.command, [...leerplan.argv, '--version'], { cwd: base, env });
    check(`${label}: leerplan --version`, version.code === 0 && version.stdout.trim() === JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version, version.stdout + version.stderr);
    const checked = run(leerplan.command, [...leerplan.argv, 'check', '..'], { cwd: nested, env });
    check(`${label}: leerplan check from another folder`, checked.code === 0 && EXPECTED_SUMMARY.test(checked.stdout) && checked.stderr === '', checked.stdout.slice(-300) + checked.stderr);
    const init = join(base, 'new-team');
    mkdirSync(init);
    const made = run(leerplan.command, [...leerplan.argv, 'init', '--lang', 'nl'], { cwd: init, env });
    const config = made.code === 0 ? JSON.parse(readFileSync(join(init, 'leerplan.json'), 'utf8')) : {};
    const schemaFile = config.$schema ? fileURLToPath(new URL(config.$schema, pathToFileURL(join(init, 'leerplan.json')))) : '';
    check(`${label}: leerplan init writes a $schema that resolves (${config.$schema})`, made.code === 0 && existsSync(schemaFile) && Boolean(JSON.parse(readFileSync(schemaFile, 'utf8')).properties?.rules), made.stderr);
    const again = run(leerplan.command, [...leerplan.argv, 'check'], { cwd: init, env });
    check(`${label}: the starter it wrote checks clean`, again.code === 0, again.stdout + again.stderr);
    try {
        const codes = await serverAnswers(server.command, [...server.argv, '--stdio'], ws, env, join(ws, 'plans', 'daan-2026.pop'));
        check(`${label}: leerplan-language-server --stdio publishes diagnostics`, JSON.stringify(codes) === JSON.stringify(DAAN_CODES), JSON.stringify(codes));
    } catch (e) {
        check(`${label}: leerplan-language-server --stdio publishes diagnostics`, false, e.message);
    }
}

async function main() {
    console.log(`leerplan install test in ${work}`);
    // 1. The tarball: what is in it, and nothing it does not need.
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo });
    if (!check('npm pack', packed.code === 0, packed.stderr.slice(-2000))) return;
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    const tarball = join(work, info.filename);
    const files = info.files.map(f => f.path).sort();
    const expected = ['CHANGELOG.md', 'LICENSE', 'README.md', 'out/cli.cjs', 'out/server.cjs', 'package.json', 'schema/leerplan.schema.json'];
    check('the package holds the bundles, the schema, README, LICENSE and CHANGELOG, nothing else', JSON.stringify(files) === JSON.stringify(expected), files.join(', '));
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    check('the package has no runtime dependencies (the bundles hold them)', !manifest.dependencies || Object.keys(manifest.dependencies).length === 0, JSON.stringify(manifest.dependencies));
    const plain = run('npm', ['pack', '--dry-run'], { cwd: repo });
    check('npm pack prints only the tarball name on stdout (the pre-commit framework reads it)', plain.stdout.trim() === info.filename, JSON.stringify(plain.stdout.slice(0, 300)));
    figures.push(`package ${info.filename}: ${kB(info.size)} packed, ${kB(info.unpackedSize)} unpacked, ${info.entryCount} files`);
    const publish = run('npm', ['publish', '--dry-run'], { cwd: repo });
    check('npm publish --dry-run', publish.code === 0 && /\+ leerplan@/.test(publish.stdout), publish.stdout.slice(-500) + publish.stderr.slice(-1500));

    // The registry's node@24 is already here as the project's devDependency (npm ci put it
    // there): that major is taken from it instead of being downloaded a second time.
    const own = join(repo, 'node_modules', 'node', 'bin');
    const ownMajor = existsSync(join(own, 'node')) ? execFileSync(join(own, 'node'), ['--version'], { encoding: 'utf8' }).trim().match(/^v(\d+)\./)?.[1] : undefined;
    // 5 (started first). The Git route of the README: npm clones, installs the devDependencies,
    // builds and packs; minutes of downloads and builds, so it runs beside steps 2-4 when the
    // newest Node is the one already here, and is checked after them.
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const fromGit = join(work, 'from-git');
    const startGitInstall = nodeDir => {
        mkdirSync(fromGit);
        writeFileSync(join(fromGit, 'package.json'), JSON.stringify({ name: 'school-git', version: '1.0.0', private: true }, null, 2));
        return runInBackground('npm', ['install', '--save-dev', `git+file://${repo}#${rev}`], { cwd: fromGit, env: envWith(nodeDir) });
    };
    const early = ownMajor === versions.at(-1) ? startGitInstall(own) : undefined;

    for (const major of versions) {
        // 2. The user's own Node: the registry's `node` package of that major version.
        let nodeDir;
        if (ownMajor === major) {
            nodeDir = own;
            check(`Node ${major}: the registry's node@${major} that npm ci installed (the devDependency)`, true);
        } else {
            const prefix = join(work, `node${major}`);
            const got = run('npm', ['install', '--prefix', prefix, '--no-save', `node@${major}`], { env: envWith(dirname(process.execPath)) });
            nodeDir = join(prefix, 'node_modules', 'node', 'bin');
            if (!check(`Node ${major} from the npm registry`, got.code === 0 && existsSync(join(nodeDir, 'node')), got.stderr.slice(-1500))) continue;
        }
        const nodeVersion = execFileSync(join(nodeDir, 'node'), ['--version'], { encoding: 'utf8' }).trim();
        const env = envWith(nodeDir);

        // 3. npm install -g from the tarball: the commands on PATH.
        const global = join(work, `global${major}`);
        const g = run('npm', ['install', '-g', '--prefix', global, tarball], { env });
        if (check(`Node ${nodeVersion}: npm install -g <tarball>`, g.code === 0, g.stderr.slice(-1500))) {
            const genv = { ...env, PATH: join(global, 'bin') + delimiter + env.PATH };
            figures.push(`Node ${nodeVersion}, npm install -g: ${kB(sizeOf(join(global, 'lib', 'node_modules', 'leerplan')))} installed`);
            const elsewhere = join(work, `elsewhere${major}`);
            mkdirSync(elsewhere);
            await commandsWork(`Node ${nodeVersion}, global`, elsewhere, { command: 'leerplan', argv: [] }, { command: 'leerplan-language-server', argv: [] }, genv);
        }

        // 4. npm install --save-dev from the tarball in a project: npx runs the project's own.
        const project = join(work, `project${major}`);
        mkdirSync(project);
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `school-${major}`, version: '1.0.0', private: true }, null, 2));
        const d = run('npm', ['install', '--save-dev', tarball], { cwd: project, env });
        if (check(`Node ${nodeVersion}: npm install --save-dev <tarball>`, d.code === 0, d.stderr.slice(-1500))) {
            const installed = readdirSync(join(project, 'node_modules')).filter(n => !n.startsWith('.'));
            check(`Node ${nodeVersion}: --save-dev installs leerplan alone`, JSON.stringify(installed) === '["leerplan"]', installed.join(', '));
            figures.push(`Node ${nodeVersion}, npm install --save-dev: node_modules ${kB(sizeOf(join(project, 'node_modules')))}`);
            await commandsWork(`Node ${nodeVersion}, --save-dev`, project, { command: 'npx', argv: ['--no-install', 'leerplan'] }, { command: 'npx', argv: ['--no-install', 'leerplan-language-server'] }, env);
        }

        // 5. The Git route of the README (npm clones, installs the devDependencies, builds and packs), on the newest Node only.
        if (major !== versions.at(-1)) continue;
        const gitInstall = await (early ?? startGitInstall(nodeDir));
        if (check(`Node ${nodeVersion}: npm install --save-dev git+file://<this repository>#${rev.slice(0, 12)}`, gitInstall.code === 0, gitInstall.stderr.slice(-1500))) {
            const installed = readdirSync(join(fromGit, 'node_modules')).filter(n => !n.startsWith('.'));
            const files = readdirSync(join(fromGit, 'node_modules', 'leerplan')).sort();
            check(`Node ${nodeVersion}: the Git install holds leerplan alone, as packed`, JSON.stringify(installed) === '["leerplan"]' && JSON.stringify(files) === '["CHANGELOG.md","LICENSE","README.md","out","package.json","schema"]', `${installed.join(', ')} / ${files.join(', ')}`);
            // A copy of the examples, as elsewhere: inside the checkout Git's own view applies (a tracked private file is warned about).
            const fromGitCheck = run('npx', ['--no-install', 'leerplan', 'check', exampleWorkspace(fromGit)], { cwd: fromGit, env });
            check(`Node ${nodeVersion}: npx leerplan check after the Git install`, fromGitCheck.code === 0 && EXPECTED_SUMMARY.test(fromGitCheck.stdout), fromGitCheck.stdout.slice(-300) + fromGitCheck.stderr);
        }
    }
}

await main().catch(e => check('install test', false, e.stack ?? String(e)));
console.log('');
for (const f of figures) console.log(f);
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
console.log(`${failures.length ? 'FAILED' : 'passed'}: ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
