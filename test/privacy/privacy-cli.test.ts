import { appendFileSync, cpSync, existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CLI, NODE_BIN, runBundled, runInProcess, type CliRun } from '../cli/cli-harness.js';
import { canariesIn, EXAMPLES_DIR, examplePrivateSentences, PRIVACY_FILES, removeWorkspace, writePrivacyWorkspace } from './privacy-fixture.js';
import { encodings } from '../fuzz/private-texts.js';
import { commitAll, git } from '../helpers/git-repo.js';
import { readPlanFilesHistory } from '../../node/src/git-history.js';

/**
 * Private text never reaches an output of the `leerplan` command: `check` in every
 * format and both languages (the private files checked too, and named one by one),
 * `summary` of every view (all, each plan, the team, the coach) in HTML, Markdown and
 * JSON and both languages (with the follow-through from Git history of a committed
 * workspace whose private files have history too), and `fmt`'s messages. The fixture's private sentences hold
 * made-up words, so one leaked word is found; the example workspace is searched for
 * Noor's private reflections.
 */
const FORMATS = ['pretty', 'json', 'sarif', 'github'];
const LANGS = ['en', 'nl'];
const PRIVATE_FILES = Object.keys(PRIVACY_FILES).filter(f => f.endsWith('.private.pop'));
const VIEWS = [[], ['--plan', 'anna-2026'], ['--plan', 'piet-2026'], ['--plan', 'lisa-2026'], ['--plan', 'broken-2026'], ['--plan', 'misspelt-2026'], ['--team', 'ward'], ['--coach', 'mark']];

let root: string;
let runs = 0;

beforeAll(() => {
    root = writePrivacyWorkspace();
});
afterAll(() => {
    removeWorkspace(root);
    console.log(`[privacy] ${runs} CLI runs searched for private text`);
});

function output(run: CliRun): string {
    runs++;
    return run.stdout + '\n' + run.stderr;
}

describe('privacy: leerplan check', () => {
    it.each(FORMATS)('prints no private word with --format %s in either language, on the folder and on each private file named', async format => {
        const leaks: string[] = [];
        for (const lang of LANGS) {
            for (const target of [['.'], ['plans'], PRIVATE_FILES, ...PRIVATE_FILES.map(f => [f])]) {
                const run = await runInProcess(['check', ...target, '--format', format, '--lang', lang], { cwd: root });
                expect([0, 1]).toContain(run.code);
                leaks.push(...canariesIn(output(run)).map(l => `check ${target.join(' ')} --format ${format} --lang ${lang}: ${l}`));
            }
        }
        expect(leaks).toEqual([]);
    });

    it('check --fix prints no private word, and moves private text only into its owner\'s private file', async () => {
        const copy = writePrivacyWorkspace();
        try {
            const leaks: string[] = [];
            for (const lang of LANGS) {
                const run = await runInProcess(['check', '--fix', '--format', 'json', '--lang', lang], { cwd: copy });
                leaks.push(...canariesIn(output(run)).map(l => `check --fix --lang ${lang}: ${l}`));
            }
            expect(leaks).toEqual([]);
            // Outside a Git repository nothing is shared, so nothing private needed moving: every private
            // sentence is still in the file it was in (keywords may have been translated around it).
            for (const [file, text] of Object.entries(PRIVACY_FILES)) {
                expect(canariesIn(readFileSync(join(copy, file), 'utf8')).length, file).toBe(canariesIn(text).length);
            }
        } finally {
            removeWorkspace(copy);
        }
    });

    it('writes no private word into a report file (-o), nor when a private file comes on standard input (--stdin)', async () => {
        const out = mkdtempSync(join(tmpdir(), 'leerplan-privacy-report-'));
        try {
            const leaks: string[] = [];
            for (const format of FORMATS) {
                const file = join(out, `report.${format}`);
                const run = await runInProcess(['check', '.', ...PRIVATE_FILES, '-f', format, '-o', file], { cwd: root });
                expect([0, 1]).toContain(run.code);
                leaks.push(...canariesIn(output(run) + readFileSync(file, 'utf8')).map(l => `check -o --format ${format}: ${l}`));
            }
            for (const file of PRIVATE_FILES) {
                const stdin = readFileSync(join(root, file), 'utf8');
                for (const command of [['check', '-f', 'json'], ['fmt', '--check']]) {
                    const run = await runInProcess([...command, '--stdin', '--stdin-filename', file], { cwd: root, stdin });
                    leaks.push(...canariesIn(output(run)).map(l => `${command.join(' ')} --stdin ${file}: ${l}`));
                }
            }
            expect(leaks).toEqual([]);
        } finally {
            rmSync(out, { recursive: true, force: true });
        }
    });

    it('the private files with syntax errors do get their parse errors (so the search above saw real messages)', async () => {
        const run = await runInProcess(['check', 'plans/broken-unterminated.private.pop', 'plans/broken-unquoted.private.pop', 'plans/broken-public.pop', '--format', 'json'], { cwd: root });
        const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; code: string }> };
        for (const file of ['plans/broken-unterminated.private.pop', 'plans/broken-unquoted.private.pop', 'plans/broken-public.pop']) {
            expect(report.diagnostics.filter(d => d.file === file).map(d => d.code)).toContain('parse-error');
        }
    });
});

describe('privacy: leerplan summary', () => {
    it.each(VIEWS.map(view => [view.join(' ') || '(everything)', view]))('no private word in the view %s, in any format or language', async (_, view) => {
        const leaks: string[] = [];
        for (const format of ['html', 'md', 'json']) {
            for (const lang of LANGS) {
                for (const target of [['.'], ['plans', 'organisation.pop']]) {
                    const run = await runInProcess(['summary', ...target, ...view, '--format', format, '--lang', lang], { cwd: root });
                    expect(run.code, run.stderr).toBe(0);
                    expect(run.stdout.length).toBeGreaterThan(100);
                    leaks.push(...canariesIn(output(run)).map(l => `summary ${view.join(' ')} --format ${format} --lang ${lang}: ${l}`));
                    // Not even a problem located in a private file, or its name.
                    if (run.stdout.includes('.private.pop')) leaks.push(`summary ${view.join(' ')} --format ${format} --lang ${lang}: names a private file`);
                }
            }
        }
        expect(leaks).toEqual([]);
    });

    it('the public reflection is in the plan summary (the views above are not empty)', async () => {
        const run = await runInProcess(['summary', '.', '--plan', 'anna-2026', '--format', 'json'], { cwd: root });
        expect(run.stdout).toContain('anna-2026');
        expect(canariesIn(run.stdout)).toEqual([]);
    });

    it('the shared assessment is in the baselines, and not one of the private file (its dates, scores and notes)', async () => {
        for (const args of [['summary', '.', '--format', 'json'], ['summary', '.', '--team', 'ward', '--format', 'json']]) {
            const run = await runInProcess(args, { cwd: root });
            const model = JSON.parse(run.stdout);
            const baselines = [model.organisation?.baseline, ...model.teams.map((t: { baseline: unknown }) => t.baseline)].filter(Boolean);
            expect(baselines.flatMap((b: { assessments: Array<{ date: string }> }) => b.assessments.map(a => a.date))).toEqual(['2026-03-01']);
            expect(run.stdout).toContain('Shared assessment note of the ward.');
            expect(run.stdout).not.toContain('2026-05-20');
            expect(run.stdout).not.toContain('2026-05-21');
            expect(canariesIn(run.stdout)).toEqual([]);
        }
    });

    it('no private word in a file written with --out', async () => {
        const out = mkdtempSync(join(tmpdir(), 'leerplan-privacy-out-'));
        try {
            for (const format of ['html', 'md', 'json']) {
                const file = join(out, `summary.${format}`);
                const run = await runInProcess(['summary', '.', '--plan', 'anna-2026', '--format', format, '--out', file], { cwd: root });
                expect(run.code).toBe(0);
                expect(canariesIn(output(run) + readFileSync(file, 'utf8'))).toEqual([]);
            }
        } finally {
            rmSync(out, { recursive: true, force: true });
        }
    });
});

describe('privacy: follow-through from Git history in the summary', () => {
    it('reads no private file from Git and shows no private word, in any view, format or language', async () => {
        const ws = writePrivacyWorkspace();
        try {
            git(ws, ['init', '-q']);
            commitAll(ws, '2026-02-01');
            // Private files change in later commits and on disk: their history is never read either.
            for (const file of PRIVATE_FILES) appendFileSync(join(ws, file), '\n// PRIVATE-CANARY-HISTORY quokkahistory\n');
            commitAll(ws, '2026-03-20');
            for (const file of PRIVATE_FILES) appendFileSync(join(ws, file), '\n// PRIVATE-CANARY-UNCOMMITTED quokkauncommitted\n');
            const leaks: string[] = [];
            for (const view of [[], ['--plan', 'anna-2026'], ['--team', 'ward'], ['--coach', 'mark']]) {
                for (const format of ['html', 'md', 'json']) {
                    for (const lang of LANGS) {
                        const run = await runInProcess(['summary', ...view, '--since', '2026-01-01', '--format', format, '--lang', lang], { cwd: ws });
                        expect(run.code, run.stderr).toBe(0);
                        leaks.push(...canariesIn(output(run)).map(l => `summary ${view.join(' ')} --format ${format} --lang ${lang}: ${l}`));
                        if (run.stdout.includes('.private.pop')) leaks.push(`summary ${view.join(' ')} --format ${format} --lang ${lang}: names a private file`);
                    }
                }
            }
            expect(leaks).toEqual([]);
            // The follow-through is real: anna's plan, committed once; her private records close none of her asks in an export.
            const model = JSON.parse((await runInProcess(['summary', '--plan', 'anna-2026', '--since', '2026-01-01', '--format', 'json'], { cwd: ws })).stdout);
            expect(model.followThrough).toEqual({ since: '2026-01-01', history: 'ok' });
            expect(model.plans[0].followThrough.lastChange.date).toBe('2026-02-01');
            expect(model.plans[0].followThrough.uncommitted).toBe(false);
            // What the history reader returns of private files: nothing, not even when it is asked about them.
            const files = [...PRIVATE_FILES, 'plans/anna-2026.pop'].map(file => join(ws, file));
            const history = await readPlanFilesHistory(ws, files, '2026-03-01');
            expect([...history.commits.keys()]).toEqual([join(ws, 'plans/anna-2026.pop')]);
            expect([...history.uncommitted].filter(path => path.endsWith('.private.pop'))).toEqual([]);
            expect([...history.doneBefore.keys()]).toEqual([join(ws, 'plans/anna-2026.pop')]);
        } finally {
            removeWorkspace(ws);
        }
    });
});

describe('privacy: leerplan calendar', () => {
    // Folding could cut a word in two and escaping could put a backslash in it: search the unfolded, unescaped text too.
    const readable = (ics: string) => ics.replace(/\r\n[ \t]/g, '').replace(/\\([\\;,])/g, '$1').replace(/\\n/gi, '\n');

    it.each([[], ['--person', 'anna'], ['--person', 'piet'], ['--person', 'lisa'], ['--person', 'mark'], ['--team', 'ward']].map(view => [view.join(' ') || '(everything)', view]))(
        'no private word in the calendar %s, in either language, on standard output or in --out',
        async (_, view) => {
            const out = mkdtempSync(join(tmpdir(), 'leerplan-privacy-ics-'));
            try {
                const leaks: string[] = [];
                for (const lang of LANGS) {
                    for (const target of [['.'], ['plans', 'organisation.pop']]) {
                        const run = await runInProcess(['calendar', ...target, ...view, '--lang', lang], { cwd: root });
                        expect(run.code, run.stderr).toBe(0);
                        expect(run.stdout).toContain('BEGIN:VEVENT');
                        leaks.push(...canariesIn(output(run) + readable(run.stdout)).map(l => `calendar ${view.join(' ')} --lang ${lang}: ${l}`));
                        if (run.stdout.includes('.private.pop')) leaks.push(`calendar ${view.join(' ')} --lang ${lang}: names a private file`);
                    }
                    const file = join(out, `${lang}.ics`);
                    const written = await runInProcess(['calendar', '.', ...view, '--lang', lang, '--out', file], { cwd: root });
                    expect(written.code, written.stderr).toBe(0);
                    leaks.push(...canariesIn(output(written) + readable(readFileSync(file, 'utf8'))).map(l => `calendar --out ${view.join(' ')} --lang ${lang}: ${l}`));
                }
                expect(leaks).toEqual([]);
            } finally {
                rmSync(out, { recursive: true, force: true });
            }
        },
    );

    it('holds the shared moments of anna\'s plan (the search above read real calendars), and no person declared only in a private file', async () => {
        const run = await runInProcess(['calendar', '.', '--person', 'anna'], { cwd: root });
        expect(readable(run.stdout)).toContain('Public reflection of anna.');
        expect(readable(run.stdout)).toContain('Did the handover improve?');
        const hidden = await runInProcess(['calendar', '.', '--person', 'quokkanineteen'], { cwd: root });
        expect([hidden.code, hidden.stdout]).toEqual([2, '']);
        expect(hidden.stderr).toContain('(--person)');
    });
});

describe('privacy: leerplan fmt', () => {
    it('fmt --check and fmt name files, never their private text', async () => {
        const copy = mkdtempSync(join(tmpdir(), 'leerplan-privacy-fmt-'));
        try {
            cpSync(root, copy, { recursive: true });
            for (const lang of LANGS) {
                const check = await runInProcess(['fmt', '--check', '.', '--lang', lang], { cwd: copy });
                expect([0, 1]).toContain(check.code);
                expect(canariesIn(output(check))).toEqual([]);
            }
            const write = await runInProcess(['fmt', '.'], { cwd: copy });
            expect([0, 1]).toContain(write.code);
            // The files that do not parse were named, and left alone.
            expect(write.stderr).toContain('broken-unterminated.private.pop');
            expect(canariesIn(output(write))).toEqual([]);
        } finally {
            rmSync(copy, { recursive: true, force: true });
        }
    });
});

describe('privacy: the bundled command as a real process', () => {
    it('check, summary and calendar print no private word (stdout and stderr of the process)', () => {
        if (!existsSync(BUNDLED_CLI) || !existsSync(NODE_BIN)) throw new Error('bundle the CLI first: node_modules/.bin/node scripts/build.mjs');
        const leaks: string[] = [];
        for (const argv of [['check', '.'], ['check', ...PRIVATE_FILES, '--format', 'json'], ['summary', '.', '--format', 'md'], ['summary', '.', '--team', 'ward', '--format', 'html', '--lang', 'nl'], ['calendar', '.', '--person', 'anna', '--lang', 'nl']]) {
            const run = runBundled(argv, { cwd: root, env: { LANG: 'C', LEERPLAN_DEBUG: '1' } });
            leaks.push(...canariesIn(output(run)).map(l => `${argv.join(' ')}: ${l}`));
        }
        expect(leaks).toEqual([]);
    });
});

describe('privacy: the example workspace', () => {
    const sentences = examplePrivateSentences();

    it('has private sentences to look for', () => {
        expect(sentences.length).toBeGreaterThanOrEqual(2);
    });

    it.each(LANGS)('no output of check, summary (every view and format), calendar or fmt --check in language %s holds one of them', async lang => {
        const leaks: string[] = [];
        const search = (what: string, run: CliRun) => {
            const text = output(run);
            for (const s of sentences) if (encodings(s).some(e => text.includes(e))) leaks.push(`${what}: ${s}`);
            // A distinctive fragment too: a sentence cut short or wrapped must not slip through.
            for (const s of sentences) if (text.includes(s.slice(0, 24))) leaks.push(`${what}: starts like ${s}`);
        };
        const privateFile = 'plans/noor-2026.private.pop';
        for (const format of FORMATS) {
            search(`check ${format} ${lang}`, await runInProcess(['check', '.', privateFile, '--format', format, '--lang', lang], { cwd: EXAMPLES_DIR }));
        }
        for (const view of [[], ['--plan', 'noor-2026'], ['--team', 'exact'], ['--team', 'onderbouw'], ['--coach', 'joost'], ['--coach', 'lisa']]) {
            for (const format of ['html', 'md', 'json']) {
                for (const target of [['.'], ['.', privateFile]]) {
                    search(`summary ${target.join(' ')} ${view.join(' ')} ${format} ${lang}`, await runInProcess(['summary', ...target, ...view, '--format', format, '--lang', lang], { cwd: EXAMPLES_DIR }));
                }
            }
        }
        search(`fmt --check ${lang}`, await runInProcess(['fmt', '--check', '.', privateFile, '--lang', lang], { cwd: EXAMPLES_DIR }));
        for (const view of [[], ['--person', 'noor'], ['--team', 'exact']]) {
            const run = await runInProcess(['calendar', '.', privateFile, ...view, '--lang', lang], { cwd: EXAMPLES_DIR });
            search(`calendar ${view.join(' ')} ${lang}`, { ...run, stdout: run.stdout + run.stdout.replace(/\r\n[ \t]/g, '').replace(/\\([\\;,])/g, '$1') });
        }
        expect(leaks).toEqual([]);
    });
});
