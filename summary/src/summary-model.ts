import type { DimensionRole } from '../../language/src/frameworks/builtin-frameworks.js';
import type { TimeUnit } from '../../language/src/meaning/moments.js';
import type { Lang, Severity } from '../../language/src/rules/rule-registry.js';

/**
 * The summary model: one plain, serialisable object that the VS Code preview, the
 * CLI's HTML, Markdown and JSON exports and the tests all read. It is built by
 * `buildSummary` from the checked documents and holds no AST nodes, so it can be
 * sent over the language-server protocol and written as JSON as it is.
 *
 * The JSON export is this object; docs/summary-json.md documents it. Bump
 * `SUMMARY_MODEL_VERSION` on any change a script reading the JSON would notice.
 *
 * Privacy: a model built for `audience: 'export'` holds only shared reflections
 * and shared records of feedback received, and nothing private: no reflection or
 * feedback record marked `private`, nothing from `*.private.pop` files or
 * `private PLAN { }` blocks (not even a count), no problem located inside private
 * text. Only `audience: 'owner'` with scope `plan` (the owner's own preview of their
 * plan) carries that plan's private reflections and feedback records too, each marked
 * `private`; an owner-audience model of a team, a coach or the whole workspace is as
 * private as an export (it only adds URIs).
 *
 * Half-written text: an id, title or text that the file does not have (yet), as in
 * `plan for yara {` while typing, is '' in the model; the renderings show it as missing.
 *
 * Version 2 (the second edition of the language): moments with no single date
 * (`in 2026-Q2`, `within 3 months`, `every 2 weeks`, `after "..."`, `ongoing`), reviews
 * and reflections whose date is optional, goals with why, level, every success
 * criterion and the personal flag, feedback received and from outside, team routines,
 * visions developed with several groups.
 *
 * Version 3 (issue 18): the baseline of the organisation and of each team is its
 * assessments over time beside where goals invest (`Baseline`), no longer a count of
 * goals per dimension alone; a dimension that scored lowest without a goal carries its
 * development card.
 *
 * Version 4 (issue 18): follow-through from Git history, as `leerplan status` reports it:
 * `followThrough` says over which period and whether the history could be read; each
 * plan's `followThrough` gives its last change, the goals done in the period, asked
 * feedback moments passed without a record, and reviews held against planned.
 */
export const SUMMARY_MODEL_VERSION = 4;

/** Who the model is for: an export anyone may read, or the plan owner's own preview. */
export type SummaryAudience = 'export' | 'owner';

/** Which part of the workspace the model shows. */
export type SummaryScope =
    | { kind: 'all' }
    /** `uri`: only the plan of that document, for a plan that has no id yet (`id: ''`, the preview while typing). */
    | { kind: 'plan'; id: string; uri?: string }
    | { kind: 'team'; id: string }
    | { kind: 'coach'; id: string };

export interface SummaryModel {
    version: typeof SUMMARY_MODEL_VERSION;
    lang: Lang;
    /** The date relative dates ("next review in 12 days") are measured from, YYYY-MM-DD. */
    today: string;
    audience: SummaryAudience;
    scope: SummaryScope;
    /** The framework in use: the organisation's `framework` line, else ros2024. */
    framework: FrameworkInfo;
    /** Present for scope `all` when the input holds an organisation, a team or more than one plan. */
    organisation?: OrganisationSummary;
    plans: PlanSummary[];
    teams: TeamSummary[];
    /** Coaches' review lists: for scope `all` every coach, for scope `coach` that coach. */
    coaches: CoachSummary[];
    /**
     * Follow-through from Git history: the period (`since` to `today`) and whether the
     * history could be read (`missing`: not inside a repository, or no commit yet;
     * `shallow`: a shallow clone). Absent when the host read no history; with `ok`, every
     * plan has its `followThrough`, otherwise none has (nothing is guessed).
     */
    followThrough?: FollowThroughInfo;
}

export interface FollowThroughInfo {
    since: string;
    history: 'ok' | 'missing' | 'shallow';
}

/** A plan's follow-through over the model's period (`leerplan status` reports the same, per plan). */
export interface PlanFollowThrough {
    /** The committer's day of the last commit that changed the plan's file, and the days since (negative: after `today`); null when no commit has it. */
    lastChange: { date: string; daysAgo: number } | null;
    /** The file differs from the last commit (changed, staged or untracked). */
    uncommitted: boolean;
    /** Goals done now that were not done in the plan as committed before the period (every goal done now when no commit is that old). */
    goalsDone: Array<{ id: string; title: string }>;
    /** Asked feedback moments in the period before today, and those no record of feedback received followed. */
    feedback: { passed: number; withoutRecord: Array<{ goal: string; who: string; date: string }> };
    /** Reviews planned in the period before today; held: the plan's file changed in a commit within 14 days of one. */
    reviews: { planned: number; held: number; withoutTrace: Array<{ date: string; with: string }> };
}

/** Where something is written: a path relative to the working folder and a 1-based line. */
export interface SourceRef {
    file: string;
    line: number;
    /** The document URI; only in `owner` models (the preview reveals lines with it). */
    uri?: string;
}

export interface PersonRef {
    /** The name as written; '' when the text names no one yet. */
    id: string;
    /** The display name from `person ID "Name"`, else the id. */
    name: string;
    /** Present (true) when the name links to no declared person: a typo or a placeholder such as `COACH`. */
    unknown?: true;
}

export interface FrameworkInfo {
    id: string;
    title: string;
    dimensions: DimensionInfo[];
}

export interface DimensionInfo {
    /** Qualified id, `framework.Dimension`: unique across frameworks. */
    key: string;
    id: string;
    framework: string;
    /** Name in the UI language. */
    name: string;
    roles: DimensionRole[];
}

export type GoalStatusName = 'planned' | 'active' | 'done' | 'dropped';

/** asked: at least one `feedback ask`; given: only `feedback give`; none: no feedback line. */
export type FeedbackStatus = 'asked' | 'given' | 'none';

export interface PlanSummary {
    id: string;
    source: SourceRef;
    owner: PersonRef;
    coach?: PersonRef;
    team?: { id: string; name: string };
    period?: { start: string; end: string };
    ambition?: string;
    strengths: string[];
    goals: GoalSummary[];
    reviews: ReviewSummary[];
    /** The first review date on or after today (a cadence review's next occurrence included), with the distance in days. */
    nextReview?: NextReview;
    /** Shared reflections; private ones only in the owner's own view of one plan (audience `owner`, scope `plan`). */
    reflections: ReflectionSummary[];
    /**
     * Every record of feedback received (`feedback received`), of the plan's goals and of
     * its private blocks, in file order. Private ones only in the owner's own view of one
     * plan, like private reflections.
     */
    received: FeedbackSummary[];
    /** Goals per dimension: every dimension of the framework in use, then others the plan uses. */
    dimensionCoverage: DimensionCount[];
    /** Actions, feedback moments and reviews, in date order, for the timeline chart. */
    timeline: TimelineEvent[];
    /** Actions, feedback and reviews with a moment but no calendar date (`after "..."`, `ongoing`): notes beside the timeline. */
    timelineNotes: TimelineNote[];
    feedbackStatus: Record<FeedbackStatus, number>;
    problems: ProblemSummary[];
    /**
     * Syntax errors in the plan's file. What is written where the file does not parse
     * is left out of the model (a statement around an error, the title of a block whose
     * head has one); the renderings say so.
     */
    parseErrors: number;
    /** Follow-through over the model's period; present when the model's `followThrough.history` is `ok`. */
    followThrough?: PlanFollowThrough;
}

export interface DimensionCount {
    key: string;
    name: string;
    goals: number;
}

export interface GoalSummary {
    id: string;
    title: string;
    source: SourceRef;
    /** `goal ID "title" personal { }`: a goal for the person's own growth (shown like any goal). */
    personal: boolean;
    /** `why "..."`: why the goal matters to the person. */
    why?: string;
    /** `required "..."`: who or what requires the goal (a regulator, the law, the employer); it needs no vision link. */
    required?: string;
    /** `level N -> M`: where the person stands now and wants to be (1..5 when valid). */
    level?: { now: number; target: number };
    status?: GoalStatusName;
    /** The due date as a date: a named period's last day, a `within` span's last day. */
    due?: string;
    /** The due line as written when it is not a plain date (`due 2027-H1`, `due within 3 months`). */
    dueMoment?: Moment;
    /** The first evidence line (as in version 1). */
    evidence?: string;
    /** Every evidence line: each one success criterion. */
    successCriteria: string[];
    dimensions: Array<{ key: string; name: string }>;
    /** Team goals this goal contributes to (ids). */
    contributes: string[];
    vision: VisionPath;
    feedbackStatus: FeedbackStatus;
    feedback: FeedbackSummary[];
    actions: ActionSummary[];
}

/** The chain from a goal to the vision, as `semantics.visionLink` finds it. */
export interface VisionPath {
    linked: boolean;
    /** True when the chain ends at a vision. */
    reachesVision: boolean;
    path: Array<{ kind: 'team-goal' | 'ambition' | 'vision'; id: string; text: string }>;
}

/**
 * A moment as written, with the dates it stands for. Dates are absent when they cannot
 * be computed (a period that does not exist, `within` without a plan period).
 */
export interface Moment {
    kind: 'on' | 'from' | 'due' | 'every' | 'in' | 'within' | 'after' | 'ongoing';
    /** on/due: the date (a due named period's or span's last day); from: the start; in/within: the first day. */
    date?: string;
    /** from ... to, in, within: the last day. */
    end?: string;
    /** every: the unit. */
    cadence?: TimeUnit;
    /** every: how many units apart (absent: 1). */
    every?: number;
    /** in, and a due named period: the period as written (`2026-Q2`). */
    period?: string;
    /** within, and due within: the span as written. */
    within?: { count: number; unit: TimeUnit };
    /** after, and due before an event (`due before "summer"`, no date): the event as written. */
    event?: string;
}

export interface FeedbackSummary {
    /** received: a record of feedback that came back. */
    direction: 'ask' | 'give' | 'received';
    /** external: someone outside the workspace's people (`external "parents"`); `name` is the text, `id` is empty. */
    from: { kind: 'person' | 'team' | 'external'; id: string; name: string };
    question?: string;
    /** received: what was heard. */
    text?: string;
    /** received: marked private, or in a private block; only ever in the owner's own view. */
    private?: true;
    /** received: the goal the record belongs to (absent for a private block's record). */
    goal?: string;
    /**
     * ask, at a date (not a rhythm) that has passed: whether a record of feedback received
     * from the same source, dated on or after it, followed it up (`date`: the moment's
     * date). In an export only shared records count; the owner's own view counts private ones.
     */
    followUp?: { date: string; recorded: boolean };
    when?: Moment;
    source: SourceRef;
}

export interface ActionSummary {
    /** The form as written. */
    form: string;
    /** The form's name in the UI language (the written form when unknown). */
    formName: string;
    /** Course, e-learning and workshop are formal; everything else happens in or around work. */
    formal: boolean;
    known: boolean;
    text: string;
    when?: Moment;
    hours?: number;
    source: SourceRef;
}

export interface ReviewSummary {
    /** The review's date, or the first day of its moment; absent for a cadence, an event or `ongoing`. */
    date?: string;
    /** The moment when the review was not given as a bare date (`review every quarter with mark`). */
    when?: Moment;
    /** A cadence review: every date it falls on within the plan period (it counts in every period it covers). */
    occurrences?: string[];
    with: PersonRef;
    text?: string;
    source: SourceRef;
}

export interface NextReview {
    date: string;
    inDays: number;
    with: PersonRef;
    text?: string;
    source: SourceRef;
}

export interface ReflectionSummary {
    /** The reflection's date, or the first day of its moment; absent without one or for a cadence, event or `ongoing`. */
    date?: string;
    /** The moment when not a bare date. */
    when?: Moment;
    text: string;
    private: boolean;
    source: SourceRef;
}

export interface TimelineEvent {
    kind: 'action' | 'feedback' | 'review' | 'due';
    label: string;
    goal?: string;
    /** First date (for a cadence: the first occurrence in the period). */
    date: string;
    /** Last date of a span (`from A to B`, `in 2026-Q2`, `within 3 months`): drawn as a band. */
    end?: string;
    /** Every occurrence in the period of an event that repeats (`every month`), at most 60. */
    occurrences?: string[];
    /** A cadence: how often it repeats, and the last date it reaches in the period (beyond the listed occurrences too). */
    repeats?: { every: number; unit: TimeUnit; until: string };
    source: SourceRef;
}

/** Something planned with a moment that has no calendar date: a labelled note, never a made-up date. */
export interface TimelineNote {
    /** due: a goal's due line with no calendar date (`due before "summer"`, `due ongoing`). */
    kind: 'action' | 'feedback' | 'review' | 'due';
    label: string;
    goal?: string;
    /** before: a deadline before an event (`due before "..."`). */
    moment: 'after' | 'ongoing' | 'before';
    /** after, and due before an event (`due before "summer"`, no date): the event as written. */
    event?: string;
    source: SourceRef;
}

export interface ProblemSummary {
    code: string;
    severity: Severity;
    /** Rule title in the UI language. */
    title: string;
    message: string;
    source: SourceRef;
    column: number;
}

export interface TeamSummary {
    id: string;
    name: string;
    source: SourceRef;
    lead?: PersonRef;
    members: Array<PersonRef & { plans: string[] }>;
    goals: GoalSummary[];
    /** The team's routines: its own `action` and `feedback` lines, outside its goals. */
    routines: { actions: ActionSummary[]; feedback: FeedbackSummary[] };
    /**
     * Rows: lead and members (each once), counting the goals of their own plans;
     * `teamGoals` counts the team's goals; columns: `dimensions`.
     */
    coverage: {
        dimensions: Array<{ key: string; name: string }>;
        rows: Array<{ person: PersonRef; goals: number[] }>;
        teamGoals: number[];
    };
    /** Dimensions of the framework in use that neither team goals nor member goals touch. */
    untouched: Array<{ key: string; name: string }>;
    /** The team's assessments over time beside its team and member goals per dimension. */
    baseline: Baseline;
    alignment: AlignmentNode[];
    feedbackCalendar: CalendarMonth[];
    problems: ProblemSummary[];
    /** Syntax errors in the team's file: what is written where it does not parse is left out. */
    parseErrors: number;
}

export interface AlignmentNode {
    kind: 'vision' | 'ambition' | 'team-goal' | 'goal' | 'unlinked';
    id: string;
    label: string;
    /** For a member's goal: its owner. */
    owner?: PersonRef;
    source?: SourceRef;
    children: AlignmentNode[];
}

export interface CalendarMonth {
    /** YYYY-MM */
    month: string;
    asks: number;
    gives: number;
}

export interface OrganisationSummary {
    id?: string;
    name?: string;
    source?: SourceRef;
    /** `developedWith`: the groups of the first `developed-with` line, in English (`employees`, `clients` ...). */
    visions: Array<{ id: string; text: string; aboutLearning: boolean; developedWith?: string[] }>;
    ambitions: Array<{ id: string; text: string; supports: string[] }>;
    counts: { plans: number; people: number; teams: number; goals: number };
    /** The nulmeting: the organisation's assessments over time beside every goal, per dimension of the framework in use (plus others in use). */
    baseline: Baseline;
    /** Dimensions of the framework no goal touches. */
    untouched: Array<{ key: string; name: string }>;
    /** Share of all goals (plans and teams), 0..1; 0 when there are no goals. */
    linkedToVision: number;
    askingFeedback: number;
    /** The problems of the organisation itself and of what is neither a plan nor a team (people, frameworks, loose text). */
    problems: ProblemSummary[];
    /** Syntax errors in the organisation's file (present with an `organisation` declaration). */
    parseErrors?: number;
    /** Every open problem of the workspace: the organisation's, every team's and every plan's. */
    workspaceProblems: WorkspaceProblems;
    /** The follow-through of every plan, summed; present when the model's `followThrough.history` is `ok`. */
    followThrough?: OrganisationFollowThrough;
}

/** Every plan's follow-through over the model's period, summed (what each plan's `followThrough` says, counted). */
export interface OrganisationFollowThrough {
    plans: number;
    /** Plans whose file changed in a commit in the period (from `since` to `today`). */
    changed: number;
    /** Plans whose file differs from its last commit. */
    uncommitted: number;
    goalsDone: number;
    feedback: { passed: number; withoutRecord: number };
    reviews: { planned: number; held: number };
}

/**
 * A baseline measurement (nulmeting) over time, of a team or of the organisation: its
 * assessments, oldest first, and per dimension the scores beside where goals invest.
 */
export interface Baseline {
    assessments: AssessmentEntry[];
    dimensions: BaselineDimension[];
}

/** One `assessment` of the team or the organisation. */
export interface AssessmentEntry {
    date: string;
    /** Who took part, as written after `with`. */
    participants: PersonRef[];
    source: SourceRef;
}

export interface BaselineDimension {
    key: string;
    name: string;
    /** A dimension of the framework in use (the others are named by goals or scores). */
    inFramework: boolean;
    /** The score (1..5) in each assessment, in the order of `assessments`; null where that assessment did not score it. */
    scores: Array<number | null>;
    /** The note of each score, in the same order; '' where there is none. */
    notes: string[];
    /** Goals that name the dimension: plan and team goals (the organisation), team and member goals (a team). */
    goals: number;
    /** People whose goals name it (plan owners, and the people of a team whose team goal does). */
    people: number;
    /** The latest assessment scored it lowest (3 or less), and no goal names it. */
    gap: boolean;
    /** With a gap, in a dimension of the default framework: its development card, in the model's language. */
    card?: { challenges: string[]; suggestions: string[]; practices: string[] };
}

export interface WorkspaceProblems {
    bySeverity: Record<Severity, number>;
    /** Per rule code, most frequent first: how often, and in how many plans. */
    byCode: Array<{ code: string; title: string; severity: Severity; count: number; plans: number }>;
    /** Plans with at least one error, in file order. */
    plansWithErrors: Array<{ plan: string; owner: PersonRef; source: SourceRef; errors: number; parseErrors: number }>;
}

export interface CoachSummary {
    coach: PersonRef;
    plans: Array<{
        plan: string;
        owner: PersonRef;
        source: SourceRef;
        problems: Record<Severity, number>;
        codes: string[];
        nextReview?: { date: string; inDays: number };
        lastReview?: { date: string; inDays: number };
        /** The plan's follow-through over the model's period, in short; present when the model's `followThrough.history` is `ok`. */
        followThrough?: { lastChange: { date: string; daysAgo: number } | null; uncommitted: boolean; feedbackWithoutRecord: number; reviews: { planned: number; held: number } };
    }>;
}

/** What the table of contents and the organisation view need of each plan of a model, before the plans themselves. */
export interface PlanEntry {
    id: string;
    owner: PersonRef;
    source: SourceRef;
    /** Error-level problems of the plan. */
    errors: number;
}

/** The entries of a model's plans, in order (as `SummaryBuilder.planEntries` gives them before the plans are built). */
export function planEntriesOf(plans: readonly PlanSummary[]): PlanEntry[] {
    return plans.map(plan => ({ id: plan.id, owner: plan.owner, source: plan.source, errors: plan.problems.filter(p => p.severity === 'error').length }));
}
