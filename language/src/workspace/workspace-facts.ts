import { WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import * as ast from '../generated/ast.js';
import { DEFAULT_FRAMEWORK_ID } from '../frameworks/builtin-frameworks.js';
import { isBuiltinUri } from '../frameworks/builtin-document.js';

/** Kinds of declaration whose ids must be unique across the workspace. */
export type DeclarationKind = 'person' | 'team' | 'supportTarget' | 'goal' | 'plan' | 'framework' | 'organisation';

/**
 * Facts about the whole workspace that single-document checks need: who has which
 * plan, who leads which team, private reflections per plan, every declaration per
 * id. Built once per workspace state (the cache is emptied on every change).
 */
export interface WorkspaceFacts {
    defaultFramework: string;
    declarations: Map<string, AstNode[]>;
    plansByOwner: Map<string, ast.Plan[]>;
    plansByName: Map<string, ast.Plan[]>;
    teamsByLead: Map<string, ast.Team[]>;
    privateReflections: Map<string, ast.Reflection[]>;
    organisations: ast.Organisation[];
}

export function declarationKey(kind: DeclarationKind, name: string): string {
    return `${kind}\u0000${name}`;
}

export class WorkspaceFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'facts', WorkspaceFacts>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    get(): WorkspaceFacts {
        return this.cache.get('facts', () => computeFacts(this.documents.all.toArray()));
    }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

export function computeFacts(documents: LangiumDocument[]): WorkspaceFacts {
    const facts: WorkspaceFacts = {
        defaultFramework: '',
        declarations: new Map(),
        plansByOwner: new Map(),
        plansByName: new Map(),
        teamsByLead: new Map(),
        privateReflections: new Map(),
        organisations: [],
    };
    const frameworkUses: string[] = [];
    const declare = (kind: DeclarationKind, name: string | undefined, node: AstNode) => {
        if (name) push(facts.declarations, declarationKey(kind, name), node);
    };
    for (const document of documents) {
        const root = document.parseResult.value as ast.Document;
        for (const element of root.elements ?? []) {
            switch (element.$type) {
                case 'Organisation':
                    facts.organisations.push(element);
                    declare('organisation', element.name, element);
                    for (const v of element.visions) declare('supportTarget', v.name, v);
                    for (const a of element.ambitions) declare('supportTarget', a.name, a);
                    if (!isBuiltinUri(document.uri)) {
                        const use = element.frameworks[0]?.framework?.$refText;
                        if (use) frameworkUses.push(use);
                    }
                    break;
                case 'People':
                    for (const p of element.persons) declare('person', p.name, p);
                    break;
                case 'Team':
                    declare('team', element.name, element);
                    for (const g of element.goals) declare('goal', g.name, g);
                    for (const lead of element.leads) {
                        const name = lead.person?.$refText;
                        if (name) push(facts.teamsByLead, name, element);
                    }
                    break;
                case 'Plan': {
                    declare('plan', element.name, element);
                    const owner = element.owner?.$refText;
                    if (owner) push(facts.plansByOwner, owner, element);
                    if (element.name) push(facts.plansByName, element.name, element);
                    break;
                }
                case 'PrivateBlock': {
                    const plan = element.plan?.$refText;
                    if (plan) for (const r of element.reflections) push(facts.privateReflections, plan, r);
                    break;
                }
                case 'Framework':
                    declare('framework', element.name, element);
                    break;
            }
        }
    }
    // The first organisation's framework that exists; a misspelt one is a `link-error`
    // of its own and must not turn every plain dimension id into a second one.
    facts.defaultFramework = frameworkUses.find(name => facts.declarations.has(declarationKey('framework', name)))
        ?? DEFAULT_FRAMEWORK_ID;
    return facts;
}
