import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { checkInBatches } from '../../language/src/workspace/check-in-batches.js';
import { defaultSettings } from '../../language/src/config/settings.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from './fuzz-budget.js';
import { seedWorkspaces, workspaceArb, type Files } from './mutations.js';

/**
 * `leerplan check` works through large workspaces in batches (`checkInBatches`); on any
 * workspace, broken files included, it must give exactly the diagnostics of one build of
 * the whole workspace, whatever the batch size and the order of the files.
 */
const seeds = seedWorkspaces();

function services(lang: Lang) {
    const created = createLeerplanCoreServices(EmptyFileSystem, { gitView: { isShared: (uri: URI) => !uri.path.endsWith('.private.pop') } });
    created.Leerplan.leerplan.Settings.set({ ...defaultSettings(), lang, today: '2026-06-15' });
    return created;
}

const sourcesOf = (files: Files, order: string[]) => order.map(name => ({ uri: URI.file(`/ws/${name}`), text: files[name] }));

describe('fuzz: checking in batches equals checking the whole workspace at once', () => {
    const runs = fuzzRuns(150, 0.25);
    it(`on mutated workspaces in any file order (${runs} workspaces)`, async () => {
        const arb = fc.record({
            files: workspaceArb(seeds),
            lang: fc.constantFrom<Lang>('en', 'nl'),
            batchSize: fc.integer({ min: 1, max: 4 }),
            shuffle: fc.array(fc.nat(), { maxLength: 30 }),
        });
        await checkProperty('batched check equals whole check', fc.asyncProperty(arb, async ({ files, lang, batchSize, shuffle }) => {
            const order = Object.keys(files);
            shuffle.forEach((n, i) => {
                const j = n % order.length, k = i % order.length;
                [order[j], order[k]] = [order[k], order[j]];
            });
            const whole = (await checkDocuments(services(lang).shared, sourcesOf(files, order))).map(r => r.diagnostics);
            const batched = await checkInBatches(sourcesOf(files, order), { services: () => services(lang).Leerplan, batchSize });
            expect(JSON.parse(JSON.stringify(batched))).toEqual(JSON.parse(JSON.stringify(whole)));
        }), runs);
    }, fuzzTimeout(runs, 400));
});
