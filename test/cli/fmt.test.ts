import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatPop } from '../../language/src/formatting/format-text.js';
import { ORGANISATION as HARNESS_ORGANISATION, cleanPlan, makeWorkspace, removeWorkspace, runBundled, runInProcess, snapshotFiles } from './cli-harness.js';

/** A clean plan written carelessly: two-space indents, a goal on one line with the lines around it, extra spaces. */
const MESSY_PLAN = `plan anna-2026 for anna {
  coach   mark
  team ward
  period 2026-01-01..2026-12-31 goal talks "Hold coaching talks" { dimensions LerenVanLeidersEnMedewerkers supports learning action buddy "Buddy for new colleagues" from 2026-04-01 feedback ask mark "Observe one talk" every quarter evidence "New colleagues say the talks helped." due 2026-09-30 status active } review 2026-06-30 with mark "Mid-year"
  reflection 2026-04-02 "Asking first works."
}`;

/** The harness's organisation, formatted (it has a goal right after `members`, without the blank line). */
const formattedOrganisation = formatPop(HARNESS_ORGANISATION);
const ORGANISATION = formattedOrganisation.ok ? formattedOrganisation.text : HARNESS_ORGANISATION;

const BROKEN_PLAN = 'plan piet-2026 for piet {\n  coach\n  reflection 2026-04-02 private "Secret: I dislike mondays."\n';

const roots: string[] = [];
function workspace(files: Record<string, string | Uint8Array>): string {
    const root = makeWorkspace(files);
    roots.push(root);
    return root;
}
afterEach(() => {
    for (const root of roots.splice(0)) removeWorkspace(root);
});

describe('leerplan fmt --check', () => {
    it('exits 0 and prints nothing when every file is formatted', async () => {
        const root = workspace({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': cleanPlan() });
        const run = await runInProcess(['fmt', '--check'], { cwd: root });
        expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('lists the unformatted files by relative path, exits 1 and changes nothing', async () => {
        const root = workspace({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': MESSY_PLAN, 'plans/b.pop': 'people {  }\n' });
        const before = snapshotFiles(root);
        const run = await runInProcess(['fmt', '--check'], { cwd: root });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('plans/anna-2026.pop\nplans/b.pop\n');
        expect(run.stderr).toBe("leerplan: 2 of 3 files are not formatted; run 'leerplan fmt' to format them\n");
        expect(snapshotFiles(root)).toEqual(before);
    });

    it('reports a file that does not parse with its position, never its text, and exits 1', async () => {
        const root = workspace({ 'organisation.pop': ORGANISATION, 'plans/piet-2026.pop': BROKEN_PLAN });
        const before = snapshotFiles(root);
        const run = await runInProcess(['fmt', '--check'], { cwd: root });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^leerplan: plans\/piet-2026\.pop:3:3: not formatted: the file does not parse \(see 'leerplan check plans\/piet-2026\.pop'\)\n/);
        expect(run.stderr).toContain('leerplan: 1 file could not be formatted\n');
        expect(run.stderr).not.toContain('Secret');
        expect(snapshotFiles(root)).toEqual(before);
    });

    it('honours .gitignore when searching folders, and takes a file named on the command line as it is', async () => {
        const root = workspace({ '.gitignore': 'ignored/\n', 'ignored/x.pop': 'people {  }', 'plans/ok.pop': 'people {}\n', 'plans/y.pop': 'people {  }' });
        const folder = await runInProcess(['fmt', '--check', '.'], { cwd: root });
        expect(folder.stdout).toBe('plans/y.pop\n');
        const named = await runInProcess(['fmt', '--check', 'ignored/x.pop', 'plans/ok.pop'], { cwd: root });
        expect(named).toMatchObject({ code: 1, stdout: 'ignored/x.pop\n' });
    });

    it('says in Dutch what is wrong with --lang nl or a Dutch leerplan.json', async () => {
        const root = workspace({ 'leerplan.json': '{ "language": "nl" }', 'a.pop': 'people {  }' });
        const run = await runInProcess(['fmt', '--check'], { cwd: root });
        expect(run.stderr).toBe("leerplan: 1 van 1 bestand is niet opgemaakt; 'leerplan fmt' maakt het op\n");
        const english = await runInProcess(['fmt', '--check', '--lang', 'en'], { cwd: root });
        expect(english.stderr).toContain('1 of 1 file is not formatted');
    });
});

describe('leerplan fmt', () => {
    it('formats files in place, lists the ones it changed, and the result checks as formatted', async () => {
        const root = workspace({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': MESSY_PLAN });
        const run = await runInProcess(['fmt'], { cwd: root });
        expect(run).toEqual({ code: 0, stdout: 'plans/anna-2026.pop\n', stderr: 'leerplan: formatted 1 of 2 files\n' });
        expect(readFileSync(join(root, 'plans/anna-2026.pop'), 'utf8')).toBe(cleanPlan());
        expect(await runInProcess(['fmt', '--check'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('writes only the files that change', async () => {
        const root = workspace({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': MESSY_PLAN });
        const organisation = join(root, 'organisation.pop');
        utimesSync(organisation, new Date(2000, 0, 1), new Date(2000, 0, 1));
        const mtime = statSync(organisation).mtimeMs;
        await runInProcess(['fmt', '.'], { cwd: root });
        expect(statSync(organisation).mtimeMs).toBe(mtime);
        expect(readFileSync(organisation, 'utf8')).toBe(ORGANISATION);
    });

    it('keeps CRLF line ends, a byte-order mark and the file permissions', async () => {
        const root = workspace({ 'a.pop': '\uFEFFpeople {\r\n  person a "A"\r\n}' });
        const path = join(root, 'a.pop');
        const { chmodSync } = await import('node:fs');
        chmodSync(path, 0o640);
        const run = await runInProcess(['fmt', 'a.pop'], { cwd: root });
        expect(run.code).toBe(0);
        expect(readFileSync(path)).toEqual(Buffer.from('\uFEFFpeople {\r\n    person a "A"\r\n}\r\n', 'utf8'));
        expect(statSync(path).mode & 0o777).toBe(0o640);
    });

    it('leaves a file that does not parse untouched, formats the others, and exits 1', async () => {
        const root = workspace({ 'a.pop': 'people {  }', 'b.pop': BROKEN_PLAN });
        const run = await runInProcess(['fmt'], { cwd: root });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('a.pop\n');
        expect(run.stderr).toContain("leerplan: b.pop:3:3: not formatted: the file does not parse (see 'leerplan check b.pop')\n");
        expect(readFileSync(join(root, 'b.pop'), 'utf8')).toBe(BROKEN_PLAN);
        expect(readFileSync(join(root, 'a.pop'), 'utf8')).toBe('people {}\n');
    });

    it('leaves a file too large to be a plan alone', async () => {
        const huge = 'people {\n' + '    person p "P"\n'.repeat(60_000) + '}\n';
        const root = workspace({ 'huge.pop': huge.replace(/ {4}/g, '  ') });
        const run = await runInProcess(['fmt'], { cwd: root });
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('leerplan: huge.pop: not formatted: too large to be a plan (over 2 MB or 50,000 lines)\n');
        expect(readFileSync(join(root, 'huge.pop'), 'utf8')).toBe(huge.replace(/ {4}/g, '  '));
    });

    it('refuses a file that is not valid UTF-8 instead of rewriting its bytes', async () => {
        const bytes = Buffer.concat([Buffer.from('people {  person a "A'), Buffer.from([0xff, 0xfe]), Buffer.from('" }')]);
        const root = workspace({ 'a.pop': bytes });
        const run = await runInProcess(['fmt'], { cwd: root });
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('leerplan: a.pop: not formatted: not valid UTF-8\n');
        const dutch = await runInProcess(['fmt', '--lang', 'nl'], { cwd: root });
        expect(dutch.code).toBe(1);
        expect(dutch.stderr).toContain('leerplan: a.pop: niet opgemaakt: geen geldige UTF-8\n');
        expect(readFileSync(join(root, 'a.pop'))).toEqual(bytes);
    });

    it('exits 2 with a clear message for a path that does not exist or a bad option', async () => {
        const root = workspace({ 'a.pop': 'people {}\n' });
        expect(await runInProcess(['fmt', 'nowhere'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: "leerplan: cannot read 'nowhere': no such file or folder\n",
        });
        expect(await runInProcess(['fmt', 'nowhere', '--lang', 'nl'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: "leerplan: kan 'nowhere' niet lezen: bestaat niet\n",
        });
        const bad = await runInProcess(['fmt', '--chek'], { cwd: root });
        expect(bad.code).toBe(2);
        expect(bad.stderr).toBe("leerplan: unknown option '--chek'\n");
    });

    it('exits 2 when the folder holds no .pop file at all (a wrong folder, most likely)', async () => {
        const root = workspace({});
        expect(await runInProcess(['fmt', '--check'], { cwd: root })).toEqual({
            code: 2, stdout: '', stderr: "leerplan: no .pop files in '.': name a folder or file with plans, or run 'leerplan init'\n",
        });
    });
});

describe('the bundled leerplan fmt, as a real process', () => {
    it('formats, then --check passes; a messy file fails --check with exit 1', () => {
        const root = workspace({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': MESSY_PLAN });
        const check = runBundled(['fmt', '--check'], { cwd: root });
        expect(check).toMatchObject({ code: 1, stdout: 'plans/anna-2026.pop\n' });
        expect(runBundled(['fmt'], { cwd: root })).toMatchObject({ code: 0, stdout: 'plans/anna-2026.pop\n' });
        expect(runBundled(['fmt', '--check'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        writeFileSync(join(root, 'plans/anna-2026.pop'), MESSY_PLAN);
        expect(runBundled(['check'], { cwd: root }).code).toBe(0);
    });
});
