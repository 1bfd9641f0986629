import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import type { WorkspaceFacts } from '../../../language/src/workspace/workspace-facts.js';
import { keywordLanguageCounts, keywordTokens } from '../../../language/src/syntax/keyword-tokens.js';
import {
    DeclarePeopleRequest, NewPlanContextRequest,
    type DeclarePeopleParams, type DeclarePeopleResult, type NewPlanContext, type NewPlanPerson, type NewPlanTeam,
} from '../protocol.js';
import { declarePeopleEdit, findPeopleBlock } from '../../../language/src/fixes/people-block.js';
import { userDocuments } from './workspace-documents.js';
import { LeerplanGrammar } from '../../../language/src/generated/grammar.js';
import { identifierPattern } from '../../../language/src/syntax/grammar-facts.js';

/**
 * `leerplan/newPlanContext` and `leerplan/declarePeople`, for "New Plan from Template":
 * the people, teams, visions and dimensions of the workspace to choose from (never
 * anything a private file declares), and the edit that declares the people the user
 * typed, so the new plan links without an error.
 */
export function registerNewPlanRequests(connection: Connection, shared: LangiumSharedServices, facts: () => WorkspaceFacts, today: () => string): void {
    connection.onRequest(NewPlanContextRequest.method, async (): Promise<NewPlanContext> => {
        await shared.workspace.WorkspaceManager.ready;
        return shared.workspace.WorkspaceLock.read(() => newPlanContext(shared, facts(), today()));
    });
    connection.onRequest(DeclarePeopleRequest.method, async (params: DeclarePeopleParams): Promise<DeclarePeopleResult> => {
        await shared.workspace.WorkspaceManager.ready;
        return shared.workspace.WorkspaceLock.read(() => declarePeople(shared, params));
    });
}

export function newPlanContext(shared: LangiumSharedServices, facts: WorkspaceFacts, today: string): NewPlanContext {
    const people = new Map<string, NewPlanPerson>();
    const teams: NewPlanTeam[] = [];
    const visions: NewPlanContext['supportTargets'] = [];
    const ambitions: NewPlanContext['supportTargets'] = [];
    const plans: ast.Plan[] = [];
    let hasPeopleBlock = false;
    const documents = userDocuments(shared).filter(d => !d.uri.path.endsWith('.private.pop'));
    for (const document of documents) {
        for (const element of (document.parseResult.value as ast.Document).elements ?? []) {
            if (ast.isPeople(element)) {
                hasPeopleBlock = true;
                for (const person of element.persons) {
                    if (person.name && !people.has(person.name)) {
                        people.set(person.name, { id: person.name, name: person.displayName ?? person.name, roles: person.roles.map(r => r.text), teams: [], plans: [] });
                    }
                }
            } else if (ast.isTeam(element) && element.name) {
                teams.push({
                    id: element.name, title: element.title ?? element.name,
                    lead: element.leads[0]?.person?.$refText,
                    members: element.members.flatMap(m => m.persons.map(p => p.$refText)),
                });
            } else if (ast.isOrganisation(element)) {
                for (const vision of element.visions) if (vision.name) visions.push({ id: vision.name, kind: 'vision', text: vision.text ?? '' });
                for (const ambition of element.ambitions) if (ambition.name) ambitions.push({ id: ambition.name, kind: 'ambition', text: ambition.text ?? '' });
            } else if (ast.isPlan(element) && element.name) {
                plans.push(element);
            }
        }
    }
    for (const team of teams) {
        for (const id of new Set([team.lead, ...team.members])) if (id) people.get(id)?.teams.push(team.id);
    }
    for (const plan of plans) {
        const owner = plan.owner?.$refText;
        if (owner) people.get(owner)?.plans.push(plan.name);
    }
    const prefix = `${facts.defaultFramework}.`;
    const dimensions = shared.workspace.IndexManager.allElements('Dimension')
        .map(d => d.name).filter(name => name.startsWith(prefix)).map(name => name.slice(prefix.length)).toArray();
    const counts = plans.length
        ? keywordLanguageCounts(plans.flatMap(plan => keywordTokens(plan)))
        : undefined;
    return {
        people: [...people.values()],
        teams,
        supportTargets: [...visions, ...ambitions],
        dimensions: [...new Set(dimensions)],
        planIds: facts.planNames,
        keywordLanguage: counts && (counts.en > 0 || counts.nl > 0) ? counts.majority : undefined,
        hasPeopleBlock,
        today,
    };
}

function declarePeople(shared: LangiumSharedServices, params: DeclarePeopleParams): DeclarePeopleResult {
    const persons = (Array.isArray(params?.people) ? params.people : [])
        .filter(p => typeof p?.id === 'string' && identifierPattern(LeerplanGrammar()).test(p.id) && typeof p.name === 'string' && p.name.trim() !== '')
        .map(p => ({ id: p.id, name: p.name.trim() }));
    const block = findPeopleBlock(shared.workspace.LangiumDocuments);
    const declared = block ? declarePeopleEdit(block, persons) : undefined;
    return { edit: declared ? { changes: { [declared.uri]: [declared.edit] } } : null };
}
