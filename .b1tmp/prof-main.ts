import { readFileSync } from 'node:fs';
import { URI, EmptyFileSystem } from 'langium';
import { createLeerplanServices } from '/work/main/server/src/leerplan-lsp-module.js';
import { ensureBuiltinDocument } from '/work/main/language/src/workspace/check-documents.js';
async function main() {
    const { shared } = createLeerplanServices({ ...EmptyFileSystem });
    const text = readFileSync('/work/shared/bench/data/pop/big/plan-big.pop', 'utf8');
    const b = ensureBuiltinDocument(shared);
    const docs = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    await builder.build([b], {});
    const uri = URI.file('/x/big.pop');
    const totals = { parse: 0, link: 0, val: 0 };
    for (let i = 0; i < 60; i++) {
        if (docs.hasDocument(uri)) docs.deleteDocument(uri);
        let t = performance.now();
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text + ' '.repeat(i % 3), uri);
        const tParse = performance.now() - t;
        docs.addDocument(doc);
        t = performance.now();
        await builder.build([doc], { validation: false });
        const tLink = performance.now() - t;
        t = performance.now();
        await builder.build([doc], { validation: true });
        const tVal = performance.now() - t;
        if (i >= 30) { totals.parse += tParse; totals.link += tLink; totals.val += tVal; }
    }
    console.log(`avg over 30: parse ${(totals.parse / 30).toFixed(1)} link ${(totals.link / 30).toFixed(1)} validate ${(totals.val / 30).toFixed(1)}`);
}
main();
