import { GrammarUtils, UriUtils, type LangiumDocument, type URI } from 'langium';
import { CreateFile, TextDocumentEdit, TextEdit, type Position } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';
import { fixTitle } from './fix-titles.js';
import { kw, nodeAtDiagnostic, quickFix, type Fix, type FixContext } from './fix-context.js';
import { INDENT, lineEndingOf, removeNodeEdit } from './insert-line.js';

/** The line a `.gitignore` needs so private files never leave the owner's machine. */
export const PRIVATE_PATTERN = '*.private.pop';

type DocumentChange = CreateFile | TextDocumentEdit;

/** The command the server runs to stop Git tracking a private file (`git rm --cached`; the file stays on disk). */
export const UNTRACK_COMMAND = 'leerplan.untrackPrivateFile';

/**
 * `private-in-tracked-file`. Private reflections in a plan, or a private block in a
 * file that is not a private file: move them to `PLAN.private.pop` beside it (created,
 * or extended), remove them where they were, and make sure a `.gitignore` rule covers
 * private files (a `*.private.pop` line in the folder's `.gitignore`, unless a rule
 * already matches). In a private file Git already tracks, a `.gitignore` line changes
 * nothing: the fix says so and offers to stop tracking the file (the server runs
 * `git rm --cached`, the file stays on disk), adding the rule only when none matches.
 */
export function movePrivateReflectionsFixes(context: FixContext): Fix[] {
    // A private block may also hold records of feedback received: they move with it.
    const reflection = nodeAtDiagnostic(context, (n): n is ast.Reflection | ast.Feedback => ast.isReflection(n) || (ast.isFeedback(n) && ast.isPrivateBlock(n.$container)));
    if (!reflection) return [];
    const folder = UriUtils.dirname(context.document.uri);
    const container = reflection.$container;
    if (ast.isPrivateBlock(container) && context.document.uri.path.endsWith('.private.pop')) {
        return privateFileFixes(context, context.document.uri);
    }
    if (!ast.isPrivateBlock(container) && !ast.isPlan(container)) return [];
    const planName = ast.isPrivateBlock(container) ? container.plan?.$refText : container.name;
    const moving: Array<ast.Reflection | ast.Feedback> = ast.isPrivateBlock(container)
        ? [...container.reflections, ...container.feedback].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
        : container.reflections.filter(r => r.private);
    if (moving.length === 0 || !planName) return [];
    const fileName = `${planName}.private.pop`;
    const target = UriUtils.joinPath(folder, fileName);
    const eol = lineEndingOf(context.document);
    const lines = moving.map(r => `${INDENT}${privateLine(r)}`);
    const removed = ast.isPrivateBlock(container) ? [removeNodeEdit(context.document, container)] : moving.map(r => removeNodeEdit(context.document, r));
    const changes: DocumentChange[] = [
        ...privateFileChanges(context, target, planName, lines, eol),
        TextDocumentEdit.create({ uri: context.document.uri.toString(), version: context.document.textDocument.version },
            removed.filter((e): e is TextEdit => e !== undefined)),
        ...gitignoreChanges(context, target),
    ];
    const git = context.services.leerplan.GitView;
    if (git.isTracked?.(target) === true) {
        // The private file exists and Git tracks it: moving text into it would share it all the same.
        return [{
            ...quickFix(fixTitle('movePrivateAndUntrack', context.uiLang, { file: fileName }), context.diagnostic, { documentChanges: changes }, true),
            command: { title: fixTitle('untrack', context.uiLang, { file: fileName }), command: UNTRACK_COMMAND, arguments: [target.toString()] },
        }];
    }
    return [quickFix(fixTitle('movePrivate', context.uiLang, { file: fileName }), context.diagnostic, { documentChanges: changes }, true, true)];
}

/** A private file Git shares: tracked (stop tracking it) or only not ignored (ignore it). */
function privateFileFixes(context: FixContext, file: URI): Fix[] {
    const name = file.path.split('/').pop() ?? file.path;
    const ignore = gitignoreChanges(context, file);
    if (context.services.leerplan.GitView.isTracked?.(file) === true) {
        const title = fixTitle('untrackTracked', context.uiLang, { file: name });
        return [{
            ...quickFix(title, context.diagnostic, ignore.length ? { documentChanges: ignore } : {}, true),
            command: { title, command: UNTRACK_COMMAND, arguments: [file.toString()] },
        }];
    }
    if (ignore.length === 0) return [];
    return [quickFix(fixTitle('ignorePrivate', context.uiLang), context.diagnostic, { documentChanges: ignore }, true, true)];
}

/**
 * `reflection 2026-04-02 "text"`, `reflection every month "text"`, `feedback received ...`:
 * the line as written, its moment included, without the `private` word (the whole file
 * is private).
 */
function privateLine(line: ast.Reflection | ast.Feedback): string {
    const cst = line.$cstNode;
    if (!cst) return '';
    const mark = GrammarUtils.findNodeForProperty(cst, 'private');
    if (!mark) return cst.text;
    const before = cst.text.slice(0, mark.offset - cst.offset).trimEnd();
    const after = cst.text.slice(mark.end - cst.offset).trimStart();
    return `${before} ${after}`;
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

/**
 * The `.gitignore` of the file's folder gets `*.private.pop`, unless a rule already
 * covers the file (Git says so, whether or not it tracks the file) or the folder's
 * `.gitignore` has the line.
 */
function gitignoreChanges(context: FixContext, file: URI): DocumentChange[] {
    if (context.services.leerplan.GitView.isIgnoredByRule?.(file) === true) return [];
    const uri = UriUtils.joinPath(UriUtils.dirname(file), '.gitignore');
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
