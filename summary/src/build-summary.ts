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
import { cadenceDates, daysBetween, lastCadenceDate, monthsBetween } from './calendar.js';
import { UnparsedParts } from './unparsed-parts.js';
import {
    SUMMARY_MODEL_VERSION,
    type ActionSummary, type AlignmentNode, type CalendarMonth, type CoachSummary, type DimensionCount, type DimensionInfo,
    type FeedbackStatus, type FeedbackSummary, type FrameworkInfo, type GoalSummary, type Moment, type OrganisationSummary,
    type NextReview, type PersonRef, type PlanSummary, type ProblemSummary, type ReflectionSummary, type ReviewSummary, type SourceRef,
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
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** True for a file whose whole content is private (`NAME.private.pop`). */
export function isPrivateFile(pathOrUri: string): boolean {
    return /\.private\.pop$/i.test(pathOrUri);
}

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

export function buildSummary(documents: readonly SummaryDocument[], options: SummaryOptions): SummaryModel {
    return new SummaryBuilder(documents, options).build();
}

class SummaryBuilder {
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
    /** Documents the model may read: for an export, never a `*.private.pop` file. */
    private readonly documents: SummaryDocument[];
    private readonly documentOf = new Map<ast.Document, SummaryDocument>();
    private readonly plans: ast.Plan[] = [];
    private readonly teams: ast.Team[] = [];
    private readonly organisations: ast.Organisation[] = [];
    private readonly persons: ast.Person[] = [];
    private readonly privateBlocks: ast.PrivateBlock[] = [];
    /** Problems per top-level element (plan, team, organisation ...), in export form already. */
    private readonly problemsOf = new Map<AstNode, ProblemSummary[]>();
    private readonly looseProblems: ProblemSummary[] = [];
    private readonly dimensionsOf = new Map<ast.Goal, readonly DimensionInfo[]>();
    /** Syntax errors per document (those a reader of this model may know of: none inside private text). */
    private readonly parseErrorsOf = new Map<ast.Document, number>();
    /** What is written where a file does not parse stays out of every model. */
    private readonly unparsed: UnparsedParts;
    private readonly framework: FrameworkInfo;

    constructor(documents: readonly SummaryDocument[], options: SummaryOptions) {
        this.lang = options.lang;
        this.today = options.today;
        this.audience = options.audience;
        this.scope = options.scope ?? { kind: 'all' };
        this.showPrivate = this.audience === 'owner' && this.scope.kind === 'plan';
        this.documents = documents.filter(d => this.showPrivate || !(isPrivateFile(d.file) || isPrivateFile(d.uri)));
        const withParseErrors = new Set(this.documents.filter(d => d.diagnostics.some(x => x.code === 'parse-error')).map(d => d.root));
        this.unparsed = new UnparsedParts(root => withParseErrors.has(root));
        for (const document of this.documents) {
            this.documentOf.set(document.root, document);
            for (const element of document.root.elements ?? []) {
                if (ast.isPlan(element)) this.plans.push(element);
                else if (ast.isTeam(element)) this.teams.push(element);
                else if (ast.isOrganisation(element)) this.organisations.push(element);
                else if (ast.isPeople(element)) this.persons.push(...element.persons);
                else if (ast.isPrivateBlock(element)) this.privateBlocks.push(element);
            }
            this.assignProblems(document);
        }
        this.framework = this.frameworkInUse();
    }

    build(): SummaryModel {
        const scope = this.scope;
        const plans = this.plans.filter(plan => this.planInScope(plan));
        const teams = this.teams.filter(team => scope.kind === 'all' || (scope.kind === 'team' && team.name === scope.id));
        const model: SummaryModel = {
            version: SUMMARY_MODEL_VERSION,
            lang: this.lang,
            today: this.today,
            audience: this.audience,
            scope,
            framework: this.framework,
            plans: plans.map(plan => this.planSummary(plan)),
            teams: teams.map(team => this.teamSummary(team)),
            coaches: scope.kind === 'all' || scope.kind === 'coach' ? this.coachSummaries(plans) : [],
        };
        if (scope.kind === 'all' && (this.organisations.length || this.plans.length > 1 || this.teams.length)) {
            model.organisation = this.organisationSummary();
        }
        return model;
    }

    // ------------------------------------------------------------------ scope

    private planInScope(plan: ast.Plan): boolean {
        const scope = this.scope;
        switch (scope.kind) {
            case 'all': return true;
            case 'plan': return given(plan.name) === scope.id && (!scope.uri || this.documentOf.get(plan.$container)?.uri === scope.uri);
            case 'coach': return plan.coaches.some(c => c.person?.$refText === scope.id);
            case 'team': {
                if (plan.teams.some(t => t.team?.$refText === scope.id)) return true;
                const team = this.teams.find(t => t.name === scope.id);
                return !!team && this.teamPeople(team).some(p => p.id === plan.owner?.$refText);
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
    private assignProblems(document: SummaryDocument): void {
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
        let parseErrors = 0;
        for (const diagnostic of document.diagnostics) {
            const line = diagnostic.range.start.line;
            if (privateRanges.some(([from, to]) => line >= from && line <= to)) continue;
            const problem = this.problem(document, diagnostic);
            if (problem.code === 'parse-error') parseErrors++;
            const owner = elements.find(e => {
                const [from, to] = lineRange(e);
                return line >= from && line <= to;
            });
            if (owner && ast.isPrivateBlock(owner) && !this.showPrivate) continue;
            const list = owner ? this.problemsOf.get(owner) : undefined;
            if (owner && list) list.push(problem);
            else if (owner) this.problemsOf.set(owner, [problem]);
            else this.looseProblems.push(problem);
        }
        this.parseErrorsOf.set(document.root, parseErrors);
    }

    /** Syntax errors in the file `node` is declared in. */
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

    private problemsFor(node: AstNode): ProblemSummary[] {
        return [...(this.problemsOf.get(node) ?? [])].sort(byPlace);
    }

    // ------------------------------------------------------------------ names

    /** A person named by a reference: '' when the text names no one yet, `unknown` when the name links to no declared person. */
    private person(ref: { ref?: ast.Person; $refText: string } | undefined): PersonRef {
        const id = ref?.$refText ?? '';
        const person = id ? ref?.ref : undefined;
        const result: PersonRef = { id, name: (person && this.textOf(person, person.displayName)) || id };
        if (id && !person) result.unknown = true;
        return result;
    }

    /** A team's title as a plan or a feedback line names the team: the id when the team is unknown or has no title. */
    private teamTitle(ref: { ref?: ast.Team; $refText: string }): string {
        return (ref.ref && this.textOf(ref.ref, ref.ref.title)) || ref.$refText;
    }

    private dimensionInfo(dimension: ast.Dimension): DimensionInfo {
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
            dimensions = this.collectGoalDimensions(goal);
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

    /** The framework's dimensions, then every other dimension the goals use, in first-use order. */
    private dimensionColumns(goals: readonly ast.Goal[]): Array<{ key: string; name: string; inFramework: boolean }> {
        const columns = this.framework.dimensions.map(d => ({ key: d.key, name: d.name, inFramework: true }));
        const known = new Set(columns.map(c => c.key));
        for (const goal of goals) {
            for (const d of this.goalDimensions(goal)) {
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

    /** `due D`, `due 2026-Q2` (its last day), `due within 3 months` (the span's last day). */
    private dueMoment(due: ast.DueMoment | ast.GoalDue, period: DateSpan | undefined): Moment {
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
            feedback: this.visibleFeedback(this.unparsed.parsed(goal.feedback)).map(f => this.feedbackSummary(f, period)),
            actions: this.unparsed.parsed(goal.actions).map(a => this.actionSummary(a, period)),
            successCriteria: this.unparsed.parsed(goal.evidence).map(e => given(e.text)),
        };
        if (goal.whys[0]) summary.why = goal.whys[0].text;
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

    private planSummary(plan: ast.Plan): PlanSummary {
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
            problems: this.problemsFor(plan),
            parseErrors: this.parseErrorsAround(plan),
        };
        if (plan.coaches[0]) summary.coach = this.person(plan.coaches[0].person);
        const team = plan.teams[0]?.team;
        if (team) summary.team = { id: team.$refText, name: this.teamTitle(team) };
        if (period) summary.period = period;
        const ambition = this.unparsed.parsed(plan.ambitions)[0];
        if (ambition) summary.ambition = given(ambition.text);
        const next = nextReviewOf(reviews, this.today);
        if (next) summary.nextReview = next;
        return summary;
    }

    private dimensionCoverage(goals: readonly ast.Goal[]): DimensionCount[] {
        const columns = this.dimensionColumns(goals);
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
            if (when?.kind === 'after' || when?.kind === 'ongoing') {
                const note: TimelineNote = { kind, label, moment: when.kind, source: this.source(node) };
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

    private plansOf(personId: string): ast.Plan[] {
        return this.plans.filter(p => p.owner?.$refText === personId);
    }

    private teamSummary(team: ast.Team): TeamSummary {
        const people = this.teamPeople(team);
        const memberPlans = this.plans.filter(p => p.teams.some(t => t.team?.$refText === team.name) || people.some(m => m.id === p.owner?.$refText));
        const memberGoals = memberPlans.flatMap(p => p.goals);
        const columns = this.dimensionColumns([...team.goals, ...memberGoals]);
        const index = new Map(columns.map((c, i) => [c.key, i]));
        const countGoals = (goals: readonly ast.Goal[]) => {
            const counts = columns.map(() => 0);
            for (const goal of goals) for (const d of this.goalDimensions(goal)) counts[index.get(d.key)!]++;
            return counts;
        };
        const rows = people.map(person => ({ person, goals: countGoals(this.plansOf(person.id).flatMap(p => p.goals)) }));
        const teamRow = countGoals(team.goals);
        const untouched = columns.filter((c, i) => c.inFramework && teamRow[i] === 0 && rows.every(r => r.goals[i] === 0));
        const lead = team.leads[0] ? this.person(team.leads[0].person) : undefined;
        const summary: TeamSummary = {
            id: given(team.name),
            name: this.textOf(team, team.title),
            source: this.source(team),
            members: people.filter(p => team.members.some(m => m.persons.some(r => r.$refText === p.id)))
                .map(p => ({ ...p, plans: this.plansOf(p.id).map(plan => given(plan.name)) })),
            goals: team.goals.map(g => this.goalSummary(g)),
            routines: {
                actions: team.actions.map(a => this.actionSummary(a, undefined)),
                feedback: this.visibleFeedback(team.feedback).map(f => this.feedbackSummary(f, undefined)),
            },
            coverage: { dimensions: columns.map(c => ({ key: c.key, name: c.name })), rows, teamGoals: teamRow },
            untouched: untouched.map(c => ({ key: c.key, name: c.name })),
            alignment: this.alignment(team, memberPlans),
            feedbackCalendar: this.feedbackCalendar(team, memberPlans),
            problems: this.problemsFor(team),
            parseErrors: this.parseErrorsAround(team),
        };
        if (lead) summary.lead = lead;
        return summary;
    }

    /** Vision -> ambition -> team goal -> member goal, merged into one forest; unlinked goals under one root. */
    private alignment(team: ast.Team, memberPlans: readonly ast.Plan[]): AlignmentNode[] {
        const roots: AlignmentNode[] = [];
        const byKey = new Map<string, AlignmentNode>();
        const unlinked: AlignmentNode = { kind: 'unlinked', id: '', label: '', children: [] };
        const nodeFor = (node: ast.Goal | ast.Ambition | ast.Vision, plan?: ast.Plan): AlignmentNode => {
            if (ast.isGoal(node)) {
                const result: AlignmentNode = { kind: plan ? 'goal' : 'team-goal', id: given(node.name), label: this.textOf(node, node.title), source: this.source(node), children: [] };
                if (plan) result.owner = this.person(plan.owner);
                return result;
            }
            return { kind: ast.isVision(node) ? 'vision' : 'ambition', id: given(node.name), label: this.textOf(node, node.text), source: this.source(node), children: [] };
        };
        const insert = (goal: ast.Goal, plan?: ast.Plan) => {
            const link = alignmentLink(goal);
            const chain = [goal, ...link.path].reverse();
            if (!link.linked || link.path.length === 0) {
                unlinked.children.push(nodeFor(goal, plan));
                return;
            }
            let key = '';
            let siblings = roots;
            chain.forEach((node, i) => {
                const isLeaf = i === chain.length - 1;
                key += `/${node.$type}:${node.name}${isLeaf && plan ? `@${plan.name}` : ''}`;
                let existing = byKey.get(key);
                if (!existing) {
                    existing = nodeFor(node, isLeaf ? plan : undefined);
                    byKey.set(key, existing);
                    siblings.push(existing);
                }
                siblings = existing.children;
            });
        };
        for (const goal of team.goals) insert(goal);
        for (const plan of memberPlans) for (const goal of plan.goals) insert(goal, plan);
        roots.sort((a, b) => Number(b.kind === 'vision') - Number(a.kind === 'vision'));
        if (unlinked.children.length) roots.push(unlinked);
        return roots;
    }

    /**
     * Feedback moments of the team's routines, its goals and its members' goals per month,
     * over the members' plan periods.
     */
    private feedbackCalendar(team: ast.Team, memberPlans: readonly ast.Plan[]): CalendarMonth[] {
        const periods = memberPlans.map(p => measurablePeriod(p)).filter((p): p is { start: string; end: string } => !!p);
        const range = periods.length
            ? { start: periods.map(p => p.start).sort()[0], end: periods.map(p => p.end).sort().reverse()[0] }
            : { start: `${this.today.slice(0, 4)}-01-01`, end: `${this.today.slice(0, 4)}-12-31` };
        const months = monthsBetween(range.start, range.end, 24);
        const calendar = new Map<string, CalendarMonth>(months.map(m => [m, { month: m, asks: 0, gives: 0 }]));
        // Feedback asked or given, and actions that gather feedback (asked); records of feedback received are history.
        const count = (entry: ast.Feedback | ast.Action, period: DateSpan | undefined) => {
            const asked = ast.isAction(entry) ? gathersFeedback(entry) : isAsk(entry);
            if (ast.isAction(entry) ? !asked : isReceived(entry)) return;
            const at = this.momentEvent(this.moment(entry.when, period), period);
            if (!at) return;
            for (const date of at.occurrences ?? [at.date]) {
                const month = calendar.get(date.slice(0, 7));
                if (!month) continue;
                if (asked) month.asks++;
                else month.gives++;
            }
        };
        const entries = (goal: ast.Goal) => [...goal.feedback, ...goal.actions];
        for (const entry of [...team.feedback, ...team.actions, ...team.goals.flatMap(entries)]) count(entry, range);
        for (const plan of memberPlans) for (const goal of plan.goals) for (const entry of entries(goal)) count(entry, measurablePeriod(plan));
        return [...calendar.values()];
    }

    // ------------------------------------------------------------------ organisation

    private organisationSummary(): OrganisationSummary {
        const organisation = this.organisations[0];
        const allGoals: Array<{ goal: ast.Goal; people: string[] }> = [
            ...this.plans.flatMap(p => p.goals.map(goal => ({ goal, people: [p.owner?.$refText ?? ''] }))),
            ...this.teams.flatMap(t => t.goals.map(goal => ({ goal, people: this.teamPeople(t).map(p => p.id) }))),
        ];
        const columns = this.dimensionColumns(allGoals.map(g => g.goal));
        const goalsPer = new Map(columns.map(c => [c.key, 0]));
        const peoplePer = new Map(columns.map(c => [c.key, new Set<string>()]));
        let linked = 0;
        let asking = 0;
        for (const { goal, people } of allGoals) {
            for (const d of this.goalDimensions(goal)) {
                goalsPer.set(d.key, (goalsPer.get(d.key) ?? 0) + 1);
                for (const p of people) if (p) peoplePer.get(d.key)?.add(p);
            }
            if (visionLink(goal).linked) linked++;
            if (goal.feedback.some(seeksFeedback) || goal.actions.some(gathersFeedback)) asking++;
        }
        const baseline = columns.map(c => ({ key: c.key, name: c.name, inFramework: c.inFramework, goals: goalsPer.get(c.key) ?? 0, people: peoplePer.get(c.key)?.size ?? 0 }));
        const people = new Set([...this.persons.map(p => p.name), ...this.plans.map(p => p.owner?.$refText ?? '')].filter(Boolean));
        const summary: OrganisationSummary = {
            visions: this.organisations.flatMap(o => this.unparsed.parsed(o.visions).map(v => {
                const vision: OrganisationSummary['visions'][number] = { id: given(v.name), text: given(v.text), aboutLearning: v.aboutLearning.length > 0 };
                if (v.developedWith[0]) vision.developedWith = v.developedWith[0].by.map(developedWithName);
                return vision;
            })),
            ambitions: this.organisations.flatMap(o => this.unparsed.parsed(o.ambitions).map(a => ({ id: given(a.name), text: given(a.text), supports: a.supports.flatMap(s => s.targets.map(t => t.$refText)) }))),
            counts: { plans: this.plans.length, people: people.size, teams: this.teams.length, goals: allGoals.length },
            baseline,
            untouched: baseline.filter(b => b.inFramework && b.goals === 0).map(b => ({ key: b.key, name: b.name })),
            linkedToVision: allGoals.length ? linked / allGoals.length : 0,
            askingFeedback: allGoals.length ? asking / allGoals.length : 0,
            problems: this.organisationProblems(),
            workspaceProblems: this.workspaceProblems(),
        };
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
    private workspaceProblems(): OrganisationSummary['workspaceProblems'] {
        const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
        const byCode = new Map<string, OrganisationSummary['workspaceProblems']['byCode'][number]>();
        const count = (problems: readonly ProblemSummary[], inPlan: boolean) => {
            const codes = new Set<string>();
            for (const p of problems) {
                bySeverity[p.severity]++;
                let entry = byCode.get(p.code);
                if (!entry) byCode.set(p.code, entry = { code: p.code, title: p.title, severity: p.severity, count: 0, plans: 0 });
                entry.count++;
                if (inPlan && !codes.has(p.code)) {
                    codes.add(p.code);
                    entry.plans++;
                }
            }
        };
        for (const [node, list] of this.problemsOf) if (!ast.isPrivateBlock(node) || this.showPrivate) count(list, ast.isPlan(node));
        count(this.looseProblems, false);
        const plansWithErrors: OrganisationSummary['workspaceProblems']['plansWithErrors'] = [];
        for (const plan of this.plans) {
            const errors = (this.problemsOf.get(plan) ?? []).filter(p => p.severity === 'error').length;
            const parseErrors = this.parseErrorsAround(plan);
            if (errors > 0 || parseErrors > 0) {
                plansWithErrors.push({ plan: given(plan.name), owner: this.person(plan.owner), source: this.source(plan), errors, parseErrors });
            }
        }
        const ranked = [...byCode.values()].sort((a, b) => b.count - a.count || compareText(a.code, b.code));
        return { bySeverity, byCode: ranked, plansWithErrors };
    }

    /** Problems of everything that is neither a plan nor a team: the organisation, people, frameworks, loose text. */
    private organisationProblems(): ProblemSummary[] {
        const problems: ProblemSummary[] = [];
        for (const [node, list] of this.problemsOf) if (!ast.isPlan(node) && !ast.isTeam(node) && !ast.isPrivateBlock(node)) problems.push(...list);
        problems.push(...this.looseProblems);
        return problems.sort(byPlace);
    }

    // ------------------------------------------------------------------ coaches

    private coachSummaries(plans: readonly ast.Plan[]): CoachSummary[] {
        const byCoach = new Map<string, CoachSummary>();
        for (const plan of plans) {
            // Only a declared person has a review list: `coach COACH` (a placeholder, a typo) is a link error of the plan.
            const coachRef = plan.coaches[0]?.person;
            if (!coachRef?.$refText || !coachRef.ref) continue;
            if (this.scope.kind === 'coach' && coachRef.$refText !== this.scope.id) continue;
            let entry = byCoach.get(coachRef.$refText);
            if (!entry) {
                entry = { coach: this.person(coachRef), plans: [] };
                byCoach.set(coachRef.$refText, entry);
            }
            const problems = this.problemsFor(plan);
            const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
            for (const p of problems) counts[p.severity]++;
            // Every review date, a cadence review's occurrences included.
            const period = measurablePeriod(plan);
            const dates = reviewDates(plan.reviews.map(r => this.reviewSummary(r, period))).map(d => d.date);
            const next = dates.find(d => d >= this.today);
            const last = [...dates].reverse().find(d => d < this.today);
            const row: CoachSummary['plans'][number] = {
                plan: given(plan.name), owner: this.person(plan.owner), source: this.source(plan), problems: counts,
                codes: [...new Set(problems.map(p => p.code))].sort(),
            };
            if (next) row.nextReview = { date: next, inDays: daysBetween(this.today, next) };
            if (last) row.lastReview = { date: last, inDays: daysBetween(this.today, last) };
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
