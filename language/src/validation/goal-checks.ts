import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { planPeriodOf, statusOf } from '../meaning/semantics.js';
import { dueTargetDate } from '../meaning/moments.js';
import { allLearningFormSpellings, findLearningForm } from '../frameworks/builtin-frameworks.js';
import { closestName } from '../meaning/nearest-name.js';

/**
 * What makes a goal small, concrete and time-bound: dimensions, actions, evidence, a due
 * date. The due date is computed: a named period's last day, a `within` span's last day.
 */
export function goalChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const settings = services.leerplan.Settings;
    return {
        Goal: (goal, accept) => {
            const at = { node: goal, property: 'name' };
            const args = { goal: goal.name };
            if (goal.dimensions.every(d => d.dimensions.length === 0)) reporter.report(accept, 'goal-without-dimension', args, at);
            if (goal.actions.length === 0) reporter.report(accept, 'goal-without-action', args, at);
            const status = statusOf(goal);
            if (goal.evidence.length === 0) {
                reporter.report(accept, 'goal-without-evidence', args, at);
                if (status === 'done') reporter.report(accept, 'done-without-evidence', args, { node: goal.status[0] });
            }
            const dueLine = goal.due[0];
            if (!dueLine) {
                reporter.report(accept, 'goal-without-due', args, at);
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
