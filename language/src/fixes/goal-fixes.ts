import { GrammarUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import { isExistingDate } from '../meaning/dates.js';
import { measurablePeriod, planOf, teamOf } from '../meaning/semantics.js';
import { fixTitle } from './fix-titles.js';
import { kw, localFix, nodeAtDiagnostic, PLACE, withPlaceholder, type Fix, type FixContext } from './fix-context.js';
import { shown } from './plan-fixes.js';
import { insertLineEdit, leadingWhitespace, lineEndingOf, startsItsLine } from './insert-line.js';
import { strayDue } from '../validation/goal-checks.js';
import { addDays } from '../meaning/dates.js';

/** The usual order of a goal's lines (as in the examples); a new line goes after those before it. */
const GOAL_ORDER = ['dimensions', 'supports', 'contributes', 'actions', 'feedback', 'evidence', 'due', 'status'] as const;
type GoalLine = typeof GOAL_ORDER[number];

/** The goal's existing lines that come before (or are of) the kind being added. */
function anchorsFor(goal: ast.Goal, line: GoalLine): AstNode[] {
    const upTo = GOAL_ORDER.slice(0, GOAL_ORDER.indexOf(line) + 1);
    return upTo.flatMap(property => goal[property] as AstNode[]);
}

/**
 * `goal-without-vision`: one action per vision and per ambition of the workspace,
 * each adding `supports ID` (`ondersteunt ID` in a Dutch file). Visions come first.
 */
export function addSupportsFixes(context: FixContext): Fix[] {
    const goals = goalsAtDiagnostic(context);
    if (goals.length === 0) return [];
    const index = context.services.shared.workspace.IndexManager;
    const targets = [...index.allElements('Vision'), ...index.allElements('Ambition')]
        .filter(d => !isBuiltinUri(d.documentUri));
    const seen = new Set<string>();
    return targets.flatMap(target => {
        if (seen.has(target.name)) return [];
        seen.add(target.name);
        const line = `${kw('supports', context.fileLang)} ${target.name}`;
        const kind = target.type === 'Vision' ? 'vision' : 'ambition';
        return localFix(context, fixTitle('addSupports', context.uiLang, { line, kind }),
            goals.map(goal => insertLineEdit(context.document, goal, line, anchorsFor(goal, 'supports'))));
    });
}

/**
 * `goal-without-feedback`: ask the plan's coach (`feedback ask mark "..." every
 * quarter`); a team goal, or a plan without a coach but with a team, asks the team.
 * The question is the user's to write: a tab stop, or `...`, which keeps the warning
 * until it is written.
 */
export function addFeedbackFixes(context: FixContext): Fix[] {
    const goal = nodeAtDiagnostic(context, ast.isGoal);
    if (!goal) return [];
    const lang = context.fileLang;
    const cadence = `${kw('every', lang, 'quarter')} ${kw('quarter', lang)}`;
    const ask = `feedback ${kw('ask', lang)}`;
    const whos: string[] = [];
    const plan = planOf(goal);
    const coach = plan?.coaches[0]?.person?.$refText;
    if (coach) whos.push(coach);
    const team = teamOf(goal)?.name ?? (coach ? undefined : plan?.teams[0]?.team?.$refText);
    if (team) whos.push(`team ${team}`);
    return whos.flatMap((who, i) => {
        const line = `${ask} ${who} "${PLACE}" ${cadence}`;
        return localFix(context, fixTitle('addFeedback', context.uiLang, { line: shown(line) }),
            [withPlaceholder(context, insertLineEdit(context.document, goal, line, anchorsFor(goal, 'feedback')))], i === 0);
    });
}

/**
 * `goal-without-due`: `due` with the end of the plan's period (or of the current year for a
 * team goal). Where a `due` on the line after an action or feedback entry was read as its
 * moment, first: move that `due` to a line of its own before the entry, so that it is the goal's.
 */
export function addDueFixes(context: FixContext): Fix[] {
    const goals = goalsAtDiagnostic(context);
    if (goals.length === 0) return [];
    const stray = goals.length === 1 ? strayDue(goals[0]) : undefined;
    if (stray && (context.diagnostic.data as { stray?: unknown } | undefined)?.stray) return moveStrayDueFix(context, stray);
    const period = planOf(goals[0])?.periods[0];
    const date = period && isExistingDate(period.end)
        ? period.end
        : `${context.services.leerplan.Settings.get().today.slice(0, 4)}-12-31`;
    const line = `${kw('due', context.fileLang)} ${date}`;
    return localFix(context, fixTitle('addDue', context.uiLang, { line }),
        goals.map(goal => insertLineEdit(context.document, goal, line, anchorsFor(goal, 'due'))), true);
}

function moveStrayDueFix(context: FixContext, stray: NonNullable<ReturnType<typeof strayDue>>): Fix[] {
    const text = context.document.textDocument.getText();
    const entry = stray.entry.$cstNode!;
    const moment = stray.moment.$cstNode!;
    if (!startsItsLine(text, entry.offset)) return [];
    // From the end of what stands before the `due` (the entry's text, its hours, a comment) to the end of the moment.
    let from = moment.offset;
    while (from > entry.offset && /\s/.test(text[from - 1])) from--;
    const due = text.slice(moment.offset, moment.end);
    const at = { line: entry.range.start.line, character: 0 };
    return localFix(context, fixTitle('moveStrayDue', context.uiLang, { line: due }), [
        { range: { start: at, end: at }, newText: `${leadingWhitespace(text, entry.offset)}${due}${lineEndingOf(context.document)}` },
        { range: { start: context.document.textDocument.positionAt(from), end: context.document.textDocument.positionAt(moment.end) }, newText: '' },
    ], true);
}

/**
 * `overdue` (an active goal past its due date): the three ways out the message names.
 * Mark it done or dropped (the status word in the file's language), or move the due
 * date: to the end of the plan's period, or four weeks from today, whichever lie ahead.
 */
export function overdueFixes(context: FixContext): Fix[] {
    const goal = nodeAtDiagnostic(context, ast.isGoal);
    const due = goal?.due[0];
    if (!goal || !due) return [];
    const fixes: Fix[] = [];
    const status = goal.status[0];
    const value = status && GrammarUtils.findNodeForProperty(status.$cstNode, 'value');
    if (value) {
        for (const [kind, preferred] of [['done', true], ['dropped', false]] as const) {
            fixes.push(...localFix(context, fixTitle('setStatus', context.uiLang, { goal: goal.name, status: kw(kind, context.fileLang) }),
                [{ range: value.range, newText: kw(kind, context.fileLang) }], preferred));
        }
    }
    // The date as written, or the named period or `within` span that stands for it.
    const date = GrammarUtils.findNodeForProperty(due.$cstNode, 'date') ?? GrammarUtils.findNodeForProperty(due.$cstNode, 'period') ?? due.within?.$cstNode;
    const today = context.services.leerplan.Settings.get().today;
    const period = planOf(goal) ? measurablePeriod(planOf(goal)!) : undefined;
    const inFourWeeks = addDays(today, 28);
    const targets: Array<{ date: string; why: 'periodEnd' | 'fourWeeks' }> = [];
    if (period && period.end > today) targets.push({ date: period.end, why: 'periodEnd' });
    if ((!period || inFourWeeks <= period.end) && inFourWeeks !== period?.end) targets.push({ date: inFourWeeks, why: 'fourWeeks' });
    if (date) {
        for (const target of targets) {
            fixes.push(...localFix(context, fixTitle('moveDue', context.uiLang, { date: target.date, why: target.why }),
                [{ range: date.range, newText: target.date }]));
        }
    }
    return fixes;
}

/**
 * The goals a goal diagnostic is about: the goal at the diagnostic, or, for the one
 * diagnostic a plan or team gets when all its goals lack the same thing
 * (`validation/goal-checks.ts` `reportGoalGap`), every goal it names in `data.goals`.
 */
export function goalsAtDiagnostic(context: FixContext): ast.Goal[] {
    const goal = nodeAtDiagnostic(context, ast.isGoal);
    if (goal) return [goal];
    const names = (context.diagnostic.data as { goals?: unknown } | undefined)?.goals;
    const holder = nodeAtDiagnostic(context, (node): node is ast.Plan | ast.Team => ast.isPlan(node) || ast.isTeam(node));
    if (!holder || !Array.isArray(names)) return [];
    return holder.goals.filter(each => names.includes(each.name));
}
