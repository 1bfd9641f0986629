import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { createLeerplanCoreServices } from '../language/src/leerplan-module.js';
import { checkDocuments } from '../language/src/workspace/check-documents.js';

const text = readFileSync('/work/shared/bench/data/pop/big/plan-big.pop', 'utf8');
const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
const parser = Leerplan.parser.LangiumParser;
const lexer = Leerplan.parser.Lexer;
const t = (label: string, f: () => void, n = 30) => {
    f(); f();
    const times: number[] = [];
    for (let i = 0; i < n; i++) { const s = performance.now(); f(); times.push(performance.now() - s); }
    times.sort((a, b) => a - b);
    console.log(label, times[Math.floor(n / 2)].toFixed(2), 'ms');
};
t('lex', () => lexer.tokenize(text));
t('parse', () => parser.parse(text));
const big = URI.file('/tmp/big.pop');
await checkDocuments(shared, [{ uri: big, text }]);
const times: number[] = [];
for (let i = 0; i < 20; i++) {
    const s = performance.now();
    await checkDocuments(shared, [{ uri: big, text: text + ' '.repeat(i) }]);
    times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
console.log('full check (parse+link+validate)', times[10].toFixed(2));
for (let i = 0; i < 100; i++) await checkDocuments(shared, [{ uri: big, text: text + ' '.repeat(i % 7) }]);
