import { AstUtils, type ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import type { SeveritySetting } from '../rules/rule-registry.js';
import { addDays, addMonths } from '../meaning/dates.js';
import { askedMoments } from '../meaning/follow-up.js';
import { measurablePeriod, statusOf } from '../meaning/semantics.js';

/**
 * Follow-through, both rules opt-in (off unless `leerplan.json` gives them a severity):
 * `feedback-not-followed-up`, from the plan text alone (an asked, dated feedback moment
 * long past with no record of feedback received in the goal), and `plan-stale`, from Git
 * history through `GitView.lastChange`, which only `leerplan check` provides (the editor
 * reads no history, so there the rule stays silent).
 */
export function followThroughChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const settings = services.leerplan.Settings;
    const git = services.leerplan.GitView;
    const on = (setting: SeveritySetting | undefined) => setting !== undefined && setting !== 'off';
    return {
        Goal: (goal, accept) => {
            const current = settings.get();
            if (!on(current.rules['feedback-not-followed-up']) || !goal.feedback.length) return;
            const plan = AstUtils.getContainerOfType(goal, (n): n is ast.Plan => n.$type === 'Plan');
            const period = plan ? measurablePeriod(plan) : undefined;
            const days = current.feedbackFollowUpDays;
            const limit = addDays(current.today, -days - 1);
            // The goal's own records count, private ones too: the check tells the owner, and names only the goal and a date.
            const reported = new Set<ast.Feedback>();
            // Dated moments only: a rhythm's occurrences are listed by `leerplan status`, not flagged one by one.
            for (const moment of askedMoments(goal, period, limit, { includePrivate: true, cadences: false })) {
                if (moment.followedUp || reported.has(moment.feedback)) continue;
                reported.add(moment.feedback);
                reporter.report(accept, 'feedback-not-followed-up', { goal: goal.name, date: moment.date, days }, { node: moment.feedback, property: 'when' });
            }
        },
        Plan: (plan, accept) => {
            const current = settings.get();
            if (!on(current.rules['plan-stale']) || !git.lastChange) return;
            const document = AstUtils.getDocument(plan);
            const history = git.lastChange(document.uri);
            if (!history || history.uncommitted || history.committed === null) return;
            if (!isActive(plan, current.today)) return;
            const months = current.planStaleMonths;
            if (history.committed >= addMonths(current.today, -months)) return;
            reporter.report(accept, 'plan-stale', { plan: plan.name, date: history.committed, months }, { node: plan, property: 'name' });
        },
    };
}

/** Active: today falls within the plan's period; without a period, a goal is neither done nor dropped. */
function isActive(plan: ast.Plan, today: string): boolean {
    const period = measurablePeriod(plan);
    if (period) return period.start <= today && today <= period.end;
    return plan.goals.some(goal => {
        const status = statusOf(goal);
        return status !== 'done' && status !== 'dropped';
    });
}
