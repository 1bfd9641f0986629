import { AstUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import { kw, fileKeywordLanguage } from './fix-context.js';
import { stringLiteral } from '../syntax/string-literal.js';
import { INDENT, insertLineEdit, lineEndingOf } from './insert-line.js';

/**
 * The people block of the workspace, where new people are declared: in `preferred`
 * (the document being edited) when it has one, else the first one of the workspace.
 * Private files never count: what they declare is nobody's business but the owner's.
 */
export function findPeopleBlock(documents: LangiumDocuments, preferred?: LangiumDocument): ast.People | undefined {
    const own = preferred ? peopleIn(preferred) : undefined;
    if (own) return own;
    for (const document of documents.all) {
        if (isBuiltinUri(document.uri) || document.uri.path.endsWith('.private.pop')) continue;
        const found = peopleIn(document);
        if (found) return found;
    }
    return undefined;
}

function peopleIn(document: LangiumDocument): ast.People | undefined {
    const root = document.parseResult.value as ast.Document;
    return root.elements?.find(ast.isPeople);
}

/** `person ID "NAME"` (`persoon` in a Dutch file), with `role "ROLE"` when given. */
export function personLine(id: string, name: string, lang: 'en' | 'nl', role?: string): string {
    const line = `${kw('person', lang)} ${id} ${stringLiteral(name)}`;
    return role === undefined ? line : `${line} ${kw('role', lang)} ${stringLiteral(role)}`;
}

/**
 * The edit that adds people to a people block, in the keyword language of that block's
 * file, after its last person: `{ uri, edit }`, or undefined when it cannot be placed.
 */
export function declarePeopleEdit(people: ast.People, persons: Array<{ id: string; name: string; role?: string }>): { uri: string; edit: TextEdit } | undefined {
    if (persons.length === 0) return undefined;
    const document = AstUtils.getDocument(people);
    const lang = fileKeywordLanguage(document);
    const indent = people.persons[0]?.$cstNode ? leadingIndent(document, people.persons[0].$cstNode.offset) : INDENT;
    const lines = persons.map(p => personLine(p.id, p.name, lang, p.role)).join(lineEndingOf(document) + indent);
    const edit = insertLineEdit(document, people, lines, people.persons);
    return edit ? { uri: document.uri.toString(), edit } : undefined;
}

function leadingIndent(document: LangiumDocument, offset: number): string {
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const before = text.slice(lineStart, offset);
    return /^[ \t]*$/.test(before) ? before : INDENT;
}
