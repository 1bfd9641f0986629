import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
    EXAMPLES_DIR, ORGANISATION, cleanPlan, makeWorkspace, removeWorkspace, runInProcess, snapshotFiles, type JsonReport,
} from './cli-harness.js';

/** The plan with its goal's vision link removed: one goal-without-vision on the goal's name. */
const UNLINKED = cleanPlan().replace('        supports learning\n', '');

async function checkJson(root: string, argv: string[] = []): Promise<{ code: number; report: JsonReport; stderr: string }> {
    const run = await runInProcess(['check', '--format', 'json', ...argv], { cwd: root });
    return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

/** `code@line:column` of every diagnostic of one file. */
function where(report: JsonReport, file: string): string[] {
    return report.diagnostics.filter(d => d.file === file).map(d => `${d.code}@${d.line}:${d.column}`);
}

describe('leerplan check never changes a file', () => {
    it('leaves every byte and modification time of the examples as they were, in every format', async () => {
        const root = mkdtempSync(join(tmpdir(), 'leerplan-readonly-'));
        try {
            cpSync(EXAMPLES_DIR, root, { recursive: true });
            const before = snapshotFiles(root);
            for (const format of ['pretty', 'json', 'sarif', 'github']) {
                for (const lang of ['en', 'nl']) {
                    const run = await runInProcess(['check', '--format', format, '--lang', lang], { cwd: root, isTTY: format === 'pretty' });
                    expect(run.code).toBe(0);
                }
            }
            await runInProcess(['check', 'plans/noor-2026.private.pop', 'plans/noor-2026.pop'], { cwd: root });
            expect(snapshotFiles(root)).toEqual(before);
        } finally {
            removeWorkspace(root);
        }
    });
});

describe('files of every shape', () => {
    it('accepts an empty file and a file of only comments and blank lines', async () => {
        const root = makeWorkspace({
            'organisation.pop': ORGANISATION, 'anna.pop': cleanPlan(),
            'empty.pop': '', 'comments.pop': '// nothing yet\n\n/* a block\n   comment */\n\n',
        });
        try {
            const { code, report } = await checkJson(root);
            expect(report.files).toBe(4);
            expect(report.diagnostics).toEqual([]);
            expect(code).toBe(0);
        } finally {
            removeWorkspace(root);
        }
    });

    it('reads a file with a byte-order mark without shifting its columns', async () => {
        const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(UNLINKED, 'utf8')]);
        const root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': bom });
        try {
            const { report } = await checkJson(root);
            expect(where(report, 'anna.pop')).toEqual(['goal-without-vision@6:10']);
        } finally {
            removeWorkspace(root);
        }
    });

    it('reads CRLF line ends with the same lines and columns as LF', async () => {
        const root = makeWorkspace({
            'organisation.pop': ORGANISATION.replace(/\n/g, '\r\n'),
            'anna.pop': UNLINKED.replace(/\n/g, '\r\n'),
        });
        try {
            const { report } = await checkJson(root);
            expect(report.diagnostics.map(d => `${d.file} ${d.code}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`))
                .toEqual(['anna.pop goal-without-vision@6:10-6:15']);
        } finally {
            removeWorkspace(root);
        }
    });

    it('counts a tab as one column', async () => {
        const tabbed = UNLINKED.replace(/^ {4}/gm, '\t');
        const root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': tabbed });
        try {
            const { report } = await checkJson(root);
            // '\tgoal talks': the goal's name starts in column 7.
            expect(where(report, 'anna.pop')).toEqual(['goal-without-vision@6:7']);
        } finally {
            removeWorkspace(root);
        }
    });

    it('handles a very long line and reports the column beyond it', async () => {
        const long = 'x'.repeat(100_000);
        const plan = UNLINKED.replace('"Hold coaching talks" {', `"${long}" { due 2026-02-30`);
        const root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': plan });
        try {
            const { code, report } = await checkJson(root);
            const invalid = report.diagnostics.find(d => d.code === 'invalid-date')!;
            expect(invalid.line).toBe(6);
            expect(invalid.column).toBe('    goal talks "'.length + long.length + '" { due '.length + 1);
            expect(code).toBe(1);
        } finally {
            removeWorkspace(root);
        }
    });

    it('handles non-ASCII file names, folder names, identifiers and texts', async () => {
        const organisation = ORGANISATION
            .replace('person anna "Anna de Vries" role "Nurse"', 'person zoë "Zoë Çelik-Müller" role "Verpleegkundige ✚"')
            .replace('members anna', 'members zoë');
        const plan = UNLINKED
            .replace('plan anna-2026 for anna', 'plan zoë-2026 for zoë')
            .replace('goal talks "Hold coaching talks"', 'goal gesprekken-één "Gesprekken voeren — ook in het Türkçe"');
        const root = makeWorkspace({ 'organisation.pop': organisation, 'zorg én welzijn/zoë-2026.pop': plan });
        try {
            const { code, report } = await checkJson(root);
            expect(report.diagnostics.map(d => `${d.file} ${d.code}@${d.line}:${d.column}-${d.endColumn}`))
                .toEqual(['zorg én welzijn/zoë-2026.pop goal-without-vision@6:10-24']);
            expect(report.diagnostics[0].message).toContain("'gesprekken-één'");
            expect(code).toBe(0);
            const sarif = JSON.parse((await runInProcess(['check', '--format', 'sarif'], { cwd: root })).stdout);
            expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(encodeURI('zorg én welzijn/zoë-2026.pop'));
            const pretty = await runInProcess(['check', 'zorg én welzijn'], { cwd: root });
            expect(pretty.stdout).toMatch(/^zorg én welzijn\/zoë-2026\.pop:6:10  warning  goal-without-vision  /);
        } finally {
            removeWorkspace(root);
        }
    });

    it('reports a file that does not parse and still checks the others', async () => {
        const root = makeWorkspace({
            'organisation.pop': ORGANISATION,
            'anna.pop': UNLINKED,
            'broken.pop': 'plan broken for anna {\n    goal oops "no closing brace" {\n',
        });
        try {
            const { code, report } = await checkJson(root);
            expect(new Set(report.diagnostics.filter(d => d.file === 'broken.pop').map(d => d.code))).toEqual(new Set(['parse-error']));
            expect(where(report, 'anna.pop')).toEqual(['goal-without-vision@6:10']);
            expect(code).toBe(1);
        } finally {
            removeWorkspace(root);
        }
    });
});
