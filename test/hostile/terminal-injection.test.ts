import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRoot, removeRoot, runCli, writeFile } from './hostile-files.js';

/**
 * A hostile repository must not be able to write to the terminal of the person (or
 * the log of the CI job) running `leerplan`: file names and `leerplan.json` keys
 * holding escape sequences, bell, newlines that would forge a diagnostic line, and
 * bidi overrides are printed escaped (`\u001b`), in every format and command.
 */
const EVIL_NAME = 'evil\u001b[31mRED\u001b]0;title\u0007\nforged.pop:1:1  error  parse-error  forged line\n\u202Egnp.pop';
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let root: string;

beforeAll(() => {
    root = makeRoot('leerplan-terminal-');
    writeFile(root, 'ws/leerplan.json', JSON.stringify({ today: '2026-06-15' }));
    // A plan with problems (so the file is named in the output) and one that is not formatted (so fmt names it).
    writeFile(root, `ws/${EVIL_NAME}`, 'plan p for nobody {\ncoach   nobody }\n');
    writeFile(root, 'cfg/leerplan.json', '{"\\u001b[31mred\\u001b]0;t\\u0007\\nforged: 1 error": 1, "today": "2026-06-15"}');
    writeFile(root, 'cfg/organisation.pop', 'people { person x "X" }\n');
});

afterAll(() => removeRoot(root));

/** Lines of output that hold a control or bidi character, or that look like a forged diagnostic. */
function unsafeLines(text: string): string[] {
    return text.split('\n').filter(line => CONTROL.test(line) || /^forged/.test(line));
}

describe('no terminal injection through file names or configuration keys', () => {
    it('check (pretty, github), fmt and summary print a hostile file name escaped', () => {
        const runs = [
            runCli(['check', 'ws'], root), runCli(['check', 'ws', '--format', 'github'], root), runCli(['check', 'ws', '--lang', 'nl'], root),
            runCli(['fmt', '--check', 'ws'], root), runCli(['summary', 'ws', '--format', 'md'], root),
        ];
        for (const run of runs) {
            expect(run.signal).toBeNull();
            expect(unsafeLines(run.stdout)).toEqual([]);
            expect(unsafeLines(run.stderr)).toEqual([]);
        }
        // The file is still named, recognisably.
        expect(runs[0].stdout).toContain('evil\\u001b[31mRED');
        expect(runs[0].code).toBe(1);
    });

    it('a leerplan.json key with escape sequences is quoted as JSON in the error', () => {
        const run = runCli(['check', 'cfg'], root);
        expect(run.code).toBe(2);
        expect(unsafeLines(run.stderr)).toEqual([]);
        expect(run.stderr).toContain('"\\u001b[31mred');
    });
});
