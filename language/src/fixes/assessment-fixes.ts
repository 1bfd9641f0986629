import { AstUtils, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import { PLACEHOLDER_TEXT } from '../meaning/placeholders.js';
import { declarationKey } from '../workspace/workspace-facts.js';
import { fixTitle } from './fix-titles.js';
import { fileKeywordLanguage, kw, quickFix, type Fix, type FixContext } from './fix-context.js';
import { INDENT, insertLineEdit, lineEndingOf } from './insert-line.js';

/** At most this many teams are offered for a gap in the organisation's assessment. */
const MAX_TEAMS = 5;

/**
 * `assessment-gap`: a team goal for the dimension, written into the team (for a team's
 * assessment) or into each team (for the organisation's, the first few), in the keyword
 * language of the team's file, after the team's last goal:
 *
 *     goal gedragen-visie "..." {
 *         dimensions GedragenVisie
 *     }
 *
 * The title is the placeholder `...` for the team to write; the goal's other lines
 * follow from the checks that fire on it (vision link, feedback, action). Not safe:
 * which goal a team sets is theirs to decide.
 */
export function addTeamGoalFixes(context: FixContext): Fix[] {
    const dimension = context.data.dimension;
    if (typeof dimension !== 'string' || dimension === '') return [];
    const facts = context.services.leerplan.WorkspaceFacts.get();
    const wanted = typeof context.data.team === 'string' ? context.data.team : undefined;
    const teams = facts.teams.filter(team => team.name && (wanted === undefined || team.name === wanted)).slice(0, wanted ? 1 : MAX_TEAMS);
    const fixes: Fix[] = [];
    for (const team of teams) {
        const document = AstUtils.getDocument(team);
        const lang = fileKeywordLanguage(document);
        const id = freeGoalId(goalIdFor(dimension), name => facts.declarations.has(declarationKey('goal', name)));
        const edit = teamGoalEdit(document, team, id, dimension, lang);
        if (!edit) continue;
        const file = document.uri.toString() === context.document.uri.toString() ? '' : fileName(document);
        fixes.push(quickFix(fixTitle('addTeamGoal', context.uiLang, { dimension, team: team.name, file }), context.diagnostic,
            { changes: { [document.uri.toString()]: [edit] } }, teams.length === 1));
    }
    return fixes;
}

function teamGoalEdit(document: LangiumDocument, team: ast.Team, id: string, dimension: string, lang: 'en' | 'nl') {
    const eol = lineEndingOf(document);
    const inner = INDENT + INDENT;
    const text = `${kw('goal', lang)} ${id} "${PLACEHOLDER_TEXT}" {${eol}${inner}${kw('dimensions', lang)} ${dimension}${eol}${INDENT}}`;
    const anchors = [...team.leads, ...team.members, ...team.goals];
    return insertLineEdit(document, team, text, anchors, { blankLineBefore: anchors.length > 0 });
}

/** `GedragenVisie` -> `gedragen-visie`; `senge.SharedVision` -> `shared-vision`. */
export function goalIdFor(dimension: string): string {
    const plain = dimension.slice(dimension.lastIndexOf('.') + 1);
    const kebab = plain.replace(/([a-z0-9\u00DF-\u00FF])([A-Z\u00C0-\u00DE])/g, '$1-$2').toLowerCase();
    return /^[A-Za-z_\u00C0-\u024F]/.test(kebab) ? kebab : `goal-${kebab}`;
}

/** `id`, or `id-2`, `id-3` ... when it is taken. */
function freeGoalId(id: string, taken: (name: string) => boolean): string {
    if (!taken(id)) return id;
    let n = 2;
    while (taken(`${id}-${n}`)) n++;
    return `${id}-${n}`;
}

function fileName(document: LangiumDocument): string {
    return document.uri.path.split('/').pop() ?? document.uri.toString();
}
