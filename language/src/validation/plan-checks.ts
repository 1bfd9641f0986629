import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { learnsOnlyFormally, measurablePeriod } from '../meaning/semantics.js';
import { daysBetween } from '../meaning/dates.js';
import { isPlaceholderText } from '../meaning/placeholders.js';
import { fallsWithin, lineMeaning } from '../meaning/moments.js';

/**
 * A plan as a whole: a coach, a review with the coach, reflection, learning beyond courses,
 * not too much at once; and each reflection tied to a moment.
 */
export function planChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const settings = services.leerplan.Settings;
    const facts = services.leerplan.WorkspaceFacts;
    return {
        Plan: (plan, accept) => {
            const at = { node: plan, property: 'name' };
            const max = settings.get().maxGoals * wholeYears(plan);
            if (plan.goals.length > max && !mirrorsAmbitions(plan)) {
                reporter.report(accept, 'too-many-goals', { plan: plan.name, count: plan.goals.length, max }, at);
            }
            if (learnsOnlyFormally(plan.goals.flatMap(g => g.actions), plan.goals.flatMap(g => g.feedback))) {
                reporter.report(accept, 'only-formal-learning', { plan: plan.name }, at);
            }
            const coach = plan.coaches[0]?.person?.$refText;
            if (!coach) reporter.report(accept, 'plan-without-coach', { plan: plan.name }, at);
            // A review counts when it is with the plan's coach (so never without a coach) and
            // falls inside the period; a plan without a measurable period takes any date. A
            // review without a calendar date of its own (a cadence, which comes back in every
            // period it covers, an event, `ongoing`) counts, as does one whose date cannot be
            // computed (`invalid-date`, `invalid-moment`): no date rule fires on it.
            const period = measurablePeriod(plan);
            const inPeriod = (review: ast.Review) => {
                if (review.date !== undefined) return !period || (review.date >= period.start && review.date <= period.end);
                const meaning = lineMeaning(review, period);
                return !meaning || fallsWithin(meaning, period);
            };
            // One problem, one diagnostic: without a coach, `plan-without-coach` says it all, and
            // a coach who is not in the people list is a `link-error` (its fix comes first: a
            // review asked "with" a misspelt name would be one more link error).
            const unknownCoach = coach !== undefined && plan.coaches[0]?.person?.ref === undefined;
            const reviewed = coach === undefined || unknownCoach || plan.reviews.some(r => r.person?.$refText === coach && inPeriod(r));
            if (!reviewed) reporter.report(accept, 'no-review', { plan: plan.name, coach }, at);
            const privateReflections = facts.get().privateReflections.get(plan.name) ?? 0;
            // Every reflection line counts, with a moment or without one; a reflection that is
            // still `...` (a quick fix's placeholder) has not been written yet.
            if (plan.reflections.every(r => isPlaceholderText(r.text)) && privateReflections === 0) {
                reporter.report(accept, 'no-reflection', { plan: plan.name }, at);
            }
        },
        Reflection: (reflection, accept) => {
            if (reflection.date === undefined && !reflection.when) {
                reporter.report(accept, 'reflection-without-moment', {}, { node: reflection });
            }
        },
    };
}

/**
 * The whole years a plan's period spans, at least 1: a plan over two or three years
 * stages its goals over them (short, mid and long term), so it may hold `maxGoals` for
 * each year before `too-many-goals` asks it to focus.
 */
function wholeYears(plan: ast.Plan): number {
    const period = measurablePeriod(plan);
    if (!period) return 1;
    const days = daysBetween(period.start, period.end) + 1;
    return Math.max(1, Math.floor(days / 365.25 + 0.01));
}

/**
 * True when a plan's goals are an organisation's ambitions, one goal for each: every goal
 * supports exactly one ambition, no two the same, and together every ambition of that
 * organisation (a programme's prescribed learning outcomes, a profession's standards).
 * Their number is the organisation's, not the writer's choice, so `too-many-goals` does
 * not ask to choose fewer.
 */
function mirrorsAmbitions(plan: ast.Plan): boolean {
    const targets = plan.goals.map(goal => {
        const refs = goal.supports.flatMap(clause => clause.targets);
        return refs.length === 1 ? refs[0].ref : undefined;
    });
    const first = targets[0];
    if (!first || first.$type !== 'Ambition') return false;
    const organisation = first.$container;
    const ambitions = new Set<unknown>(organisation.ambitions);
    const seen = new Set<unknown>();
    for (const target of targets) {
        if (!target || !ambitions.has(target) || seen.has(target)) return false;
        seen.add(target);
    }
    return seen.size === ambitions.size;
}
