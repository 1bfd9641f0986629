import { GrammarUtils, UriUtils, type LangiumDocument, type URI } from 'langium';
import {
    CreateFile, TextDocumentEdit, TextEdit,
    type CodeAction, type Position,
} from 'vscode-languageserver';
import * as ast from '../../../../language/src/generated/ast.js';
import { fixTitle } from './fix-titles.js';
import { kw, nodeAtDiagnostic, quickFix, type FixContext } from './fix-context.js';
import { INDENT, lineEndingOf, removeNodeEdit } from './insert-line.js';

/** The line a `.gitignore` needs so private files never leave the owner's machine. */
export const PRIVATE_PATTERN = '*.private.pop';

type DocumentChange = CreateFile | TextDocumentEdit;

/**
 * `private-in-tracked-file`: move every private reflection of the plan to
 * `PLAN.private.pop` beside the file (created with `private PLAN { ... }`, or
 * extended when it exists), remove them from the plan, and make sure the folder's
 * `.gitignore` lists `*.private.pop` (creating it when missing). For a private block
 * that is itself in a tracked file, only the `.gitignore` line is offered.
 */
export function movePrivateReflectionsFixes(context: FixContext): CodeAction[] {
    const reflection = nodeAtDiagnostic(context, ast.isReflection);
    if (!reflection) return [];
    const folder = UriUtils.dirname(context.document.uri);
    const ignore = gitignoreChanges(context, folder);
    const container = reflection.$container;
    if (ast.isPrivateBlock(container)) {
        if (ignore.length === 0) return [];
        return [quickFix(fixTitle('ignorePrivate', context.uiLang), context.diagnostic, { documentChanges: ignore })];
    }
    const plan = container;
    const moving = plan.reflections.filter(r => r.private);
    if (moving.length === 0 || !plan.name) return [];
    const fileName = `${plan.name}.private.pop`;
    const target = UriUtils.joinPath(folder, fileName);
    const eol = lineEndingOf(context.document);
    const lines = moving.map(r => `${INDENT}${reflectionLine(r)}`);
    const changes: DocumentChange[] = [
        ...privateFileChanges(context, target, plan.name, lines, eol),
        TextDocumentEdit.create({ uri: context.document.uri.toString(), version: context.document.textDocument.version },
            moving.map(r => removeNodeEdit(context.document, r)).filter((e): e is TextEdit => e !== undefined)),
        ...ignore,
    ];
    return [quickFix(fixTitle('movePrivate', context.uiLang, { file: fileName }), context.diagnostic, { documentChanges: changes }, true)];
}

/** `reflection 2026-04-02 "text"`: as written, without the `private` word (the whole file is private). */
function reflectionLine(reflection: ast.Reflection): string {
    const keyword = reflection.$cstNode?.text.split(/\s/)[0] ?? 'reflection';
    const text = GrammarUtils.findNodeForProperty(reflection.$cstNode, 'text')?.text ?? '""';
    return `${keyword} ${reflection.date} ${text}`;
}

/** Adds the lines to the plan's private block in the private file, creating file or block as needed. */
function privateFileChanges(context: FixContext, target: URI, planName: string, lines: string[], eol: string): DocumentChange[] {
    const existing = context.services.shared.workspace.LangiumDocuments.getDocument(target);
    const header = `${kw('private', context.fileLang)} ${planName} {`;
    const newBlock = [header, ...lines, '}'].join(eol) + eol;
    if (!existing) {
        const onDisk = readText(context, target);
        if (onDisk === undefined) {
            return [
                CreateFile.create(target.toString(), { ignoreIfExists: true }),
                TextDocumentEdit.create({ uri: target.toString(), version: null }, [TextEdit.insert({ line: 0, character: 0 }, newBlock)]),
            ];
        }
        return [TextDocumentEdit.create({ uri: target.toString(), version: null }, [appendEdit(onDisk, newBlock, eol)])];
    }
    const block = (existing.parseResult.value as ast.Document).elements
        ?.find((e): e is ast.PrivateBlock => ast.isPrivateBlock(e) && e.plan?.$refText === planName);
    const close = block && GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
    const edit = close
        ? TextEdit.insert(positionBeforeLine(existing, close.offset), lines.map(l => l + eol).join(''))
        : appendEdit(existing.textDocument.getText(), newBlock, eol);
    return [TextDocumentEdit.create({ uri: target.toString(), version: existing.textDocument.version }, [edit])];
}

/** The `.gitignore` of the folder gets `*.private.pop`, unless it has the line already. */
function gitignoreChanges(context: FixContext, folder: URI): DocumentChange[] {
    const uri = UriUtils.joinPath(folder, '.gitignore');
    const text = readText(context, uri);
    if (text === undefined) {
        return [
            CreateFile.create(uri.toString(), { ignoreIfExists: true }),
            TextDocumentEdit.create({ uri: uri.toString(), version: null }, [TextEdit.insert({ line: 0, character: 0 }, `${PRIVATE_PATTERN}\n`)]),
        ];
    }
    if (text.split(/\r?\n/).some(line => line.trim() === PRIVATE_PATTERN)) return [];
    return [TextDocumentEdit.create({ uri: uri.toString(), version: null }, [appendEdit(text, `${PRIVATE_PATTERN}\n`, '\n')])];
}

/** Reads a file through the workspace's file system; undefined when it does not exist. */
function readText(context: FixContext, uri: URI): string | undefined {
    const fs = context.services.shared.workspace.FileSystemProvider;
    try {
        return fs.existsSync(uri) ? fs.readFileSync(uri) : undefined;
    } catch {
        return undefined;
    }
}

/** Appends `addition` at the end of `text`, on a line of its own. */
function appendEdit(text: string, addition: string, eol: string): TextEdit {
    const lines = text.split(/\r?\n/);
    const end: Position = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const needsBreak = text.length > 0 && !text.endsWith('\n');
    return TextEdit.insert(end, (needsBreak ? eol : '') + addition);
}

/** The start of the line an offset is on, when only whitespace precedes it there; else the offset itself. */
function positionBeforeLine(document: LangiumDocument, offset: number): Position {
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const onOwnLine = /^[ \t]*$/.test(text.slice(lineStart, offset));
    return document.textDocument.positionAt(onOwnLine ? lineStart : offset);
}
