import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderJson } from '../../summary/src/render-json.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from './fuzz-budget.js';
import { seedWorkspaces, tokenStreamArb, workspaceArb } from './mutations.js';
import { buildEvery, checkFiles, diagnosticProblems, summaryDocumentsOf } from './workspace-check.js';
import { leaksIn, privateSentences } from './private-texts.js';

/**
 * Parser, linker, validator and summary on mutated workspaces: nothing throws, every
 * diagnostic keeps its contract (rule code, message, severity, range inside the
 * document), every summary view renders in all three formats, and no private sentence
 * reaches a diagnostic message or an export, whatever the edit did to the files.
 */
const seeds = seedWorkspaces();
const langArb = fc.constantFrom<Lang>('en', 'nl');

describe('fuzz: parse, link, validate and summarise mutated workspaces', () => {
    it('the leak detector finds the private sentences of the examples, and in the owner preview they are there to find', async () => {
        const files = seeds[0];
        const checked = await checkFiles(files, 'en');
        const secrets = privateSentences(checked.names, checked.documents);
        expect(secrets.length).toBeGreaterThanOrEqual(2);
        const owner = buildEvery(summaryDocumentsOf(checked), 'en', 'owner').find(v => v.scope.kind === 'plan' && v.scope.id === 'noor-2026');
        expect(leaksIn(renderJson(owner!.model), secrets)).toEqual(secrets);
        expect(leaksIn(renderHtml(owner!.model), secrets)).toEqual(secrets);
    });

    const runs = fuzzRuns(400);
    it(`never throws, keeps every diagnostic inside its document, leaks nothing private (${runs} workspaces)`, async () => {
        expect(seeds.length).toBeGreaterThanOrEqual(1);
        await checkProperty('core pipeline on mutated workspaces', fc.asyncProperty(workspaceArb(seeds), langArb, async (files, lang) => {
            const checked = await checkFiles(files, lang);
            expect(diagnosticProblems(checked, files)).toEqual([]);
            const secrets = privateSentences(checked.names, checked.documents);
            const messages = checked.diagnostics.flat().map(d => d.message).join('\n');
            expect(leaksIn(messages, secrets)).toEqual([]);
            const documents = summaryDocumentsOf(checked);
            for (const { model } of buildEvery(documents, lang, 'export')) {
                const outputs = [renderHtml(model), renderMarkdown(model), renderJson(model)];
                expect(() => JSON.parse(outputs[2])).not.toThrow();
                expect(leaksIn(outputs.join('\n'), secrets)).toEqual([]);
            }
            // The owner's own preview may show private text, but must build and render too.
            for (const { model } of buildEvery(documents, lang, 'owner')) {
                renderHtml(model, { standalone: false, nonce: 'n' });
                if (model.scope.kind !== 'plan') expect(leaksIn(renderJson(model), secrets)).toEqual([]);
            }
        }), runs);
    }, fuzzTimeout(runs, 60));

    const streamRuns = fuzzRuns(250);
    it(`never throws on streams of random tokens (${streamRuns} files)`, async () => {
        await checkProperty('core pipeline on random token streams', fc.asyncProperty(tokenStreamArb, langArb, async (text, lang) => {
            const files = { 'organisation.pop': seeds[0]['organisation.pop'] ?? '', 'random.pop': text };
            const checked = await checkFiles(files, lang);
            expect(diagnosticProblems(checked, files)).toEqual([]);
            for (const { model } of buildEvery(summaryDocumentsOf(checked), lang, 'export')) {
                renderHtml(model);
                renderMarkdown(model);
                JSON.parse(renderJson(model));
            }
        }), streamRuns);
    }, fuzzTimeout(streamRuns, 30));
});
