import type { ValidationAcceptor, ValidationChecks, AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { isExistingDate } from '../meaning/dates.js';

/** `invalid-date` (2026-02-30) and `invalid-period` (a period or range that ends before it starts). */
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
        DueMoment: (node, accept) => date(accept, node, 'date'),
        GoalDue: (node, accept) => date(accept, node, 'date'),
        Review: (node, accept) => date(accept, node, 'date'),
        Reflection: (node, accept) => date(accept, node, 'date'),
    };
}
