import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { gathersFeedback, rolesOf, seeksFeedback } from '../meaning/semantics.js';
import { findLearningForm, ROLE_NAMES, type DimensionRole } from '../frameworks/builtin-frameworks.js';

/**
 * A team's goals and routines cover the roles that matter most; every member has a
 * current plan. Routines (the team's own `action` and `feedback` lines) count for
 * feedback (feedback asked or received, or an action that gathers it) and for learning
 * in the workplace (an action that is not a course, e-learning or workshop).
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
            }
            if (team.feedback.some(seeksFeedback) || team.actions.some(gathersFeedback)) covered.add('feedback');
            if (team.actions.some(action => findLearningForm(action.form)?.formal !== true)) covered.add('workplace');
            for (const role of requiredRoles) {
                if (!covered.has(role)) {
                    reporter.report(accept, 'team-missing-role', { team: team.name, role: ROLE_NAMES[role][lang] }, {
                        node: team, property: 'name', data: { role },
                    });
                }
            }
            const plansByOwner = facts.get().plansByOwner;
            for (const members of team.members) {
                members.persons.forEach((ref, index) => {
                    const plans = plansByOwner.get(ref.$refText) ?? [];
                    const current = plans.some(({ period }) => !period || (period.start <= today && today <= period.end));
                    if (!current && ref.$refText) {
                        reporter.report(accept, 'member-without-plan', { person: ref.$refText, team: team.name }, {
                            node: members, property: 'persons', index,
                        });
                    }
                });
            }
        },
    };
}
