import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { URI, DocumentState, EmptyFileSystem, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLeerplanCoreServices, type LeerplanServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { checkInBatches } from '../../language/src/workspace/check-in-batches.js';
import { resolveSettings, type LeerplanSettings } from '../../language/src/config/settings.js';
import { configErrorText } from '../../language/src/config/leerplan-config.js';
import type { Lang } from '../../language/src/rules/rule-registry.js';
import { discoverPopFiles } from '../../node/src/file-discovery.js';
import { documentText, readSource } from '../../node/src/read-source.js';
import { describeDiscovery, namedPathProblem, skippedLinksLine, systemErrorText } from '../../node/src/discovery-messages.js';
import { findConfigFile, loadConfigFile } from '../../node/src/config-file.js';
import { collectGarbage } from '../../node/src/memory-limits.js';
import { NodeGitView } from '../../node/src/node-git-view.js';
import { NodeFileHistory } from '../../node/src/git-history.js';
import type { GitView } from '../../language/src/workspace/git-view.js';
import { findWorkspaceRoot } from '../../node/src/workspace-root.js';
import { terminalPath } from '../../node/src/display-paths.js';
import { cliText, localeLanguage } from './cli-messages.js';

export interface CheckedFile {
    /** Absolute path. */
    path: string;
    /** Path relative to the working folder, with forward slashes (the JSON contract). */
    file: string;
    /** The checked document; absent when the caller asked for diagnostics only (`documents: false`). */
    document?: LangiumDocument;
    diagnostics: Diagnostic[];
}

export interface LoadOptions {
    cwd: string;
    lang?: Lang;
    today?: string;
    /** The environment whose locale picks the language when neither --lang nor leerplan.json does (default: process.env). */
    env?: NodeJS.ProcessEnv;
    /**
     * Every file is content about to be committed (the pre-commit hook checks an export of
     * the staged files, where Git cannot be asked): private text anywhere is then
     * `private-in-tracked-file`.
     */
    staged?: boolean;
    /** Called as documents finish validation, for a progress line on long runs. */
    onProgress?: (done: number, total: number) => void;
    /**
     * `false`: only the diagnostics are needed, so the plans are checked in batches
     * and memory stays bounded for any number of files (`leerplan check`). Default true.
     */
    documents?: boolean;
    /**
     * Let the language services read files (the quick fixes of `--fix` read a folder's
     * `.gitignore` and a plan's Git-ignored private file). Off by default: every file
     * the check reads comes through `readSource`.
     */
    readsFiles?: boolean;
    /** Name every symbolic link discovery skipped, not only their number. */
    verbose?: boolean;
    /** `--stdin`: this text is the one file checked (it replaces the file on disk, if any); `paths` are not used. */
    stdin?: { path: string; text: string };
    /**
     * With `documents: false`: called with each batch of checked files while their
     * documents are still loaded (`leerplan summary` keeps what it needs of them). `index`
     * is the file's place in the result's `sources`; `reported` is false for a file of the
     * workspace that was not asked for (the organisation beside a plan named alone).
     */
    onChecked?: (files: LoadedFile[], settings: LeerplanSettings) => void;
    /** With `documents: false`: plan files loaded at a time (default `CHECK_BATCH_SIZE`). */
    batchSize?: number;
    /** With `documents: false`: called between batches, once a batch was dropped (default: a full garbage collection). */
    dropped?: () => void;
    /** With `onChecked`: `false` leaves the diagnostics out of the result (the caller took them in `onChecked`). */
    keepDiagnostics?: boolean;
}

/** A checked file with its document, as `onChecked` hands it over. */
export interface LoadedFile {
    index: number;
    path: string;
    file: string;
    reported: boolean;
    document: LangiumDocument;
    diagnostics: Diagnostic[];
}

/** A file's text as it was read, with its place in the workspace. */
export interface SourceFile {
    uri: URI;
    text: string;
    path: string;
}

export type LoadResult =
    | {
        ok: true; files: CheckedFile[]; services: LeerplanServices; settings: LeerplanSettings; lang: Lang; configFile?: string;
        /** What discovery left out on purpose (FIFOs, links, unusable ignore lines): for stderr, the run goes on. */
        notices: string[];
        /** Folders and files that could not be read: for stderr, and `check` exits 2. */
        problems: string[];
        /** Every file read, named and context, in the order they were checked. */
        sources: SourceFile[];
    }
    | { ok: false; lang: Lang; messages: string[] };

/**
 * Finds, reads, links and checks the files named by `paths`. The workspace they are
 * linked in also holds the other .pop files under the folder of the governing
 * `leerplan.json` (or, without one, under the root `findWorkspaceRoot` climbs to), so a
 * plan checked alone still sees the organisation; only the named files are reported.
 */
export async function loadAndCheck(paths: string[], options: LoadOptions): Promise<LoadResult> {
    const envLang = options.lang ?? localeLanguage(options.env ?? process.env);
    const stdin = options.stdin;
    const requested = stdin ? [dirname(stdin.path)] : paths.length ? paths : ['.'];
    const configFile = findConfigFile(resolve(options.cwd, requested[0]));
    const { config, errors } = configFile ? loadConfigFile(configFile) : { config: {}, errors: [] };
    const settings = resolveSettings({ lang: envLang }, config, { lang: options.lang, today: options.today });
    const lang = settings.lang;
    if (configFile && errors.length) {
        const file = terminalPath(configFile, options.cwd);
        return { ok: false, lang, messages: errors.map(e => cliText('badConfig', lang)(file, e.key, configErrorText(e, lang))) };
    }
    const settingsLimit = config.discoveryLimit;

    const notPop = requested.filter(p => isFileNotPop(resolve(options.cwd, p)));
    if (notPop.length) {
        return { ok: false, lang, messages: notPop.map(p => cliText('notPopFile', lang)(terminalPath(resolve(options.cwd, p), options.cwd))) };
    }
    // A root that is itself a requested folder is searched already (not so for --stdin: its folder is context).
    const searched = new Set(stdin ? [] : requested.map(p => resolve(options.cwd, p)));
    const roots = workspaceRoots(requested, options.cwd, configFile);
    const discovery = discoverPopFiles(stdin ? [] : requested, options.cwd, {
        context: roots.filter(root => !searched.has(root)), limit: settingsLimit, within: roots[0],
    });
    if (discovery.errors.length) {
        return { ok: false, lang, messages: discovery.errors.map(e => cliText('unreadablePath', lang)(e.path, namedPathProblem(e.code, lang))) };
    }
    const report = describeDiscovery(discovery, lang, path => terminalPath(path, options.cwd));
    if (discovery.limitReached) return { ok: false, lang, messages: report.problems };
    // --stdin: its text is the one file reported; the files beside it are context.
    const named = stdin ? [stdin.path] : discovery.files;
    const contextFiles = stdin ? discovery.contextFiles.filter(f => f !== stdin.path) : discovery.contextFiles;
    if (named.length === 0 && report.problems.length === 0) {
        return { ok: false, lang, messages: [cliText('noFiles', lang)(requested.map(p => `'${terminalPath(resolve(options.cwd, p), options.cwd)}'`).join(', '))] };
    }
    const notices = [...report.warnings, ...(options.verbose ? report.details : [])];
    const linksLine = skippedLinksLine(report, lang, options.verbose === true);
    if (linksLine) notices.push(linksLine);
    const problems = [...report.problems];

    const reported = new Set(named);
    const sources: SourceFile[] = [];
    // In path order, the order the facts of the workspace follow in the editor too (inWorkspaceOrder).
    for (const path of [...named, ...contextFiles].sort()) {
        if (stdin && path === stdin.path) {
            sources.push({ uri: URI.file(path), text: stdin.text.replace(/^\uFEFF/, ''), path });
            continue;
        }
        const read = readSource(path);
        // Too large: refused by its size, unread; the document says so (the same parse-error as in the editor).
        if (read.ok || read.reason === 'too-large') sources.push({ uri: URI.file(path), text: documentText(read), path });
        else problems.push(cliText('unreadablePath', lang)(terminalPath(path, options.cwd), systemErrorText(read.code, lang)));
    }

    const baseView: GitView = options.staged ? { isShared: () => true } : new NodeGitView();
    // The opt-in rule plan-stale reads Git history; only when it is on, and never for staged content.
    const stale = settings.rules['plan-stale'];
    const history = stale !== undefined && stale !== 'off' && !options.staged ? await NodeFileHistory.open(roots[0], sources.map(source => source.path)) : undefined;
    if (history && history.history.kind !== 'ok') notices.push(cliText(history.history.kind === 'shallow' ? 'planStaleShallow' : 'planStaleNoHistory', lang));
    for (const missing of history?.missing ?? []) {
        notices.push(cliText(missing.kind === 'shallow' ? 'planStaleShallowIn' : 'planStaleNoHistoryIn', lang)(terminalPath(missing.folder, options.cwd)));
    }
    const gitView: GitView = history ? withHistory(baseView, history) : baseView;
    const createServices = (): LeerplanServices => {
        const { Leerplan } = createLeerplanCoreServices(options.readsFiles ? NodeFileSystem : EmptyFileSystem, { gitView, referenceIndex: false });
        Leerplan.leerplan.Settings.set(settings);
        return Leerplan;
    };
    let services: LeerplanServices;
    let checked: Array<{ document?: LangiumDocument; diagnostics: Diagnostic[] }>;
    if (options.documents === false) {
        let last: LeerplanServices | undefined;
        const onChecked = options.onChecked;
        const diagnostics = await checkInBatches(sources, {
            services: () => (last = createServices()), dropped: options.dropped ?? collectGarbage, onProgress: options.onProgress, batchSize: options.batchSize,
            keepDiagnostics: options.keepDiagnostics,
            onChecked: onChecked && ((indices, documents) => onChecked(indices.map((index, k) => ({
                index, path: sources[index].path, file: terminalPath(sources[index].path, options.cwd), reported: reported.has(sources[index].path),
                document: documents[k], diagnostics: documents[k].diagnostics ?? [],
            })), settings)),
        });
        services = last!;
        checked = diagnostics.map(list => ({ diagnostics: list }));
    } else {
        services = createServices();
        const onProgress = options.onProgress;
        if (onProgress) {
            let validated = 0;
            onProgress(0, sources.length);
            services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => onProgress(Math.min(++validated, sources.length), sources.length));
        }
        checked = await checkDocuments(services.shared, sources);
    }
    const files: CheckedFile[] = [];
    checked.forEach((result, i) => {
        const path = sources[i].path;
        if (!reported.has(path)) return;
        files.push({ path, file: terminalPath(path, options.cwd), document: result.document, diagnostics: result.diagnostics });
    });
    return { ok: true, files, services, settings, lang, configFile, notices, problems, sources };
}

/**
 * The workspace the named paths are linked in: the folder of `leerplan.json`, or the roots
 * `findWorkspaceRoot` climbs to. Discovery follows links to files anywhere inside the first, never out of it.
 */
export function workspaceRoots(requested: string[], cwd: string, configFile: string | undefined): string[] {
    return [...new Set(configFile ? [dirname(configFile)] : requested.map(p => findWorkspaceRoot(resolve(cwd, p))))];
}

/** Git's view of files with the history of `plan-stale` added. */
function withHistory(view: GitView, history: NodeFileHistory): GitView {
    return {
        isShared: uri => view.isShared(uri),
        isTracked: view.isTracked && (uri => view.isTracked!(uri)),
        isIgnoredByRule: view.isIgnoredByRule && (uri => view.isIgnoredByRule!(uri)),
        invalidate: view.invalidate && (() => view.invalidate!()),
        lastChange: uri => history.lastChange(uri),
    };
}

/** A named file that is not a .pop file: a usage mistake, not something to parse. */
function isFileNotPop(path: string): boolean {
    if (path.endsWith('.pop')) return false;
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
