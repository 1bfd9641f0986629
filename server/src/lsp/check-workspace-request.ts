import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../../../language/src/config/leerplan-config.js';
import { CheckWorkspaceRequest, type CheckWorkspaceResult } from '../protocol.js';
import type { LeerplanDocumentUpdateHandler } from '../workspace/leerplan-document-update-handler.js';
import type { LeerplanWorkspaceManager } from '../workspace/leerplan-workspace-manager.js';
import { userDocuments } from './workspace-documents.js';

/**
 * `leerplan/checkWorkspace`: finds the workspace's `.pop` files again (new ones,
 * deleted ones, ones changed outside the editor), re-reads `leerplan.json`, checks
 * everything and answers with the counts. It goes through the same path as file
 * watcher events, so it is exactly what the server would do had it seen each change.
 */
export function registerCheckWorkspaceRequest(connection: Connection, shared: LangiumSharedServices): void {
    // By method name: the server's vscode-jsonrpc is another version than the client's.
    connection.onRequest(CheckWorkspaceRequest.method, async (): Promise<CheckWorkspaceResult> => {
        const manager = shared.workspace.WorkspaceManager as LeerplanWorkspaceManager;
        await manager.ready;
        const folders = manager.folderPaths();
        const discovery = manager.discoverWorkspace(true);
        const onDisk = new Set(discovery.files.map(uri => uri.toString()));
        const known = new Set(userDocuments(shared).filter(d => d.uri.scheme === 'file').map(d => d.uri.toString()));
        const changes: FileEvent[] = [];
        for (const uri of onDisk) changes.push({ uri, type: known.has(uri) ? FileChangeType.Changed : FileChangeType.Created });
        for (const uri of known) if (!onDisk.has(uri)) changes.push({ uri, type: FileChangeType.Deleted });
        for (const folder of folders) changes.push({ uri: URI.file(`${folder}/${CONFIG_FILE_NAME}`).toString(), type: FileChangeType.Changed });
        const updates = shared.lsp.DocumentUpdateHandler as LeerplanDocumentUpdateHandler;
        updates.didChangeWatchedFiles({ changes });
        updates.revalidateAll();
        // The update handler queues its build once the workspace is ready (a promise
        // callback): let that happen first, then a normal read runs after the build.
        await new Promise(resolve => setImmediate(resolve));
        return shared.workspace.WorkspaceLock.read(() => {
            // A folder that could not be read (or searched whole) fails the check like an error does.
            const result: CheckWorkspaceResult = { files: 0, errors: discovery.problems, warnings: 0, infos: 0, hints: 0 };
            for (const document of userDocuments(shared)) {
                result.files++;
                for (const diagnostic of document.diagnostics ?? []) {
                    if (diagnostic.severity === 1) result.errors++;
                    else if (diagnostic.severity === 2) result.warnings++;
                    else if (diagnostic.severity === 3) result.infos++;
                    else result.hints++;
                }
            }
            return result;
        });
    });
}
