import type { AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { Cancellation } from 'langium';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { symbolKindOf } from './document-symbols.js';

/**
 * Workspace symbols: every exported declaration of the workspace (people, teams,
 * team goals, visions, ambitions, plans, user frameworks and their dimensions),
 * fuzzy-matched against the query. The built-in framework library is left out
 * unless the query asks for it with a qualified name (`ros2024.`, `senge.Shared`),
 * so the hundred built-in dimensions do not drown the user's own declarations.
 */
export class LeerplanWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken?: Cancellation.CancellationToken): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const wantsBuiltins = query.includes('.');
        const symbols: WorkspaceSymbol[] = [];
        for (const description of this.indexManager.allElements()) {
            if (cancelToken?.isCancellationRequested) break;
            if (!wantsBuiltins && isBuiltinUri(description.documentUri)) continue;
            if (!this.matches(query, description.name)) continue;
            const symbol = this.getWorkspaceSymbol(description);
            if (symbol) symbols.push(symbol);
        }
        return symbols;
    }

    /** Fuzzy matching that also starts a word after `-` and `.`, as ids are kebab-case (`learn-from-incidents`). */
    private matches(query: string, name: string): boolean {
        if (this.fuzzyMatcher.match(query, name)) return true;
        for (let i = 1; i < name.length; i++) {
            if ((name[i - 1] === '-' || name[i - 1] === '.') && this.fuzzyMatcher.match(query, name.slice(i))) return true;
        }
        return false;
    }

    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const segment = description.nameSegment;
        if (!segment) return undefined;
        const dot = description.name.indexOf('.');
        return {
            kind: symbolKindOf(description.type),
            name: description.name,
            containerName: dot > 0 ? description.name.slice(0, dot) : undefined,
            location: { uri: description.documentUri.toString(), range: segment.range },
        };
    }
}
