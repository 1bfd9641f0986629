import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { gathersFeedback, isAsk, isReceived, planOf, planPeriodOf, seeksFeedback } from '../meaning/semantics.js';
import type { WorkspaceFacts } from '../workspace/workspace-facts.js';
import { dueTargetDate, firstDate, momentMeaning } from '../meaning/moments.js';
import { isPlaceholderText } from '../meaning/placeholders.js';

/**
 * The feedback checks: every goal has a feedback loop, asked for, with a moment
 * that comes in time; leaders ask their own team. An action whose learning form
 * gathers feedback (a 360-degree round, an after-action review, a retrospective,
 * intervisie, a peer review) counts as feedback asked, at the action's moment; a
 * record of feedback that came back (`feedback received`) counts as feedback sought. Feedback asked of yourself (the
 * plan's owner, or a team whose only member is the owner) is `feedback-from-self`, and
 * does not count as feedback: the goal then gets no second diagnostic for missing feedback.
 */
export function feedbackChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const facts = services.leerplan.WorkspaceFacts;
    return {
        Goal: (goal, accept) => {
            const gathering = goal.actions.filter(gathersFeedback);
            // A question that is still `...` (a quick fix's placeholder) is not feedback yet.
            const real = goal.feedback.filter(f => !isPlaceholderText(f.question));
            const fromOthers = real.filter(f => !fromSelf(f, facts.get()));
            if (fromOthers.length === 0 && gathering.length === 0) {
                if (real.length === 0) reporter.report(accept, 'goal-without-feedback', { goal: goal.name }, { node: goal, property: 'name' });
                return;
            }
            const period = planPeriodOf(goal);
            const due = dueTargetDate(goal.due[0], period);
            if (!due) return;
            // Only entries that name a moment take part: one without a moment is
            // `feedback-without-moment` already. A moment without a calendar date (a
            // cadence, an event, `ongoing`) counts as in time, as does one that cannot
            // be computed (`invalid-date`, `invalid-moment`): no date, no alarm.
            const moments = [...goal.feedback, ...gathering].flatMap(entry => (entry.when ? [entry.when] : []));
            const firsts = moments.map(moment => firstDate(momentMeaning(moment, period)));
            if (firsts.length > 0 && firsts.every(first => first !== undefined && first > due)) {
                reporter.report(accept, 'feedback-after-due', { goal: goal.name, due }, { node: goal.due[0] });
            }
        },
        Feedback: (feedback, accept) => {
            const self = fromSelf(feedback, facts.get());
            if (self) {
                reporter.report(accept, 'feedback-from-self', { who: self }, feedback.team
                    ? { node: feedback, property: 'team' } : { node: feedback, property: 'person' });
            }
            if (isAsk(feedback) && feedback.question === undefined) {
                reporter.report(accept, 'feedback-without-question', { who: sourceOf(feedback) }, { node: feedback });
            }
            // A record of feedback that came back is a fact, not an appointment: it needs no moment.
            if (!feedback.when && !isReceived(feedback)) {
                reporter.report(accept, 'feedback-without-moment', { who: sourceOf(feedback) }, { node: feedback });
            }
        },
        Plan: (plan, accept) => {
            const entries = plan.goals.flatMap(g => g.feedback);
            const gathering = plan.goals.some(g => g.actions.some(gathersFeedback));
            const sought = entries.filter(seeksFeedback);
            if (entries.length > 0 && sought.length === 0 && !gathering) {
                reporter.report(accept, 'feedback-only-given', { plan: plan.name }, { node: plan, property: 'name' });
            }
            // One report per team the owner leads and does not ask: leading two teams
            // and asking one of them still leaves the other without a voice.
            const owner = plan.owner?.$refText;
            const led = owner ? facts.get().teamsByLead.get(owner) ?? [] : [];
            const asked = new Set(sought.map(f => f.team?.$refText).filter(name => name));
            for (const team of new Set(led)) {
                if (team && !asked.has(team)) {
                    reporter.report(accept, 'lead-not-asking-team', { person: owner, team }, { node: plan, property: 'name' });
                }
            }
        },
    };
}


/**
 * The owner's id (or the team's) when a plan's `feedback ask` line asks the plan's own
 * owner, or a team whose only person (lead or member) is the owner; else undefined.
 */
export function fromSelf(feedback: ast.Feedback, facts: WorkspaceFacts): string | undefined {
    if (!isAsk(feedback)) return undefined;
    const owner = planOf(feedback)?.owner?.$refText;
    if (!owner) return undefined;
    if (feedback.person?.$refText === owner) return owner;
    const teamName = feedback.team?.$refText;
    if (!teamName) return undefined;
    const people = facts.soloTeams.get(teamName);
    return people === owner ? `team ${teamName}` : undefined;
}

/** Whom a feedback line is with, as an id: `team <id>` or the person's id; '' for an external source (its text is plan text, never quoted). */
function sourceOf(feedback: ast.Feedback): string {
    return feedback.team ? `team ${feedback.team.$refText}` : feedback.person?.$refText ?? '';
}
