import { AstUtils, type ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { dimensionKey, isValidScore, lowestScores, subjectKey, subjectOf, type AssessmentSubject } from '../meaning/assessments.js';
import { addMonths } from '../meaning/dates.js';
import type { AssessmentFact, WorkspaceFacts } from '../workspace/workspace-facts.js';

/**
 * Assessments (baseline measurements): each score on the scale and each dimension scored
 * once; employees take part; and the latest assessment of a team or the organisation is
 * recent (`assessment-stale`) and its weakest dimensions have a goal working on them
 * (`assessment-gap`). Which assessment is the latest, and what goals work on, are
 * workspace facts: assessments and goals may stand in any file.
 */
export function assessmentChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const settings = services.leerplan.Settings;
    const facts = services.leerplan.WorkspaceFacts;
    return {
        Assessment: (assessment, accept) => {
            const seen = new Set<string>();
            for (const score of assessment.scores) {
                const name = score.dimension?.$refText;
                if (name && seen.has(name)) {
                    reporter.report(accept, 'duplicate-property', { property: name }, { node: score, property: 'dimension' });
                }
                if (name) seen.add(name);
                if (score.score !== undefined && !isValidScore(score.score)) {
                    reporter.report(accept, 'invalid-score', { value: score.score, dimension: name }, { node: score, property: 'score' });
                }
            }
            const all = facts.get();
            const participants = assessment.participants.map(ref => ref.$refText).filter(name => name);
            if (participants.every(person => all.teamsByLead.has(person))) {
                // The whole list of participants, or the date when there is none.
                const first = assessment.participants[0]?.$refNode?.range;
                const last = assessment.participants[assessment.participants.length - 1]?.$refNode?.range;
                const range = first && last ? { start: first.start, end: last.end } : undefined;
                reporter.report(accept, 'assessment-without-employees', { count: participants.length }, {
                    node: assessment, property: 'date', range,
                });
            }
            // Only the assessments and goals of this document's workspace folder count (all of them in the CLI).
            const here = AstUtils.getDocument(assessment).uri.toString();
            const near = (uri: string) => settings.sameScope(here, uri);
            const subject = subjectOf(assessment);
            if (!subject || !assessment.date || !isLatest(assessment, all.assessments.get(subjectKey(subject))?.filter(fact => near(fact.uri)))) return;
            const { today, assessmentStaleMonths } = settings.get();
            const team = subject.kind === 'team' ? subject.id : undefined;
            if (addMonths(assessment.date, assessmentStaleMonths) < today) {
                reporter.report(accept, 'assessment-stale', { subject: subject.id, team, date: assessment.date, months: assessmentStaleMonths }, {
                    node: assessment, property: 'date',
                });
            }
            const worked = workedOn(all, subject, assessment.date, near);
            for (const score of lowestScores(assessment)) {
                const name = score.dimension.$refText;
                if (worked.has(dimensionKey(name, all.defaultFramework))) continue;
                reporter.report(accept, 'assessment-gap', { dimension: name, score: score.score, subject: subject.id, team }, {
                    node: score, property: 'dimension', data: { dimension: name, team },
                });
            }
        },
    };
}

/** Whether `assessment` is the latest of its subject: the last date; of equal dates, the last in workspace order. */
function isLatest(assessment: ast.Assessment, list: AssessmentFact[] | undefined): boolean {
    if (!list || list.length === 0) return true;
    let latest = list[0];
    for (const fact of list) if (fact.date >= latest.date) latest = fact;
    const uri = AstUtils.getDocument(assessment).uri.toString();
    const start = assessment.$cstNode?.range.start;
    return latest.uri === uri && latest.line === (start?.line ?? 0) && latest.character === (start?.character ?? 0);
}

/**
 * The dimensions (as `dimensionKey`s) goals work on for `subject` at the time of an
 * assessment on `date`: for a team, its team goals and the goals of plans that name
 * the team or whose owner leads or belongs to it; for the organisation, every goal. A
 * plan counts when its period ends on or after the date (or it has none), and a goal
 * when it stands in the assessment's workspace folder (`near`).
 */
function workedOn(facts: WorkspaceFacts, subject: AssessmentSubject, date: string, near: (uri: string) => boolean): Set<string> {
    let people: Set<string> | undefined;
    if (subject.kind === 'team') {
        people = new Set();
        for (const team of facts.teams) {
            if (team.name !== subject.id) continue;
            for (const lead of team.leads) if (lead.person?.$refText) people.add(lead.person.$refText);
            for (const line of team.members) for (const ref of line.persons) if (ref.$refText) people.add(ref.$refText);
        }
    }
    const worked = new Set<string>();
    for (const work of facts.work) {
        if ((work.end !== undefined && work.end < date) || !near(work.uri)) continue;
        if (people && work.team !== subject.id && !(work.owner && people.has(work.owner))) continue;
        for (const name of work.dimensions) worked.add(dimensionKey(name, facts.defaultFramework));
    }
    return worked;
}
