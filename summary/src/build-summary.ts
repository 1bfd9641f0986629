import type { AstNode } from 'langium';
import * as ast from '../../language/src/generated/ast.js';
import { BUILTIN_FRAMEWORKS, DEFAULT_FRAMEWORK_ID, findLearningForm } from '../../language/src/frameworks/builtin-frameworks.js';
import { findBuiltinFramework } from '../../language/src/frameworks/builtin-document.js';
import { isExistingDate } from '../../language/src/meaning/dates.js';
import {
    gathersFeedback, isAsk, isPrivateFeedback, isReceived, measurablePeriod, planPeriodOf, rolesOf, seeksFeedback, statusOf, visionLink,
} from '../../language/src/meaning/semantics.js';
import { dueTargetDate, isWholeCount, namedPeriodSpan, timeUnitOf, withinSpan, type DateSpan } from '../../language/src/meaning/moments.js';
import { RULES, isRuleCode, type Lang, type Severity } from '../../language/src/rules/rule-registry.js';
import { translateKeyword } from '../../language/src/syntax/keywords.js';
import { addDays, cadenceDates, daysBetween, lastCadenceDate, monthsBetween } from './calendar.js';
import { askedMoments } from '../../language/src/meaning/follow-up.js';
import { isPrivateFile } from '../../language/src/workspace/private-file.js';
import { followThroughFacts, followThroughOfPlan, planFollowThrough, planHistory, type FollowThroughInput, type PlanFollowThroughFacts } from './follow-through.js';

export type { FollowThroughInput } from './follow-through.js';
import { UnparsedParts } from './unparsed-parts.js';
import { GAP_SCORE, isValidScore, subjectOf } from '../../language/src/meaning/assessments.js';
import { developmentCard } from '../../language/src/frameworks/development-cards.js';
import {
    SUMMARY_MODEL_VERSION,
    type ActionSummary, type AlignmentNode, type Baseline, type BaselineDimension, type CalendarMonth, type CoachSummary, type DimensionCount, type DimensionInfo,
    type FeedbackStatus, type FeedbackSummary, type FrameworkInfo, type GoalSummary, type Moment, type OrganisationFollowThrough, type OrganisationSummary,
    type NextReview, type PersonRef, type PlanEntry, type PlanFollowThrough, type PlanSummary, type ProblemSummary, type ReflectionSummary, type ReviewSummary, type SourceRef,
    type SummaryAudience, type SummaryModel, type SummaryScope, type TeamSummary, type TimelineEvent, type TimelineNote, type VisionPath,
} from './summary-model.js';

/**
 * The one pure function behind every summary: checked documents in, a
 * `SummaryModel` out. No I/O, no editor, no LSP: the CLI and the language server
 * read and check the files and hand over the AST roots with their diagnostics.
 */

/** The part of an LSP diagnostic the summary needs (0-based positions). */
export interface SummaryDiagnostic {
    range: { start: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    /** LSP 3.18 allows Markdown content here; its text is used. */
    message: string | { value: string };
}

export interface SummaryDocument {
    /** The document URI (`file:///...`). */
    uri: string;
    /** The path shown to people: relative to the working folder, forward slashes. */
    file: string;
    root: ast.Document;
    diagnostics: readonly SummaryDiagnostic[];
}

export interface SummaryOptions {
    lang: Lang;
    /** YYYY-MM-DD */
    today: string;
    audience: SummaryAudience;
    scope?: SummaryScope;
    /** Follow-through from Git history, as the host read it (absent: the model says nothing of it). */
    followThrough?: FollowThroughInput;
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };


/** Whether the plan, team or coach a scope names exists in these documents (the CLI reports an unknown id). */
export function scopeTargetExists(documents: readonly SummaryDocument[], scope: SummaryScope): boolean {
    if (scope.kind === 'all') return true;
    for (const document of documents) {
        for (const element of document.root.elements ?? []) {
            if (scope.kind === 'plan' && ast.isPlan(element) && element.name === scope.id) return true;
            if (scope.kind === 'team' && ast.isTeam(element) && element.name === scope.id) return true;
            // A coach is a declared person: a name that links nowhere (`coach COACH`) has no review list.
            if (scope.kind === 'coach' && ast.isPeople(element) && element.persons.some(p => p.name === scope.id)) return true;
        }
    }
    return false;
}

/**
 * The summary of `documents`, all loaded and checked: the CLI's views, the language
 * server's preview, the tests. (`leerplan summary` over a large workspace builds the
 * same model in parts, with `SummaryBuilder`, so that only a batch of plans is loaded
 * at a time; a property test holds the two equal.)
 */
export function buildSummary(documents: readonly SummaryDocument[], options: SummaryOptions): SummaryModel {
    const builder = new SummaryBuilder(options);
    builder.addContext(documents);
    documents.forEach((document, order) => builder.digestPlans(document, order));
    const model = builder.frame();
    model.plans = documents.flatMap(document => builder.planSummaries(document));
    return model;
}

/** What the organisation, team and coach views need of a plan: plain data, so that the plan's syntax tree can go. */
interface PlanDigest {
    id: string;
    /** The document, for a scope that names one (the preview of a plan without an id). */
    uri?: string;
    source: SourceRef;
    owner: PersonRef;
    /** Every `coach` line's name, for a coach's view (kept for that view only). */
    coachIds?: string[];
    /** The first coach, when the name links to a declared person (only those have a review list). */
    coach?: PersonRef;
    teamIds: string[];
    period?: { start: string; end: string };
    /** The first review (that parses) on or after today, and the last one before. */
    nextReview?: string;
    lastReview?: string;
    problems: Record<Severity, number>;
    /** Each rule code of the plan's problems with its title, severity and count, in code order. */
    codes: Array<{ code: string; title: string; severity: Severity; count: number }>;
    parseErrors: number;
    goals: GoalDigest[];
    /** Feedback moments per month, cadences expanded over the plan's period: triples of month (`YYYYMM`), asks, gives. */
    feedbackMonths: number[];
    /** For a coach's review list: the plan's document and what its follow-through reads of its text (shared records only). */
    followThrough?: { uri: string; facts: PlanFollowThroughFacts };
}

/** A goal as its team's alignment tree, the baseline and the counts of the organisation view need it. */
interface GoalDigest {
    /** Shared by every goal with the same dimensions. */
    dimensions: readonly DimensionInfo[];
    /** As `goal-without-vision` sees it. */
    linked: boolean;
    asks: boolean;
    id: string;
    title: string;
    line: number;
    /**
     * The chain above it (vision, ambition, team goal, top down) when the goal reaches
     * the vision that way. A step in another file (the organisation, a team) is its
     * syntax node, described when the tree is built: that file stays loaded, and is
     * known to the builder by then; a step in the goal's own file is described now.
     * Goals that reach the vision the same way share one chain.
     */
    chain?: ReadonlyArray<ChainNode | { type: string; name: string; node: AlignmentNode }>;
}

type ChainNode = ast.Goal | ast.Ambition | ast.Vision;

/** The digests of one document's plans, and the problems of its text outside any declaration. */
interface DocumentDigest {
    plans: PlanDigest[];
    loose: ProblemSummary[];
}

/** The problems of one document, handed to the top-level element each lies in. */
interface AssignedProblems {
    byElement: Map<AstNode, ProblemSummary[]>;
    loose: ProblemSummary[];
    parseErrors: number;
}

/**
 * Builds a summary model in parts. `addContext` takes the documents that stay loaded
 * (everything other files refer to: the organisation, people, teams, frameworks,
 * private blocks); `digestPlans` takes each document's plans, keeping only plain data
 * (`PlanDigest`), so a caller can load plans a batch at a time and drop them; `frame`
 * is the model without its plans (`plans: []`), `planEntries` the table of contents of
 * the plans to come, and `planSummaries` a document's plans, once more loaded, in full.
 */
export class SummaryBuilder {
    private readonly lang: Lang;
    private readonly today: string;
    private readonly audience: SummaryAudience;
    /**
     * Private content is shown only in the owner's own view of one plan: audience
     * `owner` with a plan scope. Every other model (an export, or an owner-audience
     * view of a team, a coach or the organisation, which shows other people's plans)
     * is built as privately as an export, only with URIs for revealing lines.
     */
    private readonly showPrivate: boolean;
    private readonly scope: SummaryScope;
    /** The documents the model reads now: the context for good, a document of plans while it is digested or summarised. */
    private readonly documentOf = new Map<ast.Document, SummaryDocument>();
    private readonly teams: ast.Team[] = [];
    private readonly organisations: ast.Organisation[] = [];
    private readonly persons: ast.Person[] = [];
    private readonly privateBlocks: ast.PrivateBlock[] = [];
    /** Every assessment of a readable context document, in document order. */
    private readonly assessments: ast.Assessment[] = [];
    /** Problems of the context's top-level elements other than plans (teams, the organisation, people ...), in export form already. */
    private readonly problemsOf = new Map<AstNode, ProblemSummary[]>();
    private readonly looseProblems: ProblemSummary[] = [];
    /** Syntax errors per context document (those a reader of this model may know of: none inside private text). */
    private readonly parseErrorsOf = new Map<ast.Document, number>();
    /** Per document, in document order: its plans' digests. */
    private readonly digests = new Map<number, DocumentDigest>();
    private readonly dimensionsOf = new WeakMap<ast.Goal, readonly DimensionInfo[]>();
    /** One list per combination of dimensions (by their keys): a workspace has few, and many goals. */
    private readonly dimensionLists = new Map<string, readonly DimensionInfo[]>();
    /** The chain above a team goal, ambition or vision of another file, one per first step. */
    private readonly chains = new WeakMap<AstNode, ReadonlyArray<ChainNode>>();
    /** One reference per declared person (by the name written), shared by every plan that names them. */
    private readonly people = new WeakMap<ast.Person, PersonRef>();
    private readonly dimensionInfos = new WeakMap<ast.Dimension, DimensionInfo>();
    /** Documents with syntax errors whose syntax tree comes without its parse result: all of it counts as unparsed. */
    private readonly withParseErrors = new WeakSet<ast.Document>();
    /** What is written where a file does not parse stays out of every model. */
    private readonly unparsed = new UnparsedParts(root => this.withParseErrors.has(root));
    private frameworkCache?: FrameworkInfo;
    private followThrough?: FollowThroughInput;

    constructor(options: SummaryOptions) {
        this.followThrough = options.followThrough;
        this.lang = options.lang;
        this.today = options.today;
        this.audience = options.audience;
        this.scope = options.scope ?? { kind: 'all' };
        this.showPrivate = this.audience === 'owner' && this.scope.kind === 'plan';
    }

    /** The Git history the plans' follow-through is read from, once the host has read it (before `frame` and `planSummaries`). */
    setFollowThrough(input: FollowThroughInput | undefined): void {
        this.followThrough = input;
    }

    /** Whether the model may read a document at all: an export never reads a `*.private.pop` file. */
    private readable(document: SummaryDocument): boolean {
        return this.showPrivate || !(isPrivateFile(document.file) || isPrivateFile(document.uri));
    }

    private register(document: SummaryDocument): void {
        this.documentOf.set(document.root, document);
        if (document.diagnostics.some(d => d.code === 'parse-error')) this.withParseErrors.add(document.root);
    }

    /**
     * The documents that stay loaded while the model is built: their teams, organisation,
     * people, frameworks and private blocks, and the problems of those. A document that
     * declares only plans is not context (its plans come through `digestPlans`).
     */
    addContext(documents: readonly SummaryDocument[]): void {
        for (const document of documents) {
            if (!this.readable(document) || !isContext(document)) continue;
            this.register(document);
            for (const element of document.root.elements ?? []) {
                if (ast.isTeam(element)) this.teams.push(element);
                else if (ast.isOrganisation(element)) this.organisations.push(element);
                else if (ast.isPeople(element)) this.persons.push(...element.persons);
                else if (ast.isPrivateBlock(element)) this.privateBlocks.push(element);
                else if (ast.isAssessment(element)) this.assessments.push(element);
            }
            const assigned = this.assignProblems(document);
            for (const [element, problems] of assigned.byElement) if (!ast.isPlan(element)) this.problemsOf.set(element, problems);
            this.looseProblems.push(...assigned.loose);
            this.parseErrorsOf.set(document.root, assigned.parseErrors);
        }
        this.frameworkCache = undefined;
    }

    /**
     * Keeps what the organisation, team and coach views need of the plans of `document`
     * (the `order`-th document of the workspace; digesting the same document again
     * replaces what was kept). The plans must be linked; afterwards the builder holds no
     * reference into this document unless it is context.
     */
    digestPlans(document: SummaryDocument, order: number): void {
        if (!this.readable(document)) return;
        const context = this.documentOf.get(document.root) === document;
        this.register(document);
        try {
            const assigned = this.assignProblems(document);
            const plans = (document.root.elements ?? []).filter(ast.isPlan).map(plan => this.planDigest(plan, document, assigned));
            this.digests.set(order, { plans, loose: context || isContext(document) ? [] : assigned.loose });
        } finally {
            if (!context) this.documentOf.delete(document.root);
        }
    }

    /** Every digest, in document order. */
    private allDigests(): PlanDigest[] {
        return [...this.digests.keys()].sort((a, b) => a - b).flatMap(order => this.digests.get(order)!.plans);
    }

    /** Whether the plan, team or coach the scope names exists (the CLI reports an unknown id), after every document was added. */
    scopeTargetExists(): boolean {
        const scope = this.scope;
        switch (scope.kind) {
            case 'all': return true;
            case 'plan': return this.allDigests().some(plan => plan.id === scope.id);
            case 'team': return this.teams.some(team => team.name === scope.id);
            // A coach is a declared person: a name that links nowhere (`coach COACH`) has no review list.
            case 'coach': return this.persons.some(person => person.name === scope.id);
        }
    }

    /** The orders of the documents that hold plans of the model (those `planSummaries` will be asked for). */
    documentsWithPlans(): number[] {
        return [...this.digests.keys()].sort((a, b) => a - b).filter(order => this.digests.get(order)!.plans.some(plan => this.planInScope(plan)));
    }

    /** The plans the model shows, in order: for the table of contents, before the plans themselves are built. */
    planEntries(): PlanEntry[] {
        return this.allDigests().filter(plan => this.planInScope(plan))
            .map(plan => ({ id: plan.id, owner: plan.owner, source: plan.source, errors: plan.problems.error }));
    }

    /** The model without its plans (`plans: []`, in its place), once every document was added. */
    frame(): SummaryModel {
        const scope = this.scope;
        const digests = this.allDigests();
        const inScope = digests.filter(plan => this.planInScope(plan));
        const teams = this.teams.filter(team => scope.kind === 'all' || (scope.kind === 'team' && team.name === scope.id));
        const model: SummaryModel = {
            version: SUMMARY_MODEL_VERSION,
            lang: this.lang,
            today: this.today,
            audience: this.audience,
            scope,
            framework: this.framework,
            plans: [],
            teams: teams.map(team => this.teamSummary(team, digests)),
            coaches: scope.kind === 'all' || scope.kind === 'coach' ? this.coachSummaries(inScope) : [],
        };
        if (scope.kind === 'all' && (this.organisations.length || digests.length > 1 || this.teams.length)) {
            model.organisation = this.organisationSummary(digests);
        }
        if (this.followThrough) model.followThrough = { since: this.followThrough.since, history: this.followThrough.history };
        return model;
    }

    /** The plans of `document` that the model shows, in full; the document must be loaded and linked. */
    planSummaries(document: SummaryDocument): PlanSummary[] {
        if (!this.readable(document)) return [];
        const context = this.documentOf.get(document.root) === document;
        this.register(document);
        try {
            const assigned = this.assignProblems(document);
            return (document.root.elements ?? []).filter(ast.isPlan)
                .filter(plan => this.planInScope({ id: given(plan.name), uri: document.uri, coachIds: plan.coaches.map(c => c.person?.$refText ?? ''), teamIds: plan.teams.map(t => t.team?.$refText ?? ''), owner: this.person(plan.owner) }))
                .map(plan => this.planSummary(plan, assigned));
        } finally {
            if (!context) this.documentOf.delete(document.root);
        }
    }

    private get framework(): FrameworkInfo {
        return this.frameworkCache ??= this.frameworkInUse();
    }

    // ------------------------------------------------------------------ scope

    private planInScope(plan: Pick<PlanDigest, 'id' | 'uri' | 'coachIds' | 'teamIds' | 'owner'>): boolean {
        const scope = this.scope;
        switch (scope.kind) {
            case 'all': return true;
            case 'plan': return plan.id === scope.id && (!scope.uri || plan.uri === scope.uri);
            case 'coach': return !!plan.coachIds?.includes(scope.id);
            case 'team': {
                if (plan.teamIds.includes(scope.id)) return true;
                const team = this.teams.find(t => t.name === scope.id);
                return !!team && this.teamPeople(team).some(p => p.id === plan.owner.id);
            }
        }
    }

    // ------------------------------------------------------------------ sources and problems

    private source(node: AstNode): SourceRef {
        let root: AstNode = node;
        while (root.$container) root = root.$container;
        const document = this.documentOf.get(root as ast.Document);
        const line = (node.$cstNode?.range.start.line ?? 0) + 1;
        const ref: SourceRef = { file: document?.file ?? '', line };
        if (this.audience === 'owner' && document) ref.uri = document.uri;
        return ref;
    }

    /**
     * Hands every diagnostic to the top-level element it lies in. For an export, a
     * diagnostic inside private content is dropped and a syntax error's detail
     * (which may quote the text at fault) is replaced by the rule's title; the same
     * holds for every model that does not show private content.
     */
    private assignProblems(document: SummaryDocument): AssignedProblems {
        const elements = document.root.elements ?? [];
        const privateRanges: Array<[number, number]> = [];
        if (!this.showPrivate) {
            for (const element of elements) {
                if (ast.isPrivateBlock(element)) privateRanges.push(lineRange(element));
                if (ast.isPlan(element)) for (const r of element.reflections) if (r.private) privateRanges.push(lineRange(r));
                // A private record of feedback received, in a plan's goal or a team's goal.
                const goals = ast.isPlan(element) || ast.isTeam(element) ? element.goals : [];
                for (const goal of goals) for (const f of goal.feedback) if (f.private) privateRanges.push(lineRange(f));
            }
        }
        const result: AssignedProblems = { byElement: new Map(), loose: [], parseErrors: 0 };
        for (const diagnostic of document.diagnostics) {
            const line = diagnostic.range.start.line;
            if (privateRanges.some(([from, to]) => line >= from && line <= to)) continue;
            const problem = this.problem(document, diagnostic);
            if (problem.code === 'parse-error') result.parseErrors++;
            const owner = elements.find(e => {
                const [from, to] = lineRange(e);
                return line >= from && line <= to;
            });
            if (owner && ast.isPrivateBlock(owner) && !this.showPrivate) continue;
            const list = owner ? result.byElement.get(owner) : undefined;
            if (owner && list) list.push(problem);
            else if (owner) result.byElement.set(owner, [problem]);
            else result.loose.push(problem);
        }
        for (const list of result.byElement.values()) list.sort(byPlace);
        return result;
    }

    /** Syntax errors in the context file `node` is declared in. */
    private parseErrorsAround(node: AstNode): number {
        let root: AstNode = node;
        while (root.$container) root = root.$container;
        return this.parseErrorsOf.get(root as ast.Document) ?? 0;
    }

    /** A text of `node` as the model holds it: '' when the text is missing or written where the file does not parse. */
    private textOf(node: AstNode, value: string | undefined): string {
        return value !== undefined && this.unparsed.parses(node) ? value : '';
    }

    private problem(document: SummaryDocument, diagnostic: SummaryDiagnostic): ProblemSummary {
        const code = String(diagnostic.code ?? '');
        const rule = isRuleCode(code) ? RULES[code] : undefined;
        const title = rule ? rule.title[this.lang] : code;
        const quotesText = code === 'parse-error' || !rule;
        const source: SourceRef = { file: document.file, line: diagnostic.range.start.line + 1 };
        if (this.audience === 'owner') source.uri = document.uri;
        return {
            code,
            severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
            title,
            message: !this.showPrivate && quotesText ? title : typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            source,
            column: diagnostic.range.start.character + 1,
        };
    }


    // ------------------------------------------------------------------ names

    /** A person named by a reference: '' when the text names no one yet, `unknown` when the name links to no declared person. */
    private person(ref: { ref?: ast.Person; $refText: string } | undefined): PersonRef {
        const id = ref?.$refText ?? '';
        const person = id ? ref?.ref : undefined;
        const known = person && this.people.get(person);
        if (known?.id === id) return known;
        const result: PersonRef = { id, name: (person && this.textOf(person, person.displayName)) || id };
        if (id && !person) result.unknown = true;
        else if (person) this.people.set(person, result);
        return result;
    }

    /** A team's title as a plan or a feedback line names the team: the id when the team is unknown or has no title. */
    private teamTitle(ref: { ref?: ast.Team; $refText: string }): string {
        return (ref.ref && this.textOf(ref.ref, ref.ref.title)) || ref.$refText;
    }

    /** A dimension as the model names it; one object per dimension, shared by every goal that names it. */
    private dimensionInfo(dimension: ast.Dimension): DimensionInfo {
        let info = this.dimensionInfos.get(dimension);
        if (!info) {
            info = this.describeDimension(dimension);
            this.dimensionInfos.set(dimension, info);
        }
        return info;
    }

    private describeDimension(dimension: ast.Dimension): DimensionInfo {
        const framework = ast.isFramework(dimension.$container) ? dimension.$container.name : '';
        return {
            key: `${framework}.${dimension.name ?? ''}`,
            id: given(dimension.name),
            framework,
            name: this.textOf(dimension, this.lang === 'nl' ? dimension.nameNl : dimension.nameEn) || given(dimension.name),
            roles: rolesOf(dimension),
        };
    }

    /** The organisation's framework (resolved through its `framework` line), else the built-in default. */
    private frameworkInUse(): FrameworkInfo {
        for (const organisation of this.organisations) {
            const framework = organisation.frameworks[0]?.framework?.ref;
            if (framework) {
                return {
                    id: given(framework.name),
                    title: findBuiltinFramework(framework.name)?.title[this.lang] ?? (this.textOf(framework, framework.title) || given(framework.name)),
                    dimensions: framework.dimensions.map(d => this.dimensionInfo(d)),
                };
            }
        }
        const builtin = BUILTIN_FRAMEWORKS.find(f => f.id === DEFAULT_FRAMEWORK_ID)!;
        return {
            id: builtin.id,
            title: builtin.title[this.lang],
            dimensions: builtin.dimensions.map(d => ({ key: `${builtin.id}.${d.id}`, id: d.id, framework: builtin.id, name: d.name[this.lang], roles: [...d.roles] })),
        };
    }

    /**
     * A goal's dimensions, each once. Asked for by the goal itself, its plan's
     * coverage, its team and the organisation: computed once per goal and model.
     */
    private goalDimensions(goal: ast.Goal): readonly DimensionInfo[] {
        let dimensions = this.dimensionsOf.get(goal);
        if (!dimensions) {
            const collected = this.collectGoalDimensions(goal);
            const key = collected.map(d => d.key).join('\n');
            dimensions = this.dimensionLists.get(key);
            if (!dimensions) this.dimensionLists.set(key, dimensions = collected);
            this.dimensionsOf.set(goal, dimensions);
        }
        return dimensions;
    }

    private collectGoalDimensions(goal: ast.Goal): DimensionInfo[] {
        const seen = new Set<string>();
        const result: DimensionInfo[] = [];
        for (const line of goal.dimensions) {
            for (const ref of line.dimensions) {
                if (!ref.ref) continue;
                const info = this.dimensionInfo(ref.ref);
                if (seen.has(info.key)) continue;
                seen.add(info.key);
                result.push(info);
            }
        }
        return result;
    }

    /** The framework's dimensions, then every other dimension the goals use (each goal's dimensions given), in first-use order. */
    private dimensionColumns(goals: ReadonlyArray<readonly DimensionInfo[]>): Array<{ key: string; name: string; inFramework: boolean }> {
        const columns = this.framework.dimensions.map(d => ({ key: d.key, name: d.name, inFramework: true }));
        const known = new Set(columns.map(c => c.key));
        for (const dimensions of goals) {
            for (const d of dimensions) {
                if (known.has(d.key)) continue;
                known.add(d.key);
                columns.push({ key: d.key, name: d.name, inFramework: false });
            }
        }
        return columns;
    }

    // ------------------------------------------------------------------ goals

    /**
     * A moment as written, with the dates it stands for within the plan's `period` (a
     * team has none). Dates that cannot be computed are left out, never made up.
     */
    private moment(moment: ast.Moment | undefined, period: DateSpan | undefined): Moment | undefined {
        if (!moment) return undefined;
        switch (moment.$type) {
            case 'OnMoment': return { kind: 'on', date: moment.date };
            case 'FromMoment': return moment.end ? { kind: 'from', date: moment.start, end: moment.end } : { kind: 'from', date: moment.start };
            case 'DueMoment': return this.dueMoment(moment, period);
            case 'Cadence': {
                const cadence = timeUnitOf(moment.unit);
                if (!cadence || (moment.count !== undefined && !isWholeCount(moment.count))) return undefined;
                return moment.count !== undefined && moment.count !== 1 ? { kind: 'every', cadence, every: moment.count } : { kind: 'every', cadence };
            }
            case 'InMoment': {
                const span = namedPeriodSpan(moment.period);
                return span ? { kind: 'in', period: moment.period, date: span.start, end: span.end } : { kind: 'in', period: moment.period };
            }
            case 'Within': {
                const result: Moment = { kind: 'within', ...this.within(moment) };
                const span = withinSpan(moment, period);
                if (span) Object.assign(result, { date: span.start, end: span.end });
                return result;
            }
            case 'AfterMoment': return { kind: 'after', event: moment.event };
            case 'OngoingMoment': return { kind: 'ongoing' };
        }
    }

    /**
     * `due D`, `due 2026-Q2` (its last day), `due within 3 months` (the span's last day);
     * `due before "event"` (no date: the event as written), `due ongoing` (no deadline).
     */
    private dueMoment(due: ast.DueMoment | ast.GoalDue, period: DateSpan | undefined): Moment {
        if (due.ongoing) return { kind: 'ongoing' };
        if (due.event !== undefined) return { kind: 'due', event: due.event };
        const result: Moment = { kind: 'due' };
        const date = due.date ?? dueTargetDate(due, period);
        if (date) result.date = date;
        if (due.period !== undefined) result.period = due.period;
        if (due.within) Object.assign(result, this.within(due.within));
        return result;
    }

    private within(within: ast.Within): Pick<Moment, 'within'> {
        const unit = timeUnitOf(within.unit);
        return unit ? { within: { count: within.count, unit } } : {};
    }

    private visionPath(goal: ast.Goal): VisionPath {
        const link = visionLink(goal);
        const path = link.path.map(node => ast.isGoal(node)
            ? { kind: 'team-goal' as const, id: given(node.name), text: this.textOf(node, node.title) }
            : ast.isAmbition(node) ? { kind: 'ambition' as const, id: given(node.name), text: this.textOf(node, node.text) }
                : { kind: 'vision' as const, id: given(node.name), text: this.textOf(node, node.text) });
        return { linked: link.linked, reachesVision: path[path.length - 1]?.kind === 'vision', path };
    }

    /** asked: feedback asked for, received, or gathered by an action (a 360-degree round, a retrospective). */
    private feedbackStatus(goal: ast.Goal): FeedbackStatus {
        if (goal.feedback.some(seeksFeedback) || goal.actions.some(gathersFeedback)) return 'asked';
        return goal.feedback.length ? 'given' : 'none';
    }

    /** Feedback entries a view may show: a private record of feedback received only in the owner's own view. */
    private visibleFeedback(entries: readonly ast.Feedback[]): ast.Feedback[] {
        return this.showPrivate ? [...entries] : entries.filter(f => !isPrivateFeedback(f));
    }

    private goalSummary(goal: ast.Goal): GoalSummary {
        const period = planPeriodOf(goal);
        const summary: GoalSummary = {
            id: given(goal.name),
            title: this.textOf(goal, goal.title),
            source: this.source(goal),
            personal: goal.personal,
            dimensions: this.goalDimensions(goal).map(d => ({ key: d.key, name: d.name })),
            contributes: goal.contributes.flatMap(c => c.goals.map(g => g.$refText)),
            vision: this.visionPath(goal),
            feedbackStatus: this.feedbackStatus(goal),
            feedback: this.withFollowUp(goal, period, this.visibleFeedback(this.unparsed.parsed(goal.feedback)).map(f => [f, this.feedbackSummary(f, period)] as const)),
            actions: this.unparsed.parsed(goal.actions).map(a => this.actionSummary(a, period)),
            successCriteria: this.unparsed.parsed(goal.evidence).map(e => given(e.text)),
        };
        if (goal.whys[0]) summary.why = goal.whys[0].text;
        if (goal.requirements[0]) summary.required = goal.requirements[0].text;
        const level = goal.levels[0];
        if (level) summary.level = { now: level.now, target: level.target };
        const status = statusOf(goal);
        if (status) summary.status = status;
        const dueLine = goal.due[0];
        if (dueLine) {
            const due = dueLine.date ?? dueTargetDate(dueLine, period);
            if (due) summary.due = due;
            if (dueLine.date === undefined) summary.dueMoment = this.dueMoment(dueLine, period);
        }
        const evidence = this.unparsed.parsed(goal.evidence)[0];
        if (evidence?.text !== undefined) summary.evidence = evidence.text;
        return summary;
    }

    /**
     * Marks each ask at a date that has passed with whether a record followed it up
     * (`follow-up.ts`, as `leerplan status` and `feedback-not-followed-up` see it); private
     * records count only where the model shows them.
     */
    private withFollowUp(goal: ast.Goal, period: DateSpan | undefined, entries: ReadonlyArray<readonly [ast.Feedback, FeedbackSummary]>): FeedbackSummary[] {
        const moments = askedMoments(goal, period, addDays(this.today, -1), { includePrivate: this.showPrivate, cadences: false });
        return entries.map(([node, summary]) => {
            const moment = moments.find(m => m.feedback === node);
            if (moment) summary.followUp = { date: moment.date, recorded: moment.followedUp !== undefined };
            return summary;
        });
    }

    private feedbackSummary(feedback: ast.Feedback, period: DateSpan | undefined): FeedbackSummary {
        const from = feedback.team
            ? { kind: 'team' as const, id: feedback.team.$refText, name: this.teamTitle(feedback.team) }
            : feedback.external !== undefined
                ? { kind: 'external' as const, id: '', name: feedback.external }
                : { kind: 'person' as const, ...this.person(feedback.person) };
        const direction = isAsk(feedback) ? 'ask' : isReceived(feedback) ? 'received' : 'give';
        const summary: FeedbackSummary = { direction, from, source: this.source(feedback) };
        if (feedback.question !== undefined) summary.question = feedback.question;
        if (feedback.text !== undefined) summary.text = feedback.text;
        if (isPrivateFeedback(feedback)) summary.private = true;
        const when = this.moment(feedback.when, period);
        if (when) summary.when = when;
        return summary;
    }

    private actionSummary(action: ast.Action, period: DateSpan | undefined): ActionSummary {
        const form = action.form ? findLearningForm(action.form) : undefined;
        const summary: ActionSummary = {
            form: given(action.form),
            formName: form ? form.name[this.lang] : given(action.form),
            formal: form?.formal ?? false,
            known: !!form,
            text: given(action.text),
            source: this.source(action),
        };
        const when = this.moment(action.when, period);
        if (when) summary.when = when;
        if (action.hours && Number.isFinite(action.hours.value)) summary.hours = action.hours.value;
        return summary;
    }

    // ------------------------------------------------------------------ plans

    private reviewSummary(review: ast.Review, period: DateSpan | undefined): ReviewSummary {
        const summary: ReviewSummary = { with: this.person(review.person), source: this.source(review) };
        Object.assign(summary, this.lineDates(review, period));
        if (review.text !== undefined) summary.text = review.text;
        return summary;
    }

    /**
     * The date and moment of a review or reflection: a bare date as written; a moment as a
     * `Moment`, with its first date when it has one, and every occurrence of a cadence
     * within the plan period (a cadence review counts in every period it covers).
     */
    private lineDates(line: ast.Review | ast.Reflection, period: DateSpan | undefined): Pick<ReviewSummary, 'date' | 'when' | 'occurrences'> {
        if (line.date !== undefined) return { date: line.date };
        const when = this.moment(line.when, period);
        if (!when) return {};
        const at = this.momentEvent(when, period);
        const result: Pick<ReviewSummary, 'date' | 'when' | 'occurrences'> = { when };
        // A cadence has no one date: it has its occurrences.
        if (at?.occurrences) result.occurrences = at.occurrences;
        else if (at?.date) result.date = at.date;
        return result;
    }

    /**
     * The plan's reflections. Private ones (marked `private`, or in a `private PLAN { }`
     * block anywhere) only in the owner's own view; otherwise the shared ones alone.
     * Dated ones by date, then the ones without a date, in file order.
     */
    private reflections(plan: ast.Plan): ReflectionSummary[] {
        const period = measurablePeriod(plan);
        const all = this.showPrivate ? [...plan.reflections] : plan.reflections.filter(r => !r.private);
        if (this.showPrivate) all.push(...this.ownPrivateBlocks(plan).flatMap(block => block.reflections));
        return this.unparsed.parsed(all)
            .map(r => ({ ...this.lineDates(r, period), text: given(r.text), private: r.private || ast.isPrivateBlock(r.$container), source: this.source(r) }))
            .sort(byDate);
    }

    /** The `private PLAN { }` blocks of this plan (their documents are only read for the owner's own view). */
    private ownPrivateBlocks(plan: ast.Plan): ast.PrivateBlock[] {
        return this.privateBlocks.filter(block => block.plan?.ref === plan || block.plan?.$refText === plan.name);
    }

    /** Every record of feedback received: in the plan's goals, then in its private blocks (owner's view only). */
    private received(plan: ast.Plan, period: DateSpan | undefined): FeedbackSummary[] {
        const records: FeedbackSummary[] = [];
        for (const goal of plan.goals) {
            for (const f of this.visibleFeedback(this.unparsed.parsed(goal.feedback).filter(isReceived))) records.push({ ...this.feedbackSummary(f, period), goal: given(goal.name) });
        }
        if (this.showPrivate) {
            for (const block of this.ownPrivateBlocks(plan)) for (const f of this.unparsed.parsed(block.feedback)) records.push(this.feedbackSummary(f, period));
        }
        return records;
    }

    private planSummary(plan: ast.Plan, assigned: AssignedProblems): PlanSummary {
        const period = measurablePeriod(plan);
        const goals = plan.goals.map(g => this.goalSummary(g));
        const reviews = this.unparsed.parsed(plan.reviews).map(r => this.reviewSummary(r, period)).sort(byDate);
        const feedbackStatus: Record<FeedbackStatus, number> = { asked: 0, given: 0, none: 0 };
        for (const g of goals) feedbackStatus[g.feedbackStatus]++;
        const { events, notes } = this.timeline(plan);
        const summary: PlanSummary = {
            id: given(plan.name),
            source: this.source(plan),
            owner: this.person(plan.owner),
            strengths: this.unparsed.parsed(plan.strengths).flatMap(s => s.texts).filter(t => t !== undefined),
            goals,
            reviews,
            dimensionCoverage: this.dimensionCoverage(plan.goals),
            timeline: events,
            timelineNotes: notes,
            feedbackStatus,
            reflections: this.reflections(plan),
            received: this.received(plan, period),
            problems: assigned.byElement.get(plan) ?? [],
            parseErrors: assigned.parseErrors,
        };
        if (plan.coaches[0]) summary.coach = this.person(plan.coaches[0].person);
        const team = plan.teams[0]?.team;
        if (team) summary.team = { id: team.$refText, name: this.teamTitle(team) };
        if (period) summary.period = period;
        const ambition = this.unparsed.parsed(plan.ambitions)[0];
        if (ambition) summary.ambition = given(ambition.text);
        const next = nextReviewOf(reviews, this.today);
        if (next) summary.nextReview = next;
        const followThrough = this.planFollowThrough(plan);
        if (followThrough) summary.followThrough = followThrough;
        return summary;
    }

    /**
     * The plan's follow-through over the period, from its file's history as the host read
     * it (`follow-through.ts`, as `leerplan status`); nothing when the history is missing.
     * Private records close an ask only in the owner's own view, as in the goals' follow-up.
     */
    private planFollowThrough(plan: ast.Plan): PlanSummary['followThrough'] {
        const input = this.followThrough;
        if (!input || input.history !== 'ok') return undefined;
        const root = plan.$container as ast.Document;
        return followThroughOfPlan(plan, this.documentOf.get(root)?.uri ?? '', input, this.today, { parses: !this.withParseErrors.has(root), includePrivate: this.showPrivate });
    }

    private dimensionCoverage(goals: readonly ast.Goal[]): DimensionCount[] {
        const columns = this.dimensionColumns(goals.map(g => this.goalDimensions(g)));
        const counts = new Map(columns.map(c => [c.key, 0]));
        for (const goal of goals) for (const d of this.goalDimensions(goal)) counts.set(d.key, (counts.get(d.key) ?? 0) + 1);
        return columns.map(c => ({ key: c.key, name: c.name, goals: counts.get(c.key) ?? 0 }));
    }

    /**
     * Dates of a moment within a period, for the timeline: a span (a band), one date, or
     * every occurrence of a cadence (repeating marks). Undefined for a moment without a
     * calendar date (an event, `ongoing`) or whose dates cannot be computed.
     */
    private momentEvent(when: Moment | undefined, period: DateSpan | undefined): Pick<TimelineEvent, 'date' | 'end' | 'occurrences' | 'repeats'> | undefined {
        if (!when) return undefined;
        if (when.kind === 'every') {
            if (!period || !when.cadence) return undefined;
            const every = when.every ?? 1;
            const occurrences = cadenceDates(when.cadence, period.start, period.end, every);
            if (!occurrences.length) return undefined;
            const until = lastCadenceDate(when.cadence, period.start, period.end, every) ?? occurrences[occurrences.length - 1];
            return { date: occurrences[0], occurrences, repeats: { every, unit: when.cadence, until } };
        }
        if (!when.date || !isExistingDate(when.date)) return undefined;
        if (when.end && when.kind !== 'due' && isExistingDate(when.end) && when.end > when.date) return { date: when.date, end: when.end };
        return { date: when.date };
    }

    /** The timeline of a plan: events with dates, and notes for moments without one (never a made-up date). */
    private timeline(plan: ast.Plan): { events: TimelineEvent[]; notes: TimelineNote[] } {
        const period = measurablePeriod(plan);
        const events: TimelineEvent[] = [];
        const notes: TimelineNote[] = [];
        const place = (kind: TimelineNote['kind'], label: string, goal: string | undefined, moment: ast.Moment | undefined, node: AstNode) => {
            const when = this.moment(moment, period);
            const undated = when?.kind === 'after' || when?.kind === 'ongoing' ? when.kind : when?.kind === 'due' && when.event !== undefined ? 'before' : undefined;
            if (when && undated) {
                const note: TimelineNote = { kind, label, moment: undated, source: this.source(node) };
                if (goal) note.goal = goal;
                if (when.event !== undefined) note.event = when.event;
                notes.push(note);
                return;
            }
            const at = this.momentEvent(when, period);
            if (!at) return;
            const event: TimelineEvent = { kind, label, ...at, source: this.source(node) };
            if (goal) event.goal = goal;
            events.push(event);
        };
        for (const goal of plan.goals) {
            for (const action of this.unparsed.parsed(goal.actions)) place('action', given(action.text), given(goal.name), action.when, action);
            // A record of feedback received is history, not a plan: it is listed, not placed on the timeline.
            for (const feedback of this.unparsed.parsed(goal.feedback).filter(f => !isReceived(f))) {
                const label = feedback.question || (feedback.team ? this.teamTitle(feedback.team) : feedback.external ?? this.person(feedback.person).name);
                place('feedback', label, given(goal.name), feedback.when, feedback);
            }
            const dueLine = goal.due[0];
            const due = dueLine ? dueLine.date ?? dueTargetDate(dueLine, period) : undefined;
            if (dueLine && due && isExistingDate(due)) events.push({ kind: 'due', label: this.textOf(goal, goal.title), goal: given(goal.name), date: due, source: this.source(dueLine) });
            // A deadline before an event, or none by design: a note, never a made-up date.
            else if (dueLine && (dueLine.ongoing || dueLine.event !== undefined)) {
                const note: TimelineNote = { kind: 'due', label: this.textOf(goal, goal.title), goal: given(goal.name), moment: dueLine.ongoing ? 'ongoing' : 'before', source: this.source(dueLine) };
                if (!dueLine.ongoing && dueLine.event !== undefined) note.event = dueLine.event;
                notes.push(note);
            }
        }
        for (const review of this.unparsed.parsed(plan.reviews)) {
            const label = review.text || this.person(review.person).name;
            if (review.date !== undefined) {
                if (isExistingDate(review.date)) events.push({ kind: 'review', label, date: review.date, source: this.source(review) });
            } else {
                place('review', label, undefined, review.when, review);
            }
        }
        return { events: events.sort(byDate), notes };
    }

    // ------------------------------------------------------------------ digests

    private planDigest(plan: ast.Plan, document: SummaryDocument, assigned: AssignedProblems): PlanDigest {
        const problems = assigned.byElement.get(plan) ?? [];
        const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
        const codes = new Map<string, PlanDigest['codes'][number]>();
        for (const p of problems) {
            counts[p.severity]++;
            const entry = codes.get(p.code);
            if (entry) entry.count++;
            else codes.set(p.code, { code: p.code, title: p.title, severity: p.severity, count: 1 });
        }
        const owner = this.person(plan.owner);
        const period = measurablePeriod(plan);
        const feedbackMonths = new Map<number, [number, number]>();
        const goals = plan.goals.map(goal => {
            for (const feedback of feedbackEntries(goal)) {
                for (const [date, asked] of this.feedbackDates(feedback, period)) {
                    const month = Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));
                    const entry = feedbackMonths.get(month) ?? [0, 0];
                    entry[asked ? 0 : 1]++;
                    feedbackMonths.set(month, entry);
                }
            }
            return this.goalDigest(goal);
        });
        const coachRef = plan.coaches[0]?.person;
        const digest: PlanDigest = {
            id: given(plan.name),
            source: this.source(plan),
            owner,
            teamIds: plan.teams.map(t => t.team?.$refText ?? ''),
            problems: counts,
            codes: [...codes.values()].sort((a, b) => compareText(a.code, b.code)),
            parseErrors: assigned.parseErrors,
            goals,
            feedbackMonths: [...feedbackMonths].flatMap(([month, [asks, gives]]) => [month, asks, gives]),
        };
        if (this.scope.kind === 'plan' && this.scope.uri) digest.uri = document.uri;
        if (this.scope.kind === 'coach') digest.coachIds = plan.coaches.map(c => c.person?.$refText ?? '');
        // Every review date, a cadence review's occurrences included.
        const reviews = reviewDates(plan.reviews.map(r => this.reviewSummary(r, period))).map(d => d.date);
        const next = reviews.find(d => d >= this.today);
        const last = [...reviews].reverse().find(d => d < this.today);
        if (next) digest.nextReview = next;
        if (last) digest.lastReview = last;
        // Only a declared person has a review list: `coach COACH` (a placeholder, a typo) is a link error of the plan.
        if (coachRef?.$refText && coachRef.ref) digest.coach = this.person(coachRef);
        if (period) digest.period = period;
        // A coach's review list and the organisation's follow-through read it (shared records only).
        if (this.scope.kind === 'all' || (digest.coach && this.scope.kind === 'coach')) {
            digest.followThrough = { uri: document.uri, facts: followThroughFacts(plan, this.today, { parses: !this.withParseErrors.has(document.root), includePrivate: false }) };
        }
        return digest;
    }

    /** A goal of a plan, or a team goal. */
    private goalDigest(goal: ast.Goal): GoalDigest {
        const digest: GoalDigest = {
            dimensions: this.goalDimensions(goal), linked: visionLink(goal).linked, asks: asksFeedback(goal),
            id: given(goal.name), title: this.textOf(goal, goal.title), line: (goal.$cstNode?.range.start.line ?? 0) + 1,
        };
        const link = alignmentLink(goal);
        if (link.linked && link.path.length > 0) {
            const root = rootOf(goal);
            const first = link.path[0];
            if (link.path.every(step => rootOf(step) !== root)) {
                let chain = this.chains.get(first);
                if (!chain) this.chains.set(first, chain = [...link.path].reverse());
                digest.chain = chain;
            } else {
                digest.chain = [...link.path].reverse()
                    .map(step => (rootOf(step) === root ? { type: step.$type, name: given(step.name), node: this.alignmentNode(step) } : step));
            }
        }
        return digest;
    }

    /** A node of an alignment tree: a member's goal (with its owner), a team goal, an ambition or a vision. */
    private alignmentNode(node: ast.Goal | ast.Ambition | ast.Vision, owner?: PersonRef): AlignmentNode {
        if (ast.isGoal(node)) {
            const result: AlignmentNode = { kind: owner ? 'goal' : 'team-goal', id: given(node.name), label: this.textOf(node, node.title), source: this.source(node), children: [] };
            if (owner) result.owner = owner;
            return result;
        }
        return { kind: ast.isVision(node) ? 'vision' : 'ambition', id: given(node.name), label: this.textOf(node, node.text), source: this.source(node), children: [] };
    }

    // ------------------------------------------------------------------ teams

    /** The lead and the members of a team, each once, lead first. */
    private teamPeople(team: ast.Team): PersonRef[] {
        const people: PersonRef[] = [];
        const seen = new Set<string>();
        const add = (ref: ast.TeamLead['person'] | undefined) => {
            const person = this.person(ref);
            if (!person.id || seen.has(person.id)) return;
            seen.add(person.id);
            people.push(person);
        };
        for (const lead of team.leads) add(lead.person);
        for (const line of team.members) for (const ref of line.persons) add(ref);
        return people;
    }

    private teamSummary(team: ast.Team, digests: readonly PlanDigest[]): TeamSummary {
        const people = this.teamPeople(team);
        const plansOf = (personId: string) => digests.filter(p => p.owner.id === personId);
        const memberPlans = digests.filter(p => p.teamIds.includes(team.name) || people.some(m => m.id === p.owner.id));
        const columns = this.dimensionColumns([...team.goals.map(g => this.goalDimensions(g)), ...memberPlans.flatMap(p => p.goals.map(g => g.dimensions))]);
        const index = new Map(columns.map((c, i) => [c.key, i]));
        const countGoals = (goals: ReadonlyArray<readonly DimensionInfo[]>) => {
            const counts = columns.map(() => 0);
            for (const dimensions of goals) for (const d of dimensions) counts[index.get(d.key)!]++;
            return counts;
        };
        const rows = people.map(person => ({ person, goals: countGoals(plansOf(person.id).flatMap(p => p.goals.map(g => g.dimensions))) }));
        const teamRow = countGoals(team.goals.map(g => this.goalDimensions(g)));
        const untouched = columns.filter((c, i) => c.inFramework && teamRow[i] === 0 && rows.every(r => r.goals[i] === 0));
        const goalsAt = (i: number) => teamRow[i] + rows.reduce((sum, row) => sum + row.goals[i], 0);
        const peopleAt = (i: number) => teamRow[i] > 0 ? people.length : rows.filter(row => row.goals[i] > 0).length;
        const baseline = this.baseline(this.assessmentsOf('team', team.name), columns,
            key => index.has(key) ? goalsAt(index.get(key)!) : 0, key => index.has(key) ? peopleAt(index.get(key)!) : 0);
        const lead = team.leads[0] ? this.person(team.leads[0].person) : undefined;
        const summary: TeamSummary = {
            id: given(team.name),
            name: this.textOf(team, team.title),
            source: this.source(team),
            members: people.filter(p => team.members.some(m => m.persons.some(r => r.$refText === p.id)))
                .map(p => ({ ...p, plans: plansOf(p.id).map(plan => plan.id) })),
            goals: team.goals.map(g => this.goalSummary(g)),
            routines: {
                actions: team.actions.map(a => this.actionSummary(a, undefined)),
                feedback: this.visibleFeedback(team.feedback).map(f => this.feedbackSummary(f, undefined)),
            },
            coverage: { dimensions: columns.map(c => ({ key: c.key, name: c.name })), rows, teamGoals: teamRow },
            untouched: untouched.map(c => ({ key: c.key, name: c.name })),
            baseline,
            alignment: this.alignment(team, memberPlans),
            feedbackCalendar: this.feedbackCalendar(team, memberPlans),
            problems: [...(this.problemsOf.get(team) ?? [])].sort(byPlace),
            parseErrors: this.parseErrorsAround(team),
        };
        if (lead) summary.lead = lead;
        return summary;
    }

    /** Vision -> ambition -> team goal -> member goal, merged into one forest; unlinked goals under one root. */
    private alignment(team: ast.Team, memberPlans: readonly PlanDigest[]): AlignmentNode[] {
        const roots: AlignmentNode[] = [];
        const byKey = new Map<string, AlignmentNode>();
        const unlinked: AlignmentNode = { kind: 'unlinked', id: '', label: '', children: [] };
        const insert = (goal: GoalDigest, at: SourceRef, plan?: PlanDigest) => {
            const node = (): AlignmentNode => {
                const source: SourceRef = { file: at.file, line: goal.line };
                if (at.uri) source.uri = at.uri;
                const result: AlignmentNode = { kind: plan ? 'goal' : 'team-goal', id: goal.id, label: goal.title, source, children: [] };
                if (plan) result.owner = plan.owner;
                return result;
            };
            if (!goal.chain) {
                unlinked.children.push(node());
                return;
            }
            let key = '';
            let siblings = roots;
            const place = (stepKey: string, node: () => AlignmentNode) => {
                key += stepKey;
                let existing = byKey.get(key);
                if (!existing) {
                    existing = copyNode(node());
                    byKey.set(key, existing);
                    siblings.push(existing);
                }
                siblings = existing.children;
            };
            for (const step of goal.chain) {
                if ('$type' in step) place(`/${step.$type}:${given(step.name)}`, () => this.alignmentNode(step));
                else place(`/${step.type}:${step.name}`, () => step.node);
            }
            // The goal itself; a member's goal is keyed by its plan too (two plans may have goals of the same id).
            place(`/Goal:${goal.id}${plan ? `@${plan.id}` : ''}`, node);
        };
        for (const goal of team.goals) insert(this.goalDigest(goal), this.source(goal));
        for (const plan of memberPlans) for (const goal of plan.goals) insert(goal, plan.source, plan);
        roots.sort((a, b) => Number(b.kind === 'vision') - Number(a.kind === 'vision'));
        if (unlinked.children.length) roots.push(unlinked);
        return roots;
    }

    /**
     * The dates of a feedback moment within `period`, each with whether feedback is asked
     * (asked for, or gathered by an action) or given; none for a record of feedback
     * received (history) or an action that gathers no feedback.
     */
    private feedbackDates(entry: ast.Feedback | ast.Action, period: DateSpan | undefined): Array<[string, boolean]> {
        const asked = ast.isAction(entry) ? gathersFeedback(entry) : isAsk(entry);
        if (ast.isAction(entry) ? !asked : isReceived(entry)) return [];
        const at = this.momentEvent(this.moment(entry.when, period), period);
        if (!at) return [];
        return (at.occurrences ?? [at.date]).map(date => [date, asked]);
    }

    /**
     * Feedback moments of the team's routines, its goals and its members' goals per month,
     * over the members' plan periods (each member plan's counted when it was digested).
     */
    private feedbackCalendar(team: ast.Team, memberPlans: readonly PlanDigest[]): CalendarMonth[] {
        const periods = memberPlans.map(p => p.period).filter((p): p is { start: string; end: string } => !!p);
        const range = periods.length
            ? { start: periods.map(p => p.start).sort()[0], end: periods.map(p => p.end).sort().reverse()[0] }
            : { start: `${this.today.slice(0, 4)}-01-01`, end: `${this.today.slice(0, 4)}-12-31` };
        const months = monthsBetween(range.start, range.end, 24);
        const calendar = new Map<string, CalendarMonth>(months.map(m => [m, { month: m, asks: 0, gives: 0 }]));
        for (const entry of [...team.feedback, ...team.actions, ...team.goals.flatMap(feedbackEntries)]) {
            for (const [date, asked] of this.feedbackDates(entry, range)) {
                const month = calendar.get(date.slice(0, 7));
                if (!month) continue;
                if (asked) month.asks++;
                else month.gives++;
            }
        }
        for (const plan of memberPlans) {
            const months = plan.feedbackMonths;
            for (let i = 0; i < months.length; i += 3) {
                const month = calendar.get(`${String(Math.floor(months[i] / 100)).padStart(4, '0')}-${String(months[i] % 100).padStart(2, '0')}`);
                if (!month) continue;
                month.asks += months[i + 1];
                month.gives += months[i + 2];
            }
        }
        return [...calendar.values()];
    }

    // ------------------------------------------------------------------ baselines

    /**
     * The assessments of a team (`id`) or of the organisation (any `organisation ID`: a
     * workspace describes one organisation), oldest first; of one date, in document order.
     * Only what parses: an assessment whose head does not parse is left out.
     */
    private assessmentsOf(kind: 'team' | 'organisation', id: string | undefined): ast.Assessment[] {
        return this.unparsed.parsed(this.assessments)
            .filter(assessment => {
                const subject = subjectOf(assessment);
                return !!subject && subject.kind === kind && (kind === 'organisation' || subject.id === id) && !!assessment.date;
            })
            .map((assessment, order) => ({ assessment, order }))
            .sort((a, b) => (a.assessment.date < b.assessment.date ? -1 : a.assessment.date > b.assessment.date ? 1 : a.order - b.order))
            .map(({ assessment }) => assessment);
    }

    /**
     * Scores over time beside where goals invest: the dimensions of `columns` (then any
     * other dimension an assessment scores), each with its score and note per assessment,
     * the goals and people `goals` and `people` count for it, and whether it is a gap:
     * scored lowest (at most `GAP_SCORE`) in the latest assessment with no goal naming it.
     * A gap in a dimension of the default framework carries its development card.
     */
    private baseline(assessments: ast.Assessment[], columns: ReadonlyArray<{ key: string; name: string; inFramework: boolean }>,
        goals: (key: string) => number, people: (key: string) => number): Baseline {
        const dimensions = columns.map(c => ({ key: c.key, name: c.name, inFramework: c.inFramework }));
        const known = new Set(dimensions.map(d => d.key));
        const scored = assessments.map(assessment => {
            const byKey = new Map<string, { score: number; note: string }>();
            for (const line of this.unparsed.parsed(assessment.scores)) {
                const target = line.dimension?.ref;
                if (!target || !isValidScore(line.score)) continue;
                const info = this.dimensionInfo(target);
                if (byKey.has(info.key)) continue;
                byKey.set(info.key, { score: line.score, note: this.textOf(line, line.note) });
                if (!known.has(info.key)) {
                    known.add(info.key);
                    dimensions.push({ key: info.key, name: info.name, inFramework: false });
                }
            }
            return byKey;
        });
        const latest = scored[scored.length - 1];
        const lowest = latest && latest.size > 0 ? Math.min(...[...latest.values()].map(v => v.score)) : undefined;
        return {
            assessments: assessments.map(assessment => ({
                date: assessment.date,
                participants: assessment.participants.map(ref => this.person(ref)),
                source: this.source(assessment),
            })),
            dimensions: dimensions.map(d => {
                const count = goals(d.key);
                const gap = lowest !== undefined && lowest <= GAP_SCORE && latest.get(d.key)?.score === lowest && count === 0;
                const dimension: BaselineDimension = {
                    ...d,
                    scores: scored.map(byKey => byKey.get(d.key)?.score ?? null),
                    notes: scored.map(byKey => byKey.get(d.key)?.note ?? ''),
                    goals: count,
                    people: people(d.key),
                    gap,
                };
                const dot = d.key.indexOf('.');
                const card = gap ? developmentCard(d.key.slice(0, dot), d.key.slice(dot + 1)) : undefined;
                if (card) {
                    dimension.card = {
                        challenges: card.challenges.map(t => t[this.lang]),
                        suggestions: card.suggestions.map(t => t[this.lang]),
                        practices: card.practices.map(t => t[this.lang]),
                    };
                }
                return dimension;
            }),
        };
    }

    // ------------------------------------------------------------------ organisation

    private organisationSummary(digests: readonly PlanDigest[]): OrganisationSummary {
        const organisation = this.organisations[0];
        const allGoals: Array<{ goal: Pick<GoalDigest, 'dimensions' | 'linked' | 'asks'>; people: string[] }> = [
            ...digests.flatMap(p => p.goals.map(goal => ({ goal, people: [p.owner.id] }))),
            ...this.teams.flatMap(t => {
                const people = this.teamPeople(t).map(p => p.id);
                return t.goals.map(goal => ({ goal: { dimensions: this.goalDimensions(goal), linked: visionLink(goal).linked, asks: asksFeedback(goal) }, people }));
            }),
        ];
        const columns = this.dimensionColumns(allGoals.map(g => g.goal.dimensions));
        const goalsPer = new Map(columns.map(c => [c.key, 0]));
        const peoplePer = new Map(columns.map(c => [c.key, new Set<string>()]));
        let linked = 0;
        let asking = 0;
        for (const { goal, people } of allGoals) {
            for (const d of goal.dimensions) {
                goalsPer.set(d.key, (goalsPer.get(d.key) ?? 0) + 1);
                for (const p of people) if (p) peoplePer.get(d.key)?.add(p);
            }
            if (goal.linked) linked++;
            if (goal.asks) asking++;
        }
        const baseline = this.baseline(this.assessmentsOf('organisation', undefined), columns,
            key => goalsPer.get(key) ?? 0, key => peoplePer.get(key)?.size ?? 0);
        const people = new Set([...this.persons.map(p => p.name), ...digests.map(p => p.owner.id)].filter(Boolean));
        const summary: OrganisationSummary = {
            visions: this.organisations.flatMap(o => this.unparsed.parsed(o.visions).map(v => {
                const vision: OrganisationSummary['visions'][number] = { id: given(v.name), text: given(v.text), aboutLearning: v.aboutLearning.length > 0 };
                if (v.developedWith[0]) vision.developedWith = v.developedWith[0].by.map(developedWithName);
                return vision;
            })),
            ambitions: this.organisations.flatMap(o => this.unparsed.parsed(o.ambitions).map(a => ({ id: given(a.name), text: given(a.text), supports: a.supports.flatMap(s => s.targets.map(t => t.$refText)) }))),
            counts: { plans: digests.length, people: people.size, teams: this.teams.length, goals: allGoals.length },
            baseline,
            untouched: baseline.dimensions.filter(b => b.inFramework && b.goals === 0).map(b => ({ key: b.key, name: b.name })),
            linkedToVision: allGoals.length ? linked / allGoals.length : 0,
            askingFeedback: allGoals.length ? asking / allGoals.length : 0,
            problems: this.organisationProblems(digests),
            workspaceProblems: this.workspaceProblems(digests),
        };
        const followThrough = this.organisationFollowThrough(digests);
        if (followThrough) summary.followThrough = followThrough;
        if (organisation) {
            if (organisation.name) summary.id = organisation.name;
            const name = this.textOf(organisation, organisation.title);
            if (name) summary.name = name;
            summary.parseErrors = this.parseErrorsAround(organisation);
            summary.source = this.source(organisation);
        }
        return summary;
    }

    /** Every problem of the workspace this model may show, counted by severity and by code, and the plans with errors. */
    private workspaceProblems(digests: readonly PlanDigest[]): OrganisationSummary['workspaceProblems'] {
        const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
        const byCode = new Map<string, OrganisationSummary['workspaceProblems']['byCode'][number]>();
        const add = (code: string, title: string, severity: Severity, count: number, inPlan: boolean) => {
            bySeverity[severity] += count;
            let entry = byCode.get(code);
            if (!entry) byCode.set(code, entry = { code, title, severity, count: 0, plans: 0 });
            entry.count += count;
            if (inPlan) entry.plans++;
        };
        const problems = [...[...this.problemsOf.values()].flat(), ...this.looseProblems, ...[...this.digests.values()].flatMap(d => d.loose)];
        for (const p of problems) add(p.code, p.title, p.severity, 1, false);
        const plansWithErrors: OrganisationSummary['workspaceProblems']['plansWithErrors'] = [];
        for (const plan of digests) {
            for (const c of plan.codes) add(c.code, c.title, c.severity, c.count, true);
            if (plan.problems.error > 0 || plan.parseErrors > 0) {
                plansWithErrors.push({ plan: plan.id, owner: plan.owner, source: plan.source, errors: plan.problems.error, parseErrors: plan.parseErrors });
            }
        }
        const ranked = [...byCode.values()].sort((a, b) => b.count - a.count || compareText(a.code, b.code));
        return { bySeverity, byCode: ranked, plansWithErrors };
    }

    /** Problems of everything that is neither a plan nor a team: the organisation, people, frameworks, loose text. */
    private organisationProblems(_digests: readonly PlanDigest[]): ProblemSummary[] {
        const problems: ProblemSummary[] = [];
        for (const [node, list] of this.problemsOf) if (!ast.isTeam(node) && !ast.isPrivateBlock(node)) problems.push(...list);
        problems.push(...this.looseProblems, ...[...this.digests.values()].flatMap(d => d.loose));
        return problems.sort(byPlace);
    }

    /** Every plan's follow-through, summed, when the history could be read. */
    private organisationFollowThrough(digests: readonly PlanDigest[]): OrganisationFollowThrough | undefined {
        const input = this.followThrough;
        if (input?.history !== 'ok') return undefined;
        const sum: OrganisationFollowThrough = { plans: 0, changed: 0, uncommitted: 0, goalsDone: 0, feedback: { passed: 0, withoutRecord: 0 }, reviews: { planned: 0, held: 0 } };
        for (const plan of digests) {
            const f = this.digestFollowThrough(plan, input);
            if (!f) continue;
            sum.plans++;
            if (f.lastChange && f.lastChange.date >= input.since && f.lastChange.date <= this.today) sum.changed++;
            if (f.uncommitted) sum.uncommitted++;
            sum.goalsDone += f.goalsDone.length;
            sum.feedback.passed += f.feedback.passed;
            sum.feedback.withoutRecord += f.feedback.withoutRecord.length;
            sum.reviews.planned += f.reviews.planned;
            sum.reviews.held += f.reviews.held;
        }
        return sum;
    }

    /**
     * A digested plan's follow-through from the history read for the model (as
     * `followThroughOfPlan` reads it of the syntax tree), once per plan and history: the
     * organisation's overview and the coaches' lists both read it.
     */
    private digestFollowThrough(plan: PlanDigest, input: FollowThroughInput): PlanFollowThrough | undefined {
        if (!plan.followThrough) return undefined;
        const known = this.digestFollowThroughs.get(plan);
        if (known?.input === input) return known.value;
        const value = planFollowThrough(plan.followThrough.facts, planHistory(input.file(plan.followThrough.uri), plan.id), input.since, this.today);
        this.digestFollowThroughs.set(plan, { input, value });
        return value;
    }

    private readonly digestFollowThroughs = new WeakMap<PlanDigest, { input: FollowThroughInput; value: PlanFollowThrough }>();

    // ------------------------------------------------------------------ coaches

    private coachSummaries(plans: readonly PlanDigest[]): CoachSummary[] {
        const byCoach = new Map<string, CoachSummary>();
        for (const plan of plans) {
            const coach = plan.coach;
            if (!coach) continue;
            if (this.scope.kind === 'coach' && coach.id !== this.scope.id) continue;
            let entry = byCoach.get(coach.id);
            if (!entry) {
                entry = { coach, plans: [] };
                byCoach.set(coach.id, entry);
            }
            const next = plan.nextReview;
            const last = plan.lastReview;
            const row: CoachSummary['plans'][number] = {
                plan: plan.id, owner: plan.owner, source: plan.source, problems: { ...plan.problems }, codes: plan.codes.map(c => c.code),
            };
            if (next) row.nextReview = { date: next, inDays: daysBetween(this.today, next) };
            if (last) row.lastReview = { date: last, inDays: daysBetween(this.today, last) };
            const input = this.followThrough;
            const f = input?.history === 'ok' ? this.digestFollowThrough(plan, input) : undefined;
            if (f) {
                row.followThrough = { lastChange: f.lastChange, uncommitted: f.uncommitted, feedbackWithoutRecord: f.feedback.withoutRecord.length, reviews: { planned: f.reviews.planned, held: f.reviews.held } };
            }
            entry.plans.push(row);
        }
        if (this.scope.kind === 'coach' && !byCoach.has(this.scope.id)) {
            const person = this.persons.find(p => p.name === (this.scope as { id: string }).id);
            const coach: PersonRef = { id: this.scope.id, name: (person && this.textOf(person, person.displayName)) || this.scope.id };
            if (!person) coach.unknown = true;
            byCoach.set(this.scope.id, { coach, plans: [] });
        }
        const coaches = [...byCoach.values()].sort((a, b) => a.coach.name.localeCompare(b.coach.name) || compareText(a.coach.id, b.coach.id));
        for (const c of coaches) {
            c.plans.sort((a, b) => compareText(a.nextReview?.date ?? '9999', b.nextReview?.date ?? '9999') || compareText(a.plan, b.plan) || compareText(a.owner.id, b.owner.id));
        }
        return coaches;
    }
}

/** The lines of a goal that may be feedback moments: its feedback lines and its actions (a 360-degree round gathers feedback). */
function feedbackEntries(goal: ast.Goal): Array<ast.Feedback | ast.Action> {
    return [...goal.feedback, ...goal.actions];
}

/** Whether a goal seeks feedback: asked for, received, or gathered by an action. */
function asksFeedback(goal: ast.Goal): boolean {
    return goal.feedback.some(seeksFeedback) || goal.actions.some(gathersFeedback);
}

/** Whether a document declares anything other documents refer to (anything but plans). */
function isContext(document: SummaryDocument): boolean {
    return (document.root.elements ?? []).some(element => !ast.isPlan(element));
}

function rootOf(node: AstNode): AstNode {
    let root = node;
    while (root.$container) root = root.$container;
    return root;
}

/** A fresh copy of a tree node without children: a tree is built of copies, so the digests stay as they are. */
function copyNode(node: AlignmentNode): AlignmentNode {
    return { ...node, children: [] };
}

/**
 * The chain the alignment tree shows: through a team goal the goal contributes to
 * when that team goal reaches the vision (member goal -> team goal -> ambition ->
 * vision), else the vision link the checks use.
 */
function alignmentLink(goal: ast.Goal): ReturnType<typeof visionLink> {
    for (const clause of goal.contributes) {
        for (const ref of clause.goals) {
            const teamGoal = ref.ref;
            if (!teamGoal || teamGoal === goal) continue;
            const through = visionLink(teamGoal, new Set([goal]));
            if (through.linked && ast.isVision(through.path[through.path.length - 1])) return { linked: true, path: [teamGoal, ...through.path] };
        }
    }
    return visionLink(goal);
}

/**
 * A name or text as the model holds it: '' where the file does not have one (yet). A
 * half-written declaration (`plan for yara {`, `goal g1 {`) has no id or title in its
 * syntax tree; the renderers show '' as missing.
 */
function given(value: string | undefined): string {
    return value ?? '';
}

function compareText(x: string, y: string): number {
    return x < y ? -1 : x > y ? 1 : 0;
}

/** Dated entries by date, then the ones without a date, each group in its first order (the sort is stable). */
function byDate<T extends { date?: string }>(a: T, b: T): number {
    if (a.date === undefined || b.date === undefined) return a.date === b.date ? 0 : a.date === undefined ? 1 : -1;
    return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Every date a list of reviews falls on: their own dates and every occurrence of a cadence review. */
function reviewDates(reviews: readonly ReviewSummary[]): Array<{ date: string; review: ReviewSummary }> {
    return reviews.flatMap(review => (review.occurrences ?? (review.date ? [review.date] : []))
        .filter(isExistingDate).map(date => ({ date, review })))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The first review date on or after today, a cadence review's next occurrence included. */
function nextReviewOf(reviews: readonly ReviewSummary[], today: string): NextReview | undefined {
    const next = reviewDates(reviews).find(d => d.date >= today);
    if (!next) return undefined;
    const result: NextReview = { date: next.date, inDays: daysBetween(today, next.date), with: next.review.with, source: next.review.source };
    if (next.review.text !== undefined) result.text = next.review.text;
    return result;
}

/** File, line, column, then code: a stable order for every list of problems. */
function byPlace(a: ProblemSummary, b: ProblemSummary): number {
    return compareText(a.source.file, b.source.file) || a.source.line - b.source.line || a.column - b.column || compareText(a.code, b.code);
}

function lineRange(node: AstNode): [number, number] {
    const range = node.$cstNode?.range;
    return range ? [range.start.line, range.end.line] : [-1, -2];
}

/** A `developed-with` group in English (`medewerkers` -> `employees`, `cliënten` -> `clients`). */
function developedWithName(by: string): string {
    return translateKeyword(by, 'en') ?? by;
}
