import { URI, type LangiumDocument } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import type { CompletionItem, Diagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings, type LeerplanSettings } from '../../language/src/config/settings.js';
import type { GitView } from '../../language/src/workspace/git-view.js';
import { createLeerplanLspServices, type LeerplanLspServices, type LeerplanSharedLspServices } from '../../server/src/leerplan-lsp-module.js';
import { snippetDefaultText } from '../../client/src/plan-template.js';

export type TestServices = LeerplanLspServices;

export interface TestWorkspace {
    services: TestServices;
    shared: LeerplanSharedLspServices;
    files: Record<string, string>;
    uri(name: string): string;
    doc(name: string): LangiumDocument;
    diagnostics(name: string): Diagnostic[];
    codes(name: string): string[];
    /** The position of the `occurrence`-th (0-based) match of `needle` in a file, plus `shift` characters. */
    at(name: string, needle: string, shift?: number, occurrence?: number): Position;
}

export interface WorkspaceOptions {
    settings?: Partial<LeerplanSettings>;
    /** Files on disk that are not .pop files (a `.gitignore`). */
    disk?: Record<string, string>;
    /** What Git says; defaults to `gitignoreGitView`. */
    gitView?: (files: Record<string, string>) => GitView;
    /** Files Git tracks (for the default `gitignoreGitView`). */
    tracked?: string[];
}

const ROOT = '/ws/';

export function fileUri(name: string): string {
    return URI.file(ROOT + name).toString();
}

export function nameOf(uri: string): string {
    const path = URI.parse(uri).path;
    return path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
}

/**
 * A Git that shares every file except those a `.gitignore` beside it or in a folder
 * above ignores, understanding only the patterns the tests use (`*.private.pop`, exact
 * names). It tracks (has in its index) only the files named in `tracked`, which stay
 * shared whatever `.gitignore` says, as with the real Git.
 */
export function gitignoreGitView(files: Record<string, string>, tracked: string[] = []): GitView {
    const ignoredByRule = (name: string): boolean => {
        const base = name.slice(name.lastIndexOf('/') + 1);
        const parts = name.split('/').slice(0, -1);
        for (let depth = 0; depth <= parts.length; depth++) {
            const folder = parts.slice(0, depth).map(p => p + '/').join('');
            const ignore = files[folder + '.gitignore'];
            if (ignore?.split(/\r?\n/).map(l => l.trim()).some(p => p === base || (p.startsWith('*') && base.endsWith(p.slice(1))))) return true;
        }
        return false;
    };
    return {
        isShared: uri => tracked.includes(nameOf(uri.toString())) || !ignoredByRule(nameOf(uri.toString())),
        isTracked: uri => tracked.includes(nameOf(uri.toString())),
        isIgnoredByRule: uri => ignoredByRule(nameOf(uri.toString())),
    };
}

/**
 * Builds the server's services exactly as it ships them (`createLeerplanLspServices`:
 * its document builder, lazy reference index and editor features) over an in-memory
 * workspace with a Git stand-in, and checks every file. No connection: the tests drive
 * the documents themselves.
 */
export async function openWorkspace(files: Record<string, string>, options: WorkspaceOptions = {}): Promise<TestWorkspace> {
    const disk = new VirtualFileSystemProvider();
    const all = { ...options.disk, ...files };
    for (const [name, text] of Object.entries(all)) disk.insert(URI.file(ROOT + name), text);
    const gitView = options.gitView ? options.gitView(all) : gitignoreGitView(all, options.tracked);
    const { shared, Leerplan: services } = createLeerplanLspServices({ fileSystemProvider: () => disk }, { gitView });
    services.leerplan.Settings.set({ ...defaultSettings(), lang: 'en', today: '2026-06-01', ...options.settings });
    const popNames = Object.keys(files).filter(n => n.endsWith('.pop'));
    const checked = await checkDocuments(shared, popNames.map(name => ({ uri: URI.file(ROOT + name), text: files[name] })));
    const byName = new Map(popNames.map((name, i) => [name, checked[i]]));
    const get = (name: string) => {
        const entry = byName.get(name);
        if (!entry) throw new Error(`no document ${name}`);
        return entry;
    };
    return {
        services, shared, files: all,
        uri: fileUri,
        doc: name => get(name).document,
        diagnostics: name => get(name).diagnostics,
        codes: name => get(name).diagnostics.map(d => String(d.code)).sort(),
        at(name, needle, shift = 0, occurrence = 0) {
            const text = files[name];
            let index = -1;
            for (let i = 0; i <= occurrence; i++) {
                index = text.indexOf(needle, index + 1);
                if (index < 0) throw new Error(`'${needle}' not found ${occurrence + 1} times in ${name}`);
            }
            return get(name).document.textDocument.positionAt(index + shift);
        },
    };
}

/** Applies text edits to a text (edits may come in any order; they must not overlap). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const offset = (p: Position) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let result = text;
    for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
    return result;
}

/** Applies a workspace edit (plain `changes` or `documentChanges` with created files) to the files of a workspace. */
export function applyWorkspaceEdit(files: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = nameOf(uri);
        result[name] = applyTextEdits(result[name] ?? '', edits);
    }
    for (const change of edit.documentChanges ?? []) {
        if ('kind' in change) {
            if (change.kind !== 'create') throw new Error(`unexpected ${change.kind}`);
            const name = nameOf(change.uri);
            if (!(name in result)) result[name] = '';
            continue;
        }
        const name = nameOf(change.textDocument.uri);
        if (!(name in result)) throw new Error(`edit of a file that does not exist: ${name}`);
        // A snippet edit as the user gets it in VS Code by pressing Tab through it (every
        // placeholder as it is); VS Code indents each further line like the line it is inserted into.
        const edits = change.edits.map(e => 'snippet' in e ? { range: e.range, newText: indentLikeVsCode(result[name], e.range.start, snippetDefaultText(e.snippet.value)) } : e as TextEdit);
        result[name] = applyTextEdits(result[name], edits);
    }
    return result;
}

/** What VS Code does to an inserted snippet: every line after the first gets the indentation the line has before `at`. */
function indentLikeVsCode(text: string, at: Position, inserted: string): string {
    const line = text.split('\n')[at.line] ?? '';
    const indent = /^[ \t]*/.exec(line.slice(0, at.character))![0];
    return inserted.split('\n').map((l, i) => i > 0 ? indent + l : l).join('\n');
}

/** Splits files into the .pop files and the other files on disk, as `openWorkspace` takes them. */
export function splitFiles(files: Record<string, string>): { pop: Record<string, string>; disk: Record<string, string> } {
    const pop: Record<string, string> = {};
    const disk: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) (name.endsWith('.pop') ? pop : disk)[name] = text;
    return { pop, disk };
}

/** The organisation of the sketch, used by most tests. */
export const ORGANISATION = `organisation anker "Zorggroep Het Anker" {
    framework ros2024

    vision quality "We deliver care that residents and their families value."
    vision learning-at-work "Everyone learns every day, from and with each other."
        about learning
        developed-with employees
    ambition fewer-incidents "Halve medication incidents by 2027." supports quality
}

people {
    person anna "Anna de Vries" role "Nurse"
    person mark "Mark Jansen"   role "Team lead"
    person piet "Piet Bakker"   role "Nurse"
}

team wound-care "Team Wondzorg" {
    lead mark
    members anna, piet
    goal learn-from-incidents "Discuss one incident a month in an after-action review" {
        dimensions TeamlerenEnSamenwerking, Feedbackprocessen
        supports fewer-incidents
        action after-action-review "Monthly incident review" every month
        feedback ask team wound-care "What did we change since last time?" every quarter
        evidence "Fewer repeated incidents."
        due 2026-12-31
    }
}
`;

/** The Markdown of the hover at the `needle` in `file` (plus `shift` characters), or '' when there is none. */
export async function hoverText(ws: TestWorkspace, file: string, needle: string, shift = 0): Promise<string> {
    const result = await ws.services.lsp.HoverProvider!.getHoverContent(ws.doc(file), { textDocument: { uri: ws.uri(file) }, position: ws.at(file, needle, shift) });
    const contents = result?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

/** The completion items right after `marker` in a file `draft.pop` written as `text`, beside ORGANISATION. */
export async function completionAfter(text: string, marker: string): Promise<CompletionItem[]> {
    const file = 'draft.pop';
    const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, [file]: text });
    const list = await ws.services.lsp.CompletionProvider!.getCompletion(ws.doc(file), {
        textDocument: { uri: ws.uri(file) }, position: ws.at(file, marker, marker.length),
    });
    return list?.items ?? [];
}
