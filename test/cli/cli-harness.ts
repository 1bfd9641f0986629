import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { runCli } from '../../cli/src/cli.js';

/** The repository root, for the bundled CLI, Node 24 and examples/. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
export const BUNDLED_CLI = join(REPO_ROOT, 'out', 'cli.cjs');
/** Node 24 from node_modules: the system's node is too old for Langium's parser. */
export const NODE_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'node');

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    cwd: string;
    /** Replaces the environment entirely, so the machine's LANG or NO_COLOR never leak into a test. */
    env?: NodeJS.ProcessEnv;
    /** Pretend stdout is a terminal (colours). */
    isTTY?: boolean;
    /** What standard input holds (for --stdin). */
    stdin?: string;
}

/** A neutral environment: an English locale and no NO_COLOR. */
export function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { LANG: 'C', ...extra };
}

/**
 * Runs one command line in this process through `runCli`, with captured output.
 * This is what `out/cli.cjs` does, minus the process: fast, and the context is ours.
 */
export async function runInProcess(argv: string[], options: RunOptions): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const code = await runCli({
        argv,
        cwd: options.cwd,
        env: options.env ?? baseEnv(),
        stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
        stderr: { write: (text: string) => (stderr += text), isTTY: false },
        stdinIsTTY: false,
        readStdin: async () => options.stdin ?? '',
    });
    return { code, stdout, stderr };
}

/** Runs the bundled `out/cli.cjs` as a real process, with piped output. */
export function runBundled(argv: string[], options: RunOptions): CliRun {
    if (!existsSync(BUNDLED_CLI)) {
        throw new Error(`${BUNDLED_CLI} is missing: run 'node_modules/.bin/node scripts/build.mjs' first`);
    }
    const result = spawnSync(NODE_BIN, [BUNDLED_CLI, ...argv], {
        cwd: options.cwd,
        env: { PATH: process.env.PATH, ...(options.env ?? baseEnv()) },
        encoding: 'utf8',
        timeout: 60_000,
    });
    if (result.error) throw result.error;
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Writes `files` (relative path -> text or bytes) into a fresh temporary folder and
 * returns its path. A `leerplan.json` is added unless given, so the search for a
 * configuration stops here and never finds one above the temporary folder.
 */
export function makeWorkspace(files: Record<string, string | Uint8Array>): string {
    const root = mkdtempSync(join(tmpdir(), 'leerplan-cli-'));
    const all = { 'leerplan.json': JSON.stringify({ today: '2026-06-15' }), ...files };
    for (const [path, content] of Object.entries(all)) {
        const absolute = join(root, path);
        mkdirSync(dirname(absolute), { recursive: true });
        writeFileSync(absolute, content);
    }
    return root;
}

export function removeWorkspace(root: string): void {
    rmSync(root, { recursive: true, force: true });
}

/** Every file under `root` with its bytes and modification time, to prove nothing was written. */
export function snapshotFiles(root: string): Map<string, { bytes: string; mtimeMs: number }> {
    const result = new Map<string, { bytes: string; mtimeMs: number }>();
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name);
            if (entry.isDirectory()) walk(path);
            else result.set(relative(root, path), { bytes: readFileSync(path).toString('base64'), mtimeMs: statSync(path).mtimeMs });
        }
    };
    walk(root);
    return result;
}

/** One pretty-format diagnostic line: `file:line:col  severity  code  message`. */
export const PRETTY_LINE = /^(?<file>[^\s:][^:]*):(?<line>\d+):(?<column>\d+) {2}(?<severity>error|warning|info|hint) *  (?<code>[a-z-]+) {2}(?<message>\S.*)$/;

/** The JSON contract's diagnostic, as scripts read it. */
export interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

export interface JsonReport {
    version: number;
    files: number;
    diagnostics: JsonDiagnostic[];
}

/**
 * A small, clean organisation used by fixtures: one team with one member, coached by
 * mark. The team names no lead: a lead is a member too and would need a plan of their
 * own (`member-without-plan`), which would make every workspace built on this one file
 * and `cleanPlan()` unclean.
 */
export const ORGANISATION = `organisation acme "Acme Care" {
    vision care "Care that residents value."
    vision learning "We learn from each other every day." about learning developed-with employees
    ambition safer "Fewer incidents." supports care
}

people {
    person mark "Mark Jansen" role "Team lead"
    person anna "Anna de Vries" role "Nurse"
}

team ward "Ward A" {
    members anna
    goal learn-together "Learn from incidents" {
        dimensions GedragenVisie, Feedbackprocessen
        supports safer
        action after-action-review "Monthly review" every month
        feedback ask team ward "What changed?" every quarter
        evidence "Incidents fall by a third."
        due 2026-12-31
        status active
    }
}
`;

/** A clean plan for `anna` in the ORGANISATION above; `goalExtra` adds lines to its goal. */
export function cleanPlan(options: { name?: string; owner?: string; goalExtra?: string; planExtra?: string } = {}): string {
    const name = options.name ?? 'anna-2026';
    const owner = options.owner ?? 'anna';
    return `plan ${name} for ${owner} {
    coach mark
    team ward
    period 2026-01-01 .. 2026-12-31

    goal talks "Hold coaching talks" {
        dimensions LerenVanLeidersEnMedewerkers
        supports learning
        action buddy "Buddy for new colleagues" from 2026-04-01
        feedback ask mark "Observe one talk" every quarter
        evidence "New colleagues say the talks helped."
        due 2026-09-30
        status active${options.goalExtra ?? ''}
    }

    review 2026-06-30 with mark "Mid-year"
    reflection 2026-04-02 "Asking first works."${options.planExtra ?? ''}
}
`;
}
