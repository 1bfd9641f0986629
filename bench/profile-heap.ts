import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { getHeapSnapshot } from 'node:v8';
import { EmptyFileSystem, URI } from 'langium';
import { createLeerplanCoreServices } from '../language/src/leerplan-module.js';
import { checkDocuments } from '../language/src/workspace/check-documents.js';

const dir = process.argv[2];
const sources = readdirSync(dir).filter(f => f.endsWith('.pop')).slice(0, 300).map(f => ({ uri: URI.file(`${dir}/${f}`), text: readFileSync(`${dir}/${f}`, 'utf8') }));
const { shared } = createLeerplanCoreServices(EmptyFileSystem, { referenceIndex: process.env.NOREF ? false : true });
await checkDocuments(shared, sources);
const chunks: Buffer[] = [];
const stream = getHeapSnapshot();
for await (const c of stream) chunks.push(c as Buffer);
const snap = JSON.parse(Buffer.concat(chunks).toString());
const f = snap.snapshot.meta.node_fields as string[];
const types = snap.snapshot.meta.node_types[0] as string[];
const n = f.length, nodes = snap.nodes as number[], strings = snap.strings as string[];
const byName = new Map<string, [number, number]>();
for (let i = 0; i < nodes.length; i += n) {
    const type = types[nodes[i + f.indexOf('type')]];
    const name = type === 'object' ? strings[nodes[i + f.indexOf('name')]] : `(${type})`;
    const size = nodes[i + f.indexOf('self_size')];
    const e = byName.get(name) ?? [0, 0]; e[0]++; e[1] += size; byName.set(name, e);
}
const samples: string[] = [];
for (let i = 0; i < nodes.length && samples.length < 40; i += n * 997) {
    for (let j = i; j < Math.min(nodes.length, i + n * 50); j += n) {
        if (types[nodes[j + f.indexOf('type')]] === 'concatenated string') { samples.push(JSON.stringify(strings[nodes[j + f.indexOf('name')]]).slice(0, 80)); break; }
    }
}
writeFileSync('/tmp/prof/ropes.txt', samples.join('\n'));
const rows = [...byName].sort((a, b) => b[1][1] - a[1][1]).slice(0, 25);
writeFileSync('/tmp/prof/heap.txt', rows.map(([k, [c, s]]) => `${(s / 1048576).toFixed(2).padStart(8)} MB ${String(c).padStart(9)} ${k}`).join('\n'));
