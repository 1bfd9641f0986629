import type * as ast from '../generated/ast.js';

/**
 * What an assessment (a baseline measurement, `nulmeting`) means: whom it is about, its
 * valid scores, which of them are lowest. Shared by the checks, the summary and hovers.
 */

/** Whom an assessment is about: one team, or the whole organisation. */
export interface AssessmentSubject {
    kind: 'team' | 'organisation';
    id: string;
}

export function subjectOf(assessment: ast.Assessment): AssessmentSubject | undefined {
    const team = assessment.team?.$refText;
    if (team) return { kind: 'team', id: team };
    const organisation = assessment.organisation?.$refText;
    return organisation ? { kind: 'organisation', id: organisation } : undefined;
}

/** One string per subject, for maps: `team ploeg-a`, `organisation acme`. */
export function subjectKey(subject: AssessmentSubject): string {
    return `${subject.kind} ${subject.id}`;
}

/** The lowest and highest score of the scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** A score at or below this counts as a gap when it is the lowest of its assessment (`assessment-gap`). */
export const GAP_SCORE = 3;

/** Whether a score is a whole number on the scale. */
export function isValidScore(value: number | undefined): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

/**
 * The dimension's key for comparing what an assessment scores with what goals name:
 * a plain name belongs to the framework in force (`defaultFramework`), a qualified one
 * stays as written.
 */
export function dimensionKey(written: string, defaultFramework: string): string {
    return written.includes('.') ? written : `${defaultFramework}.${written}`;
}

/**
 * The scores of an assessment that are valid, one per dimension (the first line of a
 * dimension written twice counts; the second is `duplicate-property`).
 */
export function validScores(assessment: ast.Assessment): ast.AssessmentScore[] {
    const seen = new Set<string>();
    const scores: ast.AssessmentScore[] = [];
    for (const score of assessment.scores) {
        const name = score.dimension?.$refText;
        if (!name || seen.has(name) || !isValidScore(score.score)) continue;
        seen.add(name);
        scores.push(score);
    }
    return scores;
}

/** The valid scores of an assessment with the lowest value, when that value is a gap (`GAP_SCORE` or less). */
export function lowestScores(assessment: ast.Assessment): ast.AssessmentScore[] {
    const scores = validScores(assessment);
    if (scores.length === 0) return [];
    const lowest = Math.min(...scores.map(s => s.score));
    return lowest <= GAP_SCORE ? scores.filter(s => s.score === lowest) : [];
}
