import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { LeerplanSettingsProvider } from '../config/settings.js';
import { AstUtils, GrammarUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import type { RuleReporter } from './rule-reporter.js';
import type { RuleCode } from '../rules/rule-registry.js';
import { planPeriodOf, statusOf } from '../meaning/semantics.js';
import { dueTargetDate } from '../meaning/moments.js';
import { allLearningFormSpellings, findLearningForm, learningFormNamedByTitle } from '../frameworks/builtin-frameworks.js';
import { closestName } from '../meaning/nearest-name.js';
import { namesAttendance } from '../meaning/attendance-words.js';

/**
 * What makes a goal small, concrete and time-bound: dimensions, actions, evidence, a due
 * date. The due date is computed: a named period's last day, a `within` span's last day.
 */
export function goalChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const settings = services.leerplan.Settings;
    const facts = services.leerplan.WorkspaceFacts;
    return {
        Goal: (goal, accept) => {
            const at = { node: goal, property: 'name' };
            const args = { goal: goal.name };
            // Dimensions are a framework an organisation works with: where no goal of the
            // workspace names one, asking each plan for them is noise (issue 16 point 6).
            if (withoutDimension(goal) && inScope(settings, facts.get().dimensionUris, goal)) reportGoalGap(reporter, accept, goal, 'goal-without-dimension', withoutDimension);
            if (goal.actions.length === 0) reporter.report(accept, 'goal-without-action', args, at);
            const namedForm = goal.title ? learningFormNamedByTitle(goal.title) : undefined;
            if (namedForm) reporter.report(accept, 'goal-named-after-form', { goal: goal.name, form: namedForm.spelling }, { node: goal, property: 'title' });
            const status = statusOf(goal);
            if (goal.evidence.length > 0 && goal.evidence.every(line => namesAttendance(line.text ?? ''))) {
                reporter.report(accept, 'evidence-is-attendance', args, { node: goal.evidence[0] });
            }
            if (goal.evidence.length === 0) {
                reporter.report(accept, 'goal-without-evidence', args, at);
                if (status === 'done') reporter.report(accept, 'done-without-evidence', args, { node: goal.status[0] });
            }
            const dueLine = goal.due[0];
            if (!dueLine) {
                // A `due` on the line after an action or a feedback entry without a moment of
                // its own is that entry's moment: the writer meant the goal's due line.
                const stray = strayDue(goal);
                if (stray) {
                    reporter.report(accept, 'goal-without-due', {
                        goal: goal.name, line: stray.moment.$cstNode!.range.start.line + 1, entry: stray.entry.$type === 'Action' ? 'action' : 'feedback',
                        // The word as written (`due` or `uiterlijk`): it names what the writer typed.
                        keyword: stray.moment.$cstNode!.text.split(/\s/)[0],
                    }, { node: stray.moment, data: { stray: true } });
                } else {
                    reportGoalGap(reporter, accept, goal, 'goal-without-due', withoutDue);
                }
                return;
            }
            const period = planPeriodOf(goal);
            // Undefined when it cannot be computed: `invalid-date` or `invalid-moment` on the line itself.
            const due = dueTargetDate(dueLine, period);
            if (!due) return;
            if (period && (due < period.start || due > period.end)) {
                reporter.report(accept, 'due-outside-period', { goal: goal.name, due, start: period.start, end: period.end }, { node: dueLine });
            }
            if (status === 'active' && due < settings.get().today) {
                reporter.report(accept, 'overdue', { goal: goal.name, due }, { node: dueLine });
            }
        },
        GoalLevel: (level, accept) => {
            for (const property of ['now', 'target'] as const) {
                const value = level[property];
                if (!Number.isInteger(value) || value < 1 || value > 5) {
                    reporter.report(accept, 'invalid-level', { value }, { node: level, property });
                }
            }
        },
        Action: (action, accept) => {
            if (action.form && !findLearningForm(action.form)) {
                const suggestion = closestName(action.form, allLearningFormSpellings());
                reporter.report(accept, 'unknown-learning-form', { form: action.form, suggestion }, {
                    node: action, property: 'form', data: { suggestion },
                });
            }
        },
    };
}

/** True when one of `uris` is in the workspace folder of `node`'s document (the whole workspace in the CLI). */
export function inScope(settings: LeerplanSettingsProvider, uris: readonly string[], node: AstNode): boolean {
    if (uris.length === 0) return false;
    const uri = AstUtils.getDocument(node).uri.toString();
    return uris.some(other => settings.sameScope(uri, other));
}

export const withoutDimension = (goal: ast.Goal) => goal.dimensions.every(line => line.dimensions.length === 0);
const withoutDue = (goal: ast.Goal) => goal.due.length === 0 && !strayDue(goal);

/**
 * The first action or feedback entry of `goal` whose moment is a `due` written on a later
 * line than the entry itself: line breaks carry no meaning, so it is that entry's moment,
 * where the writer most likely meant the goal's due date.
 */
export function strayDue(goal: ast.Goal): { entry: ast.Action | ast.Feedback; moment: ast.DueMoment } | undefined {
    // Called for every goal of a plan or team from `reportGoalGap` (a team may hold thousands): nothing allocated unless found.
    let first: ast.Action | ast.Feedback | undefined;
    for (const action of goal.actions) if (isStray(action) && (!first || action.$cstNode!.offset < first.$cstNode!.offset)) first = action;
    for (const feedback of goal.feedback) if (isStray(feedback) && (!first || feedback.$cstNode!.offset < first.$cstNode!.offset)) first = feedback;
    return first ? { entry: first, moment: first.when as ast.DueMoment } : undefined;
}

function isStray(entry: ast.Action | ast.Feedback): boolean {
    const moment = entry.when;
    return moment?.$type === 'DueMoment' && !!moment.$cstNode && !!entry.$cstNode && moment.$cstNode.range.start.line > entry.$cstNode.range.start.line;
}

/**
 * One problem, one diagnostic (issue 16: `goal-without-dimension` fired 23 times on eleven
 * plans). When every goal of a plan or team (two or more) lacks the same thing, the plan
 * or team gets one diagnostic, on its id, with each goal as a related location (and the
 * goals' ids in `data.goals`, for the quick fixes), reported while checking its first
 * goal; otherwise each goal that lacks it gets its own. A plan where no goal does it is
 * a habit to change once; a goal that lacks what the others have is that goal's gap.
 */
export function reportGoalGap(reporter: RuleReporter, accept: ValidationAcceptor, goal: ast.Goal, code: RuleCode, lacks: (goal: ast.Goal) => boolean): void {
    const holder = goal.$container;
    const goals = holder.goals;
    if (goals.length < 2 || !everyGoalLacks(accept, holder, code, lacks)) {
        reporter.report(accept, code, { goal: goal.name }, { node: goal, property: 'name' });
        return;
    }
    if (goals[0] !== goal) return;
    const uri = AstUtils.getDocument(goal).uri.toString();
    const related = goals.flatMap(each => {
        const name = GrammarUtils.findNodeForProperty(each.$cstNode, 'name');
        return name ? [{ location: { uri, range: name.range }, message: each.name }] : [];
    });
    const team = holder.$type === 'Team' ? 'team' : undefined;
    reporter.report(accept, code, { count: goals.length, holder: holder.name, team }, {
        node: holder, property: 'name', related, data: { goals: goals.map(each => each.name) },
    });
}

/**
 * Whether every goal of `holder` lacks what `code` asks, answered once per validation run
 * and not once per goal (a plan of n goals that all lack it cost n² calls). A run is known
 * by its acceptor, which the document validator makes anew for each run; within one run
 * linking does not change, so neither does the answer.
 */
const everyLacksByRun = new WeakMap<ValidationAcceptor, Map<ast.Goal['$container'], Map<RuleCode, boolean>>>();

function everyGoalLacks(accept: ValidationAcceptor, holder: ast.Goal['$container'], code: RuleCode, lacks: (goal: ast.Goal) => boolean): boolean {
    let byHolder = everyLacksByRun.get(accept);
    if (!byHolder) everyLacksByRun.set(accept, byHolder = new Map());
    let byCode = byHolder.get(holder);
    if (!byCode) byHolder.set(holder, byCode = new Map());
    let every = byCode.get(code);
    if (every === undefined) byCode.set(code, every = holder.goals.every(lacks));
    return every;
}
