import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DISCOVERY_LIMIT } from '../../node/src/file-discovery.js';
import { ORGANISATION } from '../cli/cli-harness.js';
import { runCli } from '../hostile/hostile-files.js';
import { startServer } from '../server/lsp-client.js';
import { makeRoot, manyEntries, removeRoot, writeFile } from './discovery-fixture.js';

/**
 * A workspace of 100,000 files and folders (1,000 folders of 100 files): the CLI and the
 * server stop at the default limit with a message that names it, instead of reading on.
 */
let root: string;
let ws: string;

beforeAll(() => {
    root = makeRoot('leerplan-big-');
    ws = join(root, 'ws');
    writeFile(ws, 'organisation.pop', ORGANISATION);
    manyEntries(ws, 'data', 1000, 100);
});

afterAll(() => removeRoot(root));

const MESSAGE = `stopped looking for .pop files in '.' at ${DEFAULT_DISCOVERY_LIMIT.toLocaleString('en')} files and folders, the limit ("discoveryLimit" in leerplan.json): check a smaller folder, or raise the limit`;

describe('a workspace of 100,000 files and folders', () => {
    it('the default limit is 100,000', () => {
        expect(DEFAULT_DISCOVERY_LIMIT).toBe(100_000);
    });

    it('leerplan check stops with a message naming the limit, exit 2', () => {
        const run = runCli(['check'], ws);
        expect(run.signal).toBeNull();
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(`leerplan: ${MESSAGE}\n`);
        expect(run.stdout).toBe('');
    });

    it('the language server stops with the same message, as an error', async () => {
        const server = await startServer({ folders: [ws], settings: { leerplan: { language: 'en' } } });
        try {
            const expected = `Leerplan: ${MESSAGE.replace("in '.'", `in '${ws}'`)}`;
            await server.waitFor(() => server.messages.some(m => m.message === expected && m.type === 1), 'the limit shown');
            expect([...server.published.keys()].filter(uri => uri.endsWith('.pop'))).toEqual([]);
        } finally {
            await server.stop();
        }
    });
});
