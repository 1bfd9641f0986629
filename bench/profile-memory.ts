import { readFileSync, readdirSync } from 'node:fs';
import { EmptyFileSystem, URI, DocumentState } from 'langium';
import { createLeerplanCoreServices } from '../language/src/leerplan-module.js';
import { checkDocuments } from '../language/src/workspace/check-documents.js';

const dir = process.argv[2] ?? '/work/shared/bench/data/pop/ws';
const sources = readdirSync(dir).filter(f => f.endsWith('.pop')).map(f => ({ uri: URI.file(`${dir}/${f}`), text: readFileSync(`${dir}/${f}`, 'utf8') }));
const { shared } = createLeerplanCoreServices(EmptyFileSystem);
const mb = (n: number) => (n / 1048576).toFixed(0);
const show = (label: string) => { const m = process.memoryUsage(); console.log(label.padEnd(18), 'rss', mb(m.rss), 'heapUsed', mb(m.heapUsed), 'heapTotal', mb(m.heapTotal)); };
for (const state of [DocumentState.IndexedContent, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
    shared.workspace.DocumentBuilder.onBuildPhase(state, () => show(DocumentState[state]));
}
show('start');
const t = performance.now();
await checkDocuments(shared, sources);
show('end');
console.log('build ms', (performance.now() - t).toFixed(0));
