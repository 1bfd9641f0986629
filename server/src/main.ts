// The Leerplan language server: `leerplan-language-server --stdio` (or `--node-ipc` from VS Code).
import '../../node/src/memory-limits.js';
import { startLanguageServer } from 'langium/lsp';
import { createServerConnection } from './connection/server-connection.js';
import { createLeerplanLspServices } from './leerplan-lsp-module.js';
import { registerLeerplanRequests } from './lsp/custom-requests.js';
import { DiagnosticDelivery } from './workspace/diagnostic-delivery.js';
import { SourceFileSystem } from './workspace/source-file-system.js';

const connection = createServerConnection();
const { shared, Leerplan } = createLeerplanLspServices({ connection, ...SourceFileSystem });
new DiagnosticDelivery(connection, shared).install();
startLanguageServer(shared);
registerLeerplanRequests(shared, Leerplan.leerplan.Settings, Leerplan.leerplan.WorkspaceFacts);
