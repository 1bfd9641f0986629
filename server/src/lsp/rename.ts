import { AstUtils, GrammarAST, URI, UriUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, TextEdit,
    type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import type { LeerplanAddedServices } from '../../../language/src/leerplan-services.js';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { KIND_NAMES, type KindName, type Lang } from '../../../language/src/rules/rule-registry.js';
import { tokenRoleAt } from './references-name-parts.js';
import { identifierPattern, softKeywords } from '../../../language/src/syntax/grammar-facts.js';
import { NameOccurrences } from './references.js';
import { renameMessage, type RenameRefusal } from './rename-messages.js';
import { privateFilesUnder } from '../workspace/private-files-on-disk.js';
import { LeerplanWorkspaceManager } from '../workspace/leerplan-workspace-manager.js';

const KIND_OF: Partial<Record<string, KindName>> = {
    Person: 'person', Team: 'team', Goal: 'goal', Vision: 'vision', Ambition: 'ambition',
    Plan: 'plan', Framework: 'framework', Dimension: 'dimension',
};

/** Things that can be renamed; `Organisation` too, though nothing references it. */
const RENAMABLE = new Set([...Object.keys(KIND_OF), 'Organisation']);

/** Types whose ids share one namespace: a vision and an ambition may not share an id. */
const SAME_NAMESPACE: Record<string, string[]> = { Vision: ['Vision', 'Ambition'], Ambition: ['Vision', 'Ambition'] };

/**
 * Rename across files for people, teams, goals, visions, ambitions, plans and
 * user frameworks and dimensions. The declaration and every reference in every
 * file change together; in a qualified dimension only the renamed part changes
 * (`acme.Craft` -> `acme.Skill`, or `acme.Craft` -> `studio.Craft` when the
 * framework is renamed). A plan's `private PLAN { }` blocks change in private files
 * on disk too, also those the workspace does not hold (Git-ignored and closed).
 * Keywords, strings, dates, learning forms and built-in framework declarations are
 * refused with a message saying why.
 */
export class LeerplanRenameProvider extends DefaultRenameProvider {
    private readonly occurrences: NameOccurrences;
    private readonly services: LangiumServices & LeerplanAddedServices;
    private readonly reservedWords: Set<string>;

    constructor(services: LangiumServices & LeerplanAddedServices) {
        super(services);
        this.services = services;
        this.occurrences = new NameOccurrences(services);
        this.reservedWords = reservedKeywords(services.Grammar);
    }

    /** The range of the name to rename (its text is the placeholder), or an error saying why not. */
    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range {
        return this.resolve(document, params.position).range;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit> {
        const target = this.resolve(document, params.position);
        const newName = params.newName.trim();
        this.checkNewName(target.node, newName);
        const changes: Record<string, TextEdit[]> = {};
        const add = (uri: string, range: Range) => (changes[uri] ??= []).push(TextEdit.replace(range, newName));
        const nameNode = this.nameProvider.getNameNode(target.node);
        if (nameNode) add(AstUtils.getDocument(target.node).uri.toString(), nameNode.range);
        const occurrences = ast.isFramework(target.node)
            ? [...this.occurrences.referencesTo(target.node), ...this.occurrences.qualifiersOf(target.node)]
            : this.occurrences.referencesTo(target.node);
        for (const o of occurrences) add(o.uri.toString(), o.range);
        if (ast.isPlan(target.node)) for (const o of this.privateBlocksOutsideWorkspace(target.node)) add(o.uri, o.range);
        return { changes };
    }

    /**
     * `private PLAN {` lines naming `plan` in private files the workspace does not hold:
     * Git ignores them (as it should), so only open or loaded files take part in find
     * references. The file `PLAN.private.pop` beside the plan and every `*.private.pop`
     * under the workspace folders are read (through the server's file reader) and
     * parsed here, never added to the workspace.
     */
    private privateBlocksOutsideWorkspace(plan: ast.Plan): Array<{ uri: string; range: Range }> {
        const workspace = this.services.shared.workspace;
        const manager = workspace.WorkspaceManager;
        const candidates = new Map<string, URI>();
        const beside = UriUtils.joinPath(UriUtils.dirname(AstUtils.getDocument(plan).uri), `${plan.name}.private.pop`);
        candidates.set(beside.toString(), beside);
        if (manager instanceof LeerplanWorkspaceManager) {
            for (const path of privateFilesUnder(manager.folderPaths())) candidates.set(URI.file(path).toString(), URI.file(path));
        }
        const found: Array<{ uri: string; range: Range }> = [];
        for (const [key, uri] of candidates) {
            if (workspace.LangiumDocuments.hasDocument(uri)) continue;
            let text: string;
            try {
                if (!workspace.FileSystemProvider.existsSync(uri)) continue;
                text = workspace.FileSystemProvider.readFileSync(uri).replace(/^\uFEFF/, '');
            } catch {
                continue;
            }
            if (!text.includes(plan.name)) continue;
            const root = this.services.parser.LangiumParser.parse<ast.Document>(text).value;
            for (const element of root.elements ?? []) {
                const range = ast.isPrivateBlock(element) && element.plan?.$refText === plan.name ? element.plan.$refNode?.range : undefined;
                if (range) found.push({ uri: key, range });
            }
        }
        return found;
    }

    /** The declaration behind the name under the cursor and the range to edit there, or a refusal. */
    private resolve(document: LangiumDocument, position: { line: number; character: number }): { node: AstNode; name: string; range: Range } {
        const at = tokenRoleAt(document, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        if (!at) this.refuse('nothing');
        const { leaf, role } = at;
        switch (role.kind) {
            case 'keyword': return this.refuse('keyword', { word: leaf.text });
            case 'form': return this.refuse('form', { word: leaf.text });
            case 'string': case 'date': case 'number': case 'comment': return this.refuse(role.kind);
            case 'punctuation': case 'other': return this.refuse('nothing');
            case 'reference': {
                const referenced = role.reference.ref;
                const node = role.part === 'qualifier' && ast.isDimension(referenced) ? referenced.$container : referenced;
                if (!node) return this.refuse('unresolved', { name: role.reference.$refText });
                this.refuseBuiltin(node, leaf.text);
                return { node, name: leaf.text, range: role.partRange };
            }
            case 'declaration': {
                if (!RENAMABLE.has(role.node.$type)) return this.refuse('nothing');
                this.refuseBuiltin(role.node, leaf.text);
                return { node: role.node, name: role.nameNode.text, range: role.nameNode.range };
            }
        }
    }

    private refuseBuiltin(node: AstNode, name: string): void {
        if (isBuiltinUri(AstUtils.getDocument(node).uri)) this.refuse('builtin', { name });
    }

    private checkNewName(node: AstNode, newName: string): void {
        if (!identifierPattern(this.services.Grammar).test(newName)) this.refuse('invalid-name', { name: newName });
        if (this.reservedWords.has(newName)) this.refuse('reserved-name', { name: newName });
        const current = (node as { name?: string }).name;
        if (newName === current) return;
        if (this.isTaken(node, newName)) {
            const kind = KIND_OF[node.$type];
            this.refuse('taken', { name: newName, kind: kind ? KIND_NAMES[kind][this.lang()] : node.$type.toLowerCase() });
        }
    }

    /** True when another declaration that shares the namespace already has `name`. */
    private isTaken(node: AstNode, name: string): boolean {
        if (ast.isGoal(node) && ast.isPlan(node.$container)) return node.$container.goals.some(g => g !== node && g.name === name);
        if (ast.isDimension(node)) return node.$container.dimensions.some(d => d !== node && d.name === name);
        const types = SAME_NAMESPACE[node.$type] ?? [node.$type];
        const index = this.services.shared.workspace.IndexManager;
        return types.some(type => index.allElements(type).some(d => d.name === name && d.node !== node));
    }

    private lang(): Lang {
        return this.services.leerplan.Settings.get().lang;
    }

    private refuse(reason: RenameRefusal, args: { word?: string; name?: string; kind?: string } = {}): never {
        throw new ResponseError(LSPErrorCodes.RequestFailed, renameMessage(reason, this.lang(), args));
    }
}

/** Keywords that can never be an id: every keyword of the grammar except the soft keywords an id may be. */
function reservedKeywords(grammar: GrammarAST.Grammar): Set<string> {
    const asNames = softKeywords(grammar);
    const reserved = new Set<string>();
    for (const node of AstUtils.streamAllContents(grammar)) if (GrammarAST.isKeyword(node) && !asNames.has(node.value)) reserved.add(node.value);
    return reserved;
}
