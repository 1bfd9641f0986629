import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { isAsk, momentDates } from '../meaning/semantics.js';
import { isExistingDate } from '../meaning/dates.js';
import { isPlaceholderText } from '../meaning/placeholders.js';

/**
 * The feedback checks: every goal has a feedback loop, asked for, with a moment
 * that comes in time; leaders ask their own team.
 */
export function feedbackChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const facts = services.leerplan.WorkspaceFacts;
    return {
        Goal: (goal, accept) => {
            // A question that is still `...` (a quick fix's placeholder) is not feedback yet.
            if (goal.feedback.every(f => isPlaceholderText(f.question))) {
                reporter.report(accept, 'goal-without-feedback', { goal: goal.name }, { node: goal, property: 'name' });
                return;
            }
            const due = goal.due[0]?.date;
            if (due && isExistingDate(due)) {
                // Only entries that name a moment take part: one without a moment is
                // `feedback-without-moment` already. A cadence has no first date and so
                // counts as in time, as does a date that does not exist (`invalid-date`).
                const firsts = goal.feedback.filter(f => f.when).map(f => momentDates(f.when).first);
                if (firsts.length > 0 && firsts.every(first => first !== undefined && isExistingDate(first) && first > due)) {
                    reporter.report(accept, 'feedback-after-due', { goal: goal.name, due }, { node: goal.due[0] });
                }
            }
        },
        Feedback: (feedback, accept) => {
            if (!feedback.when) {
                const who = feedback.team ? `team ${feedback.team.$refText}` : feedback.person?.$refText ?? '';
                reporter.report(accept, 'feedback-without-moment', { who }, { node: feedback });
            }
        },
        Plan: (plan, accept) => {
            const entries = plan.goals.flatMap(g => g.feedback);
            const asks = entries.filter(isAsk);
            if (entries.length > 0 && asks.length === 0) {
                reporter.report(accept, 'feedback-only-given', { plan: plan.name }, { node: plan, property: 'name' });
            }
            // One report per team the owner leads and does not ask: leading two teams
            // and asking one of them still leaves the other without a voice.
            const owner = plan.owner?.$refText;
            const led = owner ? facts.get().teamsByLead.get(owner) ?? [] : [];
            const asked = new Set(asks.map(f => f.team?.$refText).filter(name => name));
            for (const team of new Set(led)) {
                if (team && !asked.has(team)) {
                    reporter.report(accept, 'lead-not-asking-team', { person: owner, team }, { node: plan, property: 'name' });
                }
            }
        },
    };
}
