import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI, DocumentState } from 'langium';
import { createLeerplanCoreServices } from '../language/src/leerplan-module.js';
import { ensureBuiltinDocument } from '../language/src/workspace/check-documents.js';

const text = readFileSync('/work/shared/bench/data/pop/big/plan-big.pop', 'utf8');
const { shared } = createLeerplanCoreServices(EmptyFileSystem);
ensureBuiltinDocument(shared);
const builder = shared.workspace.DocumentBuilder;
const docs = shared.workspace.LangiumDocuments;
const factory = shared.workspace.LangiumDocumentFactory;
const uri = URI.file('/tmp/big.pop');
let t0 = 0;
const marks: Record<string, number[]> = {};
for (const state of [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
    builder.onBuildPhase(state, () => { const now = performance.now(); (marks[DocumentState[state]] ??= []).push(now - t0); t0 = now; });
}
for (let i = 0; i < 100; i++) {
    if (docs.hasDocument(uri)) docs.deleteDocument(uri);
    const s = performance.now();
    const d = factory.fromString(text + ' '.repeat(i % 5), uri);
    (marks.parse ??= []).push(performance.now() - s);
    docs.addDocument(d);
    t0 = performance.now();
    await builder.build([d], { validation: true });
}
for (const [k, v] of Object.entries(marks)) { const w = v.slice(10).sort((a, b) => a - b); console.log(k.padEnd(20), w[Math.floor(w.length / 2)].toFixed(2)); }
