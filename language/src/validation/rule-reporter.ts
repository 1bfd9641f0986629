import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { formatMessage, RULES, type MessageArgs, type RuleCode } from '../rules/rule-registry.js';
import type { LeerplanSettingsProvider } from '../config/settings.js';

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
 * configured severity afterwards), and the code on the diagnostic.
 */
export class RuleReporter {
    constructor(private readonly settings: LeerplanSettingsProvider) {}

    report<N extends AstNode>(accept: ValidationAcceptor, code: RuleCode, args: MessageArgs, target: ReportTarget<N>): void {
        const message = formatMessage(code, this.settings.get().lang, args);
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
