import {
    Cancellation, DefaultDocumentValidator, WorkspaceCache, isOperationCancelled, type AstNode, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions,
} from 'langium';
type CancellationToken = Cancellation.CancellationToken;
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { LeerplanServices } from '../leerplan-services.js';
import { formatMessage, isRuleCode, KIND_NAMES, RULES, ruleDocUrl, unconfiguredSeverity, type RuleCode, type Severity } from '../rules/rule-registry.js';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import type { LeerplanSettingsProvider } from '../config/settings.js';
import { closestName } from '../meaning/nearest-name.js';
import { forEachNode } from '../workspace/ast-walk.js';
import { softKeywords, wordKeywords } from '../syntax/grammar-facts.js';
import { SYNTAX_ERROR_TEXTS } from '../rules/syntax-error-texts.js';
import { describeLexingError, describeParsingError, lexingErrorAdvice } from './syntax-errors.js';
import { restOfLine, yearAt } from './syntax-advice.js';
import { fileKeywordLanguage } from './hint-keywords.js';
import { LeerplanValidationRegistry } from './leerplan-validation-registry.js';
import { MAX_FILE_BYTES, MAX_FILE_LINES, type SizedParseResult } from '../parser/size-limited-parser.js';
import type { UnreadFile } from '../parser/unread-file.js';
import type { WorkspaceFactsProvider } from '../workspace/workspace-facts.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

const KIND_OF_TYPE: Record<string, keyof typeof KIND_NAMES> = {
    Person: 'person', Team: 'team', SupportTarget: 'supportTarget', Vision: 'vision', Ambition: 'ambition',
    Goal: 'goal', Dimension: 'dimension', Framework: 'framework', Plan: 'plan', Organisation: 'organisation',
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
        this.nameKeywords = softKeywords(services.Grammar);
        this.wordKeywords = wordKeywords(services.Grammar);
        this.wordKeywordSet = new Set(this.wordKeywords);
    }

    /** Every keyword of the grammar that is a word: what a misspelt word most likely meant. */
    private readonly wordKeywords: readonly string[];

    /** Keywords that may also stand where a name does, to shorten the parser's lists of alternatives. */
    private readonly nameKeywords: ReadonlySet<string>;

    /** The same keywords as a set, to tell a line of a plan from a line of text. */
    private readonly wordKeywordSet: ReadonlySet<string>;

    /** The document whose syntax errors are being described, for the text around them (typical mistakes). */
    private syntaxDocument: LangiumDocument | undefined;

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        if (isBuiltinUri(document.uri)) return [];
        // Langium's own `stopAfter...` options look for its internal codes, which we replace
        // by `parse-error`; so stop here ourselves. Lexing errors go first: after one, the
        // words of an unterminated string are lexed as tokens, and reporting them as parse
        // errors would both repeat the mistake and quote (possibly private) text.
        // The document's own settings (its folder's) are in force in each synchronous part.
        if (!options.categories || options.categories.includes('built-in')) {
            const syntax = this.settings.within(document.uri, () => {
                const found: Diagnostic[] = [];
                this.syntaxDocument = document;
                try {
                    this.processLexingErrors(document.parseResult, found);
                    if (found.length === 0) this.processParsingErrors(document.parseResult, found);
                } finally {
                    this.syntaxDocument = undefined;
                }
                return this.applySeverities(found);
            });
            if (syntax.length > 0) return syntax;
        }
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return this.settings.within(document.uri, () => this.applySeverities(diagnostics));
    }

    /** The checks of the categories asked for (all by default) over all nodes in one synchronous walk: plain calls, no promise per check. */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, _cancelToken?: CancellationToken): Promise<void> {
        const registry = this.validationRegistry;
        if (!(registry instanceof LeerplanValidationRegistry)) return super.validateAstNodes(rootNode, options, acceptor, _cancelToken);
        const document = rootNode.$document;
        if (document) this.settings.within(document.uri, () => this.runChecks(registry, rootNode, options, acceptor));
        else this.runChecks(registry, rootNode, options, acceptor);
    }

    private runChecks(registry: LeerplanValidationRegistry, rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor): void {
        forEachNode(rootNode, node => {
            for (const check of registry.checksFor(node.$type, options.categories)) {
                try {
                    check(node, acceptor);
                } catch (err) {
                    if (isOperationCancelled(err)) throw err;
                    const detail = err instanceof Error ? err.message : String(err);
                    acceptor('error', `An error occurred during validation: ${detail}`, { node });
                }
            }
        });
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
            const setting = configured[code] ?? unconfiguredSeverity(code);
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
        const unparsable = (parseResult as SizedParseResult).unparsable;
        if (unparsable) {
            const detail = SYNTAX_ERROR_TEXTS[unparsable === 'binary' ? 'binaryFile' : 'tooComplex'][lang]();
            diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail }), {
                start: { line: 0, character: 0 }, end: { line: 0, character: 0 },
            }));
            return;
        }
        const unread = (parseResult as SizedParseResult).unread;
        if (unread) {
            diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail: unreadDetail(unread, lang) }), {
                start: { line: 0, character: 0 }, end: { line: 0, character: 0 },
            }));
            return;
        }
        const tooLarge = (parseResult as SizedParseResult).tooLarge;
        if (tooLarge) {
            const detail = SYNTAX_ERROR_TEXTS.tooLarge[lang]({
                mb: (tooLarge.chars / 1048576).toFixed(1), lines: tooLarge.lines, maxMb: MAX_FILE_BYTES / 1048576, maxLines: MAX_FILE_LINES,
            });
            diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail }), {
                start: { line: 0, character: 0 }, end: { line: 0, character: 0 },
            }));
            return;
        }
        // The first errors of a damaged file say what is wrong; hundreds more only bury them.
        const document = this.syntaxDocument;
        const text = document?.textDocument.getText();
        const told = new Set<string>();
        let quoteTold = false;
        for (const error of parseResult.lexerErrors.slice(0, MAX_SYNTAX_ERRORS)) {
            // Only the first lone quote is looked for further back (one pass over the text); any later one opens its own text.
            const isQuote = error.message.includes('->"<-');
            const advice = text !== undefined
                ? lexingErrorAdvice(error.message, text, error.offset, this.wordKeywordSet, lang, !(isQuote && quoteTold)) : undefined;
            if (isQuote) quoteTold = true;
            if (advice && document) {
                // A date with two dashes in the wrong place is one mistake, told once.
                const key = `${advice.offset}:${advice.detail}`;
                if (told.has(key)) continue;
                told.add(key);
                diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail: advice.detail }), {
                    start: document.textDocument.positionAt(advice.offset), end: document.textDocument.positionAt(advice.offset + advice.length),
                }));
                continue;
            }
            const line = error.line ? error.line - 1 : 0;
            const character = error.column ? error.column - 1 : 0;
            const detail = describeLexingError(error.message, lang);
            diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail }), {
                start: { line, character }, end: { line, character: character + (error.length || 1) },
            }));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[]): void {
        const lang = this.settings.get().lang;
        for (const error of parseResult.parserErrors.slice(0, MAX_SYNTAX_ERRORS)) {
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
            // A name, number or date found in the wrong place may be a word of private text that lost
            // its quotes: the detail says what kind of token it is, never its text (the range shows where it is).
            const before = (error as { previousToken?: typeof token }).previousToken;
            const text = this.syntaxDocument?.textDocument.getText();
            const at = (t: typeof token | undefined) => (text !== undefined && t && !isNaN(t.startOffset) ? restOfLine(text, t.startOffset) : undefined);
            const forgiving = token ? {
                found: token.image, previous: before?.image, keywords: this.wordKeywords,
                rest: at(token), restFromPrevious: at(before), yearOf: yearAt(text ?? '', token.startOffset, this.settings.get().today),
                fileLang: fileKeywordLanguage((this.syntaxDocument?.parseResult as SizedParseResult | undefined)?.keywordStats),
            } : undefined;
            const detail = describeParsingError(error.message, token?.tokenType.name, this.nameKeywords, lang, forgiving);
            diagnostics.push(this.ruleDiagnostic('parse-error', formatMessage('parse-error', lang, { detail }), range));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const lang = this.settings.within(document.uri, () => this.settings.get().lang);
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const name = error.info.reference.$refText;
            const type = this.services.shared.AstReflection.getReferenceType(error.info);
            const kind = KIND_OF_TYPE[type] ?? 'supportTarget';
            const candidates = this.candidateNames(type);
            const suggestion = (type === 'Dimension' ? qualifiedTwin(name, candidates) : undefined) ?? closestName(name, candidates);
            const range = reference.$refNode?.range;
            if (!range) continue;
            const diagnostic = this.ruleDiagnostic('link-error', formatMessage('link-error', lang, {
                kind: KIND_NAMES[kind][lang], name, suggestion,
            }), range);
            diagnostic.data = { code: 'link-error', kind, name, suggestion, property: error.info.property };
            diagnostics.push(diagnostic);
        }
    }

    /**
     * Names a mistyped reference could have meant: the index entries of the same type,
     * listed once per workspace state (a file with thousands of unknown names must not
     * list the index once per name).
     */
    private candidateNames(type: string): string[] {
        this.candidates ??= new WorkspaceCache(this.services.shared);
        return this.candidates.get(type, () => {
            // Plans come from the facts: a check in batches has only some plan files in the index.
            if (type === 'Plan') return this.facts.get().planNames;
            const names = this.services.shared.workspace.IndexManager.allElements(type).map(d => d.name);
            if (type !== 'Dimension') return names.toArray();
            const prefix = this.facts.get().defaultFramework + '.';
            return names.map(n => n.startsWith(prefix) ? n.slice(prefix.length) : n).toArray();
        });
    }

    private candidates: WorkspaceCache<string, string[]> | undefined;

    private ruleDiagnostic(code: RuleCode, message: string, range: Diagnostic['range']): Diagnostic {
        return {
            range, message, code, severity: SEVERITY[RULES[code].defaultSeverity], source: 'leerplan', data: { code },
        };
    }
}

/**
 * `SharedVision` written without its framework: the first framework (built-ins first,
 * in library order) that has a dimension of exactly that id, as `senge.SharedVision`.
 * Edit distance alone would never get there.
 */
function qualifiedTwin(name: string, candidates: string[]): string | undefined {
    return name.includes('.') ? undefined : candidates.find(c => c.endsWith(`.${name}`) && c.indexOf('.') === c.length - name.length - 1);
}

/** At most this many lexing and this many parsing errors are reported per file. */
const MAX_SYNTAX_ERRORS = 25;

/** Why a file was not read, for its one parse-error: the same words in `leerplan check` and in the editor. */
function unreadDetail(unread: UnreadFile, lang: 'en' | 'nl'): string {
    if (unread.reason === 'too-large') {
        const size = (unread.bytes / 1048576).toFixed(1);
        return lang === 'nl'
            ? `het bestand is te groot om te controleren (${size} MB; de grens is ${MAX_FILE_BYTES / 1048576} MB en ${MAX_FILE_LINES} regels); het is niet gelezen`
            : `the file is too large to check (${size} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB and ${MAX_FILE_LINES} lines); it was not read`;
    }
    const why = unread.why === 'EACCES' || unread.why === 'EPERM' ? (lang === 'nl' ? 'geen leesrechten' : 'permission denied')
        : unread.why === 'EIO' ? (lang === 'nl' ? 'leesfout' : 'input/output error')
            : unread.why || (lang === 'nl' ? 'onbekende fout' : 'unknown error');
    return lang === 'nl' ? `het bestand kan niet worden gelezen (${why})` : `the file cannot be read (${why})`;
}
