import { AsyncLocalStorage } from 'node:async_hooks';
import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, findNextFeatures, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionTriggerKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as ast from '../../../language/src/generated/ast.js';
import { findBuiltinDimension, isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { LEARNING_FORMS, ROLE_NAMES } from '../../../language/src/frameworks/builtin-frameworks.js';
import { keywordLanguage, type KeywordLang } from '../../../language/src/syntax/keywords.js';
import { keywordLanguageCounts, keywordTokens } from '../../../language/src/syntax/keyword-tokens.js';
import { isNameKeyword } from '../../../language/src/syntax/grammar-facts.js';
import { englishKeyword, keywordHelp } from '../../../language/src/syntax/keyword-help.js';
import { learningFormChoices } from '../../../language/src/frameworks/learning-form-choices.js';
import { planOf, rolesOf } from '../../../language/src/meaning/semantics.js';
import type { Lang } from '../../../language/src/rules/rule-registry.js';
import type { LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import type { LeerplanLspServices } from '../leerplan-lsp-services.js';
import { editorText, type EditorTextKey } from './editor-text.js';
import { cadencePhrases, snippetFor, type SnippetContext, type SnippetKind } from './completion-snippets.js';
import { KeywordFacts } from './completion-grammar.js';
import { namedPeriodSpan } from '../../../language/src/meaning/moments.js';

const ACTION_KEYWORDS = new Set(['action', 'actie']);
const CADENCE_KEYWORDS = new Set(['every', 'elk', 'elke']);
/** Keywords that begin a construct a snippet writes out (`goal` -> the whole goal). */
const SNIPPET_KEYWORDS: Record<string, SnippetKind> = {
    plan: 'plan', team: 'team', people: 'people', mensen: 'people',
    goal: 'goal', leerdoel: 'goal', action: 'action', actie: 'action', feedback: 'feedback',
    review: 'review', gesprek: 'review', reflection: 'reflection', reflectie: 'reflection',
    level: 'level', niveau: 'level',
};
const SNIPPET_DETAIL: Record<SnippetKind, EditorTextKey> = {
    plan: 'snippetPlan', team: 'snippetTeam', people: 'snippetPeople', goal: 'snippetGoal', action: 'snippetAction',
    feedback: 'snippetFeedback', review: 'snippetReview', reflection: 'snippetReflection', level: 'snippetLevel',
};
/** The usual order of a block's lines: the first one missing is what completion pre-selects at a line's start. */
const LINE_ORDER: Record<string, Array<[property: string, keyword: string]>> = {
    Goal: [['dimensions', 'dimensions'], ['supports', 'supports'], ['actions', 'action'], ['feedback', 'feedback'], ['evidence', 'evidence'], ['due', 'due']],
    Plan: [['coaches', 'coach'], ['periods', 'period'], ['goals', 'goal'], ['reviews', 'review'], ['reflections', 'reflection']],
    Team: [['leads', 'lead'], ['members', 'members'], ['goals', 'goal']],
};
/** VS Code's command that opens completion again, after a keyword whose argument it can offer. */
const RETRIGGER = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/**
 * Completion that fits the position and knows the workspace. Only what the grammar
 * allows at the cursor (its follow set), in the file's keyword language: people with
 * their display name and role, dimensions of the framework in scope with their
 * description in the UI language, visions and ambitions, team goals, learning forms,
 * cadences, dates (today, the plan period); one item per construct (a snippet that
 * writes the whole goal, review or feedback line where the client takes snippets, else
 * the keyword), keywords with what they mean. It opens by itself after a space, `,` or
 * `.` only where what follows can be completed (`supports `, `coach `, `feedback ask `,
 * `senge.`), pre-selects what fits (the first missing line of a goal or plan, the
 * plan's coach, the lead of its team), and after a keyword whose argument it can offer,
 * asks again (VS Code, on request of our client).
 */
export class LeerplanCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions = { triggerCharacters: [' ', '.', ','] };
    private readonly settings: LeerplanSettingsProvider;
    private readonly keywordLanguages = new WeakMap<AstNode, KeywordLang>();
    private readonly keywords: KeywordFacts;
    /** The client asked to have completion opened again after a keyword (`initializationOptions.retriggerSuggest`). */
    private retrigger = false;
    /**
     * The request being answered: its document (for `findFeaturesAt`, which only gets the
     * text) and the character that opened it, if one did. Carried through the awaits of
     * Langium's completion per request: requests answered at the same time (two reads
     * released by one build) each see their own, never a field another one set.
     */
    private readonly request = new AsyncLocalStorage<{ document: LangiumDocument; trigger: string | undefined }>();

    constructor(private readonly services: LeerplanLspServices) {
        super(services);
        this.settings = services.leerplan.Settings;
        this.keywords = new KeywordFacts(services.Grammar);
        services.shared.lsp.LanguageServer.onInitialize(params => {
            const options = params.initializationOptions as { retriggerSuggest?: unknown } | undefined;
            this.retrigger = options?.retriggerSuggest === true;
        });
    }

    /** Snippets only for a client that said it takes them. */
    private get snippets(): boolean {
        return this.clientCapabilities?.completionItem?.snippetSupport === true;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
        const offset = document.textDocument.offsetAt(params.position);
        if (trigger && !this.worthOpening(document.textDocument.getText(), offset, trigger)) return { items: [], isIncomplete: false };
        const list = await this.request.run({ document, trigger }, () => super.getCompletion(document, params));
        if (!list) return list;
        const items = oneItemPerLabel(list.items);
        preselectFirst(items);
        // Complete: the items depend on the position, not on the letters typed after it, so the
        // editor filters them itself while the user types instead of asking again at every
        // key (each such answer would come too late, as `ContentModified`, and VS Code then
        // shows "No suggestions").
        return { items, isIncomplete: false };
    }

    /**
     * Whether a typed character should open completion: a space or `,` right after a
     * keyword whose argument can be completed (`coach `, `dimensions A, `), a `.` right
     * after a name (`senge.`); never inside text or after a name.
     */
    private worthOpening(text: string, offset: number, trigger: string): boolean {
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        const before = text.slice(lineStart, offset);
        if (trigger === '.') return /[\p{L}\p{N}_-]\.$/u.test(before);
        if (/,\s*$/.test(before)) return true;
        const word = /([\p{L}\p{N}_-]+)\s+$/u.exec(before)?.[1];
        if (!word || /"[^"]*$/.test(before.slice(0, before.length - word.length))) return false;
        return this.keywords.takesCompletableArgument(word);
    }

    /**
     * What the grammar allows at `offset`. Langium runs its completion parser over
     * all the text before the cursor, which in a long plan is most of the file.
     * A plan's or team's body is a loop of independent lines, so the parser state at
     * the start of any line of the body is the same as after a bare header: parse
     * from the last body line that starts before the cursor, behind such a header.
     */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const request = this.request.getStore();
        const resume = request?.document.textDocument === textDocument ? resumePoint(request.document, offset) : undefined;
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
            if (rule === 'PERIOD_NAME') return this.completePeriods(context, acceptor);
            // A learning form is a name (any identifier), so the grammar alone cannot tell: the word before can.
            if ((rule === 'ID' || rule === 'LearningFormName') && ACTION_KEYWORDS.has(wordBefore(context))) {
                return this.completeLearningForms(context, acceptor);
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword) || isNameKeyword(keyword)) return;
        // Opened by a typed character: only what completes the line being written, no new line.
        if (this.request.getStore()?.trigger && this.keywords.keywordStartsLine(keyword)) return;
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
        const help = keywordHelp(keyword.value, AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name);
        const documentation = help ? { kind: 'markdown' as const, value: help[lang] } : undefined;
        const preselect = this.isFirstMissingLine(context, keyword.value);
        const snippet = SNIPPET_KEYWORDS[keyword.value];
        if (snippet && this.snippets && this.keywords.keywordStartsLine(keyword)) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: editorText(SNIPPET_DETAIL[snippet], lang),
                documentation,
                insertText: snippetFor(snippet, fileLang, this.snippetContext(context, fileLang)),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: preselect ? '0' : '1',
                preselect: preselect || undefined,
            });
            return;
        }
        const argument = this.keywords.keywordTakesCompletableArgument(keyword);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: editorText('keyword', lang),
            documentation,
            sortText: preselect ? '0' : '1',
            preselect: preselect || undefined,
            // Typing on: a space after the keyword, and completion again for what comes next.
            ...(argument && this.retrigger ? { insertText: `${keyword.value} `, command: RETRIGGER } : {}),
        });
    }

    /** Whether `keyword` writes the first line the block at the cursor still lacks, in the usual order. */
    private isFirstMissingLine(context: CompletionContext, keyword: string): boolean {
        let block: AstNode | undefined = context.node;
        while (block && !LINE_ORDER[block.$type]) block = block.$container;
        if (!block) return false;
        const english = englishKeyword(keyword);
        const missing = LINE_ORDER[block.$type].find(([property]) => ((block as unknown as Record<string, unknown[]>)[property] ?? []).length === 0);
        return missing?.[1] === english;
    }

    /** Names and dates for a snippet: the plan's coach first, the organisation's dimensions and visions. */
    private snippetContext(context: CompletionContext, fileLang: KeywordLang): SnippetContext {
        const settings = this.settings.get();
        const plan = context.node ? planOf(context.node) : undefined;
        const coach = plan?.coaches[0]?.person?.$refText;
        const index = this.services.shared.workspace.IndexManager;
        const userElements = (type: string) => index.allElements(type).filter(d => !isBuiltinUri(d.documentUri)).map(d => d.name).toArray();
        const people = userElements('Person');
        const facts = this.services.leerplan.WorkspaceFacts.get();
        const owners = people.filter(p => !facts.plansByOwner.has(p));
        const prefix = `${facts.defaultFramework}.`;
        const period = plan?.periods[0];
        return {
            people: coach ? [coach, ...people.filter(p => p !== coach && p !== plan?.owner?.$refText)] : people,
            owners: [...owners, ...people.filter(p => !owners.includes(p))],
            due: period?.end ?? `${settings.today.slice(0, 4)}-12-31`,
            today: settings.today,
            dimensions: [...new Set(index.allElements('Dimension').map(d => d.name).filter(n => n.startsWith(prefix)).map(n => n.slice(prefix.length)))],
            supportTargets: [...userElements('Vision'), ...userElements('Ambition')],
            forms: learningFormChoices(fileLang),
        };
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.nodeOf(description);
        const lang = this.settings.get().lang;
        if (!node) return item;
        if (ast.isPerson(node)) {
            const role = node.roles.map(r => r.text).join(', ');
            const likely = node.name === likelyPerson(refInfo.container);
            return { ...item, detail: role ? `${node.displayName} · ${role}` : node.displayName, preselect: likely || undefined, sortText: likely ? '0' : '1' };
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

    /**
     * After `in` or `due`: the quarters and half years of the plan's period (for a team,
     * or a plan without a period, those of this year and the next), each with its dates.
     */
    private completePeriods(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const lang: Lang = this.settings.get().lang;
        const plan = context.node ? planOf(context.node) : undefined;
        const period = plan?.periods[0];
        const today = this.settings.get().today;
        const from = period?.start && /^\d{4}/.test(period.start) ? period.start : `${today.slice(0, 4)}-01-01`;
        const to = period?.end && /^\d{4}/.test(period.end) && period.end >= from ? period.end : `${Number(from.slice(0, 4)) + 1}-12-31`;
        const names: string[] = [];
        for (let year = Number(from.slice(0, 4)); year <= Math.min(Number(to.slice(0, 4)), Number(from.slice(0, 4)) + 3); year++) {
            names.push(...[1, 2, 3, 4].map(q => `${year}-Q${q}`), `${year}-H1`, `${year}-H2`);
        }
        names.forEach((name, i) => {
            const span = namedPeriodSpan(name);
            if (!span || span.end < from || span.start > to) return;
            acceptor(context, {
                label: name, kind: CompletionItemKind.Value, detail: `${editorText('namedPeriod', lang)} · ${span.start} .. ${span.end}`,
                sortText: String(i).padStart(3, '0'),
            });
        });
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

/**
 * The person most likely meant where a person is asked for in a plan: for its coach,
 * the lead of the plan's team; for feedback and reviews, the plan's coach.
 */
function likelyPerson(container: AstNode): string | undefined {
    const plan = planOf(container);
    if (!plan) return undefined;
    if (container.$type === 'PlanCoach') {
        const lead = plan.teams[0]?.team?.ref?.leads[0]?.person?.$refText;
        return lead !== plan.owner?.$refText ? lead : undefined;
    }
    return plan.coaches[0]?.person?.$refText;
}

/** One item per label: a snippet that writes out a construct stands for its keyword too. */
function oneItemPerLabel(items: CompletionItem[]): CompletionItem[] {
    const byLabel = new Map<string, CompletionItem>();
    for (const item of items) {
        const known = byLabel.get(item.label);
        if (!known || (item.kind === CompletionItemKind.Snippet && known.kind !== CompletionItemKind.Snippet)) byLabel.set(item.label, item);
    }
    return [...byLabel.values()];
}

/** At most one item pre-selected: the first that asked to be. */
function preselectFirst(items: CompletionItem[]): void {
    let found = false;
    for (const item of items) {
        if (!item.preselect) continue;
        if (found) delete item.preselect;
        found = true;
    }
}
