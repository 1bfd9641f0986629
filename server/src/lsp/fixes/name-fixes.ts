import { AstUtils, type LangiumDocument } from 'langium';
import { TextEdit, type CodeAction } from 'vscode-languageserver';
import * as ast from '../../../../language/src/generated/ast.js';
import { isBuiltinUri } from '../../../../language/src/frameworks/builtin-document.js';
import { fixTitle } from './fix-titles.js';
import { fileKeywordLanguage, kw, localFix, quickFix, quote, type FixContext } from './fix-context.js';
import { INDENT, insertLineEdit, lineEndingOf } from './insert-line.js';

/**
 * `unknown-learning-form` and `link-error`: replace the word by the nearest known
 * one the check suggested (`diagnostic.data.suggestion`).
 */
export function replaceBySuggestionFixes(context: FixContext): CodeAction[] {
    const suggestion = context.data.suggestion;
    if (typeof suggestion !== 'string' || suggestion === '') return [];
    return localFix(context, fixTitle('replaceWith', context.uiLang, { name: suggestion }),
        [TextEdit.replace(context.diagnostic.range, suggestion)], true);
}

/**
 * `link-error` for a person: declare them, `person ID "ID" role "..."`, in the
 * people block of the workspace (in the file that has it, in that file's keyword
 * language), or in a new people block at the end of this file when there is none.
 */
export function createPersonFixes(context: FixContext): CodeAction[] {
    const name = context.data.name;
    if (context.data.kind !== 'person' || typeof name !== 'string' || name === '') return [];
    const people = findPeopleBlock(context);
    if (people) {
        const document = AstUtils.getDocument(people);
        const lang = fileKeywordLanguage(document);
        const line = `${kw('person', lang)} ${name} ${quote(name)} ${kw('role', lang)} ${quote('...')}`;
        const edit = insertLineEdit(document, people, line, people.persons);
        if (!edit) return [];
        const file = document.uri.toString() === context.document.uri.toString() ? undefined : fileName(document);
        return [quickFix(fixTitle('createPerson', context.uiLang, { name, file: file ?? '' }), context.diagnostic,
            { changes: { [document.uri.toString()]: [edit] } })];
    }
    const lang = context.fileLang;
    const eol = lineEndingOf(context.document);
    const text = context.document.textDocument.getText();
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? eol : eol + eol;
    const block = `${separator}${kw('people', lang)} {${eol}${INDENT}${kw('person', lang)} ${name} ${quote(name)} ${kw('role', lang)} ${quote('...')}${eol}}${eol}`;
    return localFix(context, fixTitle('createPerson', context.uiLang, { name, file: '' }),
        [TextEdit.insert(context.document.textDocument.positionAt(text.length), block)]);
}

/** The people block of the workspace: in this file if it has one, else the first one found. */
function findPeopleBlock(context: FixContext): ast.People | undefined {
    const own = peopleIn(context.document);
    if (own) return own;
    for (const document of context.services.shared.workspace.LangiumDocuments.all) {
        if (isBuiltinUri(document.uri)) continue;
        const found = peopleIn(document);
        if (found) return found;
    }
    return undefined;
}

function peopleIn(document: LangiumDocument): ast.People | undefined {
    const root = document.parseResult.value as ast.Document;
    return root.elements?.find(ast.isPeople);
}

function fileName(document: LangiumDocument): string {
    return document.uri.path.split('/').pop() ?? document.uri.toString();
}
