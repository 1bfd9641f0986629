import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryCommand } from '../../cli/src/commands/summary.js';
import { loadAndCheck } from '../../cli/src/load-workspace.js';
import { buildSummary, type SummaryDocument } from '../../summary/src/build-summary.js';
import { defaultSince } from '../../summary/src/follow-through.js';
import type { Document } from '../../language/src/generated/ast.js';
import type { SummaryModel, SummaryScope } from '../../summary/src/summary-model.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderJson } from '../../summary/src/render-json.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from '../fuzz/fuzz-budget.js';
import { seedWorkspaces, workspaceArb, type Files } from '../fuzz/mutations.js';
import { PRIVACY_FILES } from '../privacy/privacy-fixture.js';
import { FIXTURE_DIR } from './summary-fixture.js';

/**
 * `leerplan summary` builds its summary in parts, so that memory stays bounded: the
 * workspace is checked a batch of plans at a time, each plan leaves plain data behind
 * for the organisation, team and coach views, and the plans are parsed again and
 * written a batch at a time after those views. The property: whatever the workspace
 * (the examples, the summary and privacy fixtures, mutated the way edits mutate files,
 * half-written included), in every format and view, with batches of 1, 2 or 3 plan
 * files, the output is exactly the rendering of the model built from the whole
 * workspace at once.
 */
const TODAY = '2026-04-15';
const FORMATS = ['html', 'md', 'json'] as const;
type Format = typeof FORMATS[number];

function readTree(root: string): Files {
    const files: Files = {};
    const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
            const path = join(dir, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.pop')) files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
        }
    };
    walk(root);
    return files;
}

const SEEDS: Files[] = [
    ...seedWorkspaces(),
    readTree(FIXTURE_DIR),
    Object.fromEntries(Object.entries(PRIVACY_FILES).filter(([path]) => path.endsWith('.pop'))),
];

function writeWorkspace(files: Files): string {
    const root = mkdtempSync(join(tmpdir(), 'leerplan-batches-'));
    // The workspace is this folder, whatever else the temporary folder holds.
    writeFileSync(join(root, 'leerplan.json'), '{}\n');
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}

function scopeArgs(scope: SummaryScope): string[] {
    return scope.kind === 'all' ? [] : [`--${scope.kind}`, scope.id];
}

/** The summary as the command writes it, in batches of `batchSize` plan files. */
async function batched(cwd: string, format: Format, scope: SummaryScope, batchSize: number): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const argv = ['.', '--format', format, '--today', TODAY, '--lang', 'en', ...scopeArgs(scope)];
    const ctx = { argv, cwd, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdinIsTTY: false };
    let code: number;
    try {
        code = await summaryCommand(ctx, { size: batchSize, dropped: () => undefined });
    } catch (e) {
        // An unknown id is a usage error (exit 2 from the command line).
        code = 2;
        stderr += String(e);
    }
    return { code, stdout, stderr };
}

/** The model of the whole workspace, every document loaded at once. */
async function whole(cwd: string, scope: SummaryScope): Promise<SummaryModel> {
    const result = await loadAndCheck(['.'], { cwd, today: TODAY, lang: 'en' });
    if (!result.ok) throw new Error(result.messages.join('\n'));
    const documents: SummaryDocument[] = result.files.map(f => ({
        uri: f.document!.uri.toString(), file: f.file, root: f.document!.parseResult.value as Document,
        diagnostics: f.diagnostics.map(d => ({ range: d.range, severity: d.severity, code: d.code, message: typeof d.message === 'string' ? d.message : d.message.value })),
    }));
    // The temporary folder is no Git repository: the command says that history is missing.
    const followThrough = { since: defaultSince(TODAY), history: 'missing' as const, file: () => undefined };
    return buildSummary(documents, { lang: 'en', today: TODAY, audience: 'export', scope, followThrough });
}

function render(model: SummaryModel, format: Format): string {
    return format === 'json' ? renderJson(model) : format === 'md' ? renderMarkdown(model) : renderHtml(model);
}

/** The whole workspace, and a plan, a team and a coach of it. */
function scopesOf(model: SummaryModel): SummaryScope[] {
    const scopes: SummaryScope[] = [{ kind: 'all' }];
    const plan = model.plans.find(p => p.id);
    if (plan) scopes.push({ kind: 'plan', id: plan.id });
    if (model.teams[0]?.id) scopes.push({ kind: 'team', id: model.teams[0].id });
    if (model.coaches[0]) scopes.push({ kind: 'coach', id: model.coaches[0].coach.id });
    return scopes;
}

async function expectSame(cwd: string, format: Format, scope: SummaryScope, batchSize: number, model: SummaryModel): Promise<void> {
    const run = await batched(cwd, format, scope, batchSize);
    const where = `${format} ${scopeArgs(scope).join(' ')} in batches of ${batchSize}`;
    expect(run.stderr, where).toBe('');
    expect(run.code, where).toBe(0);
    expect(run.stdout, where).toBe(render(model, format));
}

describe('a summary built in batches is the summary of the whole workspace', () => {
    it('the examples and the summary fixture: every format, the whole workspace and a plan, team and coach', async () => {
        for (const files of SEEDS.slice(0, 1).concat(SEEDS.slice(-2, -1))) {
            const cwd = writeWorkspace(files);
            try {
                const all = await whole(cwd, { kind: 'all' });
                expect(all.plans.length).toBeGreaterThanOrEqual(3);
                // Every format of the whole workspace; each view in one format (the views differ in the model, the formats in its rendering).
                for (const format of FORMATS) await expectSame(cwd, format, { kind: 'all' }, 2, all);
                for (const [i, scope] of scopesOf(all).slice(1).entries()) await expectSame(cwd, FORMATS[i % FORMATS.length], scope, 1, await whole(cwd, scope));
            } finally {
                rmSync(cwd, { recursive: true, force: true });
            }
        }
    });

    const runs = fuzzRuns(12);
    it(`mutated workspaces, any format, view and batch size (${runs} workspaces)`, async () => {
        await checkProperty('summary in batches equals the whole', fc.asyncProperty(
            workspaceArb(SEEDS), fc.constantFrom(...FORMATS), fc.nat({ max: 3 }), fc.integer({ min: 1, max: 3 }),
            async (files, format, which, batchSize) => {
                const cwd = writeWorkspace(files);
                try {
                    const all = await whole(cwd, { kind: 'all' });
                    const scope = scopesOf(all)[which % scopesOf(all).length];
                    await expectSame(cwd, format, scope, batchSize, scope.kind === 'all' ? all : await whole(cwd, scope));
                } finally {
                    rmSync(cwd, { recursive: true, force: true });
                }
            }), runs);
    }, fuzzTimeout(runs, 400));
});
