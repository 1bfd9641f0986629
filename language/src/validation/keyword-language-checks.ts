import type { ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-module.js';
import { keywordLanguageCounts, keywordTokens } from '../syntax/keyword-tokens.js';

/** `mixed-keyword-language`: English and Dutch keywords in one file (a hint; both are valid). */
export function keywordLanguageChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    return {
        Document: (document, accept) => {
            const tokens = keywordTokens(document);
            const counts = keywordLanguageCounts(tokens);
            if (counts.en === 0 || counts.nl === 0) return;
            const minority = counts.majority === 'en' ? 'nl' : 'en';
            const first = tokens.find(t => t.lang === minority)!;
            reporter.report(accept, 'mixed-keyword-language', {
                majority: counts.majority, minority, count: counts[minority],
            }, { node: document, range: first.node.range, data: { majority: counts.majority } });
        },
    };
}
