import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams, Position, Range } from 'vscode-languageserver';
import * as ast from '../../../language/src/generated/ast.js';
import { isStray } from '../../../language/src/workspace/private-file.js';
import { findBuiltinDimension, findBuiltinFramework, isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { findLearningForm, ROLE_NAMES } from '../../../language/src/frameworks/builtin-frameworks.js';
import { isAsk, planOf, planPeriodOf, rolesOf } from '../../../language/src/meaning/semantics.js';
import { dueTargetDate, momentMeaning, namedPeriodSpan, timeUnitOf, withinSpan } from '../../../language/src/meaning/moments.js';
import { isRuleCode, RULES, type Lang } from '../../../language/src/rules/rule-registry.js';
import { keywordHoverText } from '../../../language/src/syntax/keyword-help.js';
import { askedMoments } from '../../../language/src/meaning/follow-up.js';
import { addDays } from '../../../language/src/meaning/dates.js';
import { isNameKeyword } from '../../../language/src/syntax/grammar-facts.js';
import type { LeerplanSettingsProvider } from '../../../language/src/config/settings.js';
import type { LeerplanLspServices } from '../leerplan-lsp-services.js';
import { editorText, type EditorTextKey } from './editor-text.js';
import { developmentCard, developmentCardMarkdown } from '../../../language/src/frameworks/development-cards.js';
import { isValidScore, subjectKey, subjectOf } from '../../../language/src/meaning/assessments.js';
import { followThroughOfPlan } from '../../../summary/src/follow-through.js';
import { summaryText } from '../../../summary/src/summary-text.js';
import type { LeerplanSharedLspServices } from '../leerplan-lsp-services.js';

/**
 * Hovers in the UI language: what a keyword means where it stands, with its twin in
 * the other language (`language/src/syntax/keyword-help.ts`); what a dimension means (both names, description,
 * framework, roles), who a person is (role, teams, the plans that name them as
 * coach), the text of a vision or ambition, whether a learning form is formal or
 * on the job, and, over a problem, the rule's explanation. Reflections are never
 * shown, so a hover cannot carry private text to anyone.
 */
export class LeerplanHoverProvider implements HoverProvider {
    private readonly settings: LeerplanSettingsProvider;
    private readonly documents: LangiumDocuments;

    constructor(private readonly services: LeerplanLspServices) {
        this.settings = services.leerplan.Settings;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const lang = this.settings.get().lang;
        const sections: string[] = [];
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        let range: Range | undefined;
        // What a private file holds besides private blocks is left out: nothing to say about it.
        if (leaf && !leaf.hidden && !isStray(leaf.astNode)) {
            const about = this.describeAt(leaf, lang);
            if (about) {
                sections.push(about);
                range = leaf.range;
            }
        }
        for (const diagnostic of document.diagnostics ?? []) {
            const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            if (!code || !isRuleCode(code) || !contains(diagnostic.range, params.position)) continue;
            const rule = RULES[code];
            sections.push(`**${rule.title[lang]}** (\`${code}\`)\n\n${rule.explanation[lang]}`);
        }
        if (sections.length === 0) return undefined;
        return { contents: { kind: 'markdown', value: [...new Set(sections)].join('\n\n---\n\n') }, range };
    }

    private describeAt(leaf: import('langium').LeafCstNode, lang: Lang): string | undefined {
        const owner = leaf.astNode;
        if (ast.isAction(owner)) {
            const form = GrammarUtils.findNodeForProperty(owner.$cstNode, 'form');
            if (form && form.offset <= leaf.offset && leaf.end <= form.end) return this.describeLearningForm(owner.form, lang);
        }
        const moment = this.describeMoment(owner, lang);
        const followUp = this.describeFollowUp(owner, lang);
        const source = leaf.grammarSource;
        if (GrammarAST.isKeyword(source) && !isNameKeyword(source)) {
            // A keyword of a moment also gives the dates the moment stands for; of an ask, whether it was followed up.
            const help = [keywordHoverText(leaf.text, owner.$type, lang), moment, followUp].filter(Boolean);
            return help.length ? help.join('\n\n') : undefined;
        }
        if (moment) return [moment, followUp].filter(Boolean).join('\n\n');
        if (followUp && ast.isMoment(owner)) return followUp;
        if (ast.isAssessmentScore(owner) && GrammarUtils.findNodeForProperty(owner.$cstNode, 'score')?.offset === leaf.offset) return this.describeScore(owner, lang);
        if (ast.isGoalLevel(owner)) return editorText('level', lang).replace('{now}', String(owner.now)).replace('{target}', String(owner.target));
        const targets = this.services.references.References.findDeclarations(leaf);
        const target = targets[0];
        return target ? this.describe(target, lang) : undefined;
    }

    private describe(node: AstNode, lang: Lang): string | undefined {
        if (ast.isDimension(node)) return this.describeDimension(node, lang);
        if (ast.isPerson(node)) return this.describePerson(node, lang);
        if (ast.isVision(node)) return this.describeVision(node, lang);
        if (ast.isAmbition(node)) return this.describeAmbition(node, lang);
        if (ast.isTeam(node)) return this.describeTeam(node, lang);
        if (ast.isGoal(node)) return this.describeGoal(node, lang);
        if (ast.isPlan(node)) return this.describePlan(node, lang);
        if (ast.isFramework(node)) return this.describeFramework(node, lang);
        return undefined;
    }

    private describeDimension(dimension: ast.Dimension, lang: Lang): string {
        const framework = dimension.$container;
        const builtin = isBuiltinUri(AstUtils.getDocument(dimension).uri);
        const library = builtin ? findBuiltinDimension(framework.name, dimension.name) : undefined;
        const primary = lang === 'nl' ? dimension.nameNl : dimension.nameEn;
        const secondary = lang === 'nl' ? dimension.nameEn : dimension.nameNl;
        const lines = [`**${primary}** · *${secondary}*  \n${editorText('dimension', lang)} \`${dimension.name}\``];
        const description = library?.description[lang] ?? dimension.description;
        if (description) lines.push(description);
        const frameworkTitle = builtin ? findBuiltinFramework(framework.name)?.title[lang] ?? framework.title : framework.title;
        lines.push(`${editorText('framework', lang)}: ${frameworkTitle} (\`${framework.name}\`)`);
        const roles = rolesOf(dimension);
        if (roles.length) lines.push(`${editorText('roles', lang)}: ${roles.map(r => ROLE_NAMES[r][lang]).join(', ')}`);
        const card = builtin ? developmentCard(framework.name, dimension.name) : undefined;
        if (card) lines.push(developmentCardMarkdown(card, lang));
        return lines.join('\n\n');
    }

    /**
     * A score of an assessment: what it is, the score of the same dimension in the
     * subject's assessment before it (from any file), and the dimension with its card.
     */
    private describeScore(score: ast.AssessmentScore, lang: Lang): string {
        const assessment = score.$container;
        const value = score.score;
        const date = assessment.date ?? '';
        if (!isValidScore(value)) return editorText('notAScore', lang);
        const lines = [editorText('score', lang).replace('{score}', String(value)).replace('{date}', date)];
        const subject = subjectOf(assessment);
        const dimension = score.dimension?.ref;
        if (subject && dimension) {
            let previous: { date: string; score: number } | undefined;
            for (const document of this.documents.all) {
                for (const element of (document.parseResult.value as ast.Document).elements ?? []) {
                    if (!ast.isAssessment(element) || !element.date || element.date >= date) continue;
                    const other = subjectOf(element);
                    if (!other || subjectKey(other) !== subjectKey(subject)) continue;
                    const same = element.scores.find(s => s.dimension?.ref === dimension && isValidScore(s.score));
                    if (same && (!previous || element.date > previous.date)) previous = { date: element.date, score: same.score };
                }
            }
            lines.push(previous ? editorText('previousScore', lang).replace('{date}', previous.date).replace('{score}', String(previous.score)) : editorText('firstScore', lang));
        }
        if (dimension) lines.push(this.describeDimension(dimension, lang));
        return lines.join('\n\n');
    }

    private describePerson(person: ast.Person, lang: Lang): string {
        const lines = [`**${person.displayName}** · ${editorText('person', lang)} \`${person.name}\``];
        const roles = person.roles.map(r => r.text);
        if (roles.length) lines.push(`${editorText('role', lang)}: ${roles.join(', ')}`);
        const leads: string[] = [];
        const memberOf: string[] = [];
        const coachIn: string[] = [];
        const owns: string[] = [];
        for (const document of this.documents.all) {
            const root = document.parseResult.value as ast.Document;
            for (const element of root.elements ?? []) {
                if (ast.isTeam(element)) {
                    if (element.leads.some(l => l.person?.$refText === person.name)) leads.push(teamLabel(element));
                    if (element.members.some(m => m.persons.some(p => p.$refText === person.name))) memberOf.push(teamLabel(element));
                } else if (ast.isPlan(element)) {
                    if (element.coaches.some(c => c.person?.$refText === person.name)) coachIn.push(`\`${element.name}\``);
                    if (element.owner?.$refText === person.name) owns.push(`\`${element.name}\``);
                }
            }
        }
        if (leads.length) lines.push(`${editorText('leads', lang)}: ${leads.join(', ')}`);
        if (memberOf.length) lines.push(`${editorText('memberOf', lang)}: ${memberOf.join(', ')}`);
        if (owns.length) lines.push(`${editorText('ownPlans', lang)}: ${owns.sort().join(', ')}`);
        lines.push(coachIn.length ? `${editorText('coachIn', lang)}: ${coachIn.sort().join(', ')}` : editorText('notCoach', lang));
        return lines.join('\n\n');
    }

    private describeVision(vision: ast.Vision, lang: Lang): string {
        const lines = [`**${editorText('vision', lang)}** \`${vision.name}\``, blockquote(vision.text)];
        if (vision.aboutLearning.length) lines.push(editorText('aboutLearning', lang));
        const by = vision.developedWith[0]?.by ?? [];
        if (by.length) lines.push(`${editorText('developedWith', lang)}: ${by.join(', ')}`);
        return lines.join('\n\n');
    }

    private describeAmbition(ambition: ast.Ambition, lang: Lang): string {
        const lines = [`**${editorText('ambition', lang)}** \`${ambition.name}\``, blockquote(ambition.text)];
        const supports = ambition.supports.flatMap(s => s.targets.map(t => `\`${t.$refText}\``));
        if (supports.length) lines.push(`${editorText('supports', lang)}: ${supports.join(', ')}`);
        return lines.join('\n\n');
    }

    private describeTeam(team: ast.Team, lang: Lang): string {
        const lines = [`**${team.title}** · ${editorText('team', lang)} \`${team.name}\``];
        const lead = team.leads[0]?.person?.ref;
        if (lead) lines.push(`${editorText('lead', lang)}: ${lead.displayName}`);
        const members = team.members.flatMap(m => m.persons.map(p => p.ref?.displayName ?? p.$refText));
        if (members.length) lines.push(`${editorText('members', lang)}: ${members.join(', ')}`);
        return lines.join('\n\n');
    }

    private describeGoal(goal: ast.Goal, lang: Lang): string {
        const kind = ast.isTeam(goal.$container) ? editorText('teamGoal', lang) : editorText('goal', lang);
        const lines = [`**${goal.title}** · ${kind} \`${goal.name}\``];
        const supports = goal.supports.flatMap(s => s.targets.map(t => `\`${t.$refText}\``));
        if (supports.length) lines.push(`${editorText('supports', lang)}: ${supports.join(', ')}`);
        return lines.join('\n\n');
    }

    private describePlan(plan: ast.Plan, lang: Lang): string {
        const lines = [`**${editorText('plan', lang)}** \`${plan.name}\``];
        const owner = plan.owner?.ref;
        lines.push(`${editorText('owner', lang)}: ${owner?.displayName ?? plan.owner?.$refText ?? '?'}`);
        const coach = plan.coaches[0]?.person;
        if (coach) lines.push(`${editorText('coach', lang)}: ${coach.ref?.displayName ?? coach.$refText}`);
        const period = plan.periods[0];
        if (period) lines.push(`${editorText('period', lang)}: ${period.start} .. ${period.end}`);
        const followThrough = this.describeFollowThrough(plan, lang);
        if (followThrough) lines.push(followThrough);
        return lines.join('\n\n');
    }

    /**
     * The plan's follow-through from Git history, as its summary shows it, from the last
     * reading the server made (`FollowThroughHistory.latest`: a hover never waits for Git;
     * the first hover starts a reading for the next). Shared records only, names and dates;
     * nothing without history.
     */
    private describeFollowThrough(plan: ast.Plan, lang: Lang): string | undefined {
        const today = this.settings.get().today;
        const input = (this.services.shared as LeerplanSharedLspServices).workspace.FollowThroughHistory.latest(today);
        const document = AstUtils.getDocument(plan);
        // Without history (of the plan's own folder, where the server read several) the hover says nothing (the preview says that it is missing).
        const history = input?.historyOf ? input.historyOf(document.uri.toString()) : input?.history;
        if (!input || history !== 'ok') return undefined;
        const t = summaryText(lang);
        const words = t.followThrough;
        const parses = !document.parseResult.lexerErrors.length && !document.parseResult.parserErrors.length;
        const f = followThroughOfPlan(plan, document.uri.toString(), input, today, { parses, includePrivate: false });
        const last = f.lastChange ? words.changedOn(t.date(f.lastChange.date), f.lastChange.daysAgo) : words.notInGit;
        const lines = [
            `**${words.heading}** · ${words.period(t.date(input.since), t.date(today))}`,
            `${words.lastChange}: ${f.uncommitted ? `${last}, ${words.uncommitted}` : last}`,
            `${words.goalsDone}: ${f.goalsDone.length ? `${words.goalsDoneCount(f.goalsDone.length)} (${f.goalsDone.map(g => `\`${g.id}\``).join(', ')})` : words.none}`,
            `${words.feedback}: ${words.feedbackPassed(f.feedback.passed, f.feedback.withoutRecord.length)}`,
            `${words.reviews}: ${words.reviewsHeld(f.reviews.held, f.reviews.planned)}`,
        ];
        return lines.join('  \n');
    }

    private describeFramework(framework: ast.Framework, lang: Lang): string {
        const builtin = isBuiltinUri(AstUtils.getDocument(framework).uri) ? findBuiltinFramework(framework.name) : undefined;
        const lines = [`**${builtin?.title[lang] ?? framework.title}** · ${editorText('framework', lang)} \`${framework.name}\``];
        if (builtin) lines.push(builtin.description[lang], builtin.source);
        return lines.join('\n\n');
    }

    /**
     * What a moment means in time: the dates of a named period, of a `within` span, of a
     * due line; how a cadence, an event or `ongoing` is read. Never an event's own words
     * (a private reflection's event is private text): only dates, counts and units.
     */
    private describeMoment(node: AstNode | undefined, lang: Lang): string | undefined {
        if (!node) return undefined;
        const period = planPeriodOf(node);
        const span = (start: string, end: string) => start === end ? start : `${start} .. ${end}`;
        const due = ast.isGoalDue(node) || ast.isDueMoment(node) ? node : ast.isWithin(node) && (ast.isGoalDue(node.$container) || ast.isDueMoment(node.$container)) ? node.$container : undefined;
        if (due && (due.period !== undefined || due.within)) {
            const date = dueTargetDate(due, period);
            return date ? `${editorText('dueOn', lang)} ${date}` : this.cannotCompute(node, lang);
        }
        if (ast.isInMoment(node)) {
            const dates = namedPeriodSpan(node.period);
            return dates ? `${editorText('namedPeriod', lang)} \`${node.period}\`: ${span(dates.start, dates.end)}` : undefined;
        }
        if (ast.isWithin(node)) {
            const dates = withinSpan(node, period);
            return dates ? `${editorText('withinPeriod', lang)}: ${span(dates.start, dates.end)}` : this.cannotCompute(node, lang);
        }
        if (ast.isCadence(node)) {
            const meaning = momentMeaning(node, period);
            if (meaning.kind !== 'cadence') return undefined;
            const unit = timeUnitOf(node.unit)!;
            const name = editorText('cadence', lang);
            return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${editorText(meaning.every === 1 ? 'everyOne' : 'everyN', lang).replace('{n}', String(meaning.every))} ${editorText(`unit.${unit}${meaning.every === 1 ? '' : 's'}` as EditorTextKey, lang)}${period ? ` (${span(period.start, period.end)})` : ''}`;
        }
        if (ast.isAfterMoment(node)) return editorText('afterEvent', lang);
        if (ast.isOngoingMoment(node)) return `${editorText('ongoingMoment', lang)}${period ? `: ${span(period.start, period.end)}` : ''}`;
        return undefined;
    }

    /**
     * Of an ask at a date that has passed (hovered on its line or its moment): whether a
     * record of feedback received followed it (`follow-up.ts`; the owner's own editor, so
     * private records count). Only a date, never a record's words.
     */
    private describeFollowUp(node: AstNode, lang: Lang): string | undefined {
        const ask = ast.isFeedback(node) ? node : ast.isFeedback(node.$container) ? node.$container : undefined;
        if (!ask || !isAsk(ask) || !ast.isGoal(ask.$container)) return undefined;
        const goal = ask.$container;
        const today = this.settings.get().today;
        const moment = askedMoments(goal, planPeriodOf(goal), addDays(today, -1), { includePrivate: true, cadences: false }).find(m => m.feedback === ask);
        if (!moment) return undefined;
        return editorText(moment.followedUp ? 'followedUp' : 'notFollowedUp', lang).replace('{date}', moment.date);
    }

    /** A `within` without a period to count from (a team; a plan without a period line). */
    private cannotCompute(node: AstNode, lang: Lang): string | undefined {
        return planOf(node)?.periods.length ? undefined : editorText('noPeriodToCount', lang);
    }

    private describeLearningForm(spelling: string, lang: Lang): string {
        const form = findLearningForm(spelling);
        if (!form) return `\`${spelling}\`: ${editorText('unknownForm', lang)}`;
        return [
            `**${form.name[lang]}** · ${editorText('learningForm', lang)} \`${spelling}\``,
            form.formal ? editorText('formal', lang) : editorText('onTheJob', lang),
            form.description[lang],
            ...(form.gathersFeedback ? [editorText('gathersFeedback', lang)] : []),
        ].join('\n\n');
    }
}

function teamLabel(team: ast.Team): string {
    return `${team.title} (\`${team.name}\`)`;
}

function blockquote(text: string): string {
    return `> ${text}`;
}

function contains(range: Range, position: Position): boolean {
    const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return afterStart && beforeEnd;
}
