import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { Range, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { RULES, type MessageArgs, type RuleCode } from '../rules/rule-registry.js';
import type { LeerplanSettingsProvider } from '../config/settings.js';
import type { SizedParseResult } from '../parser/size-limited-parser.js';
import { fileKeywordLanguage, ruleMessageInFileLanguage } from './hint-keywords.js';

export interface ReportTarget<N extends AstNode> {
    node: N;
    property?: string;
    index?: number;
    range?: Range;
    related?: DiagnosticRelatedInformation[];
    /** Extra facts a quick fix needs; merged into `diagnostic.data`. */
    data?: Record<string, unknown>;
}

/**
 * The one way checks report a rule: message from the registry in the language in
 * force, the registry's default severity (the document validator applies the
 * configured severity afterwards), and the code on the diagnostic. A fix hint in the
 * message uses the keywords of the file it is about (`hint-keywords.ts`).
 */
export class RuleReporter {
    constructor(private readonly settings: LeerplanSettingsProvider) {}

    report<N extends AstNode>(accept: ValidationAcceptor, code: RuleCode, args: MessageArgs, target: ReportTarget<N>): void {
        const stats = (AstUtils.findRootNode(target.node).$document?.parseResult as SizedParseResult | undefined)?.keywordStats;
        const message = ruleMessageInFileLanguage(code, this.settings.get().lang, args, fileKeywordLanguage(stats));
        accept(RULES[code].defaultSeverity, message, {
            node: target.node,
            property: target.property as never,
            index: target.index,
            range: target.range,
            code,
            relatedInformation: target.related,
            data: { code, ...target.data },
        });
    }
}
