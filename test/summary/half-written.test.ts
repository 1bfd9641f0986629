import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { buildSummary, scopeTargetExists } from '../../summary/src/build-summary.js';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderJson } from '../../summary/src/render-json.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import type { SummaryModel } from '../../summary/src/summary-model.js';
import { renderSummaryExport, renderSummaryFragment } from '../../client/src/summary-rendering.js';
import { documentScope } from '../../server/src/lsp/summary-request.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from '../fuzz/fuzz-budget.js';
import { leaksIn, privateSentences } from '../fuzz/private-texts.js';
import { checkFiles, everyScope, summaryDocumentsOf } from '../fuzz/workspace-check.js';
import { FIXTURE_DIR, FIXTURE_TODAY, inlineDocuments } from './summary-fixture.js';

/**
 * Half-written plans, as they are while someone types: a real plan cut off at any
 * point (the rest of the file not written yet), or one line of it cut off with the
 * lines after it still there (typing in the middle of a file). Whatever the cut, every
 * summary (each view, export and owner audience), the preview's model and every
 * rendering of it are built without an exception; names the text does not have yet
 * are shown as missing, never as `undefined`; and no private sentence reaches an export.
 */
type Files = Record<string, string>;

const REPO = join(__dirname, '..', '..');

function popFiles(root: string): Files {
    const files: Files = {};
    const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
            const path = join(dir, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.pop')) files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
        }
    };
    if (existsSync(root)) walk(root);
    return files;
}

const SEEDS: Files[] = [popFiles(join(REPO, 'examples')), popFiles(FIXTURE_DIR)];

interface Cut {
    seed: number;
    /** Which file of the seed is being written (a fraction of the file list). */
    file: number;
    /** Where the writer is (a fraction of the text). */
    at: number;
    /** `end`: nothing after the cut yet; `line`: the rest of the cut line is missing, the lines after it are there. */
    kind: 'end' | 'line';
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const cutArb: fc.Arbitrary<Cut> = fc.record({
    seed: fc.nat({ max: SEEDS.length - 1 }), file: fraction, at: fraction, kind: fc.constantFrom('end' as const, 'line' as const),
});

/** The workspace with one file half-written. */
export function halfWritten(cut: Cut): { files: Files; name: string } {
    const files = { ...SEEDS[cut.seed] };
    const names = Object.keys(files);
    const name = names[Math.floor(cut.file * names.length)];
    const text = files[name];
    const at = Math.floor(cut.at * (text.length + 1));
    if (cut.kind === 'end') {
        files[name] = text.slice(0, at);
    } else {
        const lineEnd = text.indexOf('\n', at);
        files[name] = text.slice(0, at) + (lineEnd < 0 ? '' : text.slice(lineEnd));
    }
    return { files, name };
}

/** Every text a reader sees: no `undefined`, `NaN` or `[object Object]` where a name or number is missing. */
function expectNoPlaceholderLeak(output: string, where: string): void {
    expect(output, where).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]/);
}

function renderAll(model: SummaryModel, where: string): string[] {
    const outputs = [
        renderHtml(model), renderHtml(model, { standalone: false, nonce: 'n' }), renderMarkdown(model), renderJson(model),
        renderSummaryExport(model, 'html'), renderSummaryExport(model, 'md'), renderSummaryExport(model, 'json'),
        renderSummaryFragment(model, { nonce: 'n', cspSource: 'vscode-resource:' }),
    ];
    JSON.parse(outputs[3]);
    for (const output of outputs) expectNoPlaceholderLeak(output, where);
    return outputs;
}

describe('summaries of half-written plans', () => {
    it('every seed workspace is whole before it is cut', () => {
        for (const seed of SEEDS) expect(Object.keys(seed).length).toBeGreaterThanOrEqual(4);
    });

    const runs = fuzzRuns(40);
    it(`never fail, in any view, audience or format, and leak nothing private (${runs} half-written workspaces)`, async () => {
        await checkProperty('summaries of half-written plans', fc.asyncProperty(cutArb, fc.constantFrom<Lang>('en', 'nl'), async (cut, lang) => {
            const { files, name } = halfWritten(cut);
            const where = `${name} cut at ${cut.at.toFixed(4)} (${cut.kind})`;
            const checked = await checkFiles(files, lang);
            const documents = summaryDocumentsOf(checked);
            const secrets = privateSentences(checked.names, checked.documents);
            const cutDocument = checked.documents[checked.names.indexOf(name)];
            // The whole workspace and every view of what the cut file declares (its plan, the plan's coach, its team).
            const scopes = everyScope(documents.filter(d => d.file === name));
            for (const scope of scopes) {
                const model = buildSummary(documents, { lang, today: '2026-06-15', audience: 'export', scope });
                expect(leaksIn(renderAll(model, where).join('\n'), secrets), where).toEqual([]);
            }
            // The preview of the cut file, as the language server computes it for the editor (the owner's own view).
            const preview = buildSummary(documents, { lang, today: '2026-06-15', audience: 'owner', scope: documentScope(cutDocument).scope });
            renderAll(preview, where);
        }), runs);
    }, fuzzTimeout(runs, 300));
});

describe('half-written declarations, named', () => {
    const PEOPLE = 'people {\n    person yara "Yara Bakker"\n    person lisa "Lisa Bos"\n    person tom "Tom de Vries"\n}\n';

    it('plans without an id (`plan for yara { coach lisa }`) are summarised, their id shown as missing', async () => {
        const documents = await inlineDocuments({
            'people.pop': PEOPLE, 'a.pop': 'plan for yara { coach lisa }\n', 'b.pop': 'plan for tom { coach lisa }\n',
        });
        for (const lang of ['en', 'nl'] as const) {
            const model = buildSummary(documents, { lang, today: FIXTURE_TODAY, audience: 'export' });
            expect(model.plans.map(p => [p.id, p.owner.id])).toEqual([['', 'yara'], ['', 'tom']]);
            expect(model.coaches.map(c => [c.coach.id, c.plans.map(p => p.owner.id)])).toEqual([['lisa', ['tom', 'yara']]]);
            const html = renderHtml(model);
            const markdown = renderMarkdown(model);
            const missing = lang === 'en' ? '(no id yet)' : '(nog geen id)';
            expect(html).toContain(`<span class="id missing">${missing}</span>`);
            expect(markdown).toContain(missing);
            for (const output of [html, markdown, renderJson(model)]) expectNoPlaceholderLeak(output, lang);
        }
    });

    it("the preview of a plan that has no id yet shows that plan, not another file's", async () => {
        const files = { 'people.pop': PEOPLE, 'a.pop': 'plan for yara { coach lisa }\n', 'b.pop': 'plan for tom { coach lisa }\n' };
        const checked = await checkFiles(files, 'en');
        const documents = summaryDocumentsOf(checked);
        for (const [name, owner] of [['a.pop', 'yara'], ['b.pop', 'tom']]) {
            const { scope, view, title } = documentScope(checked.documents[checked.names.indexOf(name)]);
            expect({ view, title }).toEqual({ view: 'plan', title: name });
            const model = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience: 'owner', scope });
            expect(model.plans.map(p => p.owner.id)).toEqual([owner]);
        }
    });

    it('a name that links to no one (`coach COACH`) is marked unknown and gets no review list', async () => {
        const documents = await inlineDocuments({
            'people.pop': PEOPLE,
            'yara.pop': 'plan yara-2026 for yara {\n    coach COACH\n    review 2026-06-30 with COACH "Mid-year"\n}\n',
        });
        const model = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience: 'export' });
        expect(model.plans[0].coach).toEqual({ id: 'COACH', name: 'COACH', unknown: true });
        expect(model.plans[0].reviews[0].with).toEqual({ id: 'COACH', name: 'COACH', unknown: true });
        expect(model.plans[0].owner).toEqual({ id: 'yara', name: 'Yara Bakker' });
        expect(model.coaches).toEqual([]);
        expect(scopeTargetExists(documents, { kind: 'coach', id: 'COACH' })).toBe(false);
        const html = renderHtml(model);
        expect(html).not.toContain('Review list of COACH');
        expect(html).toContain('COACH (unknown person)');
        expect(renderMarkdown(buildSummary(documents, { lang: 'nl', today: FIXTURE_TODAY, audience: 'export' }))).toContain('COACH (onbekende persoon)');
    });

    it('a goal, action, review and reflection without their names, titles, texts or dates', async () => {
        const documents = await inlineDocuments({
            'people.pop': PEOPLE,
            'yara.pop': 'plan yara-2026 for yara {\n    goal {\n        action "x"\n    }\n    review with lisa\n    reflection\n}\n',
        });
        for (const audience of ['export', 'owner'] as const) {
            const model = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience, scope: { kind: 'plan', id: 'yara-2026' } });
            for (const output of [renderHtml(model), renderMarkdown(model), renderJson(model)]) expectNoPlaceholderLeak(output, audience);
        }
    });
});

describe('text where a file does not parse', () => {
    const FILES = {
        'people.pop': 'people {\n    person piet "Piet Bakker"\n    person mark "Mark Jansen"\n    person anna "Anna de Vries"\n}\n',
        // A misspelt privacy word: the parser drops the word and keeps a reflection that looks shared.
        'piet.pop': `plan piet-2026 for piet {
    coach mark
    reflection 2026-05-05 privat "SECRET-ONE misspelt privacy word"
    reflection 2026-05-07 "Shared reflection."
    review 2026-06-30 with mark "Shared review."
}
`,
        // The privacy word after the text: the reflection ends before it, and looks shared.
        'mark.pop': `plan mark-2026 for mark {
    coach piet
    reflection 2026-05-06 "SECRET-TWO privacy word after the text" private
}
`,
        // A word in a goal's head: the parser drops it and takes the text that follows as the title.
        'anna.pop': `plan anna-2026 for anna {
    coach mark
    goal typo privat "SECRET-THREE in a goal's head" {
        evidence "Shared evidence."
        action peer-consultation "Shared action." every month
    }
}
`,
    };

    it('never reaches a model: not the statement around an error, not the title of a block whose head has one', async () => {
        const documents = await inlineDocuments(FILES);
        for (const audience of ['export', 'owner'] as const) {
            for (const scope of [{ kind: 'all' as const }, { kind: 'plan' as const, id: 'piet-2026' }, { kind: 'plan' as const, id: 'mark-2026' }, { kind: 'plan' as const, id: 'anna-2026' }]) {
                const model = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience, scope });
                const outputs = [renderHtml(model), renderMarkdown(model), renderJson(model)].join('\n');
                expect(outputs).not.toMatch(/SECRET/);
                for (const plan of model.plans) expect(plan.parseErrors).toBeGreaterThanOrEqual(1);
            }
        }
        const model = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience: 'export' });
        const plan = (id: string) => model.plans.find(p => p.id === id)!;
        expect(plan('piet-2026').reflections.map(r => r.text)).toEqual(['Shared reflection.']);
        expect(plan('piet-2026').reviews.map(r => r.text)).toEqual(['Shared review.']);
        expect(plan('mark-2026').reflections).toEqual([]);
        expect(plan('anna-2026').goals.map(g => [g.id, g.title, g.evidence, g.actions.map(a => a.text)])).toEqual([['typo', '', 'Shared evidence.', ['Shared action.']]]);
    });

    it('the export says that the plan has syntax errors, in both languages and every format', async () => {
        const documents = await inlineDocuments(FILES);
        for (const [lang, notice] of [['en', 'This file does not parse'], ['nl', 'Dit bestand is niet helemaal te lezen']] as const) {
            const model = buildSummary(documents, { lang, today: FIXTURE_TODAY, audience: 'export' });
            expect(renderHtml(model)).toMatch(new RegExp(`<div class="status bad" role="note">(<span class="badge bad">[^<]+</span> )?${notice}`));
            expect(renderMarkdown(model)).toContain(`> ${notice}`);
            expect(model.organisation?.workspaceProblems.plansWithErrors.map(p => p.plan)).toEqual(['piet-2026', 'mark-2026', 'anna-2026']);
        }
    });

    it('a file that parses loses nothing', async () => {
        const documents = await inlineDocuments({ ...FILES, 'anna.pop': FILES['anna.pop'].replace('typo privat "SECRET-THREE in a goal\'s head"', 'typo "Shared title"') });
        const plan = buildSummary(documents, { lang: 'en', today: FIXTURE_TODAY, audience: 'export' }).plans.find(p => p.id === 'anna-2026')!;
        expect(plan.parseErrors).toBe(0);
        expect(plan.goals.map(g => g.title)).toEqual(['Shared title']);
    });
});
