import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { visionLink } from '../meaning/semantics.js';
import { reportGoalGap } from './goal-checks.js';

/** The shared-vision checks: every goal serves the vision; the vision is about learning and shared. */
export function visionChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    return {
        Goal: (goal, accept) => {
            if (withoutVision(goal)) reportGoalGap(reporter, accept, goal, 'goal-without-vision', withoutVision);
        },
        Organisation: (organisation, accept) => {
            if (!organisation.visions.some(v => v.aboutLearning.length > 0)) {
                // Without any vision the message asks for one, not for a mark on a vision that is not there.
                const none = organisation.visions.length === 0 ? 'yes' : undefined;
                reporter.report(accept, 'vision-without-learning', { organisation: organisation.name, none }, { node: organisation, property: 'name' });
            }
        },
        Vision: (vision, accept) => {
            const by = vision.developedWith[0];
            if (by && by.by.length > 0 && by.by.every(group => group === 'management')) {
                reporter.report(accept, 'vision-not-shared', { vision: vision.name }, { node: by });
            }
        },
    };
}

/**
 * A goal that should say which vision it serves and does not. A personal goal serves the
 * person's own growth (Kessels) and a required goal the requirement it names (a regulator, the
 * law, the employer): neither needs a vision link.
 */
export const withoutVision = (goal: ast.Goal) => !goal.personal && goal.requirements.length === 0 && !visionLink(goal).linked;
