import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-module.js';
import { measurablePeriod, planOf, statusOf } from '../model/semantics.js';
import { isExistingDate } from '../model/dates.js';
import { allLearningFormSpellings, findLearningForm } from '../frameworks/builtin-frameworks.js';
import { closestName } from '../model/nearest-name.js';

/** What makes a goal small, concrete and time-bound: dimensions, actions, evidence, a due date. */
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
            const due = dueLine.date;
            if (!due || !isExistingDate(due)) return;
            const plan = planOf(goal);
            const period = plan ? measurablePeriod(plan) : undefined;
            if (period && (due < period.start || due > period.end)) {
                reporter.report(accept, 'due-outside-period', { goal: goal.name, due, start: period.start, end: period.end }, { node: dueLine });
            }
            if (status === 'active' && due < settings.get().today) {
                reporter.report(accept, 'overdue', { goal: goal.name, due }, { node: dueLine });
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
