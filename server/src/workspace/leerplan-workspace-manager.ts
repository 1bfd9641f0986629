import { DefaultWorkspaceManager, URI, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type WorkspaceFolder } from 'langium';
import { statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import type { InitializeParams } from 'vscode-languageserver-protocol';
import { ensureBuiltinDocument } from '../../../language/src/workspace/check-documents.js';
import { findConfigFile } from '../../../node/src/config-file.js';
import { discoverPopFiles } from '../../../node/src/file-discovery.js';
import { documentText, readSource } from '../../../node/src/read-source.js';
import { findWorkspaceRoot } from '../../../node/src/workspace-root.js';
import type { DiscoveryLog } from './discovery-log.js';
import type { WorkspaceSettings } from './workspace-settings.js';

/**
 * Opens the whole workspace at startup: the built-in frameworks, then every `.pop`
 * file of the workspace folders that Git would not ignore, and validates them all
 * (Langium validates only open files by default), after reading `leerplan.json`.
 */
export class LeerplanWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions = { validation: true };

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: WorkspaceSettings, private readonly log?: DiscoveryLog) {
        super(shared);
    }

    /**
     * With no workspace folder at all (an editor started on a single file), the
     * folders a file opened from there belongs to: its workspace root as `leerplan
     * check` finds it (the folder of the `leerplan.json` that governs it, else the
     * climb of `findWorkspaceRoot`), so it sees the declarations of its neighbours.
     */
    private readonly implicitRoots: string[] = [];

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        // Clients that predate workspace folders send only the root.
        if (!this.folders && params.rootUri) this.folders = [{ uri: params.rootUri, name: 'root' }];
        this.settings.setLocale(params.locale);
        this.settings.setClientCapabilities(params.capabilities);
        this.settings.apply();
    }

    /** File-system paths of the workspace folders (those on disk), and the roots of files opened without a folder. */
    folderPaths(): string[] {
        const explicit = (this.folders ?? []).map(f => URI.parse(f.uri)).filter(u => u.scheme === 'file').map(u => u.fsPath);
        return [...explicit, ...this.implicitRoots];
    }

    /** Folders added to and removed from the workspace while the server runs (`workspace/didChangeWorkspaceFolders`). */
    changeFolders(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
        this.forgetDiscovery();
        const gone = new Set(removed.map(f => URI.parse(f.uri).toString()));
        const kept = (this.folders ?? []).filter(f => !gone.has(URI.parse(f.uri).toString()));
        for (const folder of added) if (!kept.some(f => URI.parse(f.uri).toString() === URI.parse(folder.uri).toString())) kept.push(folder);
        this.folders = kept;
        // A folder of the editor's own replaces the roots guessed for single files.
        if (kept.length > 0) this.implicitRoots.length = 0;
    }

    /**
     * For a file opened while the editor has no workspace folder: adds its workspace
     * root (as the CLI finds it) and returns it; undefined when there are folders or
     * a root already holds the file.
     */
    addRootOf(uri: URI): string | undefined {
        if (uri.scheme !== 'file' || (this.folders ?? []).length > 0 || this.contains(uri)) return undefined;
        const config = findConfigFile(uri.fsPath);
        const root = config ? dirname(config) : findWorkspaceRoot(uri.fsPath);
        this.implicitRoots.push(root);
        this.forgetDiscovery();
        return root;
    }

    /** Whether a file lies inside one of the workspace folders. */
    contains(uri: URI): boolean {
        const path = uri.fsPath;
        return this.folderPaths().some(folder => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
    }

    /**
     * Whether `uri` is a file the workspace holds when nobody has it open: a `.pop`
     * file on disk in one of the folders that Git does not ignore (what
     * `leerplan check` on the folder would read).
     */
    isWorkspaceFile(uri: URI): boolean {
        if (uri.scheme !== 'file' || !this.contains(uri)) return false;
        try {
            if (!statSync(uri.fsPath).isFile()) return false;
        } catch {
            return false;
        }
        // The files found last time answer most questions (an editor closing a hundred files
        // must not search the folders a hundred times); a file they lack is searched for again.
        const key = uri.toString();
        if (this.discovered?.has(key)) return true;
        this.discoverFiles();
        return this.discovered?.has(key) ?? false;
    }

    /** The files of the last search, as URI strings (forgotten when files are created or deleted, or folders change). */
    private discovered: Set<string> | undefined;

    /** Files were created or deleted, or what Git ignores changed: the next question searches again. */
    forgetDiscovery(): void {
        this.discovered = undefined;
    }

    /** Every `.pop` file of the workspace folders that Git would not ignore, as at startup. */
    discoverFiles(paths = this.folderPaths()): URI[] {
        const files = this.discoverWorkspace(false, paths).files;
        if (paths.join('\0') === this.folderPaths().join('\0')) this.discovered = new Set(files.map(f => f.toString()));
        return files;
    }

    /**
     * Discovers the files of every workspace folder (each folder its own boundary for
     * links), as the CLI does; with `report`, what discovery skipped goes to the log and
     * problems are shown. `problems` counts the folders that could not be read (or searched whole).
     */
    discoverWorkspace(report: boolean, paths = this.folderPaths()): { files: URI[]; problems: number } {
        if (!paths.length) return { files: [], problems: 0 };
        const discovery = discoverPopFiles(paths, paths[0], { limit: this.settings.discoveryLimit() });
        const problems = report && this.log ? this.log.report(discovery) : (discovery.limitReached ? 1 : 0) + discovery.unreadable.length;
        return { files: discovery.files.map(path => URI.file(path)), problems };
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: import('langium').Cancellation.CancellationToken): Promise<void> {
        this.settings.loadConfigFile(this.folderPaths());
        this.settings.apply();
        await super.initializeWorkspace(folders, cancelToken);
    }

    protected override async loadAdditionalDocuments(_folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        collector(ensureBuiltinDocument(this.shared));
    }

    /**
     * Reads the files in one go and parses each: a thousand small files are read
     * faster one after the other than as a thousand concurrent asynchronous reads.
     */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        const factory = this.shared.workspace.LangiumDocumentFactory;
        const others: URI[] = [];
        for (const uri of uris) {
            if (uri.scheme !== 'file') {
                others.push(uri);
                continue;
            }
            // A file over the size limit is not read, and an unreadable one cannot be: each gets its parse-error.
            collector(factory.fromString(documentText(readSource(uri.fsPath)), uri));
        }
        for (const uri of others) {
            try {
                collector(await factory.fromUri(uri));
            } catch {
                // A folder the server cannot read (a virtual file system): nothing to check there.
            }
        }
    }

    /** `.pop` files under a folder, found as the CLI finds them (`node/src/file-discovery.ts`); what was skipped goes to the log. */
    protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        if (folder.scheme !== 'file') return super.traverseFolder(folder, uris);
        const discovery = discoverPopFiles([folder.fsPath], folder.fsPath, { limit: this.settings.discoveryLimit() });
        this.log?.report(discovery);
        for (const path of discovery.files) uris.push(URI.file(path));
    }
}
