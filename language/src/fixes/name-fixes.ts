import { AstUtils, type LangiumDocument } from 'langium';
import { TextEdit } from 'vscode-languageserver-types';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import { editDistance } from '../meaning/nearest-name.js';
import { isPlaceholderName } from '../meaning/placeholders.js';
import { declarePeopleEdit, findPeopleBlock, personLine } from './people-block.js';
import { fixTitle } from './fix-titles.js';
import { kw, localFix, nodeAtDiagnostic, quickFix, type Fix, type FixContext } from './fix-context.js';
import * as ast from '../generated/ast.js';
import { INDENT, lineEndingOf } from './insert-line.js';

/**
 * `unknown-learning-form` and `link-error`: replace the word by the nearest known
 * one the check suggested (`diagnostic.data.suggestion`). Safe ("Fix all") when it is
 * the same name written another way: another case (`Mark` -> `mark`), or qualified
 * by the framework that has it (`SharedVision` -> `senge.SharedVision`).
 */
export function replaceBySuggestionFixes(context: FixContext): Fix[] {
    const suggestion = context.data.suggestion;
    if (typeof suggestion !== 'string' || suggestion === '') return [];
    const written = typeof context.data.name === 'string' ? context.data.name : typeof context.data.form === 'string' ? context.data.form : '';
    const sameName = written !== '' && (suggestion.toLowerCase() === written.toLowerCase() || suggestion.endsWith(`.${written}`));
    return localFix(context, fixTitle('replaceWith', context.uiLang, { name: suggestion }),
        [TextEdit.replace(context.diagnostic.range, suggestion)], true, sameName);
}

/** The index types a reference of each kind may name. */
const TYPES_OF_KIND: Record<string, string[]> = {
    person: ['Person'], team: ['Team'], supportTarget: ['Vision', 'Ambition'], vision: ['Vision'], ambition: ['Ambition'],
    goal: ['Goal'], framework: ['Framework'], plan: ['Plan'],
};

/** How many other names a link error offers. */
const NEAREST = 5;

/**
 * `link-error` on an unknown vision or ambition, or on a placeholder (`COACH`,
 * `VISION`): replace it by what there is, nearest name first (for a placeholder, in
 * the order they are declared), up to five, besides the check's own suggestion.
 */
export function nearestNameFixes(context: FixContext): Fix[] {
    const name = context.data.name;
    const kind = typeof context.data.kind === 'string' ? context.data.kind : '';
    if (typeof name !== 'string' || name === '' || !TYPES_OF_KIND[kind]) return [];
    const placeholder = isPlaceholderName(name);
    if (kind !== 'supportTarget' && !placeholder) return [];
    const index = context.services.shared.workspace.IndexManager;
    const seen = new Set<string>([name, typeof context.data.suggestion === 'string' ? context.data.suggestion : '']);
    // Nobody coaches, reviews with or gives feedback to themselves: leave out the plan's owner.
    const plan = kind === 'person' && context.data.property !== 'owner' ? nodeAtDiagnostic(context, ast.isPlan) : undefined;
    const owner = plan?.owner?.$refText;
    if (owner) seen.add(owner);
    const candidates: Array<{ name: string; type: string; order: number }> = [];
    for (const type of TYPES_OF_KIND[kind]) {
        for (const description of index.allElements(type)) {
            if (isBuiltinUri(description.documentUri) || seen.has(description.name)) continue;
            seen.add(description.name);
            candidates.push({ name: description.name, type, order: candidates.length });
        }
    }
    const lower = name.toLowerCase();
    const distance = new Map(candidates.map(c => [c.name, editDistance(lower, c.name.toLowerCase())]));
    const ranked = placeholder ? candidates : [...candidates].sort((a, b) => distance.get(a.name)! - distance.get(b.name)! || a.order - b.order);
    return ranked.slice(0, NEAREST).flatMap(candidate => localFix(context,
        fixTitle('replaceWithKind', context.uiLang, { name: candidate.name, kind: candidate.type.toLowerCase() }),
        [TextEdit.replace(context.diagnostic.range, candidate.name)]));
}

/**
 * `link-error` for a person: declare them, `person ID "ID" role "..."`, in the
 * people block of the workspace (in the file that has it, in that file's keyword
 * language), or in a new people block at the end of this file when there is none.
 * A placeholder (`COACH`, `person`) is something to replace, never someone to create.
 */
export function createPersonFixes(context: FixContext): Fix[] {
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
