import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackage, NODE_DIR, readmeBlock, REPO_ROOT } from './installed-package.js';

/**
 * The README's Neovim setups, as written, in two real Neovims, headless, with the language
 * server installed from the package (npm pack, npm install -g) and found on the PATH:
 * Debian 12's Neovim 0.7.2 with the `vim.lsp.start_client` block, and Debian unstable's
 * current Neovim (scripts/ensure-neovim-current.sh: 0.11 or later) with the `vim.lsp.config`
 * block. neovim-driver.lua asks what a user would and reports the answers.
 */
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
/** Where scripts/ensure-neovim-current.sh puts it: $LEERPLAN_NVIM_CURRENT, else /opt (as root) or the user's cache. */
const CURRENT_NVIM = join(process.env.LEERPLAN_NVIM_CURRENT
    ?? [join('/opt', 'leerplan', 'neovim-current'), join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'leerplan', 'neovim-current')]
        .find(dir => existsSync(join(dir, 'nvim'))) ?? join('/opt', 'leerplan', 'neovim-current'), 'nvim');
const EDITORS = [
    { name: "Debian's Neovim 0.7.2", nvim: '/usr/bin/nvim', block: '**Neovim 0.7 to 0.10**', installer: 'scripts/ensure-system-deps.sh' },
    { name: "Debian unstable's current Neovim", nvim: CURRENT_NVIM, block: '**Neovim 0.11 or later**', installer: 'scripts/ensure-neovim-current.sh' },
];

interface Answer<T> { result?: T; error?: unknown }
interface Report {
    filetype: string;
    client?: string;
    attached: boolean;
    diagnosed: boolean;
    diagnostics: Array<{ code: string; line: number; col: number; severity: number; message: string }>;
    hover: Answer<{ contents: { kind: string; value: string } }>;
    completion: Answer<{ items: Array<{ label: string }> } | Array<{ label: string }>>;
    definition: Answer<Array<{ targetUri: string; targetSelectionRange: { start: { line: number; character: number } } }>>;
    renamed: boolean;
    renamedLine: string;
    renamedBuffers: string[];
    error?: string;
}

/** Line and column (0-based) of the `nth` occurrence of `needle` in `text`, plus `shift` columns. */
function positionOf(text: string, needle: string, shift = 0, nth = 1): [number, number] {
    let at = -1;
    for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${needle} in the plan`);
    const before = text.slice(0, at).split('\n');
    return [before.length - 1, before.at(-1)!.length + shift];
}

let root: string;
let installed: ReturnType<typeof installPackage>;
let organisation: string;
let plan: string;

beforeAll(() => {
    installed = installPackage();
    root = installed.root;
    plan = readFileSync(join(REPO_ROOT, 'examples', 'plans', 'daan-2026.pop'), 'utf8');
    organisation = readFileSync(join(REPO_ROOT, 'examples', 'organisation.pop'), 'utf8');
}, 180_000);

afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
});

/** Starts `nvim` headless in a fresh copy of examples/ with the README block after `heading` as init.lua; the driver's answers. */
function runNeovim(nvim: string, heading: string): Report {
    const dir = mkdtempSync(join(root, 'editor-'));
    const ws = join(dir, 'school');
    cpSync(join(REPO_ROOT, 'examples'), ws, { recursive: true });
    const init = join(dir, 'init.lua');
    writeFileSync(init, readmeBlock(README, heading, 'lua'));
    const probes = {
        hover: positionOf(plan, 'LerenVanLeidersEnMedewerkers', 3),
        completion: positionOf(plan, 'supports good-education', 'supports '.length),
        definition: positionOf(plan, 'good-education', 3),
        rename: positionOf(plan, 'coach lisa', 'coach '.length + 1),
        newName: 'lisa-de-boer',
    };
    const out = join(dir, 'answers.json');
    const run = spawnSync(nvim, ['--headless', '--clean', '-u', init, 'plans/daan-2026.pop', '-c', `luafile ${join(__dirname, 'neovim-driver.lua')}`], {
        cwd: ws, encoding: 'utf8', timeout: 150_000,
        env: { PATH: `${installed.bin}:${NODE_DIR}:/usr/bin:/bin`, HOME: dir, LANG: 'C', LEERPLAN_NVIM_OUT: out, LEERPLAN_NVIM_PROBES: JSON.stringify(probes) },
    });
    if (!existsSync(out)) throw new Error(`Neovim wrote no answers (exit ${run.status}, ${run.signal ?? ''}): ${run.stdout}${run.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

for (const editor of EDITORS) describe(`the README's Neovim setup in ${editor.name}, with the installed server`, () => {
    let report: Report;

    beforeAll(() => {
        if (!existsSync(editor.nvim)) throw new Error(`${editor.nvim} is missing: ${editor.installer} installs it`);
        report = runNeovim(editor.nvim, editor.block);
    }, 180_000);

    it('runs the Neovim the README block is for', () => {
        const version = spawnSync(editor.nvim, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
        const [, major, minor] = /^NVIM v(\d+)\.(\d+)/.exec(version) ?? [];
        if (editor.block.includes('0.7 to 0.10')) expect([Number(major), Number(minor)]).toEqual([0, 7]);
        else expect(Number(major) > 0 || Number(minor) >= 11).toBe(true);
    });

    it('sets the filetype and attaches the leerplan client without an error', () => {
        expect(report.error).toBeUndefined();
        expect(report.filetype).toBe('pop');
        expect(report.attached).toBe(true);
        expect(report.client).toBe('leerplan');
    });

    it('shows the diagnostics of the plan: the goal without vision and without feedback, as warnings', () => {
        expect(report.diagnosed).toBe(true);
        const line = positionOf(plan, 'goal digital-board')[0];
        expect(report.diagnostics.map(d => [d.code, d.line, d.severity]).sort()).toEqual([
            ['goal-without-feedback', line, 2],
            ['goal-without-vision', line, 2],
        ]);
    });

    it('hovers a dimension with its name and framework', () => {
        expect(report.hover.error).toBeFalsy();
        expect(report.hover.result?.contents.kind).toBe('markdown');
        expect(report.hover.result?.contents.value).toContain('Dimension `LerenVanLeidersEnMedewerkers`');
        expect(report.hover.result?.contents.value).toContain('`ros2024`');
    });

    it("completes a goal's 'supports' with the organisation's visions and ambitions", () => {
        expect(report.completion.error).toBeFalsy();
        const result = report.completion.result!;
        const labels = (Array.isArray(result) ? result : result.items).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['good-education', 'learning-together']));
    });

    it('goes to the definition of a vision in organisation.pop', () => {
        expect(report.definition.error).toBeFalsy();
        const [target] = report.definition.result!;
        expect(target.targetUri.endsWith('/school/organisation.pop')).toBe(true);
        const [line, character] = positionOf(organisation, 'good-education');
        expect(target.targetSelectionRange.start).toEqual({ line, character });
    });

    it('renames a person in every file that names them', () => {
        expect(report.renamed).toBe(true);
        expect(report.renamedLine).toBe('    coach lisa-de-boer');
        expect(report.renamedBuffers).toEqual(expect.arrayContaining(['daan-2026.pop', 'organisation.pop', 'sanne-2026.pop']));
    });
});
