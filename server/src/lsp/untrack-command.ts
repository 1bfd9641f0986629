import { URI } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { UNTRACK_COMMAND } from '../../../language/src/fixes/index.js';
import type { Lang } from '../../../language/src/rules/rule-registry.js';
import { gitFailureText } from '../../../node/src/discovery-messages.js';
import { untrackPrivateFile } from '../../../node/src/git-untrack.js';

const MESSAGES = {
    done: {
        en: (file: string) => `Git no longer tracks '${file}'; it stays on your disk, and .gitignore keeps it out of Git from now on. Commit this change. Earlier commits still hold the file: whoever can read the repository's history can read them.`,
        nl: (file: string) => `Git volgt '${file}' niet meer; het blijft op je schijf, en .gitignore houdt het voortaan buiten Git. Leg deze wijziging vast. Eerdere commits bevatten het bestand nog: wie de geschiedenis van de repository kan lezen, kan die lezen.`,
    },
    failed: {
        en: (file: string, detail: string) => `Git still tracks '${file}'${detail ? `: ${detail}` : ''}. Run 'git rm --cached' on it yourself.`,
        nl: (file: string, detail: string) => `Git volgt '${file}' nog${detail ? `: ${detail}` : ''}. Voer er zelf 'git rm --cached' op uit.`,
    },
} as const;

/**
 * The server's commands (`workspace/executeCommand`): `leerplan.untrackPrivateFile`,
 * behind the private-file quick fix for a file Git already tracks. Runs `git rm
 * --cached` on that one file, re-reads Git's view and re-checks the workspace, and
 * tells the user what changed, and what Git's history still holds.
 */
export class LeerplanExecuteCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly hooks: { connection?: Connection; lang: () => Lang; afterGitChange: () => void }) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(UNTRACK_COMMAND, args => {
            const uri = typeof args[0] === 'string' ? URI.parse(args[0]) : undefined;
            if (!uri || uri.scheme !== 'file') return false;
            const file = uri.path.split('/').pop() ?? uri.path;
            const result = untrackPrivateFile(uri.fsPath);
            const lang = this.hooks.lang();
            if (result.ok) {
                this.hooks.afterGitChange();
                void this.hooks.connection?.sendNotification('window/showMessage', { type: 3, message: MESSAGES.done[lang](file) });
            } else {
                void this.hooks.connection?.sendNotification('window/showMessage', { type: 2, message: MESSAGES.failed[lang](file, result.reason === 'git' ? gitFailureText(result.failure, lang) : '') });
            }
            return result.ok;
        });
    }
}
