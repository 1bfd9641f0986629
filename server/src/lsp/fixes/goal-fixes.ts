import type { AstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import * as ast from '../../../../language/src/generated/ast.js';
import { isBuiltinUri } from '../../../../language/src/frameworks/builtin-document.js';
import { isExistingDate } from '../../../../language/src/model/dates.js';
import { planOf, teamOf } from '../../../../language/src/model/semantics.js';
import { fixTitle } from './fix-titles.js';
import { kw, localFix, nodeAtDiagnostic, quote, type FixContext } from './fix-context.js';
import { insertLineEdit } from './insert-line.js';

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
export function addSupportsFixes(context: FixContext): CodeAction[] {
    const goal = nodeAtDiagnostic(context, ast.isGoal);
    if (!goal) return [];
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
            [insertLineEdit(context.document, goal, line, anchorsFor(goal, 'supports'))]);
    });
}

/**
 * `goal-without-feedback`: ask the plan's coach (`feedback ask mark "..." every
 * quarter`); a team goal, or a plan without a coach but with a team, asks the team.
 */
export function addFeedbackFixes(context: FixContext): CodeAction[] {
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
        const line = `${ask} ${who} ${quote('...')} ${cadence}`;
        return localFix(context, fixTitle('addFeedback', context.uiLang, { line }),
            [insertLineEdit(context.document, goal, line, anchorsFor(goal, 'feedback'))], i === 0);
    });
}

/** `goal-without-due`: `due` with the end of the plan's period (or of the current year for a team goal). */
export function addDueFixes(context: FixContext): CodeAction[] {
    const goal = nodeAtDiagnostic(context, ast.isGoal);
    if (!goal) return [];
    const period = planOf(goal)?.periods[0];
    const date = period && isExistingDate(period.end)
        ? period.end
        : `${context.services.leerplan.Settings.get().today.slice(0, 4)}-12-31`;
    const line = `${kw('due', context.fileLang)} ${date}`;
    return localFix(context, fixTitle('addDue', context.uiLang, { line }),
        [insertLineEdit(context.document, goal, line, anchorsFor(goal, 'due'))], true);
}
