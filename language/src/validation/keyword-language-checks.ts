import { AstUtils, type ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { keywordLanguageCounts, keywordTokens, type KeywordStats } from '../syntax/keyword-tokens.js';
import type { SizedParseResult } from '../parser/size-limited-parser.js';
import type { KeywordLang } from '../syntax/keywords.js';

/** `mixed-keyword-language`: English and Dutch keywords in one file (a hint; both are valid). */
export function keywordLanguageChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    return {
        Document: (root, accept) => {
            const document = AstUtils.getDocument(root);
            const stats = (document.parseResult as SizedParseResult).keywordStats ?? statsFromTree(root);
            if (stats.en === 0 || stats.nl === 0) return;
            // Ties go to the language the file starts in.
            const majority: KeywordLang = stats.en > stats.nl ? 'en' : stats.nl > stats.en ? 'nl'
                : (stats.first.en!.offset < stats.first.nl!.offset ? 'en' : 'nl');
            const minority = majority === 'en' ? 'nl' : 'en';
            const first = stats.first[minority]!;
            const range = {
                start: document.textDocument.positionAt(first.offset),
                end: document.textDocument.positionAt(first.offset + first.length),
            };
            reporter.report(accept, 'mixed-keyword-language', { majority, minority, count: stats[minority] }, {
                node: root, range, data: { majority },
            });
        },
    };
}

/** The slow way, over the syntax tree, for a document parsed without keyword statistics. */
function statsFromTree(root: ast.Document): KeywordStats {
    const tokens = keywordTokens(root);
    const counts = keywordLanguageCounts(tokens);
    const stats: KeywordStats = { en: counts.en, nl: counts.nl, first: {} };
    for (const t of tokens) {
        if (t.lang && !stats.first[t.lang]) stats.first[t.lang] = { offset: t.node.offset, length: t.node.length };
    }
    return stats;
}
