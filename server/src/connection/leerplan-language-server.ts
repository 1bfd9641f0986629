import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver-protocol';
import { VERSION } from '../../../node/src/version.js';

/** The name the server gives itself in `initialize` (`serverInfo`), with the package version. */
export const SERVER_NAME = 'leerplan-language-server';

/** Langium's language server, with `serverInfo` in the initialize result. */
export class LeerplanLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        result.serverInfo = { name: SERVER_NAME, version: VERSION };
        return result;
    }
}
