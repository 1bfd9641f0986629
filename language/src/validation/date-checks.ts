import type { ValidationAcceptor, ValidationChecks, AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { isExistingDate } from '../meaning/dates.js';
import { isWholeCount, namedPeriodSpan } from '../meaning/moments.js';
import { teamOf } from '../meaning/semantics.js';

/**
 * `invalid-date` (2026-02-30), `invalid-period` (a period or range that ends before it
 * starts) and `invalid-moment` (a moment that cannot be turned into dates: a named
 * period that does not exist, a count below 1 or not whole, an `after` with no event,
 * `within` in a team, which has no period to count from).
 */
export function dateChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;

    const date = <N extends AstNode>(accept: ValidationAcceptor, node: N, property: keyof N & string) => {
        const value = node[property] as unknown;
        if (typeof value === 'string' && !isExistingDate(value)) {
            reporter.report(accept, 'invalid-date', { date: value }, { node, property });
        }
    };

    const range = <N extends AstNode>(accept: ValidationAcceptor, node: N, start: string | undefined, end: string | undefined) => {
        if (start && end && isExistingDate(start) && isExistingDate(end) && end < start) {
            reporter.report(accept, 'invalid-period', { start, end }, { node });
        }
    };

    /** A named period that does not exist (`2026-Q5`). */
    const period = (accept: ValidationAcceptor, node: AstNode & { period?: string }) => {
        if (node.period !== undefined && !namedPeriodSpan(node.period)) {
            reporter.report(accept, 'invalid-moment', { reason: 'period', value: node.period }, { node, property: 'period' });
        }
    };

    /** A count that is not a whole number of at least 1 (`every 0 weeks`, `within 1.5 months`). */
    const count = (accept: ValidationAcceptor, node: ast.Cadence | ast.Within) => {
        if (node.count !== undefined && !isWholeCount(node.count)) {
            reporter.report(accept, 'invalid-moment', { reason: 'count', value: String(node.count) }, { node, property: 'count' });
            return false;
        }
        return true;
    };

    /** A due date of a goal or an action: a date, a named period or a `within` (checked on its own node); `before` an event that is named. */
    const due = (accept: ValidationAcceptor, node: ast.GoalDue | ast.DueMoment) => {
        date(accept, node, 'date');
        period(accept, node);
        if (node.event !== undefined && !node.event.trim()) reporter.report(accept, 'invalid-moment', { reason: 'event' }, { node, property: 'event' });
    };

    return {
        PlanPeriod: (node, accept) => {
            date(accept, node, 'start');
            date(accept, node, 'end');
            range(accept, node, node.start, node.end);
        },
        FromMoment: (node, accept) => {
            date(accept, node, 'start');
            date(accept, node, 'end');
            range(accept, node, node.start, node.end);
        },
        OnMoment: (node, accept) => date(accept, node, 'date'),
        DueMoment: (node, accept) => due(accept, node),
        GoalDue: (node, accept) => due(accept, node),
        Review: (node, accept) => date(accept, node, 'date'),
        Reflection: (node, accept) => date(accept, node, 'date'),
        InMoment: (node, accept) => period(accept, node),
        Cadence: (node, accept) => {
            count(accept, node);
        },
        Within: (node, accept) => {
            if (!count(accept, node)) return;
            // Counted from the start of a plan's period, and a team never has one. In a plan
            // without a period the span has no dates yet, so no date check fires on it: one
            // missing `period` line is not an error on every `within` (a broken period is
            // `invalid-date` or `invalid-period` already; a private block's plan is elsewhere).
            if (teamOf(node)) reporter.report(accept, 'invalid-moment', { reason: 'team' }, { node });
        },
        AfterMoment: (node, accept) => {
            if (!node.event.trim()) reporter.report(accept, 'invalid-moment', { reason: 'event' }, { node, property: 'event' });
        },
    };
}
