import { AstUtils, CstUtils, type AstNode, type ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver-types';
const { getDocument } = AstUtils;
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { isPrivateReflection } from '../meaning/semantics.js';
import { strayElementsOf } from '../workspace/private-file.js';

/** `private-in-tracked-file`: private text in a file that Git tracks or would commit. */
export function privacyChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const git = services.leerplan.GitView;
    return {
        // Everything in a `*.private.pop` file but its private blocks was taken out when it was parsed.
        Document: (root, accept) => {
            for (const stray of strayElementsOf(root)) {
                reporter.report(accept, 'public-in-private-file', { element: stray.$type }, { node: stray as ast.Document['elements'][number], range: firstWordOf(stray) });
            }
        },
        Reflection: (reflection, accept) => {
            if (!isPrivateReflection(reflection)) return;
            const uri = getDocument(reflection).uri;
            if (git.isShared(uri) === true) {
                reporter.report(accept, 'private-in-tracked-file', { file: uri.path.split('/').pop() }, { node: reflection });
            }
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
