import type { ValidationChecks } from 'langium';
import type { LeerplanAstType } from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { structureChecks } from './structure-checks.js';
import { dateChecks } from './date-checks.js';
import { visionChecks } from './vision-checks.js';
import { feedbackChecks } from './feedback-checks.js';
import { goalChecks } from './goal-checks.js';
import { planChecks } from './plan-checks.js';
import { teamChecks } from './team-checks.js';
import { privacyChecks } from './privacy-checks.js';
import { keywordLanguageChecks } from './keyword-language-checks.js';
import { assessmentChecks } from './assessment-checks.js';
import { followThroughChecks } from './follow-through-checks.js';

/** Every concern's checks, registered in one place. */
export function registerLeerplanChecks(services: LeerplanServices): void {
    const registry = services.validation.ValidationRegistry;
    const concerns: Array<(s: LeerplanServices) => ValidationChecks<LeerplanAstType>> = [
        structureChecks, dateChecks, visionChecks, feedbackChecks, goalChecks, planChecks, teamChecks,
        privacyChecks, keywordLanguageChecks, assessmentChecks, followThroughChecks,
    ];
    for (const concern of concerns) registry.register(concern(services));
}
