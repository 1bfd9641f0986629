import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkWorkspace } from '../helpers/check.js';
import type { LeerplanSettings } from '../../language/src/config/settings.js';
import type { FileHistory, GitView } from '../../language/src/workspace/git-view.js';

/**
 * The data-driven rule fixtures under `test/fixtures/rules/` (see the README there).
 *
 * A rule is a folder named after its code with a `trigger/` and a `silent/` folder of
 * cases. A case is one `.pop` file, or a folder of `.pop` files checked together as one
 * workspace. Expectations are comments in the fixtures themselves, so a fixture shows
 * what it tests where it tests it:
 *
 *     goal g "G" {
 *     //   ^ goal-without-vision
 *
 * marks the columns above the carets on the nearest line that is not an expectation;
 * `// expect: parse-error 3:5-3:5` gives a range in editor terms (1-based line and
 * column, end exclusive), for ranges carets cannot draw (column 1, zero width).
 * Directives, anywhere in a file of the case:
 * `// settings: {"today": "2027-01-01"}` merges into the settings for the whole case;
 * `// git: shared` / `// git: ignored` is what the fake Git view says of that file;
 * `// history: 2025-10-01` is the day of the last commit of that file in the fake Git
 * history (`plan-stale`), `// history: 2025-10-01 uncommitted` adds changes not committed yet,
 * `// history: never` a file no commit has; without one, the fake view reads no history;
 * `// shared: none` leaves out the shared organisation (`_shared/*.pop`).
 */

export const RULE_FIXTURES_DIR = join(__dirname, '..', 'fixtures', 'rules');
const SHARED_DIR = join(RULE_FIXTURES_DIR, '_shared');

/** One expected diagnostic: its code and its range as `line:col-line:col` (0-based, like LSP). */
export interface Expectation {
    file: string;
    code: string;
    range: string;
}

export interface RuleCase {
    /** `trigger/name` or `silent/name`, for test titles. */
    title: string;
    kind: 'trigger' | 'silent';
    files: Record<string, string>;
    expectations: Expectation[];
    settings: Partial<LeerplanSettings>;
    git: Record<string, boolean>;
    history: Record<string, FileHistory>;
}

const CARET_LINE = /^(\s*\/\/\s*)(\^+)\s+([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)\s*$/;
const EXPECT_LINE = /^\s*\/\/\s*expect:\s*([a-z][a-z-]*)\s+(\d+):(\d+)-(\d+):(\d+)\s*$/;
const SETTINGS_LINE = /^\s*\/\/\s*settings:\s*(\{.*\})\s*$/;
const GIT_LINE = /^\s*\/\/\s*git:\s*(shared|ignored)\s*$/;
const SHARED_LINE = /^\s*\/\/\s*shared:\s*none\s*$/;
const HISTORY_LINE = /^\s*\/\/\s*history:\s*(never|\d{4}-\d{2}-\d{2})(\s+uncommitted)?\s*$/;

/** Codes that have a rule folder. */
export function fixtureRuleCodes(): string[] {
    return readdirSync(RULE_FIXTURES_DIR)
        .filter(name => !name.startsWith('_') && statSync(join(RULE_FIXTURES_DIR, name)).isDirectory())
        .sort();
}

/** Every case of one rule, triggers first. */
export function loadRuleCases(code: string): RuleCase[] {
    const cases: RuleCase[] = [];
    for (const kind of ['trigger', 'silent'] as const) {
        const dir = join(RULE_FIXTURES_DIR, code, kind);
        if (!existsSync(dir)) continue;
        for (const entry of readdirSync(dir).sort()) {
            const path = join(dir, entry);
            if (statSync(path).isDirectory()) cases.push(loadCase(`${kind}/${entry}`, kind, readPopFiles(path)));
            else if (entry.endsWith('.pop')) cases.push(loadCase(`${kind}/${entry}`, kind, { [entry]: readFileSync(path, 'utf8') }));
        }
    }
    return cases;
}

function readPopFiles(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.pop')) files[name] = readFileSync(join(dir, name), 'utf8');
    return files;
}

/** A case from its files' text: expectations and directives read from the comments. */
export function loadCase(title: string, kind: 'trigger' | 'silent', own: Record<string, string>): RuleCase {
    const expectations: Expectation[] = [];
    const git: Record<string, boolean> = {};
    const history: Record<string, FileHistory> = {};
    let settings: Partial<LeerplanSettings> = {};
    let withShared = true;
    for (const [file, text] of Object.entries(own)) {
        const lines = text.split(/\r?\n/);
        let target = -1;
        lines.forEach((line, index) => {
            const caret = CARET_LINE.exec(line);
            const expect = EXPECT_LINE.exec(line);
            if (caret) {
                if (target < 0) throw new Error(`${title}: carets on line ${index + 1} have no line above to point at`);
                const start = caret[1].length;
                const end = start + caret[2].length;
                for (const code of caret[3].split(',').map(c => c.trim())) {
                    expectations.push({ file, code, range: `${target}:${start}-${target}:${end}` });
                }
                return;
            }
            if (expect) {
                const [, code, l1, c1, l2, c2] = expect;
                expectations.push({ file, code, range: `${+l1 - 1}:${+c1 - 1}-${+l2 - 1}:${+c2 - 1}` });
                return;
            }
            const settingsLine = SETTINGS_LINE.exec(line);
            if (settingsLine) settings = { ...settings, ...JSON.parse(settingsLine[1]) as Partial<LeerplanSettings> };
            const gitLine = GIT_LINE.exec(line);
            if (gitLine) git[file] = gitLine[1] === 'shared';
            const historyLine = HISTORY_LINE.exec(line);
            if (historyLine) history[file] = { committed: historyLine[1] === 'never' ? null : historyLine[1], uncommitted: historyLine[2] !== undefined };
            if (SHARED_LINE.test(line)) withShared = false;
            target = index;
        });
    }
    const files = withShared ? { ...sharedFiles(own), ...own } : own;
    return { title, kind, files, expectations, settings, git, history };
}

function sharedFiles(own: Record<string, string>): Record<string, string> {
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(readPopFiles(SHARED_DIR))) {
        if (own[name] !== undefined) throw new Error(`a case may not use the shared file name ${name}`);
        files[name] = text;
    }
    return files;
}

/** A Git view that answers from the case's `// git:` and `// history:` directives, by file name. */
export function fixtureGitView(git: Record<string, boolean>, history: Record<string, FileHistory> = {}): GitView {
    const name = (uri: URI) => uri.path.split('/').pop() ?? '';
    return { isShared: uri => git[name(uri)], lastChange: uri => history[name(uri)] };
}

/** What a case yields: expected and actual diagnostics, as comparable `file code range` strings. */
export interface CaseOutcome {
    /** The diagnostics of every code a case speaks about: the rule's own and every annotated one. */
    actual: string[];
    expected: string[];
    /** Errors nobody expected: a fixture that does not parse or link tests nothing. */
    unexpectedErrors: string[];
}

export async function runRuleCase(code: string, ruleCase: RuleCase): Promise<CaseOutcome> {
    const result = await checkWorkspace(ruleCase.files, ruleCase.settings, fixtureGitView(ruleCase.git, ruleCase.history));
    const codes = new Set([code, ...ruleCase.expectations.map(e => e.code)]);
    const show = (file: string, d: Diagnostic) => `${file} ${String(d.code)} ${rangeText(d)}`;
    const actual = result.all.filter(d => codes.has(String(d.code))).map(d => show(d.file, d)).sort();
    const expected = ruleCase.expectations.map(e => `${e.file} ${e.code} ${e.range}`).sort();
    const unexpectedErrors = result.all
        .filter(d => d.severity === 1 && !codes.has(String(d.code)))
        .map(d => `${show(d.file, d)} ${d.message}`);
    return { actual, expected, unexpectedErrors };
}

function rangeText(d: Diagnostic): string {
    return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}
