import {
    Cancellation, DefaultDocumentValidator, type AstNode, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions,
} from 'langium';
type CancellationToken = Cancellation.CancellationToken;
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { LeerplanServices } from '../leerplan-module.js';
import { formatMessage, isRuleCode, KIND_NAMES, RULES, ruleDocUrl, type RuleCode, type Severity } from '../rules/rule-registry.js';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import type { LeerplanSettingsProvider } from '../config/settings.js';
import { closestName } from '../model/nearest-name.js';
import { forEachNode } from '../workspace/ast-walk.js';
import type { WorkspaceFactsProvider } from '../workspace/workspace-facts.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

const KIND_OF_TYPE: Record<string, keyof typeof KIND_NAMES> = {
    Person: 'person', Team: 'team', SupportTarget: 'supportTarget', Vision: 'vision', Ambition: 'ambition',
    Goal: 'goal', Dimension: 'dimension', Framework: 'framework', Plan: 'plan',
};

/**
 * Turns Langium's built-in errors into Leerplan rule codes (`parse-error`,
 * `link-error`), localises them, and applies the configured severity to every
 * diagnostic in one place. A file that does not parse reports only its parse errors.
 */
export class LeerplanDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: LeerplanSettingsProvider;
    private readonly facts: WorkspaceFactsProvider;
    private readonly services: LeerplanServices;

    constructor(services: LeerplanServices) {
        super(services);
        this.services = services;
        this.settings = services.leerplan.Settings;
        this.facts = services.leerplan.WorkspaceFacts;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        if (isBuiltinUri(document.uri)) return [];
        // Langium's own `stopAfter...` options look for its internal codes, which we replace
        // by `parse-error`; so stop here ourselves. Lexing errors go first: after one, the
        // words of an unterminated string are lexed as tokens, and reporting them as parse
        // errors would both repeat the mistake and quote (possibly private) text.
        if (!options.categories || options.categories.includes('built-in')) {
            const syntax: Diagnostic[] = [];
            this.processLexingErrors(document.parseResult, syntax);
            if (syntax.length === 0) this.processParsingErrors(document.parseResult, syntax);
            if (syntax.length > 0) return this.applySeverities(syntax);
        }
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return this.applySeverities(diagnostics);
    }

    /** All checks over all nodes in one synchronous walk; the checks' promises are awaited together. */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: CancellationToken): Promise<void> {
        const pending: Array<Promise<void>> = [];
        const token = cancelToken ?? Cancellation.CancellationToken.None;
        forEachNode(rootNode, node => {
            for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                const result = check(node, acceptor, token) as unknown;
                if (result instanceof Promise) pending.push(result);
            }
        });
        if (pending.length) await Promise.all(pending);
    }

    applySeverities(diagnostics: Diagnostic[]): Diagnostic[] {
        const configured = this.settings.get().rules;
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = typeof diagnostic.code === 'string' && isRuleCode(diagnostic.code) ? diagnostic.code : undefined;
            if (!code) {
                result.push(diagnostic);
                continue;
            }
            const setting = configured[code] ?? RULES[code].defaultSeverity;
            if (setting === 'off') continue;
            diagnostic.severity = SEVERITY[setting];
            diagnostic.codeDescription = { href: ruleDocUrl(code) };
            diagnostic.source = 'leerplan';
            result.push(diagnostic);
        }
        return result;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const lang = this.settings.get().lang;
        for (const error of parseResult.lexerErrors) {
            const line = error.line ? error.line - 1 : 0;
            const character = error.column ? error.column - 1 : 0;
            const text = describeLexingError(error.message);
            diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail: text }), {
                start: { line, character }, end: { line, character: character + (error.length || 1) },
            }));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const lang = this.settings.get().lang;
        for (const error of parseResult.parserErrors) {
            const token = error.token;
            let range;
            if (token && !isNaN(token.startOffset) && token.tokenType.name !== 'EOF') {
                range = {
                    start: { line: (token.startLine ?? 1) - 1, character: (token.startColumn ?? 1) - 1 },
                    end: { line: (token.endLine ?? 1) - 1, character: token.endColumn ?? 1 },
                };
            } else {
                // Unexpected end of file: point at the last token there is.
                const previous = (error as { previousToken?: typeof token }).previousToken;
                const line = previous && !isNaN(previous.startOffset) ? (previous.endLine ?? 1) - 1 : 0;
                const character = previous && !isNaN(previous.startOffset) ? previous.endColumn ?? 0 : 0;
                range = { start: { line, character }, end: { line, character } };
            }
            diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail: describeParserError(error.message) }), range));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const lang = this.settings.get().lang;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const name = error.info.reference.$refText;
            const type = this.services.shared.AstReflection.getReferenceType(error.info);
            const kind = KIND_OF_TYPE[type] ?? 'supportTarget';
            const suggestion = closestName(name, this.candidateNames(type));
            const range = reference.$refNode?.range;
            if (!range) continue;
            const diagnostic = this.ruleDiagnostic('link-error', formatMessage('link-error', lang, {
                kind: KIND_NAMES[kind][lang], name, suggestion,
            }), range);
            diagnostic.data = { code: 'link-error', kind, name, suggestion, property: error.info.property };
            diagnostics.push(diagnostic);
        }
    }

    /** Names a mistyped reference could have meant: the index entries of the same type. */
    private candidateNames(type: string): string[] {
        const names = this.services.shared.workspace.IndexManager.allElements(type).map(d => d.name);
        if (type !== 'Dimension') return names.toArray();
        const prefix = this.facts.get().defaultFramework + '.';
        return names.map(n => n.startsWith(prefix) ? n.slice(prefix.length) : n).toArray();
    }

    private ruleDiagnostic(code: RuleCode, message: string, range: Diagnostic['range']): Diagnostic {
        return {
            range, message, code, severity: SEVERITY[RULES[code].defaultSeverity], source: 'leerplan', data: { code },
        };
    }
}

function describeLexingError(message: string): string {
    const m = /->(.*)<-/.exec(message);
    return m ? `'${m[1]}'` : message;
}

/** A string literal as the lexer reads it; its text may be private, so messages never quote it. */
const STRING_LITERAL = /"(?:\\.|[^"\\])*"/g;

/**
 * Chevrotain's messages span lines and list every alternative; keep them short and on
 * one line. The token found is quoted in the message: when it is a string, only `"…"`
 * is shown, so a reflection's text cannot leak into a diagnostic, a log or CI output.
 */
function describeParserError(message: string): string {
    const oneLine = message.replace(STRING_LITERAL, '"…"').replace(/\s+/g, ' ').trim();
    return oneLine.length > 300 ? oneLine.slice(0, 297) + '...' : oneLine;
}
