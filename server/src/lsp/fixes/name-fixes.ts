import { AstUtils, type LangiumDocument } from 'langium';
import { TextEdit, type CodeAction } from 'vscode-languageserver';
import { isPlaceholderName } from '../../../../language/src/model/placeholders.js';
import { declarePeopleEdit, findPeopleBlock, personLine } from '../people-block.js';
import { fixTitle } from './fix-titles.js';
import { kw, localFix, quickFix, type FixContext } from './fix-context.js';
import { INDENT, lineEndingOf } from './insert-line.js';

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
 * A placeholder (`COACH`, `person`) is something to replace, never someone to create.
 */
export function createPersonFixes(context: FixContext): CodeAction[] {
    const name = context.data.name;
    if (context.data.kind !== 'person' || typeof name !== 'string' || name === '' || isPlaceholderName(name)) return [];
    const people = findPeopleBlock(context.services.shared.workspace.LangiumDocuments, context.document);
    if (people) {
        const declared = declarePeopleEdit(people, [{ id: name, name, role: '...' }]);
        if (!declared) return [];
        const document = AstUtils.getDocument(people);
        const file = document.uri.toString() === context.document.uri.toString() ? undefined : fileName(document);
        return [quickFix(fixTitle('createPerson', context.uiLang, { name, file: file ?? '' }), context.diagnostic,
            { changes: { [declared.uri]: [declared.edit] } })];
    }
    const lang = context.fileLang;
    const eol = lineEndingOf(context.document);
    const text = context.document.textDocument.getText();
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? eol : eol + eol;
    const block = `${separator}${kw('people', lang)} {${eol}${INDENT}${personLine(name, name, lang, '...')}${eol}}${eol}`;
    return localFix(context, fixTitle('createPerson', context.uiLang, { name, file: '' }),
        [TextEdit.insert(context.document.textDocument.positionAt(text.length), block)]);
}

function fileName(document: LangiumDocument): string {
    return document.uri.path.split('/').pop() ?? document.uri.toString();
}
