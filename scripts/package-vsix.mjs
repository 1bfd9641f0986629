#!/usr/bin/env node
// Packages the VS Code extension (.vsix). The npm package is described by package.json's
// `files`, the .vsix by `.vscodeignore` (an allow list), and vsce refuses a folder that
// has both. So the .vsix is packaged from a staging folder holding exactly the files
// `.vscodeignore` admits and a package.json without `files`: one list for each package.
// Run after `npm run build` (the bundles in out/ must exist).
//
// Usage: node scripts/package-vsix.mjs [--out <file.vsix>] [--list (print the packaged files, write nothing)]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The files `.vscodeignore` admits (its `!` lines; a `*` matches within one folder), relative to the repository. */
export function vsixFiles(root = repo) {
    const patterns = readFileSync(join(root, '.vscodeignore'), 'utf8').split(/\r?\n/)
        .map(line => line.trim()).filter(line => line.startsWith('!')).map(line => line.slice(1));
    const files = [];
    for (const pattern of patterns) {
        const folder = dirname(pattern);
        const base = pattern.slice(folder === '.' ? 0 : folder.length + 1);
        if (!base.includes('*')) {
            if (!existsSync(join(root, pattern))) throw new Error(`.vscodeignore admits ${pattern}, which does not exist (run npm run build)`);
            files.push(pattern);
            continue;
        }
        const matcher = new RegExp(`^${base.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
        const matched = readdirSync(join(root, folder)).filter(name => matcher.test(name)).map(name => `${folder}/${name}`);
        if (!matched.length) throw new Error(`.vscodeignore admits ${pattern}, which matches nothing`);
        files.push(...matched);
    }
    return files;
}

/**
 * Packages the .vsix into `out` with vsce (`node` runs it); returns the files vsce put in
 * it. The staging folder is removed afterwards.
 */
export function packageVsix({ node = process.execPath, out, list = false, root = repo } = {}) {
    const staging = mkdtempSync(join(tmpdir(), 'leerplan-vsix-'));
    try {
        for (const file of vsixFiles(root)) {
            mkdirSync(dirname(join(staging, file)), { recursive: true });
            cpSync(join(root, file), join(staging, file));
        }
        const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
        delete manifest.files;
        writeFileSync(join(staging, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
        cpSync(join(root, '.vscodeignore'), join(staging, '.vscodeignore'));
        const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
        const vsceRun = args => {
            const result = spawnSync(node, [vsce, ...args, '--no-dependencies'], { cwd: staging, encoding: 'utf8' });
            if (result.status !== 0) throw new Error(`vsce ${args.join(' ')} exited with ${result.status}\n${result.stdout}${result.stderr}`);
            return result.stdout;
        };
        const files = vsceRun(['ls']).split('\n').map(f => f.trim()).filter(Boolean);
        if (!list) vsceRun(['package', '--out', resolve(out ?? join(root, 'leerplan.vsix'))]);
        return files;
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const args = process.argv.slice(2);
    const outIndex = args.indexOf('--out');
    const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
    try {
        const files = packageVsix({ out, list: args.includes('--list') });
        if (args.includes('--list')) console.log(files.join('\n'));
        else console.log(resolve(out ?? join(repo, 'leerplan.vsix')));
    } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
    }
}
