import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI, type CstNode, type LangiumDocument } from 'langium';
import { createLeerplanLspServices } from '../../server/src/leerplan-lsp-module.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { moveCommentOffsets } from '../../language/src/langium-internals/comment-edit.js';
import { sketchFiles } from '../helpers/sketch.js';

const { shared } = createLeerplanLspServices({ ...EmptyFileSystem });
const ANNA = sketchFiles()['anna-2026.pop'];

function parse(text: string): LangiumDocument {
    return shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/c/${Math.random()}.pop`));
}

/** Every leaf as `offset:length:line:col-line:col`, the way positions are served. */
function leaves(document: LangiumDocument): string[] {
    const out: string[] = [];
    const walk = (node: CstNode) => {
        const content = (node as { content?: CstNode[] }).content;
        if (content) content.forEach(walk);
        else out.push(`${node.offset}:${node.length}:${node.range.start.line}:${node.range.start.character}-${node.range.end.line}:${node.range.end.character}:${node.text}`);
    };
    walk(document.parseResult.value.$cstNode!);
    return out;
}

describe('an edit inside a line comment', () => {
    const edits: Array<[string, string]> = [
        ['typing at the end of a comment', ANNA.replace('// the vision link', '// the vision linkx')],
        ['typing inside a comment', ANNA.replace('// a team goal', '// a team goal we share')],
        ['deleting inside a comment', ANNA.replace("// no 'supports' line: warning goal-without-vision", "// no 'supports' line")],
    ];
    for (const [what, edited] of edits) {
        it(`${what} moves the offsets exactly as a new parse would place them`, () => {
            const document = parse(ANNA);
            expect(moveCommentOffsets(document, TextDocument.create(document.uri.toString(), 'pop', 2, edited))).toBeDefined();
            expect(document.parseResult.value.$cstNode!.root.fullText).toBe(edited);
            expect(leaves(document)).toEqual(leaves(parse(edited)));
        });
    }

    const refused: Array<[string, string]> = [
        ['an edit in the code', ANNA.replace('coach mark', 'coach marc')],
        ['an edit in the code before a comment on its line', ANNA.replace('supports learning-at-work              // the', 'supports learning-at-works             // the')],
        ['a line break in a comment', ANNA.replace('// the vision link', '// the vision\n link')],
        ['an edit that breaks the //', ANNA.replace('// the vision link', '/ the vision link')],
        ['an edit across a comment and the code', ANNA.replace('learning-at-work              // the', 'learning-at-work // the')],
    ];
    for (const [what, edited] of refused) {
        it(`is not taken for ${what}`, () => {
            const document = parse(ANNA);
            const before = leaves(document);
            expect(moveCommentOffsets(document, TextDocument.create(document.uri.toString(), 'pop', 2, edited))).toBeUndefined();
            expect(leaves(document)).toEqual(before);
        });
    }
});
