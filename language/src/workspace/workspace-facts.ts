import { WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type * as ast from '../generated/ast.js';
import { DEFAULT_FRAMEWORK_ID } from '../frameworks/builtin-frameworks.js';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import { measurablePeriod, statusOf } from '../meaning/semantics.js';
import { subjectKey, subjectOf } from '../meaning/assessments.js';

/** Kinds of declaration whose ids must be unique across the workspace. */
export type DeclarationKind = 'person' | 'team' | 'supportTarget' | 'goal' | 'plan' | 'framework' | 'organisation';

/**
 * Where a declaration stands: enough to name it in a message and point at it, without
 * holding its syntax tree (a check of 10,000 plans keeps the facts of all of them while
 * only a batch of their trees is in memory).
 */
export interface DeclarationSite {
    uri: URI;
    /**
     * The whole declaration. Its start identifies the declaration within `uri`: lines and
     * columns, not offsets, which move in place when someone types in a comment above it
     * (`comment-edit.ts`) while these facts are kept for the same syntax tree.
     */
    range: Range;
}

/** What the checks of other documents need to know about a plan. */
export interface PlanFact {
    name: string;
    /** The plan's period when it is measurable (see `measurablePeriod`). */
    period: { start: string; end: string } | undefined;
}

/** An assessment as the checks of other assessments see it (which one is the latest). */
export interface AssessmentFact {
    date: string;
    uri: string;
    /** Where the assessment starts: with `uri` it identifies it (lines and columns stay put when a comment above it is edited; offsets do not). */
    line: number;
    character: number;
}

/**
 * The dimensions one team or plan goal works on, as written (a plain name belongs to
 * the framework in force), and whose goal it is: for `assessment-gap`. A dropped goal
 * works on nothing.
 */
export interface GoalWork {
    /** The team of a team goal, or the team a plan names (`team ID`). */
    team: string | undefined;
    /** The owner of a plan goal (a member or lead of a team works for it too). */
    owner: string | undefined;
    /** The last day of the plan's period, when it has one. */
    end: string | undefined;
    dimensions: string[];
    /** The document of the goal: only goals in an assessment's own workspace folder count for it. */
    uri: string;
}

/**
 * Facts about the whole workspace that single-document checks need: who has which
 * plan, who leads which team, how many private reflections a plan has elsewhere, every
 * declaration per id. Plain data, except `teams`: team nodes, which live in the
 * documents every build keeps (see `isContextDocument`). Built once per workspace state
 * (the cache is emptied on every change), or pinned for a one-shot check in batches.
 */
export interface WorkspaceFacts {
    defaultFramework: string;
    declarations: Map<string, DeclarationSite[]>;
    /** Plan ids in workspace order: the names a mistyped plan reference could have meant. */
    planNames: string[];
    plansByOwner: Map<string, PlanFact[]>;
    /** Person id -> ids of the teams they lead. */
    teamsByLead: Map<string, string[]>;
    /** Plan id -> number of its reflections in `private PLAN { }` blocks. */
    privateReflections: Map<string, number>;
    /** Team id -> its one person, for teams whose leads and members are one person (feedback-from-self). */
    soloTeams: Map<string, string>;
    teams: ast.Team[];
    /** Per assessment subject (`subjectKey`), its assessments in workspace order. */
    assessments: Map<string, AssessmentFact[]>;
    /** What every team and plan goal works on (only goals that name a dimension). */
    work: GoalWork[];
    /** The documents with a goal that names a dimension (goal-without-dimension asks only in their workspace folder). */
    dimensionUris: string[];
    /** The documents that hold a plan (member-without-plan asks only in their workspace folder). */
    planUris: string[];
}

export function declarationKey(kind: DeclarationKind, name: string): string {
    return `${kind}\u0000${name}`;
}

/** The site of a declaration node. */
export function siteOf(node: AstNode, uri: URI): DeclarationSite {
    const cst = node.$cstNode;
    return { uri, range: cst?.range ?? ZERO_RANGE };
}

/**
 * A document other documents may refer to, or whose facts need its syntax tree after
 * parsing: anything but plans (organisation, people, teams, frameworks, private blocks,
 * assessments: a file may hold only assessments).
 * Plans are referred to only from `private PLAN { }` blocks.
 */
export function isContextDocument(document: LangiumDocument): boolean {
    const root = document.parseResult.value as ast.Document;
    return (root.elements ?? []).some(element => element.$type !== 'Plan');
}

export class WorkspaceFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'facts', WorkspaceFacts>;
    private pinned: WorkspaceFacts | undefined;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    get(): WorkspaceFacts {
        return this.pinned ?? this.cache.get('facts', () => computeFacts(inWorkspaceOrder(this.documents.all.toArray())));
    }

    /**
     * Fixes the facts for a one-shot check whose documents are not all loaded at once
     * (`checkDocuments` in batches): they were collected from every document beforehand.
     */
    pin(facts: WorkspaceFacts): void {
        this.pinned = facts;
    }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/** One document's part of the facts, kept per parse (a keystroke in one plan recomputes only that plan's part). */
interface DocumentFacts {
    declarations: Array<[key: string, site: DeclarationSite]>;
    plans: Array<{ owner: string | undefined; fact: PlanFact }>;
    leads: Array<[person: string, team: string]>;
    privateReflections: Array<[plan: string, count: number]>;
    frameworkUses: string[];
    teams: ast.Team[];
    assessments: Array<[subject: string, fact: AssessmentFact]>;
    work: GoalWork[];
    uri: string;
    namesDimension: boolean;
    hasPlan: boolean;
}

const perParse = new WeakMap<AstNode, DocumentFacts>();

function documentFacts(document: LangiumDocument): DocumentFacts {
    const root = document.parseResult.value as ast.Document;
    let facts = perParse.get(root);
    if (facts) return facts;
    facts = {
        declarations: [], plans: [], leads: [], privateReflections: [], frameworkUses: [], teams: [], assessments: [], work: [],
        uri: document.uri.toString(), namesDimension: false, hasPlan: false,
    };
    const work = facts.work;
    const part = facts;
    const addWork = (goals: ast.Goal[], team: string | undefined, owner: string | undefined, end: string | undefined) => {
        for (const goal of goals) {
            const dimensions = goal.dimensions.flatMap(line => line.dimensions.map(ref => ref.$refText)).filter(name => name);
            if (dimensions.length > 0) part.namesDimension = true;
            if (statusOf(goal) === 'dropped') continue;
            if (dimensions.length > 0) work.push({ team, owner, end, dimensions, uri: part.uri });
        }
    };
    const uri = document.uri;
    const declarations = facts.declarations;
    const declare = (kind: DeclarationKind, name: string | undefined, node: AstNode) => {
        if (name) declarations.push([declarationKey(kind, name), siteOf(node, uri)]);
    };
    for (const element of root.elements ?? []) {
        switch (element.$type) {
            case 'Organisation':
                declare('organisation', element.name, element);
                for (const v of element.visions) declare('supportTarget', v.name, v);
                for (const a of element.ambitions) declare('supportTarget', a.name, a);
                if (!isBuiltinUri(uri)) {
                    const use = element.frameworks[0]?.framework?.$refText;
                    if (use) facts.frameworkUses.push(use);
                }
                break;
            case 'People':
                for (const p of element.persons) declare('person', p.name, p);
                break;
            case 'Team':
                facts.teams.push(element);
                declare('team', element.name, element);
                for (const g of element.goals) declare('goal', g.name, g);
                for (const lead of element.leads) {
                    const name = lead.person?.$refText;
                    if (name && element.name) facts.leads.push([name, element.name]);
                }
                addWork(element.goals, element.name || undefined, undefined, undefined);
                break;
            case 'Plan': {
                facts.hasPlan = true;
                declare('plan', element.name, element);
                const period = measurablePeriod(element);
                const owner = element.owner?.$refText || undefined;
                facts.plans.push({ owner, fact: { name: element.name, period } });
                addWork(element.goals, element.teams[0]?.team?.$refText || undefined, owner, period?.end);
                break;
            }
            case 'Assessment': {
                const subject = subjectOf(element);
                if (subject && element.date) {
                    const start = element.$cstNode?.range.start ?? ZERO_RANGE.start;
                    facts.assessments.push([subjectKey(subject), { date: element.date, uri: uri.toString(), line: start.line, character: start.character }]);
                }
                break;
            }
            case 'PrivateBlock': {
                const plan = element.plan?.$refText;
                if (plan) facts.privateReflections.push([plan, element.reflections.length]);
                break;
            }
            case 'Framework':
                declare('framework', element.name, element);
                break;
        }
    }
    perParse.set(root, facts);
    return facts;
}

/**
 * Gathers the facts document by document; `result()` gives the facts of all documents
 * added so far. Documents may be added out of workspace order (give each its place as
 * `order`): the facts list declarations in workspace order all the same, so messages
 * that name "the other declaration" name the same one however the files were read.
 */
export class WorkspaceFactsCollector {
    private readonly parts: Array<{ order: number; part: DocumentFacts }> = [];
    private sorted = true;

    add(document: LangiumDocument, order = this.parts.length): void {
        const last = this.parts[this.parts.length - 1];
        if (last && last.order > order) this.sorted = false;
        this.parts.push({ order, part: documentFacts(document) });
    }

    result(): WorkspaceFacts {
        if (!this.sorted) {
            this.parts.sort((a, b) => a.order - b.order);
            this.sorted = true;
        }
        const facts: WorkspaceFacts = {
            defaultFramework: DEFAULT_FRAMEWORK_ID,
            declarations: new Map(),
            planNames: [],
            plansByOwner: new Map(),
            teamsByLead: new Map(),
            privateReflections: new Map(),
            soloTeams: new Map(),
            teams: [],
            assessments: new Map(),
            work: [],
            dimensionUris: [],
            planUris: [],
        };
        const frameworkUses: string[] = [];
        for (const { part } of this.parts) {
            for (const [key, site] of part.declarations) push(facts.declarations, key, site);
            for (const { owner, fact } of part.plans) {
                if (fact.name) facts.planNames.push(fact.name);
                if (owner) push(facts.plansByOwner, owner, fact);
            }
            for (const [person, team] of part.leads) push(facts.teamsByLead, person, team);
            for (const [plan, count] of part.privateReflections) {
                if (count > 0) facts.privateReflections.set(plan, (facts.privateReflections.get(plan) ?? 0) + count);
            }
            frameworkUses.push(...part.frameworkUses);
            facts.teams.push(...part.teams);
            for (const [subject, fact] of part.assessments) push(facts.assessments, subject, fact);
            for (const w of part.work) facts.work.push(w);
            if (part.namesDimension) facts.dimensionUris.push(part.uri);
            if (part.hasPlan) facts.planUris.push(part.uri);
        }
        for (const team of facts.teams) {
            const people = new Set([...team.leads.map(lead => lead.person?.$refText), ...team.members.flatMap(line => line.persons.map(ref => ref.$refText))]);
            const [only] = people;
            if (team.name && people.size === 1 && only) facts.soloTeams.set(team.name, only);
        }
        // The first organisation's framework that exists; a misspelt one is a `link-error`
        // of its own and must not turn every plain dimension id into a second one.
        facts.defaultFramework = frameworkUses.find(name => facts.declarations.has(declarationKey('framework', name)))
            ?? DEFAULT_FRAMEWORK_ID;
        return facts;
    }
}

/**
 * The documents in workspace order: the built-in library, then the files by path (as
 * `leerplan check` reads them), then documents that are not files (untitled ones). The
 * facts follow it, so "declared more than once (also at ...)" and the organisation
 * whose framework is the default are the same in the editor, whatever order it opened
 * the files in, and in the CLI.
 */
export function inWorkspaceOrder(documents: LangiumDocument[]): LangiumDocument[] {
    const rank = (d: LangiumDocument) => (isBuiltinUri(d.uri) ? 0 : d.uri.scheme === 'file' ? 1 : 2);
    const key = (d: LangiumDocument) => (d.uri.scheme === 'file' ? d.uri.fsPath : d.uri.toString());
    return [...documents].sort((a, b) => rank(a) - rank(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function computeFacts(documents: Iterable<LangiumDocument>): WorkspaceFacts {
    const collector = new WorkspaceFactsCollector();
    for (const document of documents) collector.add(document);
    return collector.result();
}

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
