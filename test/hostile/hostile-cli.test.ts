import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
    BUNDLED_CLI, HOSTILE_TEST_TIMEOUT_MS, CYCLE, longChains, makeFifo, makeRoot, NOBODY, ORGANISATION, PLAN, removeRoot, runCli, RUNNING_AS_ROOT,
    writeFile, writeHostileFolder, writeSymlinkLoops,
} from './hostile-files.js';
import { expectClean } from './hostile-run.js';

/**
 * The bundled `leerplan check` (out/cli.cjs, a real process) on hostile files. Each
 * hostile file sits in a folder beside a normal organisation and plan. Every run must
 * end (a hung run is killed after CLI_HANG_GUARD_MS and fails the test), exit 1 (the
 * hostile file is an error) or 2 (a path that cannot be used), name the file in a clear
 * diagnostic or message, never print a stack trace, and still check the normal files
 * beside it. `hostile-exports.test.ts` runs fmt, summary and the other formats on the
 * same folders; `npm run bench` measures how long they take.
 */
vi.setConfig({ testTimeout: HOSTILE_TEST_TIMEOUT_MS });

let root: string;

/** The JSON report of `check --format json` on a folder, after the common assertions. */
function checkJson(path: string): { files: number; diagnostics: Array<{ file: string; line: number; code: string; message: string; severity: string }> } {
    const run = runCli(['check', path, '--format', 'json'], root);
    expectClean(run, [1]);
    return JSON.parse(run.stdout);
}

beforeAll(() => {
    if (!existsSync(BUNDLED_CLI)) throw new Error(`${BUNDLED_CLI} is missing: run 'node_modules/.bin/node scripts/build.mjs' first`);
    root = makeRoot('leerplan-hostile-');
});

afterAll(() => removeRoot(root));

describe('hostile files: leerplan check ends with a clear diagnostic, exit 1, no stack trace', () => {
    const tooLarge = (folder: 'ten-mb' | 'lines', file: string) => () => {
        const report = checkJson(writeHostileFolder(root, folder));
        expect(report.files).toBe(3);
        const own = report.diagnostics.filter(d => d.file.endsWith(file));
        expect(own).toEqual([expect.objectContaining({ line: 1, code: 'parse-error', severity: 'error', message: expect.stringContaining('too large') })]);
        // The normal files beside it are still checked (and are clean).
        expect(report.diagnostics.filter(d => d.severity === 'error' && !d.file.endsWith(file))).toEqual([]);
    };

    it('a 10 MB file: one parse-error "too large"', tooLarge('ten-mb', 'ten-mb.pop'));
    it('a file of 200,000 lines: one parse-error "too large"', tooLarge('lines', 'lines.pop'));

    it('one line of 1 MB (not a plan, or an unterminated quote): parse errors at their place, the words never echoed', () => {
        const report = checkJson(writeHostileFolder(root, 'long-line'));
        expect(report.files).toBe(4);
        const tokens = report.diagnostics.filter(d => d.file.endsWith('tokens.pop'));
        const quote = report.diagnostics.filter(d => d.file.endsWith('quote.pop'));
        expect(tokens.length).toBeGreaterThan(0);
        expect(tokens.every(d => d.code === 'parse-error')).toBe(true);
        expect(quote.length).toBeGreaterThan(0);
        expect(quote.every(d => d.code === 'parse-error' && !d.message.includes('word'))).toBe(true);
    });

    it('2 MB of one syntax error after another, and 2 MB of quotes that never close: the first errors, at their place', () => {
        const report = checkJson(writeHostileFolder(root, 'errors'));
        const quotes = report.diagnostics.filter(d => d.file.endsWith('quotes.pop'));
        expect(quotes.length).toBeGreaterThan(0);
        expect(quotes.every(d => d.code === 'parse-error')).toBe(true);
        const own = report.diagnostics.filter(d => d.file.endsWith('errors.pop'));
        expect(own.length).toBeGreaterThan(0);
        expect(own.length).toBeLessThanOrEqual(100);
        expect(own.every(d => d.code === 'parse-error' && d.line === 1)).toBe(true);
    });

    it('NUL bytes and bytes that are not UTF-8: a parse-error that says what the character is', () => {
        const report = checkJson(writeHostileFolder(root, 'nul'));
        const own = report.diagnostics.filter(d => d.file.endsWith('nul.pop'));
        expect(own.length).toBeGreaterThan(0);
        expect(own.every(d => d.code === 'parse-error')).toBe(true);
        expect(own.some(d => /U\+(0000|FFFD)/.test(d.message))).toBe(true);
    });

    it('a binary file named .pop: parse errors, and the normal files beside it are still checked', () => {
        const report = checkJson(writeHostileFolder(root, 'binary'));
        expect(report.files).toBe(3);
        const own = report.diagnostics.filter(d => d.file.endsWith('image.pop'));
        expect(own.length).toBeGreaterThan(0);
        expect(own.every(d => d.code === 'parse-error')).toBe(true);
    });

    it('5,000 declarations of the same id: duplicate-id errors', () => {
        const report = checkJson(writeHostileFolder(root, 'ids'));
        const own = report.diagnostics.filter(d => d.file.endsWith('ids.pop'));
        expect(own.length).toBeGreaterThan(0);
        expect(new Set(own.map(d => d.code))).toEqual(new Set(['duplicate-id']));
    });
});

describe('hostile structure: reference cycles end, links are followed once', () => {
    it('a ring of ambitions and an ambition that supports itself: check and summary end, and the goal hanging on the ring is checked', () => {
        writeFile(root, 'cycle/ring.pop', CYCLE);
        const run = runCli(['check', 'cycle', '--format', 'json'], root);
        expectClean(run, [0, 1]);
        const report = JSON.parse(run.stdout) as { files: number; diagnostics: Array<{ code: string }> };
        expect(report.files).toBe(1);
        expect(report.diagnostics.filter(d => d.code === 'parse-error' || d.code === 'link-error')).toEqual([]);
        for (const format of ['html', 'md', 'json']) {
            const summary = runCli(['summary', 'cycle', '--format', format], root);
            expectClean(summary, [0]);
            expect(summary.stdout).toContain('Round and round');
        }
    });

    it('chains of 5,000 ambitions and a ring of 5,000 team goals: check ends without overflowing the stack (summaries: hostile-exports)', () => {
        writeFile(root, 'chains/chains.pop', longChains(5000));
        const run = runCli(['check', 'chains', '--format', 'json'], root);
        expectClean(run, [0, 1]);
        const report = JSON.parse(run.stdout) as { diagnostics: Array<{ code: string; message: string }> };
        expect(report.diagnostics.filter(d => /error occurred|RangeError|call stack/i.test(d.message))).toEqual([]);
    });

    it('symbolic-link loops in a folder: each real file is checked once, loops and dangling links are skipped', () => {
        writeSymlinkLoops(root);
        const run = runCli(['check', 'loops', '--format', 'json'], root);
        expectClean(run, [0, 1]);
        const report = JSON.parse(run.stdout) as { files: number; diagnostics: Array<{ file: string }> };
        expect(report.files).toBe(2);
        expect(new Set(report.diagnostics.map(d => d.file)).size).toBeLessThanOrEqual(2);
    });

    it('a link loop named on the command line: exit 2 with one line naming it', () => {
        const run = runCli(['check', 'loops/a.pop'], root);
        expectClean(run, [2]);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/loops\/a\.pop.*a loop of symbolic links/);
    });
});

describe('hostile paths: exit 2 with one clear line, never a hang', () => {
    it('a path that does not exist', () => {
        const run = runCli(['check', 'no/such/folder'], root);
        expectClean(run, [2]);
        expect(run.stderr).toMatch(/^leerplan: .*no\/such\/folder.*no such file or folder/);
        const summary = runCli(['summary', 'missing.pop'], root);
        expectClean(summary, [2]);
        expect(summary.stderr).toContain('missing.pop');
    });

    it('a FIFO named x.pop: named, it is refused; inside a folder it is skipped (reading it would block for ever)', () => {
        writeFile(root, 'fifo/organisation.pop', ORGANISATION);
        writeFile(root, 'fifo/anna-2026.pop', PLAN);
        if (!makeFifo(join(root, 'fifo', 'x.pop'))) throw new Error('mkfifo is not available on this machine');
        const named = runCli(['check', 'fifo/x.pop'], root);
        expectClean(named, [2]);
        expect(named.stderr).toMatch(/fifo\/x\.pop.*not a file or folder/);
        const dutch = runCli(['check', 'fifo/x.pop', '--lang', 'nl'], root);
        expectClean(dutch, [2]);
        expect(dutch.stderr).toMatch(/fifo\/x\.pop.*een FIFO, geen bestand of map: het wordt nooit gelezen/);
        const folder = runCli(['check', 'fifo', '--format', 'json'], root);
        expectClean(folder, [0, 1]);
        expect(JSON.parse(folder.stdout).files).toBe(2);
    });

    it('a folder named x.pop is searched as a folder, not read as a file', () => {
        writeFile(root, 'dir/x.pop/anna-2026.pop', PLAN);
        writeFile(root, 'dir/organisation.pop', ORGANISATION);
        const run = runCli(['check', 'dir', '--format', 'json'], root);
        expectClean(run, [0, 1]);
        expect(JSON.parse(run.stdout).files).toBe(2);
    });

    it('an unreadable file: exit 2 and "permission denied" (as root, run as user nobody, for whom chmod 000 holds)', () => {
        writeFile(root, 'unreadable/organisation.pop', ORGANISATION);
        writeFile(root, 'unreadable/anna-2026.pop', PLAN);
        const folder = 'unreadable';
        const secret = writeFile(root, 'unreadable/secret.pop', PLAN.replace('anna-2026', 'secret-2026'));
        chmodSync(secret, 0o000);
        const run = runCli(['check', 'unreadable/secret.pop'], root, RUNNING_AS_ROOT ? { uid: NOBODY } : {});
        expectClean(run, [2]);
        expect(run.stderr).toMatch(/unreadable\/secret\.pop.*permission denied/);
        const whole = runCli(['check', folder], root, RUNNING_AS_ROOT ? { uid: NOBODY } : {});
        expectClean(whole, [2]);
        expect(whole.stderr).toMatch(/secret\.pop.*permission denied/);
    });
});
