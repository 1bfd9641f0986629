import { join } from 'node:path';
import { AstUtils, createLangiumParser, DefaultValueConverter, EmptyFileSystem, GrammarAST, type AstNode, type CstNode, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { linkContainers, supportsParseWithContainers } from '../../language/src/langium-internals/parse-with-containers.js';
import { CompactLeafCstNode } from '../../language/src/langium-internals/compact-cst.js';
import { isStaticLangiumParser } from '../../language/src/langium-internals/static-parser-builder.js';
import type { RecordingLexer, SizedParseResult } from '../../language/src/parser/size-limited-parser.js';
import { PARSING_FIXTURES, readPopFolder } from '../parsing/parse-helpers.js';

/** Every node of a parse: its type, where it hangs and what it holds, as plain data. */
function shapeOf(result: ParseResult): unknown[] {
    const path = (node: AstNode | undefined): string => node
        ? `${path(node.$container)}/${node.$type}.${node.$containerProperty ?? ''}[${node.$containerIndex ?? ''}]` : '';
    return AstUtils.streamAst(result.value).map(node => ({
        path: path(node),
        text: node.$cstNode?.text,
        offset: node.$cstNode?.offset,
        rootIsDocument: AstUtils.findRootNode(node) === result.value,
    })).toArray();
}

function leavesOf(node: CstNode | undefined, out: string[] = []): string[] {
    if (!node) return out;
    const content = (node as { content?: CstNode[] }).content;
    if (content) for (const child of content) leavesOf(child, out);
    else {
        const { start, end } = node.range;
        const type = (node as { tokenType?: { name: string } }).tokenType?.name;
        out.push(`${type} ${node.offset}+${node.length} ${node.hidden} ${start.line}:${start.character}-${end.line}:${end.character} ${node.text}`);
    }
    return out;
}

function errorsOf(result: ParseResult): unknown {
    return {
        lexer: result.lexerErrors.map(e => [e.offset, e.length]),
        parser: result.parserErrors.map(e => [e.name, e.message, e.token.startOffset]),
    };
}

const broken = [
    'plan p for anna {\n    goal G1 "x" {\n        due 2026-13-01\n    }\n',
    'people { person anna "Anna" role }\nplan plan for for { goal { } }',
    '// only a comment\n',
    'team t "T" { lead ; members a, , b }\n/* open comment',
    'plan p voor anna { leerdoel G1 "x" { elke maand } }',
    '',
    'plan p for anna {\r\n  // a comment\r\n  ambition "two\r\nlines" /* and a\r\nblock */ goal G1 "é ü"\r{\r}\n}',
    '\n\n  people {\n    person anna "Anna\n\n" role "r"\r\n\r\n  }\n/* x\r\n\r*/ team',
];

describe('the parser (built once, container links, compact syntax tree leaves) gives what Langium\'s own parser gives', () => {
    const { Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
    const langium = createLangiumParser(Leerplan);
    const texts = [
        ...Object.values(readPopFolder(join(PARSING_FIXTURES, 'en'))),
        ...Object.values(readPopFolder(join(PARSING_FIXTURES, 'nl'))),
        ...broken,
    ];

    it('gives the same tree, the same links and the same errors as Langium\'s own parse', () => {
        // Langium's internals are there, so the server's parser really is the one compared here.
        expect(supportsParseWithContainers(Leerplan.parser.LangiumParser)).toBe(true);
        expect(isStaticLangiumParser(Leerplan.parser.LangiumParser)).toBe(true);
        expect(isStaticLangiumParser(langium)).toBe(false);
        const firstLeaf = (result: ParseResult) => AstUtils.findRootNode(result.value).$cstNode!.root.content.find(n => !('content' in n));
        expect(firstLeaf(Leerplan.parser.LangiumParser.parse('// x\nteam t "T" {}'))).toBeInstanceOf(CompactLeafCstNode);
        expect(firstLeaf(langium.parse('// x\nteam t "T" {}'))).not.toBeInstanceOf(CompactLeafCstNode);
        for (const text of texts) {
            const ours = Leerplan.parser.LangiumParser.parse(text);
            const theirs = langium.parse(text);
            expect(shapeOf(ours)).toEqual(shapeOf(theirs));
            expect(leavesOf(ours.value.$cstNode)).toEqual(leavesOf(theirs.value.$cstNode));
            expect(errorsOf(ours)).toEqual(errorsOf(theirs));
        }
        // Not vacuous: the fixtures hold nested nodes in lists and single properties.
        const plan = readPopFolder(join(PARSING_FIXTURES, 'en'))['plan.pop'];
        const paths = shapeOf(Leerplan.parser.LangiumParser.parse(plan)).map(n => (n as { path: string }).path);
        expect(paths.some(p => /\[\d+\].*\[\d+\].*\[\d+\]/.test(p))).toBe(true);
        expect(paths.some(p => /\.[a-z]+\[\]$/i.test(p))).toBe(true);
    });

    it('recovers from syntax errors exactly as Langium\'s parser does', () => {
        // Every 5th token of the fixtures dropped, doubled or cut off at: about 400 broken texts.
        let compared = 0;
        for (const text of texts.slice(0, 8)) {
            const tokens = Leerplan.parser.Lexer.tokenize(text).tokens;
            for (let i = 0; i < tokens.length; i += 5) {
                const t = tokens[i];
                const end = t.startOffset + t.image.length;
                const variants = [
                    text.slice(0, t.startOffset) + text.slice(end),
                    text.slice(0, end) + ' ' + t.image + text.slice(end),
                    text.slice(0, t.startOffset),
                ];
                for (const variant of variants) {
                    const ours = Leerplan.parser.LangiumParser.parse(variant);
                    const theirs = langium.parse(variant);
                    expect(errorsOf(ours)).toEqual(errorsOf(theirs));
                    expect(shapeOf(ours)).toEqual(shapeOf(theirs));
                    expect(leavesOf(ours.value.$cstNode)).toEqual(leavesOf(theirs.value.$cstNode));
                    compared++;
                }
            }
        }
        expect(compared).toBeGreaterThan(300);
    });

    it('converts every value as Langium\'s value converter does', () => {
        const theirs = new DefaultValueConverter();
        let converted = 0;
        const visit = (node: CstNode): void => {
            const source = node.grammarSource;
            if (source && (GrammarAST.isRuleCall(source) || GrammarAST.isCrossReference(source))) {
                expect(Leerplan.parser.ValueConverter.convert(node.text, node)).toEqual(theirs.convert(node.text, node));
                converted++;
            }
            for (const child of (node as { content?: CstNode[] }).content ?? []) visit(child);
        };
        for (const text of texts) visit(Leerplan.parser.LangiumParser.parse(text).value.$cstNode!);
        expect(converted).toBeGreaterThan(200);
        // Hours are numbers, names and dates text.
        const plan = readPopFolder(join(PARSING_FIXTURES, 'en'))['plan.pop'];
        const hours = AstUtils.streamAst(Leerplan.parser.LangiumParser.parse(plan).value).find(n => n.$type === 'Hours');
        expect(typeof (hours as unknown as { value: unknown }).value).toBe('number');
    });

    it('keeps no tokens once a parse or a tokenize is over, and still counts keywords', () => {
        const lexer = Leerplan.parser.Lexer as RecordingLexer;
        lexer.tokenize(texts[0]);
        expect(lexer.lastTokens).toEqual([]);
        const result = Leerplan.parser.LangiumParser.parse('plan p voor anna {\n    goal G1 "x" {\n    }\n}\n') as SizedParseResult;
        expect(result.keywordStats).toMatchObject({ en: 1, nl: 1 });
        expect(lexer.lastTokens).toEqual([]);
        expect((Leerplan.parser.LangiumParser as unknown as { wrapper: { tokVector: unknown[] } }).wrapper.tokVector).toEqual([]);
    });

    it('links list items with their index and single children without one', () => {
        const child = { $type: 'C' } as AstNode;
        const items = [{ $type: 'I' }, 'not a node', { $type: 'I' }] as unknown as AstNode[];
        const root = { $type: 'R', single: child, items, $cstNode: { $type: 'ignored' }, name: 'x' } as unknown as AstNode;
        linkContainers(root);
        expect([child.$container, child.$containerProperty, child.$containerIndex]).toEqual([root, 'single', undefined]);
        expect([items[0].$container, items[0].$containerProperty, items[0].$containerIndex]).toEqual([root, 'items', 0]);
        expect([items[2].$containerProperty, items[2].$containerIndex]).toEqual(['items', 2]);
        expect((root as unknown as { $cstNode: { $container?: unknown } }).$cstNode.$container).toBeUndefined();
    });
});
