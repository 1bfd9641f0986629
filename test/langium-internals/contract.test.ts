import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstNodeBuilder, createLangiumParser, EmptyFileSystem, URI, type LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { isStaticLangiumParser } from '../../language/src/langium-internals/static-parser-builder.js';
import { supportsParseWithContainers } from '../../language/src/langium-internals/parse-with-containers.js';
import { CompactCstNodeBuilder, CompactLeafCstNode } from '../../language/src/langium-internals/compact-cst.js';

/**
 * The contract between language/src/langium-internals/ and the Langium and Chevrotain
 * installed: the test a Langium upgrade runs first (see the README of that folder).
 */
const ROOT = join(__dirname, '..', '..');
const FOLDER = join(ROOT, 'language', 'src', 'langium-internals');
const README = readFileSync(join(FOLDER, 'README.md'), 'utf8');
const installed = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const PLAN = 'people { person anna "Anna" }\n// a comment\nplan anna-2026 for anna { coach anna }\n';

/** A parser's private parts, as the files of the folder read them. */
type Internals = Record<string, unknown> & { wrapper: Record<string, unknown>; nodeBuilder: unknown };
const internalsOf = (parser: LangiumParser) => parser as unknown as Internals;

describe('the Langium internals Leerplan uses', () => {
    const { Leerplan, shared } = createLeerplanCoreServices(EmptyFileSystem);

    it('were checked against the installed versions (else: read the README, re-check each internal, then update its versions line)', () => {
        const checked = /^Checked against: langium (\S+), chevrotain (\S+)$/m.exec(README);
        expect(checked, 'the README names the versions').not.toBeNull();
        expect({ langium: installed('langium'), chevrotain: installed('chevrotain') }).toEqual({ langium: checked![1], chevrotain: checked![2] });
        // Everything is bundled, so langium is a devDependency (the package has no runtime dependencies).
        const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.langium;
        expect(pinned, 'langium is pinned to one exact version').toBe(checked![1]);
    });

    it('come from upstream files that exist, and each file of the folder is listed', () => {
        const lines = README.split('\n');
        const table = lines.indexOf('|---|---|---|');
        const rows = lines.slice(table + 1, lines.indexOf('', table));
        expect(rows.length).toBe(5);
        for (const upstream of new Set(rows.flatMap(row => [...row.split(' | ')[1].matchAll(/`((?:langium|chevrotain)\/src\/[^`]+)`/g)].map(m => m[1])))) {
            const [pkg, ...path] = upstream.split('/');
            expect(existsSync(join(ROOT, 'node_modules', pkg, ...path)), upstream).toBe(true);
        }
        const usedIn = rows.map(row => row.split(' | ')[2]).join(' ');
        for (const file of ['static-parser-builder.ts', 'parse-with-containers.ts', 'compact-cst.ts', 'parse-error-limit.ts', 'comment-edit.ts']) {
            expect(existsSync(join(FOLDER, file)), file).toBe(true);
            expect(usedIn, file).toContain(`\`${file}\``);
        }
    });

    it('have the shape the folder expects, in a parser built by Langium itself', () => {
        const parser = internalsOf(createLangiumParser(Leerplan));
        expect(typeof parser.doParse).toBe('function');
        expect(parser.mainRule).toBeDefined();
        expect(parser.lexer).toBe(Leerplan.parser.Lexer);
        expect(parser.nodeBuilder).toBeInstanceOf(CstNodeBuilder);
        expect(parser.stack).toBeInstanceOf(Array);
        expect(parser.unorderedGroups).toBeInstanceOf(Map);
        expect(typeof parser.wrapper.SAVE_ERROR).toBe('function');
        expect(parser.wrapper._errors).toBeInstanceOf(Array);
        expect(parser.wrapper.input).toBeInstanceOf(Array);
        expect(parser.wrapper.errors).toBeInstanceOf(Array);
        expect(typeof (CstNodeBuilder.prototype as unknown as Record<string, unknown>).createLeafNode).toBe('function');

        const root = (parser as unknown as LangiumParser).parse(PLAN).value.$cstNode!.root;
        expect(typeof (root as unknown as Internals)._text).toBe('string');
        const leaf = (root as unknown as { content: Array<Record<string, unknown>> }).content[0];
        const firstLeaf = (function first(node: Record<string, unknown>): Record<string, unknown> {
            const content = node.content as Array<Record<string, unknown>> | undefined;
            return content ? first(content[0]) : node;
        })(leaf);
        for (const field of ['_offset', '_length', '_endColumn']) expect(typeof firstLeaf[field], field).toBe('number');
    });

    it('are all in use: every fast path is switched on in the services that ship', () => {
        const parser = Leerplan.parser.LangiumParser;
        expect(isStaticLangiumParser(parser), 'the parser built once (static-parser-builder.ts)').toBe(true);
        expect(supportsParseWithContainers(parser), 'container links without allocation (parse-with-containers.ts)').toBe(true);
        expect(internalsOf(parser).nodeBuilder, 'compact leaves (compact-cst.ts)').toBeInstanceOf(CompactCstNodeBuilder);
        const document = shared.workspace.LangiumDocumentFactory.fromString(PLAN, URI.file('/contract/plan.pop'));
        const leaf = (function first(node: unknown): unknown {
            const content = (node as { content?: unknown[] }).content;
            return content ? first(content[0]) : node;
        })(document.parseResult.value.$cstNode);
        expect(leaf).toBeInstanceOf(CompactLeafCstNode);
    });
});
