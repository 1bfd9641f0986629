import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import type { DimensionRole } from '../frameworks/builtin-frameworks.js';
import { isExistingDate } from './dates.js';
import { findLearningForm } from '../frameworks/builtin-frameworks.js';

/** Meaning of the .pop AST, shared by checks, summaries and editor features. */

export type GoalStatusKind = 'planned' | 'active' | 'done' | 'dropped';

const STATUS: Record<string, GoalStatusKind> = {
    planned: 'planned', gepland: 'planned', active: 'active', actief: 'active',
    done: 'done', afgerond: 'done', dropped: 'dropped', gestopt: 'dropped',
};

export function statusOf(goal: ast.Goal): GoalStatusKind | undefined {
    const value = goal.status[0]?.value;
    return value ? STATUS[value] : undefined;
}

export function isAsk(feedback: ast.Feedback): boolean {
    return feedback.direction === 'ask' || feedback.direction === 'vraag';
}

/** `feedback received` / `feedback ontvangen`: a record that feedback came back. */
export function isReceived(feedback: ast.Feedback): boolean {
    return feedback.direction === 'received' || feedback.direction === 'ontvangen';
}

/**
 * Whether feedback was sought: asked for, or come back (a received record). Checks
 * that want feedback asked for count both, so a record of feedback that came back is
 * never reported as feedback missing.
 */
export function seeksFeedback(feedback: ast.Feedback): boolean {
    return isAsk(feedback) || isReceived(feedback);
}

/** An action whose learning form gathers feedback (360-degree feedback, after-action review, retrospective, intervisie, peer review): feedback asked, at its moment. */
export function gathersFeedback(action: ast.Action): boolean {
    return findLearningForm(action.form)?.gathersFeedback === true;
}

/**
 * Learning in courses only (`only-formal-learning`): every action is a course, e-learning or
 * workshop, and no feedback is sought. Feedback asked of others, or come back from them, is
 * learning with others in the work, as an action that gathers feedback (a retrospective, an
 * after-action review) is: the same learning written as a feedback line instead of an action.
 */
export function learnsOnlyFormally(actions: readonly ast.Action[], feedback: readonly ast.Feedback[]): boolean {
    return actions.length > 0 && !feedback.some(seeksFeedback) && actions.every(action => findLearningForm(action.form)?.formal === true);
}

const ROLES: Record<string, DimensionRole> = {
    vision: 'vision', visie: 'vision', feedback: 'feedback', team: 'team',
    leadership: 'leadership', leiderschap: 'leadership', workplace: 'workplace', werkplek: 'workplace',
    external: 'external', extern: 'external',
};

export function rolesOf(dimension: ast.Dimension): DimensionRole[] {
    return dimension.roles.map(r => ROLES[r]).filter((r): r is DimensionRole => r !== undefined);
}

export type CadenceKind = 'week' | 'month' | 'quarter' | 'year';
const CADENCE: Record<string, CadenceKind> = {
    week: 'week', month: 'month', maand: 'month', quarter: 'quarter', kwartaal: 'quarter', year: 'year', jaar: 'year',
};

export function cadenceOf(moment: ast.Moment | undefined): CadenceKind | undefined {
    return moment?.$type === 'Cadence' ? CADENCE[moment.unit] : undefined;
}

/** The first and last calendar date a moment names (none for a cadence). */
export function momentDates(moment: ast.Moment | undefined): { first?: string; last?: string } {
    if (!moment) return {};
    switch (moment.$type) {
        case 'OnMoment':
        case 'DueMoment':
            return { first: moment.date, last: moment.date };
        case 'FromMoment':
            return { first: moment.start, last: moment.end ?? moment.start };
        default:
            return {};
    }
}

export function planOf(node: AstNode): ast.Plan | undefined {
    let current: AstNode | undefined = node;
    while (current && !ast.isPlan(current)) current = current.$container;
    return current;
}

export function teamOf(node: AstNode): ast.Team | undefined {
    let current: AstNode | undefined = node;
    while (current && !ast.isTeam(current)) current = current.$container;
    return current;
}

/**
 * How a goal reaches the vision. `linked` is true when a `supports` line names a
 * vision or an ambition, or when it contributes to a team goal that is linked.
 * `path` is the chain from the goal towards a vision (team goal, ambitions, vision),
 * as far as it goes. A reference that does not resolve counts as written (it is a
 * `link-error` of its own) so one mistake is not reported twice.
 */
export interface VisionLink {
    linked: boolean;
    path: Array<ast.Goal | ast.Ambition | ast.Vision>;
}

/**
 * How far a chain of `contributes` or `supports` links is followed. Real plans link in
 * two or three steps; a generated file with a chain of thousands would otherwise take
 * quadratic time and overflow the stack. A chain cut here counts as linked, like a
 * reference that does not resolve: its end is out of sight, not missing.
 */
export const MAX_LINK_DEPTH = 16;

export function visionLink(goal: ast.Goal, seen: Set<AstNode> = new Set()): VisionLink {
    if (seen.size > MAX_LINK_DEPTH) return { linked: true, path: [] };
    seen.add(goal);
    let fallback: VisionLink | undefined;
    for (const clause of goal.supports) {
        for (const ref of clause.targets) {
            const target = ref.ref;
            if (!target) {
                fallback ??= { linked: true, path: [] };
                continue;
            }
            const path = pathToVision(target, new Set(seen));
            if (path[path.length - 1]?.$type === 'Vision') return { linked: true, path };
            fallback ??= { linked: true, path };
        }
    }
    for (const clause of goal.contributes) {
        for (const ref of clause.goals) {
            const teamGoal = ref.ref;
            if (!teamGoal) {
                fallback ??= { linked: true, path: [] };
                continue;
            }
            if (seen.has(teamGoal)) continue;
            const through = visionLink(teamGoal, seen);
            if (through.linked) {
                const link = { linked: true, path: [teamGoal, ...through.path] };
                if (link.path[link.path.length - 1]?.$type === 'Vision') return link;
                fallback ??= link;
            }
        }
    }
    return fallback ?? { linked: false, path: [] };
}

/** From a vision or ambition, follow `supports` until a vision (cycles stop the walk). */
export function pathToVision(start: ast.SupportTarget, seen: Set<AstNode> = new Set()): Array<ast.Ambition | ast.Vision> {
    const path: Array<ast.Ambition | ast.Vision> = [start];
    if (ast.isVision(start) || seen.size > MAX_LINK_DEPTH) return path;
    seen.add(start);
    let best: Array<ast.Ambition | ast.Vision> = path;
    for (const clause of start.supports) {
        for (const ref of clause.targets) {
            const next = ref.ref;
            if (!next || seen.has(next)) continue;
            const rest = pathToVision(next, seen);
            if (rest[rest.length - 1]?.$type === 'Vision') return [start, ...rest];
            if (rest.length + 1 > best.length) best = [start, ...rest];
        }
    }
    return best;
}

/**
 * The plan's period when it can be measured against: both dates exist and it does not
 * end before it starts. A broken period is `invalid-date` / `invalid-period` on its own
 * line, so checks treat it like a missing one instead of reporting the mistake again.
 */
export function measurablePeriod(plan: ast.Plan): { start: string; end: string } | undefined {
    const period = plan.periods[0];
    if (!period || !isExistingDate(period.start) || !isExistingDate(period.end) || period.end < period.start) return undefined;
    return { start: period.start, end: period.end };
}

/** A reflection is private when marked so, or when it stands in a `private PLAN { }` block. */
export function isPrivateReflection(reflection: ast.Reflection): boolean {
    return reflection.private || ast.isPrivateBlock(reflection.$container);
}

/** A received feedback record is private when marked so, or when it stands in a `private PLAN { }` block. */
export function isPrivateFeedback(feedback: ast.Feedback): boolean {
    return feedback.private || ast.isPrivateBlock(feedback.$container);
}

/** The measurable period of the plan a node stands in; a team, a private block or a broken period has none. */
export function planPeriodOf(node: AstNode): { start: string; end: string } | undefined {
    const plan = planOf(node);
    return plan ? measurablePeriod(plan) : undefined;
}
