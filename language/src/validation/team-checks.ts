import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { gathersFeedback, learnsOnlyFormally, rolesOf, seeksFeedback, visionLink } from '../meaning/semantics.js';
import { findLearningForm, ROLE_NAMES, type DimensionRole } from '../frameworks/builtin-frameworks.js';
import { withoutVision } from './vision-checks.js';
import { inScope } from './goal-checks.js';

/**
 * A team's goals and routines cover the roles that matter most; every member has a
 * current plan. A role is covered by what the team does, not only by dimension tags:
 * a team goal that supports a vision (directly or through an ambition) covers the vision
 * role; feedback asked (or received, or gathered by an action such as an after-action
 * review) in a team goal or a routine covers the feedback role; a routine that is not a
 * course, e-learning or workshop covers learning in the workplace. A team with no goals
 * and no routines (it exists so that people can ask it for feedback) is not asked to
 * cover roles, and only goals can support a vision: a team without goals is not asked for
 * the vision role, nor a team whose every goal gets `goal-without-vision` (one problem, one
 * diagnostic). A team whose feedback is only given, never asked, gets `feedback-only-given`
 * instead of a missing feedback role. The lead is a member too: a lead without a current plan is reported like a
 * member (once, where the lead is also listed among the members); in a workspace that
 * holds no plan at all nobody is (the plans live elsewhere).
 */
export function teamChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const settings = services.leerplan.Settings;
    const facts = services.leerplan.WorkspaceFacts;
    return {
        Team: (team, accept) => {
            const { lang, requiredRoles, today } = settings.get();
            const covered = new Set<DimensionRole>();
            for (const goal of team.goals) {
                for (const line of goal.dimensions) {
                    for (const ref of line.dimensions) {
                        if (ref.ref) for (const role of rolesOf(ref.ref)) covered.add(role);
                    }
                }
                if (goal.supports.length > 0 && visionLink(goal).path.some(target => target.$type === 'Vision')) covered.add('vision');
            }
            const feedback = [...team.feedback, ...team.goals.flatMap(goal => goal.feedback)];
            const actions = [...team.actions, ...team.goals.flatMap(goal => goal.actions)];
            if (feedback.some(seeksFeedback) || actions.some(gathersFeedback)) covered.add('feedback');
            if (team.actions.some(action => findLearningForm(action.form)?.formal !== true)) covered.add('workplace');
            const doesSomething = team.goals.length > 0 || team.actions.length > 0 || team.feedback.length > 0;
            // Feedback that flows one way only (a manager's fortnightly feedback to the team): the
            // point is that nobody asks, not that there is none. Said once, as for a plan, and
            // then not again as a missing feedback role.
            const onlyGiven = feedback.length > 0 && !covered.has('feedback');
            if (onlyGiven) reporter.report(accept, 'feedback-only-given', { team: team.name }, { node: team, property: 'name' });
            // Only a goal can support a vision: a team of routines alone is not asked for the vision
            // role, and where every team goal lacks its link, goal-without-vision already says so.
            const visionSaidElsewhere = team.goals.length === 0 || team.goals.every(withoutVision);
            for (const role of doesSomething ? requiredRoles : []) {
                if (role === 'vision' && visionSaidElsewhere) continue;
                if (role === 'feedback' && onlyGiven) continue;
                if (!covered.has(role)) {
                    reporter.report(accept, 'team-missing-role', { team: team.name, role: ROLE_NAMES[role][lang] }, {
                        node: team, property: 'name', data: { role },
                    });
                }
            }
            if (team.goals.length > 0 && learnsOnlyFormally(actions, feedback)) {
                reporter.report(accept, 'only-formal-learning', { team: team.name }, { node: team, property: 'name' });
            }
            // A workspace without a single plan holds the organisation's setup, not its plans
            // (they live elsewhere): only next to plans does a member without one stand out.
            if (!inScope(settings, facts.get().planUris, team)) return;
            const plansByOwner = facts.get().plansByOwner;
            const hasCurrentPlan = (person: string) => (plansByOwner.get(person) ?? [])
                .some(({ period }) => !period || (period.start <= today && today <= period.end));
            const listedMembers = new Set(team.members.flatMap(members => members.persons.map(ref => ref.$refText)));
            for (const lead of team.leads) {
                const person = lead.person.$refText;
                // A lead also listed as a member is reported once, at the member.
                if (person && !listedMembers.has(person) && !hasCurrentPlan(person)) {
                    reporter.report(accept, 'member-without-plan', { person, team: team.name, lead: 'lead' }, {
                        node: lead, property: 'person',
                    });
                }
            }
            for (const members of team.members) {
                members.persons.forEach((ref, index) => {
                    if (ref.$refText && !hasCurrentPlan(ref.$refText)) {
                        reporter.report(accept, 'member-without-plan', { person: ref.$refText, team: team.name }, {
                            node: members, property: 'persons', index,
                        });
                    }
                });
            }
        },
    };
}
