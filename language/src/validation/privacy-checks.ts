import { AstUtils, type ValidationAcceptor, type ValidationChecks } from 'langium';
const { getDocument } = AstUtils;
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { isPrivateFeedback, isPrivateReflection } from '../meaning/semantics.js';

/** `private-in-tracked-file`: private text (a reflection or a received feedback record) in a file that Git tracks or would commit. */
export function privacyChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const git = services.leerplan.GitView;
    const check = (node: ast.Reflection | ast.Feedback, accept: ValidationAcceptor) => {
        const uri = getDocument(node).uri;
        if (git.isShared(uri) === true) {
            const kind = node.$type === 'Feedback' ? 'feedback' : 'reflection';
            reporter.report(accept, 'private-in-tracked-file', { file: uri.path.split('/').pop(), kind }, { node });
        }
    };
    return {
        Reflection: (reflection, accept) => {
            if (isPrivateReflection(reflection)) check(reflection, accept);
        },
        Feedback: (feedback, accept) => {
            if (isPrivateFeedback(feedback)) check(feedback, accept);
        },
    };
}
