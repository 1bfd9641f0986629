import type * as ast from '../generated/ast.js';
import { declarationKey, type DeclarationSite, type WorkspaceFacts } from './workspace-facts.js';
import { visionLink } from '../meaning/semantics.js';

/**
 * The cross-file facts a check of one document may read from the others, written
 * as one string. Two workspace states with the same fingerprint give every
 * unchanged document the same diagnostics, so only the changed documents (and
 * those Langium relinks) need validating again; a different fingerprint means
 * every document validated under the old one is checked again.
 *
 * Only what checks really read goes in (so typing inside a plan never changes it):
 * the default framework (it decides how plain dimension names link), ids declared
 * more than once and where (duplicate-id), the vision and ambition ids a goal could
 * support (related information of goal-without-vision), the plan periods of every
 * team member and lead (member-without-plan), the documents that hold a plan and those
 * with a goal that names a dimension (member-without-plan and goal-without-dimension ask
 * only in a folder that has them; a document gains or loses one rarely, not per keystroke), who leads which team (lead-not-asking-team),
 * the plans with private reflections (no-reflection), the teams of one person
 * (feedback-from-self), which team goals reach
 * the vision (goal-without-vision through `contributes`), and, in a workspace with
 * assessments, the dates of each subject's assessments, what every goal works on and who
 * is in which team (assessment-gap, assessment-stale).
 */
export interface WorkspaceFingerprint {
    key: string;
    /** The default framework on its own: when it changes, plain dimension names must be linked again. */
    framework: string;
    /** Which files hold each name declared more than once: when it changes, a reference to such a name may link elsewhere (`OneOfTwins`). */
    twins: string;
}

export function workspaceFingerprint(facts: WorkspaceFacts): WorkspaceFingerprint {
    const parts: string[] = [`framework ${facts.defaultFramework}`];
    const supportTargets: string[] = [];
    const twins: string[] = [];
    for (const [key, sites] of facts.declarations) {
        if (sites.length > 1) {
            parts.push(`duplicate ${key} ${sites.map(where).join(' ')}`);
            twins.push(`${key} ${[...new Set(sites.map(site => site.uri.toString()))].sort().join(' ')}`);
        }
        if (key.startsWith(SUPPORT_TARGET)) for (const _ of sites) supportTargets.push(key.slice(SUPPORT_TARGET.length));
    }
    parts.push(`targets ${supportTargets.sort().join(',')}`);
    const members = new Set<string>();
    for (const team of facts.teams) {
        for (const line of team.members) for (const ref of line.persons) members.add(ref.$refText);
        for (const lead of team.leads) if (lead.person?.$refText) members.add(lead.person.$refText);
    }
    // member-without-plan asks only in a workspace with plans, goal-without-dimension only where a goal names a dimension.
    parts.push(`has-plans ${[...facts.planUris].sort().join(',')}`, `names-dimensions ${[...facts.dimensionUris].sort().join(',')}`);
    for (const member of [...members].sort()) {
        const periods = (facts.plansByOwner.get(member) ?? []).map(p => p.period ? `${p.period.start}..${p.period.end}` : 'none');
        parts.push(`member ${member} ${periods.sort().join(',')}`);
    }
    for (const [lead, led] of [...facts.teamsByLead].sort(byKey)) parts.push(`lead ${lead} ${[...led].sort().join(',')}`);
    for (const [team, person] of [...facts.soloTeams].sort(byKey)) parts.push(`solo ${team} ${person}`);
    parts.push(`private ${[...facts.privateReflections.keys()].sort().join(',')}`);
    const linked = facts.teams.flatMap(team => team.goals).filter(g => g.name && safeLinked(g)).map(g => g.name).sort();
    parts.push(`linked ${linked.join(',')}`);
    // Assessments read which one is the latest of its subject and, for `assessment-gap`, what
    // every goal works on: only in a workspace that has assessments (typing elsewhere stays cheap).
    if (facts.assessments.size > 0) {
        for (const [subject, list] of [...facts.assessments].sort(byKey)) parts.push(`assessed ${subject} ${list.map(a => `${a.date}@${a.uri}:${a.line}:${a.character}`).join(',')}`);
        parts.push(...facts.work.map(w => `work ${w.team ?? ''} ${w.owner ?? ''} ${w.end ?? ''} ${w.dimensions.join(',')} ${w.uri}`).sort());
        const people = facts.teams.map(team => `team ${team.name} ${[...team.leads.map(lead => lead.person?.$refText), ...team.members.flatMap(line => line.persons.map(ref => ref.$refText))].join(',')}`);
        parts.push(...people.sort());
    }
    return { key: parts.join('\n'), framework: facts.defaultFramework, twins: twins.sort().join('\n') };
}

const SUPPORT_TARGET = declarationKey('supportTarget', '');

function where(site: DeclarationSite): string {
    return `${site.uri.toString()}:${site.range.start.line}:${site.range.start.character}`;
}

function byKey<V>(a: [string, V], b: [string, V]): number {
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** A reference resolved in a half-built workspace may throw; then the goal counts as unlinked for the fingerprint. */
function safeLinked(goal: ast.Goal): boolean {
    try {
        return visionLink(goal).linked;
    } catch {
        return false;
    }
}
