import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { URI } from 'langium';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { fixesFor, safeFixesEdit } from '../../language/src/fixes/index.js';
import type { LeerplanServices } from '../../language/src/leerplan-module.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { readExactText } from '../../node/src/read-exact-text.js';
import { replaceFileContent, writeNewFile } from '../../node/src/write-file.js';
import type { CheckedFile } from './load-workspace.js';

/** What one round of `leerplan check --fix` changed. */
export interface FixRound {
    /** Problems fixed. */
    fixed: number;
    /** Absolute paths of the files written or created. */
    files: string[];
}

/**
 * One round of `leerplan check --fix`: the safe fixes of every checked file (the same
 * as the editor's "Fix all", `language/src/fixes/`), written to disk. A fix whose files
 * another fix of this round changed already waits for the next round, which starts
 * from a fresh check. Files are replaced in one step each, keeping a byte-order mark;
 * a file that changed on disk since it was read is left alone.
 */
export function applySafeFixes(files: CheckedFile[], services: LeerplanServices, lang: Lang): FixRound {
    const touched = new Set<string>();
    let fixed = 0;
    for (const file of files) {
        if (!file.document) continue;
        const all = safeFixesEdit(fixesFor(file.document, file.diagnostics, services, { uiLang: lang }));
        if (!all) continue;
        const writes = plannedWrites(all.edit);
        if (!writes || [...writes.keys()].some(path => touched.has(path))) continue;
        const expected = new Map([[file.path, file.document.textDocument.getText()]]);
        if (!writeAll(writes, expected)) continue;
        for (const path of writes.keys()) touched.add(path);
        fixed += all.count;
    }
    return { fixed, files: [...touched].sort() };
}

/** The edits of a workspace edit per file path (`create` as an empty edit list); undefined for anything but files. */
function plannedWrites(edit: WorkspaceEdit): Map<string, { create: boolean; edits: TextEdit[] }> | undefined {
    const writes = new Map<string, { create: boolean; edits: TextEdit[] }>();
    const entry = (uri: string) => {
        const parsed = URI.parse(uri);
        if (parsed.scheme !== 'file') return undefined;
        return writes.get(parsed.fsPath) ?? writes.set(parsed.fsPath, { create: false, edits: [] }).get(parsed.fsPath)!;
    };
    for (const change of edit.documentChanges ?? []) {
        if ('kind' in change) {
            if (change.kind !== 'create') return undefined;
            const target = entry(change.uri);
            if (!target) return undefined;
            target.create = true;
            continue;
        }
        const target = entry(change.textDocument.uri);
        if (!target) return undefined;
        for (const e of change.edits) {
            if (!('newText' in e)) return undefined;
            target.edits.push(e);
        }
    }
    return writes;
}

/** Writes every file, or none when one of them is not as expected (changed on disk, not UTF-8). */
function writeAll(writes: Map<string, { create: boolean; edits: TextEdit[] }>, expected: Map<string, string>): boolean {
    const results: Array<{ path: string; text: string; isNew: boolean }> = [];
    for (const [path, { create, edits }] of writes) {
        const exists = existsSync(path);
        let bom = '';
        let text = '';
        if (exists) {
            const read = readExactText(path);
            if (!read.ok) return false;
            bom = read.text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
            text = read.text.slice(bom.length);
        } else if (!create) {
            return false;
        }
        const known = expected.get(path);
        if (known !== undefined && known !== text) return false;
        results.push({ path, text: bom + applyTextEdits(text, edits), isNew: !exists });
    }
    for (const result of results) {
        if (result.isNew) {
            mkdirSync(dirname(result.path), { recursive: true });
            writeNewFile(result.path, result.text);
        } else {
            replaceFileContent(result.path, result.text);
        }
    }
    return true;
}

/** Applies LSP text edits (positions in UTF-16 units, as JavaScript strings count) to a text; the edits do not overlap. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const offset = (p: { line: number; character: number }) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
    const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => offset(b.edit.range.start) - offset(a.edit.range.start) || b.index - a.index);
    let result = text;
    for (const { edit } of ordered) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
    return result;
}
