import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { measurablePeriod } from '../meaning/semantics.js';
import { fixTitle } from './fix-titles.js';
import { kw, localFix, nodeAtDiagnostic, PLACE, withPlaceholder, type Fix, type FixContext } from './fix-context.js';
import { insertLineEdit } from './insert-line.js';

/** The usual order of a plan's lines; a review goes after the goals and earlier reviews. */
const PLAN_ORDER = ['coaches', 'teams', 'periods', 'ambitions', 'strengths', 'goals', 'reviews', 'reflections'] as const;

function anchorsFor(plan: ast.Plan, line: typeof PLAN_ORDER[number]): AstNode[] {
    return PLAN_ORDER.slice(0, PLAN_ORDER.indexOf(line) + 1).flatMap(property => plan[property] as AstNode[]);
}

/**
 * `no-review`: `review DATE with COACH "..."` in the plan. The date is the middle
 * of the period, or its end once the middle has passed; a plan without a coach gets
 * no fix (there is nobody to hold the review with yet: `plan-without-coach` says so).
 * The topic is a tab stop in an editor that takes snippets.
 */
export function addReviewFixes(context: FixContext): Fix[] {
    const plan = nodeAtDiagnostic(context, ast.isPlan);
    const coach = plan?.coaches[0]?.person?.$refText;
    if (!plan || !coach) return [];
    const date = reviewDate(measurablePeriod(plan), context.services.leerplan.Settings.get().today);
    const lang = context.fileLang;
    const line = `${kw('review', lang)} ${date} ${kw('with', lang)} ${coach} "${PLACE}"`;
    const lastIsGoal = plan.reviews.length === 0 && plan.goals.length > 0;
    return localFix(context, fixTitle('addReview', context.uiLang, { line: shown(line) }),
        [withPlaceholder(context, insertLineEdit(context.document, plan, line, anchorsFor(plan, 'reviews'), { blankLineBefore: lastIsGoal }))], true);
}

/**
 * `no-reflection`: `reflection DATE "..."` at the end of the plan: today, or the nearest
 * day of the period when today lies outside it. What the owner learned is theirs to
 * write: a tab stop, or `...`, which does not count as a reflection until it is written.
 */
export function addReflectionFixes(context: FixContext): Fix[] {
    const plan = nodeAtDiagnostic(context, ast.isPlan);
    if (!plan) return [];
    const date = clampToPeriod(context.services.leerplan.Settings.get().today, measurablePeriod(plan));
    const line = `${kw('reflection', context.fileLang)} ${date} "${PLACE}"`;
    const lastIsBlock = plan.reflections.length === 0 && plan.reviews.length === 0 && plan.goals.length > 0;
    return localFix(context, fixTitle('addReflection', context.uiLang, { line: shown(line) }),
        [withPlaceholder(context, insertLineEdit(context.document, plan, line, anchorsFor(plan, 'reflections'), { blankLineBefore: lastIsBlock }))], true);
}

/** `date`, or the first or last day of the period when it lies before or after it. */
export function clampToPeriod(date: string, period: { start: string; end: string } | undefined): string {
    if (!period) return date;
    return date < period.start ? period.start : date > period.end ? period.end : date;
}

/** A line as a fix title shows it: its placeholders as `...`. */
export function shown(line: string): string {
    return line.split(PLACE).join('...');
}

/** The middle of the period; its end when today is already past the middle; today without a period. */
export function reviewDate(period: { start: string; end: string } | undefined, today: string): string {
    if (!period) return today;
    const start = Date.parse(`${period.start}T00:00:00Z`);
    const end = Date.parse(`${period.end}T00:00:00Z`);
    const middle = new Date(start + Math.floor((end - start) / 86_400_000 / 2) * 86_400_000).toISOString().slice(0, 10);
    return today > middle && today <= period.end ? period.end : middle;
}
