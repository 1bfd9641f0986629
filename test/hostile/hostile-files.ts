import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stagedForNobody } from '../helpers/as-nobody.js';

/**
 * Hostile inputs, written to disk: files that are not plans but accidents (a 10 MB
 * dump, 200,000 lines, a 1 MB line, NUL bytes, invalid UTF-8, a binary file named
 * .pop), files that are plans but pathological (thousands of identical ids, a cycle
 * of ambitions), and file-system traps (symbolic-link loops, a FIFO and a folder
 * named like a plan, an unreadable file, a path that does not exist).
 */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const NODE_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'node');
export const BUNDLED_CLI = join(REPO_ROOT, 'out', 'cli.cjs');

/**
 * How long one CLI run may take before it counts as hung (it is killed and the test
 * fails): a guard against a hang, not a speed target. A run on one hostile folder takes
 * a few seconds, the slowest (summaries of 5,000-link chains) about 15 s on a loaded
 * 2-core machine; how fast they are is measured by `npm run bench` (its "hostile" rows,
 * with targets). The tests that run the CLI on hostile files get HOSTILE_TEST_TIMEOUT_MS,
 * so a hang is reported as a killed run, not as a test timeout.
 */
export const CLI_HANG_GUARD_MS = 100_000;
export const HOSTILE_TEST_TIMEOUT_MS = CLI_HANG_GUARD_MS + 20_000;

export const ORGANISATION = `organisation acme "Acme Care" {
    vision care "Care that residents value."
    vision learning "We learn from each other every day." about learning developed-with employees
    ambition safer "Fewer incidents." supports care
}

people {
    person mark "Mark Jansen" role "Team lead"
    person anna "Anna de Vries" role "Nurse"
}
`;

export const PLAN = `plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal safer-shifts "Safer handovers" {
        dimensions Feedbackprocessen
        supports safer
        action experiment "Try a handover checklist" from 2026-02-01 to 2026-03-31
        feedback ask mark "Did the handover improve?" on 2026-04-01
        evidence "Fewer handover incidents."
        due 2026-06-01
        status done
    }
    review 2026-06-30 with mark "Mid-year"
    reflection 2026-03-01 "Checklists help."
}
`;

/** Deterministic bytes (a linear congruential generator), so the binary file is the same in every run. */
export function pseudoRandomBytes(length: number, seed = 12345): Uint8Array {
    const bytes = new Uint8Array(length);
    let state = seed;
    for (let i = 0; i < length; i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        bytes[i] = state >>> 24;
    }
    return bytes;
}

/** A temporary folder other users may enter (the unreadable-file case runs the CLI as another user). */
export function makeRoot(prefix: string): string {
    const root = mkdtempSync(join(tmpdir(), prefix));
    chmodSync(root, 0o755);
    return root;
}

export function writeFile(root: string, path: string, content: string | Uint8Array): string {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    return absolute;
}

export function removeRoot(root: string): void {
    rmSync(root, { recursive: true, force: true });
}

/** 10 MB of plan-like text: far above the 2 MB limit, so it must be refused quickly, not parsed. */
export function tenMegabytes(): string {
    const line = '    person p "A person whose line is repeated until the file is ten megabytes" role "Role"\n';
    return 'people {\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)) + '}\n';
}

/** 200,000 short lines (1 MB): below the byte limit, above the line limit. */
export function twoHundredThousandLines(): string {
    return '// n\n'.repeat(200_000);
}

/** One line of 1 MB that is not a plan: 150,000 times `goal { `. */
export function oneMegabyteLine(): string {
    return 'goal { '.repeat(150_000);
}

/** One line of 1 MB: a quote that is never closed, followed by words. */
export function oneMegabyteUnterminatedString(): string {
    return 'people { person x "' + 'word '.repeat(200_000);
}

/** Just under 2 MB that is one syntax error after another (220,000 of them): error recovery must not take minutes. */
export function manySyntaxErrors(): string {
    return 'people { '.repeat(220_000);
}

/** Just under 2 MB of escaped quotes that never close a string: the STRING regex alone made this quadratic (600 KB: 80 s). */
export function escapedQuotes(): string {
    return 'x \\" y '.repeat(250_000);
}

/** A plan with NUL bytes and bytes that are not UTF-8 in the middle of it. */
export function nulAndInvalidUtf8(plan = PLAN): Uint8Array {
    const text = Buffer.from(plan, 'utf8');
    const at = text.indexOf('goal');
    return Buffer.concat([text.subarray(0, at), Buffer.from([0, 0, 0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0]), text.subarray(at)]);
}

/** The same person declared `count` times. */
export function identicalIds(count = 5000): string {
    return 'people {\n' + '    person anna "Anna"\n'.repeat(count) + '}\n';
}

/** Ambitions that support each other in a ring (and one that supports itself), with a goal hanging on the ring. */
export const CYCLE = `organisation ring "Ring" {
    vision care "Care that residents value." about learning developed-with employees
    ambition a1 "First" supports a2
    ambition a2 "Second" supports a3
    ambition a3 "Third" supports a1
    ambition self "Itself" supports self
}

people {
    person mark "Mark"
    person anna "Anna"
}

plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal round "Round and round" {
        dimensions Feedbackprocessen
        supports a1, self
        action experiment "Try" on 2026-02-01
        feedback ask mark "Well?" on 2026-03-01
        evidence "It stops."
        due 2026-06-01
        status done
    }
    review 2026-06-30 with mark "Mid-year"
    reflection 2026-03-01 "Loops."
}
`;

/**
 * Long chains of links: `count` ambitions each supporting the next (the last one the
 * vision), and `count` team goals each contributing to the next, the last to the first
 * (a ring). Following every chain from every goal is quadratic, and a recursive walk
 * overflows the stack.
 */
export function longChains(count = 5000): string {
    const ambitions = Array.from({ length: count }, (_, i) => `    ambition a${i} "Step ${i}" supports ${i + 1 < count ? `a${i + 1}` : 'care'}\n`).join('');
    const goals = Array.from({ length: count }, (_, i) => `    goal t${i} "Team step ${i}" { contributes ${i + 1 < count ? `t${i + 1}` : 't0'} }\n`).join('');
    return `organisation chain "Chain" {
    vision care "Care." about learning developed-with employees
${ambitions}}
people {
    person mark "Mark"
    person anna "Anna"
}
team ring "Ring" {
    lead mark
    members anna
${goals}}
plan anna-2026 for anna {
    coach mark
    goal g "G" { supports a0 contributes t0 }
}
`;
}

/** The hostile folders of the CLI tests and the benchmark: each holds these files beside a normal organisation and plan. */
export const HOSTILE_FOLDERS = {
    'ten-mb': () => ({ 'ten-mb.pop': tenMegabytes() }),
    lines: () => ({ 'lines.pop': twoHundredThousandLines() }),
    'long-line': () => ({ 'tokens.pop': oneMegabyteLine(), 'quote.pop': oneMegabyteUnterminatedString() }),
    errors: () => ({ 'errors.pop': manySyntaxErrors(), 'quotes.pop': escapedQuotes() }),
    nul: () => ({ 'nul.pop': nulAndInvalidUtf8() }),
    binary: () => ({ 'image.pop': pseudoRandomBytes(64 * 1024) }),
    ids: () => ({ 'ids.pop': identicalIds(5000) }),
} satisfies Record<string, () => Record<string, string | Uint8Array>>;

export type HostileFolder = keyof typeof HOSTILE_FOLDERS;

/** Writes the hostile folder `name/` (the normal organisation and plan, and its hostile files) under `root`; returns `name`. */
export function writeHostileFolder(root: string, name: HostileFolder): string {
    writeFile(root, `${name}/organisation.pop`, ORGANISATION);
    writeFile(root, `${name}/anna-2026.pop`, PLAN);
    for (const [file, content] of Object.entries(HOSTILE_FOLDERS[name]())) writeFile(root, `${name}/${file}`, content);
    return name;
}

/** Symbolic links that loop: a folder linking to itself, to its parent, and two links pointing at each other. */
export function writeSymlinkLoops(root: string, files: { organisation?: string; plan: string } = { organisation: ORGANISATION, plan: PLAN }): void {
    if (files.organisation) writeFile(root, 'loops/organisation.pop', files.organisation);
    writeFile(root, 'loops/plans/plan.pop', files.plan);
    symlinkSync('.', join(root, 'loops', 'self'));
    symlinkSync('..', join(root, 'loops', 'plans', 'up'));
    symlinkSync('b.pop', join(root, 'loops', 'a.pop'));
    symlinkSync('a.pop', join(root, 'loops', 'b.pop'));
    symlinkSync('missing.pop', join(root, 'loops', 'dangling.pop'));
}

/** A FIFO named like a plan: reading it would block for ever. Returns false where FIFOs cannot be made. */
export function makeFifo(path: string): boolean {
    try {
        execFileSync('mkfifo', [path]);
        return true;
    } catch {
        return false;
    }
}

/** Running as root, `chmod 000` does not stop reading: unreadable cases then run as user `nobody`. */
export { NOBODY, RUNNING_AS_ROOT } from '../helpers/as-nobody.js';

export interface CliRun {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

/** The bundled CLI as a real process, with a time limit; `uid` runs it as another user (only as root). */
export function runCli(argv: string[], cwd: string, options: { uid?: number; env?: NodeJS.ProcessEnv } = {}): CliRun {
    const asNobody = options.uid !== undefined ? stagedForNobody(NODE_BIN, dirname(BUNDLED_CLI)) : undefined;
    const [node, cli] = asNobody ? [asNobody.node, join(asNobody.out, 'cli.cjs')] : [NODE_BIN, BUNDLED_CLI];
    const result = spawnSync(node, [cli, ...argv], {
        cwd, encoding: 'utf8', timeout: CLI_HANG_GUARD_MS, maxBuffer: 256 * 1024 * 1024,
        env: { PATH: process.env.PATH, LANG: 'C', ...options.env },
        ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** A JavaScript stack trace, or the name of an uncaught error, anywhere in a text. */
export function stackTraceIn(text: string): string | undefined {
    return /^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m.exec(text)?.[0] ?? /\b(TypeError|RangeError|ReferenceError|SyntaxError|Uncaught|node:internal)\b.*/.exec(text)?.[0];
}
