import { AstUtils, type ValidationChecks } from 'langium';
const { getDocument } = AstUtils;
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { isPrivateReflection } from '../meaning/semantics.js';

/** `private-in-tracked-file`: private text in a file that Git tracks or would commit. */
export function privacyChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const git = services.leerplan.GitView;
    return {
        Reflection: (reflection, accept) => {
            if (!isPrivateReflection(reflection)) return;
            const uri = getDocument(reflection).uri;
            if (git.isShared(uri) === true) {
                reporter.report(accept, 'private-in-tracked-file', { file: uri.path.split('/').pop() }, { node: reflection });
            }
        },
    };
}
