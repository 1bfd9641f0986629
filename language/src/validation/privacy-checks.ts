import { AstUtils, CstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver-types';
const { getDocument } = AstUtils;
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { isPrivateFeedback, isPrivateReflection } from '../meaning/semantics.js';
import { strayElementsOf } from '../workspace/private-file.js';

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
        // Everything in a `*.private.pop` file but its private blocks was taken out when it was parsed.
        Document: (root, accept) => {
            for (const stray of strayElementsOf(root)) {
                reporter.report(accept, 'public-in-private-file', { element: stray.$type }, { node: stray as ast.Document['elements'][number], range: firstWordOf(stray) });
            }
        },
        Reflection: (reflection, accept) => {
            if (isPrivateReflection(reflection)) check(reflection, accept);
        },
        Feedback: (feedback, accept) => {
            if (isPrivateFeedback(feedback)) check(feedback, accept);
        },
    };
}

/** The keyword a declaration starts with: where `public-in-private-file` points (never at its text). */
function firstWordOf(node: AstNode): Range | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const first = CstUtils.streamCst(cst).find(leaf => !('content' in leaf) && !leaf.hidden);
    return (first ?? cst).range;
}
