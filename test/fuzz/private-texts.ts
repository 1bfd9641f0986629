import { AstUtils, type LangiumDocument } from 'langium';
import * as ast from '../../language/src/generated/ast.js';
import { escapeHtml } from '../../summary/src/html-escape.js';

/**
 * Finds the private sentences of a checked workspace, to search outputs for them:
 * every quoted text of a `*.private.pop` file (read from the raw text, so a file with
 * syntax errors counts too, including the rest of a line after an unterminated quote),
 * and the text of every reflection marked private or inside a `private PLAN { }` block.
 * A sentence that also stands in public text (a goal title that happens to match, a
 * line the fuzzer duplicated without its `private`) is no secret and is left out.
 */
export function isPrivatePath(name: string): boolean {
    return /\.private\.pop$/i.test(name);
}

const QUOTED = /"((?:\\.|[^"\\\r\n])*)"|"([^"\r\n]*)$/gm;

function quotedTexts(text: string): string[] {
    return [...text.matchAll(QUOTED)].map(m => m[1] ?? m[2] ?? '');
}

export function privateSentences(names: readonly string[], documents: readonly LangiumDocument[], minLength = 12): string[] {
    const secret = new Set<string>();
    const publicParts: string[] = [];
    names.forEach((name, i) => {
        const document = documents[i];
        const text = document.textDocument.getText();
        if (isPrivatePath(name)) {
            for (const q of quotedTexts(text)) secret.add(q);
            return;
        }
        // The public text of the file: everything but its private reflections.
        const cut: Array<[number, number]> = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            const inPrivateBlock = ast.isReflection(node) && ast.isPrivateBlock(node.$container);
            if (ast.isReflection(node) && (node.private || inPrivateBlock) && node.$cstNode) {
                if (node.text) secret.add(node.text);
                cut.push([node.$cstNode.offset, node.$cstNode.end]);
            }
            if (ast.isPrivateBlock(node) && node.$cstNode) {
                for (const q of quotedTexts(node.$cstNode.text)) secret.add(q);
                cut.push([node.$cstNode.offset, node.$cstNode.end]);
            }
        }
        cut.sort((a, b) => a[0] - b[0]);
        let from = 0;
        for (const [start, end] of cut) {
            if (start > from) publicParts.push(text.slice(from, start));
            from = Math.max(from, end);
        }
        publicParts.push(text.slice(from));
    });
    const publicText = publicParts.join('\n');
    // A single identifier-like word is left out too: after a stray quote the lexer reads the words that follow as
    // names, and a name (a plan a private block refers to) may be shown; messages hold ids by design.
    const lonelyName = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
    return [...secret].map(s => s.trim())
        .filter(s => s.length >= minLength && !s.includes('\\') && !lonelyName.test(s) && !publicText.includes(s));
}

/** The ways a sentence can appear in an output: as it is, HTML-escaped, JSON-escaped. */
export function encodings(sentence: string): string[] {
    return [...new Set([sentence, escapeHtml(sentence), JSON.stringify(sentence).slice(1, -1)])];
}

/** The private sentences that occur in `output`. */
export function leaksIn(output: string, sentences: readonly string[]): string[] {
    return sentences.filter(s => encodings(s).some(e => output.includes(e)));
}
