import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, findNextFeatures, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as ast from '../../../language/src/generated/ast.js';
import { findBuiltinDimension, isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { LEARNING_FORMS, ROLE_NAMES } from '../../../language/src/frameworks/builtin-frameworks.js';
import { keywordLanguage, type KeywordLang } from '../../../language/src/syntax/keywords.js';
import { keywordLanguageCounts, keywordTokens } from '../../../language/src/syntax/keyword-tokens.js';
import { isNameKeyword } from '../../../language/src/syntax/grammar-facts.js';
import { planOf, rolesOf } from '../../../language/src/meaning/semantics.js';
import type { Lang } from '../../../language/src/rules/rule-registry.js';
import type { LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import type { LeerplanLspServices } from '../leerplan-lsp-services.js';
import { editorText } from './editor-text.js';
import { cadencePhrases, snippetAsPlainText, snippetFor, type SnippetKind } from './completion-snippets.js';
import { clientCapabilitiesOf } from '../connection/leerplan-language-server.js';

/** Rules whose keywords are really names: never offered as keywords. */
const ACTION_KEYWORDS = new Set(['action', 'actie']);
const CADENCE_KEYWORDS = new Set(['every', 'elk', 'elke']);
const SNIPPET_KEYWORDS: Record<string, SnippetKind> = {
    goal: 'goal', leerdoel: 'goal', feedback: 'feedback', review: 'review', gesprek: 'review',
};

/**
 * Completion that knows the workspace: keywords in the file's own keyword language,
 * people with their display name and role, dimensions of the framework in scope
 * with their description in the UI language, visions and ambitions, team goals,
 * learning forms, cadences, dates (today, the plan period), and snippets for a new
 * goal, a feedback entry and a review, written in the file's language.
 */
export class LeerplanCompletionProvider extends DefaultCompletionProvider {
    private readonly settings: LeerplanSettingsProvider;
    private readonly keywordLanguages = new WeakMap<AstNode, KeywordLang>();
    /** The document of the completion request being answered (for `findFeaturesAt`, which only gets the text). */
    private requestDocument: LangiumDocument | undefined;

    constructor(private readonly services: LeerplanLspServices) {
        super(services);
        this.settings = services.leerplan.Settings;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        this.requestDocument = document;
        try {
            return await super.getCompletion(document, params);
        } finally {
            this.requestDocument = undefined;
        }
    }

    /**
     * What the grammar allows at `offset`. Langium runs its completion parser over
     * all the text before the cursor, which in a long plan is most of the file.
     * A plan's or team's body is a loop of independent lines, so the parser state at
     * the start of any line of the body is the same as after a bare header: parse
     * from the last body line that starts before the cursor, behind such a header.
     */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const resume = this.requestDocument?.textDocument === textDocument ? resumePoint(this.requestDocument, offset) : undefined;
        if (!resume) return super.findFeaturesAt(textDocument, offset);
        const text = resume.header + textDocument.getText().slice(resume.offset, offset);
        const result = this.completionParser.parse(text);
        if (result.tokenIndex === 0) return super.findFeaturesAt(textDocument, offset);
        const leftover = [...result.tokens].splice(result.tokenIndex);
        return findNextFeatures([result.elementStack.map(feature => ({ feature }))], leftover);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isRuleCall(feature)) {
            const rule = feature.rule.ref?.name;
            if (rule === 'DATE') return this.completeDates(context, acceptor);
            // A learning form is a name (any identifier), so the grammar alone cannot tell: the word before can.
            if ((rule === 'ID' || rule === 'LearningFormName') && ACTION_KEYWORDS.has(wordBefore(context))) {
                return this.completeLearningForms(context, acceptor);
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword) || isNameKeyword(keyword)) return;
        const fileLang = this.fileKeywordLanguage(context.document);
        const own = keywordLanguage(keyword.value);
        if (own && own !== fileLang) return;
        const lang = this.settings.get().lang;
        if (CADENCE_KEYWORDS.has(keyword.value)) {
            for (const phrase of cadencePhrases(fileLang)) {
                acceptor(context, { label: phrase, kind: CompletionItemKind.Keyword, detail: editorText('cadence', lang), sortText: '1' });
            }
            return;
        }
        acceptor(context, { label: keyword.value, kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: '1' });
        const snippet = SNIPPET_KEYWORDS[keyword.value];
        if (snippet) {
            const plan = context.node ? planOf(context.node) : undefined;
            const text = snippetFor(snippet, fileLang, {
                coach: plan?.coaches[0]?.person?.$refText,
                due: plan?.periods[0]?.end,
            });
            // A client without snippet support gets a one-line template as plain text (placeholders by their
            // defaults) and no multi-line one: Vim's completion inserts a line break as a NUL byte.
            const snippets = clientCapabilitiesOf(this.services.shared.lsp.LanguageServer).textDocument?.completion?.completionItem?.snippetSupport === true;
            if (!snippets && text.includes('\n')) return;
            acceptor(context, {
                label: keyword.value,
                kind: snippets ? CompletionItemKind.Snippet : CompletionItemKind.Text,
                detail: editorText(snippet === 'goal' ? 'snippetGoal' : snippet === 'feedback' ? 'snippetFeedback' : 'snippetReview', lang),
                insertText: snippets ? text : snippetAsPlainText(text),
                insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
                sortText: '0',
            });
        }
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.nodeOf(description);
        const lang = this.settings.get().lang;
        if (!node) return item;
        if (ast.isPerson(node)) {
            const role = node.roles.map(r => r.text).join(', ');
            return { ...item, detail: role ? `${node.displayName} · ${role}` : node.displayName };
        }
        if (ast.isDimension(node)) {
            const library = isBuiltinUri(description.documentUri) ? findBuiltinDimension(node.$container.name, node.name) : undefined;
            const name = lang === 'nl' ? node.nameNl : node.nameEn;
            const roles = rolesOf(node).map(r => ROLE_NAMES[r][lang]);
            const text = library?.description[lang] ?? node.description;
            return {
                ...item,
                detail: roles.length ? `${name} · ${roles.join(', ')}` : name,
                documentation: text ? { kind: 'markdown', value: text } : undefined,
                sortText: description.name.includes('.') ? '1' : '0',
            };
        }
        if (ast.isVision(node) || ast.isAmbition(node)) {
            return { ...item, detail: editorText(ast.isVision(node) ? 'vision' : 'ambition', lang), documentation: node.text };
        }
        if (ast.isGoal(node)) return { ...item, detail: `${editorText('teamGoal', lang)} · ${node.title}` };
        if (ast.isTeam(node)) return { ...item, detail: `${editorText('team', lang)} · ${node.title}` };
        if (ast.isPlan(node)) return { ...item, detail: editorText('plan', lang) };
        return item;
    }

    private completeDates(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const lang: Lang = this.settings.get().lang;
        acceptor(context, { label: this.settings.get().today, kind: CompletionItemKind.Value, detail: editorText('today', lang), sortText: '0' });
        const plan = context.node ? planOf(context.node) : undefined;
        const period = plan?.periods[0];
        if (period?.end) acceptor(context, { label: period.end, kind: CompletionItemKind.Value, detail: editorText('periodEnd', lang), sortText: '1' });
        if (period?.start) acceptor(context, { label: period.start, kind: CompletionItemKind.Value, detail: editorText('periodStart', lang), sortText: '2' });
    }

    private completeLearningForms(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const lang = this.settings.get().lang;
        const fileLang = this.fileKeywordLanguage(context.document);
        for (const form of LEARNING_FORMS) {
            acceptor(context, {
                label: fileLang === 'nl' ? form.nl : form.en,
                kind: CompletionItemKind.EnumMember,
                detail: `${form.name[lang]} · ${editorText(form.formal ? 'formal' : 'onTheJob', lang)}`,
                documentation: form.description[lang],
                sortText: form.formal ? '1' : '0',
            });
        }
    }

    /** The language most keywords of the file are in (English for a file without keywords); cached per parse. */
    private fileKeywordLanguage(document: LangiumDocument): KeywordLang {
        const root = document.parseResult.value;
        let lang = this.keywordLanguages.get(root);
        if (!lang) {
            const counts = keywordLanguageCounts(keywordTokens(root));
            lang = counts.en === 0 && counts.nl === 0 ? 'en' : counts.majority;
            this.keywordLanguages.set(root, lang);
        }
        return lang;
    }

    private nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) return description.node;
        const document = this.services.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
        return document ? this.services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path) : undefined;
    }
}

/** Where completion parsing may start instead of the top of the file, and the header that stands for what precedes it. */
function resumePoint(document: LangiumDocument, offset: number): { offset: number; header: string } | undefined {
    const root = document.parseResult.value as ast.Document;
    let element: AstNode | undefined;
    for (const candidate of root.elements ?? []) {
        const start = candidate.$cstNode?.offset;
        if (start !== undefined && start <= offset) element = candidate;
    }
    if (!element || !(ast.isPlan(element) || ast.isTeam(element))) return undefined;
    let line: AstNode | undefined;
    for (const child of AstUtils.streamContents(element)) {
        const start = child.$cstNode?.offset;
        if (start !== undefined && start <= offset && (!line || start > line.$cstNode!.offset)) line = child;
    }
    if (!line) return undefined;
    return { offset: line.$cstNode!.offset, header: ast.isPlan(element) ? 'plan p for p {\n' : 'team t "t" {\n' };
}

/** The word written before the token being completed. */
function wordBefore(context: CompletionContext): string {
    const before = context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 40), context.tokenOffset);
    return /([\p{L}-]+)\s*$/u.exec(before)?.[1] ?? '';
}
