// Measures the summary model + HTML rendering in-process (bundled by bench/run.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createLeerplanCoreServices } from '../language/src/leerplan-module.js';
import { checkDocuments } from '../language/src/workspace/check-documents.js';
import { buildSummary, type SummaryDocument } from '../summary/src/build-summary.js';
import { renderHtml } from '../summary/src/render-html.js';
import { summaryDocument } from '../summary/src/summary-document.js';

const [bigDir, orgDir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);

function list(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? list(join(dir, e.name)) : e.name.endsWith('.pop') ? [join(dir, e.name)] : []);
}

async function measure(dir: string): Promise<number[]> {
    const { shared } = createLeerplanCoreServices(EmptyFileSystem);
    const checked = await checkDocuments(shared, list(dir).map(p => ({ uri: URI.file(p), text: readFileSync(p, 'utf8') })));
    const inputs: SummaryDocument[] = checked.map(c => summaryDocument(c.document, c.document.uri.path, c.diagnostics));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const model = buildSummary(inputs, { lang: 'en', today: '2026-06-01', audience: 'export' });
        renderHtml(model, { standalone: true });
        times.push(performance.now() - t);
    }
    return times.slice(Math.min(3, runs - 1));
}

const big = await measure(bigDir);
const org = await measure(orgDir);
process.stdout.write(JSON.stringify({ big, org }));
