import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';

const lexer = createLeerplanCoreServices(EmptyFileSystem).Leerplan.parser.Lexer;

export interface LexedItem {
    offset: number;
    end: number;
    text: string;
}

/** Tokens and comments of `text` in order (whitespace dropped), as the language's own lexer sees them. */
export function lexedItems(text: string): LexedItem[] {
    const result = lexer.tokenize(text.replace(/^\uFEFF/, ''));
    return [...result.tokens, ...(result.hidden ?? [])]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => ({ offset: t.startOffset, end: t.startOffset + t.image.length, text: t.image }));
}

/** Offset of an LSP position (0-based line and character) in `text`. */
function offsetAt(text: string, line: number, character: number): number {
    let offset = 0;
    for (let l = 0; l < line; l++) {
        const match = /\r\n|\r|\n/g;
        match.lastIndex = offset;
        const found = match.exec(text);
        if (!found) return text.length;
        offset = found.index + found[0].length;
    }
    return offset + character;
}

/**
 * Diagnostics as `code@first-last`, where first and last are the indexes of the first
 * and last token or comment the range covers: independent of layout, so a diagnostic
 * before formatting and after it compare equal when it is about the same tokens.
 */
export function mapToItems(text: string, diagnostics: Diagnostic[]): string[] {
    const items = lexedItems(text);
    const body = text.replace(/^\uFEFF/, '');
    return diagnostics.map(d => {
        const start = offsetAt(body, d.range.start.line, d.range.start.character);
        const end = offsetAt(body, d.range.end.line, d.range.end.character);
        let first = items.findIndex(i => i.end > start);
        if (first === -1) first = items.length;
        let last = -1;
        for (let i = 0; i < items.length; i++) if (items[i].offset < end) last = i;
        return `${String(d.code)}@${first}-${last}`;
    }).sort();
}
