import { planEntriesOf, type PlanEntry } from './summary-model.js';
import { joinParts, type RenderParts } from './render-html.js';
import type {
    AlignmentNode, Baseline, CoachSummary, FeedbackSummary, GoalSummary, OrganisationSummary, PlanSummary, ProblemSummary, ReflectionSummary,
    ReviewSummary, SummaryModel, TeamSummary,
} from './summary-model.js';
import { feedbackWho, personLabel, shown, summaryText, type SummaryText } from './summary-text.js';

/**
 * Renders the summary model as Markdown with GitHub tables. Plan text is escaped
 * so it reads as written: Markdown punctuation and table pipes are backslashed,
 * `<`, `>` and `&` become entities (GitHub would otherwise take them as HTML).
 */
export function renderMarkdown(model: SummaryModel): string {
    return joinParts(renderMarkdownParts(model, planEntriesOf(model.plans)), model.plans);
}

/**
 * The Markdown of a model whose plans come one by one (`leerplan summary` on a large
 * workspace): `frame` is the model without its plans, `entries` the plans to come. The
 * parts joined are exactly `renderMarkdown` of the whole model: each part ends in one
 * newline, and a blank line stands between parts.
 */
export function renderMarkdownParts(frame: SummaryModel, entries: readonly PlanEntry[]): RenderParts {
    const text = summaryText(frame.lang);
    const section = (write: (out: string[]) => void) => {
        const lines: string[] = [];
        write(lines);
        return part(lines);
    };
    return {
        head: function* () {
            yield section(out => {
                out.push(`# ${md(title(frame, entries, text))}`, '');
                out.push(`_${md(text.generated(frame.today))} · ${md(frame.framework.title)}_`, '');
                out.push(`> ${md(frame.audience === 'owner' ? text.ownerNotice : text.exportNotice)}`, '');
                const history = frame.followThrough?.history;
                if (history && history !== 'ok') out.push(`> ${md(history === 'shallow' ? text.followThrough.shallow : text.followThrough.missing)}`, '');
            });
            if (frame.organisation) yield `\n${section(out => organisation(out, frame, frame.organisation!, text))}`;
            for (const coach of frame.coaches) yield `\n${section(out => coachList(out, coach, text, frame))}`;
            for (const team of frame.teams) yield `\n${section(out => teamPart(out, team, text))}`;
        },
        plan: plan => `\n${section(out => planPart(out, plan, text, frame))}`,
        tail: () => [],
    };
}

/** Lines as one part: at most one blank line in a row, one newline at the end. */
function part(lines: string[]): string {
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Escapes plan text for Markdown, inline and in table cells. */
export function md(value: string | number | undefined): string {
    if (value === undefined) return '';
    return String(value)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~])/g, '\\$1');
}

function title(model: SummaryModel, entries: readonly PlanEntry[], text: SummaryText): string {
    const scope = model.scope;
    if (scope.kind === 'plan' && entries[0]) return text.planOf(personLabel(entries[0].owner, text));
    if (scope.kind === 'team' && model.teams[0]) return shown(model.teams[0].name, 'title', text);
    if (scope.kind === 'coach' && model.coaches[0]) return text.coachList(personLabel(model.coaches[0].coach, text));
    return model.organisation?.name ? `${model.organisation.name}: ${text.documentTitle}` : text.documentTitle;
}

function table(out: string[], head: string[], rows: string[][], align?: Array<'l' | 'r'>): void {
    out.push(`| ${head.join(' | ')} |`);
    out.push(`| ${head.map((_, i) => (align?.[i] === 'r' ? '---:' : '---')).join(' | ')} |`);
    for (const row of rows) out.push(`| ${row.map(c => c || ' ').join(' | ')} |`);
    out.push('');
}

/** A bar of block characters for a number in a table: readable without charts. */
function bar(value: number, max: number): string {
    const width = max > 0 ? Math.round((value / max) * 12) : 0;
    return '█'.repeat(width) || '·';
}

/** An id in backticks; a declaration that has no id (yet) gets none. */
function code(value: string | undefined): string {
    return `\`${(value ?? '').replace(/`/g, '')}\``;
}

/** An id in parentheses after a heading or a name, or the missing marker. */
function idPart(value: string, text: SummaryText): string {
    return value ? `(${code(value)})` : `_${md(text.missing.id)}_`;
}

function problemsTable(out: string[], problems: ProblemSummary[], text: SummaryText): void {
    if (!problems.length) {
        out.push(md(text.noProblems), '');
        return;
    }
    table(out, [text.column.where, text.column.severity, text.column.code, text.column.message].map(md),
        problems.map(p => [`${md(p.source.file)}:${p.source.line}`, md(text.severity[p.severity]), code(p.code), md(p.message)]));
}

function organisation(out: string[], model: SummaryModel, org: OrganisationSummary, text: SummaryText): void {
    const name = org.name ?? org.id;
    out.push(`## ${md(text.organisation)}${name ? `: ${md(name)}` : ''}`, '');
    if (org.parseErrors) out.push(`> ${md(text.parseErrorNotice(org.parseErrors))}`, '');
    table(out, [text.people, text.teams, text.plans, text.goals, text.linkedToVision, text.askingFeedback].map(md), [[
        String(org.counts.people), String(org.counts.teams), String(org.counts.plans), String(org.counts.goals),
        text.percent(org.linkedToVision), text.percent(org.askingFeedback),
    ]], ['r', 'r', 'r', 'r', 'r', 'r']);
    if (org.visions.length) {
        out.push(`### ${md(text.visions)}`, '');
        for (const v of org.visions) {
            const flags = [v.aboutLearning ? text.aboutLearning : '', v.developedWith ? text.developedWith(v.developedWith.map(g => text.developedBy[g] ?? g).join(', ')) : ''].filter(Boolean);
            out.push(`- ${md(shown(v.text, 'text', text))} ${idPart(v.id, text)}${flags.length ? ` · _${md(flags.join(', '))}_` : ''}`);
        }
        out.push('');
    }
    if (org.ambitions.length) {
        out.push(`### ${md(text.ambitions)}`, '');
        for (const a of org.ambitions) out.push(`- ${md(shown(a.text, 'text', text))} ${idPart(a.id, text)}${a.supports.length ? ` → ${md(text.supports)} ${a.supports.map(code).join(', ')}` : ''}`);
        out.push('');
    }
    organisationFollowThrough(out, model, org, text);
    out.push(`### ${md(text.baseline)}`, '', md(text.baselineIntro(model.framework.title)), '');
    if (!org.baseline.assessments.length) out.push(md(text.noAssessment), '');
    baselineLines(out, org.baseline, text);
    out.push(`**${md(text.noOneWorksOn)}:** ${org.untouched.length ? org.untouched.map(d => md(d.name)).join(', ') : md(text.everyDimensionTouched)}`, '');
    workspaceProblems(out, org, text);
}

/**
 * A baseline as a table (a column per assessment, then goals and people with a bar), who
 * took part, the notes with the scores, and the development card of each gap.
 */
function baselineLines(out: string[], baseline: Baseline, text: SummaryText): void {
    const dates = baseline.assessments.map(a => a.date);
    const max = Math.max(0, ...baseline.dimensions.map(d => d.goals));
    table(out, [text.dimension, ...dates, text.goals, text.people, ''].map(md),
        baseline.dimensions.map(d => [
            md(shown(d.name, 'name', text)) + (d.inFramework ? '' : ` _(${md(text.otherFramework)})_`) + (d.gap ? ` **${md(text.gap)}**` : ''),
            ...d.scores.map(score => (score === null ? '–' : String(score))),
            String(d.goals), String(d.people), bar(d.goals, max),
        ]),
        ['l', ...dates.map(() => 'r' as const), 'r', 'r', 'l']);
    if (baseline.assessments.length) {
        out.push(`**${md(text.assessments)}:**`, '');
        for (const a of baseline.assessments) {
            out.push(`- ${md(a.date)} · ${md(text.takingPart(a.participants.length))}${a.participants.length ? `: ${a.participants.map(p => md(personLabel(p, text))).join(', ')}` : ''}`);
        }
        out.push('');
    }
    const notes = baseline.dimensions.flatMap(d => d.notes.map((note, i) => ({ note, date: dates[i], name: d.name })).filter(n => n.note));
    if (notes.length) {
        notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        out.push(`**${md(text.scoreNotes)}:**`, '');
        for (const n of notes) out.push(`- ${md(n.date)} · ${md(shown(n.name, 'name', text))}: ${md(n.note)}`);
        out.push('');
    }
    for (const d of baseline.dimensions) {
        if (!d.card) continue;
        out.push(`#### ${md(text.developmentCard(shown(d.name, 'name', text)))}`, '');
        for (const [title, items] of [[text.cardParts.challenges, d.card.challenges], [text.cardParts.suggestions, d.card.suggestions], [text.cardParts.practices, d.card.practices]] as const) {
            out.push(`**${md(title)}**`, '', ...items.map(item => `- ${cardText(item)}`), '');
        }
    }
}

/** A line of a development card (our text, not plan text): its `code` spans kept, the rest escaped. */
function cardText(item: string): string {
    return item.split('`').map((part, i) => (i % 2 ? `\`${part}\`` : md(part))).join('');
}

/** Every open problem of the workspace: counts by severity and by rule, the plans with errors, the organisation's own. */
function workspaceProblems(out: string[], org: OrganisationSummary, text: SummaryText): void {
    const all = org.workspaceProblems;
    out.push(`### ${md(text.workspaceProblems)}`, '');
    const total = all.bySeverity.error + all.bySeverity.warning + all.bySeverity.info + all.bySeverity.hint;
    if (total === 0) {
        out.push(md(text.noProblems), '');
        return;
    }
    out.push(md(text.severityCounts(all.bySeverity)), '');
    table(out, [text.column.code, text.rule, text.howMany, text.plans].map(md),
        all.byCode.map(c => [`${code(c.code)} _(${md(text.severity[c.severity])})_`, md(c.title), String(c.count), String(c.plans)]), ['l', 'l', 'r', 'r']);
    if (all.plansWithErrors.length) {
        out.push(`#### ${md(text.plansWithErrors)}`, '');
        for (const p of all.plansWithErrors) {
            const counts = [p.errors ? text.errorCount(p.errors) : '', p.parseErrors ? text.syntaxErrorCount(p.parseErrors) : ''].filter(Boolean).join(', ');
            out.push(`- ${md(text.planOf(personLabel(p.owner, text)))} ${idPart(p.plan, text)}: ${md(counts)} (${md(p.source.file)}:${p.source.line})`);
        }
        out.push('');
    }
    if (org.problems.length) {
        out.push(`#### ${md(text.ownProblems)}`, '');
        problemsTable(out, org.problems, text);
    }
}

/** Under a plan's or team's heading: its errors, and a notice when its file does not parse. */
function statusLines(out: string[], view: { problems: ProblemSummary[]; parseErrors: number }, text: SummaryText): void {
    const errors = view.problems.filter(p => p.severity === 'error').length;
    if (errors) out.push(`> **${md(text.errorCount(errors))}**`, '');
    if (view.parseErrors) out.push(`> ${md(text.parseErrorNotice(view.parseErrors))}`, '');
}

function coachList(out: string[], coach: CoachSummary, text: SummaryText, frame: SummaryModel): void {
    out.push(`## ${md(text.coachList(personLabel(coach.coach, text)))}`, '');
    if (!coach.plans.length) {
        out.push(md(text.noPlans), '');
        return;
    }
    const history = frame.followThrough?.history === 'ok';
    const t = text.followThrough;
    const followThrough = (f: CoachSummary['plans'][number]['followThrough']): string[] => !history ? [] : !f ? [''] : [
        `${md(f.lastChange ? t.changedOn(text.date(f.lastChange.date), f.lastChange.daysAgo) : t.notInGit)}${f.uncommitted ? `, **${md(t.uncommitted)}**` : ''}; `
        + `${md(t.withoutRecordCount(f.feedbackWithoutRecord))}; ${md(t.reviewsHeld(f.reviews.held, f.reviews.planned))}`,
    ];
    table(out, [text.plan, text.nextReview, text.lastReview, ...(history ? [t.heading] : []), text.problems, text.column.code].map(md), coach.plans.map(p => [
        `${md(personLabel(p.owner, text))} ${idPart(p.plan, text)}`,
        p.nextReview ? `${md(text.date(p.nextReview.date))} (${md(text.relativeDays(p.nextReview.inDays))})` : `**${md(text.noReview)}**`,
        p.lastReview ? `${md(text.date(p.lastReview.date))} (${md(text.relativeDays(p.lastReview.inDays))})` : md(text.none),
        ...followThrough(p.followThrough),
        (['error', 'warning', 'info'] as const).filter(s => p.problems[s] > 0).map(s => md(text.severityCount(s, p.problems[s]))).join(', ') || md(text.none),
        p.codes.map(code).join(' '),
    ]));
}

function goalLines(out: string[], goal: GoalSummary, text: SummaryText, level: string): void {
    out.push(`${level} ${md(shown(goal.title, 'title', text))} ${idPart(goal.id, text)}`, '');
    const vision = goal.vision.linked
        ? `${md(goal.vision.reachesVision ? text.linked : text.linkedNoVision)}${goal.vision.path.length ? `: ${goal.vision.path.map(s => md(shown(s.text, 'text', text))).join(' → ')}` : ''}`
        : goal.personal ? md(text.personalNoVision) : goal.required !== undefined ? md(text.requiredNoVision) : `**${md(text.notLinked)}**`;
    const lines = [
        goal.personal ? [text.goal, md(text.personal)] : undefined,
        goal.why !== undefined ? [text.why, md(goal.why)] : undefined,
        goal.required !== undefined ? [text.required, md(goal.required)] : undefined,
        goal.level ? [text.level, md(text.levelText(goal.level.now, goal.level.target))] : undefined,
        [text.dimensions, goal.dimensions.map(d => md(d.name)).join(', ') || md(text.none)],
        [text.visionLink, vision],
        [text.feedback, md(text.feedbackStatus[goal.feedbackStatus])],
        goal.status ? [text.status, md(text.statusName[goal.status])] : undefined,
        goal.dueMoment ? [text.due, md(text.moment(goal.dueMoment))] : goal.due ? [text.due, md(text.date(goal.due))] : undefined,
        goal.contributes.length ? [text.contributes, goal.contributes.map(code).join(', ')] : undefined,
        goal.successCriteria.length === 1 ? [text.evidence, md(shown(goal.successCriteria[0], 'text', text))] : undefined,
    ].filter((l): l is string[] => !!l);
    for (const [k, v] of lines) out.push(`- **${md(k)}:** ${v}`);
    if (goal.successCriteria.length > 1) {
        out.push(`- **${md(text.successCriteria)}:**`);
        for (const criterion of goal.successCriteria) out.push(`  - ${md(shown(criterion, 'text', text))}`);
    }
    out.push('');
    if (goal.actions.length) {
        table(out, [text.actions, '', '', ''].map(md), goal.actions.map(a => [
            `${md(a.formName)} _(${md(a.known ? (a.formal ? text.formal : text.informal) : text.unknownForm)})_`,
            md(shown(a.text, 'text', text)), a.when ? md(text.moment(a.when)) : '', a.hours !== undefined ? md(text.hours(a.hours)) : '',
        ]));
    }
    if (goal.feedback.length) table(out, [text.feedback, '', ''].map(md), goal.feedback.map(f => feedbackCells(f, text)));
}

/** A feedback line as table cells: asked of, given to or received from someone, what was asked or heard, when. */
function feedbackCells(f: FeedbackSummary, text: SummaryText): string[] {
    const who = feedbackWho(f.from, text);
    const label = f.direction === 'ask' ? text.feedbackFrom(who) : f.direction === 'received' ? text.receivedFrom(who) : text.feedbackTo(who);
    return [
        md(label) + (f.private ? ` **(${md(text.privateMark)})**` : '') + (f.followUp ? ` (${md(f.followUp.recorded ? text.followedUp : text.notFollowedUp)})` : ''),
        md(f.direction === 'received' ? f.text : f.question),
        f.when ? md(text.moment(f.when)) : '',
    ];
}

/** A review's or reflection's date, or its moment in words: never a made-up date. */
function whenText(line: ReviewSummary | ReflectionSummary, text: SummaryText): string {
    if (line.when) {
        const occurrences = 'occurrences' in line && line.occurrences && line.occurrences.length > 1 ? `, ${text.occurrences(line.occurrences.length)}` : '';
        return text.moment(line.when) + occurrences;
    }
    return line.date !== undefined ? text.date(line.date) : text.noMoment;
}

function alignmentLines(out: string[], nodes: AlignmentNode[], text: SummaryText, depth: number): void {
    for (const node of nodes) {
        const label = node.kind === 'unlinked' ? `**${md(text.unlinked)}**` : md(shown(node.label, 'title', text));
        const owner = node.owner ? ` _(${md(personLabel(node.owner, text))})_` : '';
        out.push(`${'  '.repeat(depth)}- ${label}${owner}`);
        alignmentLines(out, node.children, text, depth + 1);
    }
}

function teamPart(out: string[], team: TeamSummary, text: SummaryText): void {
    out.push(`## ${md(text.team)}: ${md(shown(team.name, 'title', text))} ${idPart(team.id, text)}`, '');
    statusLines(out, team, text);
    if (team.lead) out.push(`- **${md(text.lead)}:** ${md(personLabel(team.lead, text))}`);
    out.push(`- **${md(text.members)}:** ${team.members.map(m => md(personLabel(m, text))).join(', ') || md(text.none)}`, '');
    if (team.goals.length) {
        out.push(`### ${md(text.teamGoals)}`, '');
        for (const goal of team.goals) goalLines(out, goal, text, '####');
    }
    const { actions, feedback } = team.routines;
    if (actions.length || feedback.length) {
        out.push(`### ${md(text.routines)}`, '');
        table(out, [text.actions, '', ''].map(md), [
            ...actions.map(a => [`${md(a.formName)} _(${md(a.known ? (a.formal ? text.formal : text.informal) : text.unknownForm)})_`, md(a.text), a.when ? md(text.moment(a.when)) : '']),
            ...feedback.map(f => feedbackCells(f, text)),
        ]);
    }
    out.push(`### ${md(text.heatmap)}`, '');
    const people = team.coverage.rows.map(r => personLabel(r.person, text));
    table(out, [text.dimension, ...people, text.teamGoals].map(md), team.coverage.dimensions.map((d, i) => [
        md(d.name), ...team.coverage.rows.map(r => String(r.goals[i] || '·')), String(team.coverage.teamGoals[i] || '·'),
    ]), ['l', ...people.map(() => 'r' as const), 'r']);
    out.push(`**${md(text.untouched)}:** ${team.untouched.length ? team.untouched.map(d => md(d.name)).join(', ') : md(text.none)}`, '');
    if (team.baseline.assessments.length) {
        out.push(`### ${md(text.teamBaseline)}`, '');
        baselineLines(out, team.baseline, text);
    }
    if (team.alignment.length) {
        out.push(`### ${md(text.alignment)}`, '');
        alignmentLines(out, team.alignment, text, 0);
        out.push('');
    }
    out.push(`### ${md(text.feedbackCalendar)}`, '');
    table(out, [text.column.month, text.asks, text.gives].map(md), team.feedbackCalendar.map(m => [md(text.month(m.month)), String(m.asks), String(m.gives)]), ['l', 'r', 'r']);
    out.push(`### ${md(text.problems)}`, '');
    problemsTable(out, team.problems, text);
}

function planPart(out: string[], plan: PlanSummary, text: SummaryText, frame: SummaryModel): void {
    out.push(`## ${md(text.planOf(personLabel(plan.owner, text)))} ${idPart(plan.id, text)}`, '');
    statusLines(out, plan, text);
    const rows = [
        [text.owner, md(personLabel(plan.owner, text))],
        plan.coach ? [text.coach, md(personLabel(plan.coach, text))] : undefined,
        plan.team ? [text.team, md(shown(plan.team.name, 'name', text))] : undefined,
        plan.period ? [text.period, `${md(text.date(plan.period.start))} – ${md(text.date(plan.period.end))}`] : undefined,
        plan.ambition !== undefined ? [text.ambition, md(shown(plan.ambition, 'text', text))] : undefined,
        plan.strengths.length ? [text.strengths, plan.strengths.map(md).join('; ')] : undefined,
        [text.nextReview, plan.nextReview ? `${md(text.date(plan.nextReview.date))} (${md(text.relativeDays(plan.nextReview.inDays))})` : md(text.noReview)],
        [text.feedback, md(text.feedbackSummary(plan.feedbackStatus))],
    ].filter((r): r is string[] => !!r);
    table(out, ['', ''], rows.map(([k, v]) => [`**${md(k)}**`, v]));
    followThroughPart(out, plan, text, frame);
    out.push(`### ${md(text.dimensionCoverage)}`, '');
    const max = Math.max(0, ...plan.dimensionCoverage.map(d => d.goals));
    table(out, [text.dimension, text.goals, ''].map(md), plan.dimensionCoverage.map(d => [md(d.name), String(d.goals), bar(d.goals, max)]), ['l', 'r', 'l']);
    out.push(`### ${md(text.goals)}`, '');
    for (const goal of plan.goals) goalLines(out, goal, text, '####');
    out.push(`### ${md(text.timeline)}`, '');
    if (plan.timeline.length) {
        table(out, [text.column.date, text.column.kind, text.column.what, text.goal].map(md), plan.timeline.map(e => [
            md(text.date(e.date)) + (e.end ? ` – ${md(text.date(e.end))}`
                : e.repeats ? ` – ${md(text.date(e.repeats.until))}, ${md(text.moment({ kind: 'every', cadence: e.repeats.unit, every: e.repeats.every }))}`
                    : e.occurrences && e.occurrences.length > 1 ? ` (${e.occurrences.length}×)` : ''),
            md(text.timelineKinds[e.kind]), md(shown(e.label, 'text', text)), e.goal ? code(e.goal) : '',
        ]));
    } else if (!plan.timelineNotes.length) {
        out.push(md(text.noTimeline), '');
    }
    if (plan.timelineNotes.length) {
        out.push(`**${md(text.withoutDate)}:**`, '');
        for (const n of plan.timelineNotes) out.push(`- _${md(text.note(n))}_: ${md(text.timelineKinds[n.kind])} ${md(n.label)}${n.goal ? ` (${code(n.goal)})` : ''}`);
        out.push('');
    }
    out.push(`### ${md(text.reviews)}`, '');
    if (plan.reviews.length) for (const r of plan.reviews) out.push(`- ${md(whenText(r, text))} ${md(text.reviewWith(personLabel(r.with, text)))}${r.text ? `: ${md(r.text)}` : ''}`);
    else out.push(md(text.noReview));
    out.push('');
    if (plan.received.length) {
        out.push(`### ${md(text.received)}`, '');
        table(out, [text.feedback, '', '', text.goal].map(md), plan.received.map(f => [...feedbackCells(f, text), f.goal ? code(f.goal) : '']));
    }
    if (plan.reflections.length) {
        out.push(`### ${md(text.reflections)}`, '');
        for (const r of plan.reflections) out.push(`- ${md(whenText(r, text))}${r.private ? ` **(${md(text.privateMark)})**` : ''}: ${md(shown(r.text, 'text', text))}`);
        out.push('');
    }
    out.push(`### ${md(text.problems)}`, '');
    problemsTable(out, plan.problems, text);
}

/** Every plan's follow-through, summed, in the organisation's view. */
function organisationFollowThrough(out: string[], model: SummaryModel, org: OrganisationSummary, text: SummaryText): void {
    const f = org.followThrough;
    if (!f || !model.followThrough) return;
    const t = text.followThrough;
    out.push(`### ${md(t.overview)}`, '', `_${md(t.period(text.date(model.followThrough.since), text.date(model.today)))}_`, '');
    table(out, ['', ''], [
        [t.plansChanged, md(t.plansChangedCount(f.changed, f.plans, f.uncommitted))],
        [t.goalsDone, md(f.goalsDone ? t.goalsDoneCount(f.goalsDone) : t.none)],
        [t.feedback, md(t.feedbackPassed(f.feedback.passed, f.feedback.withoutRecord))],
        [t.reviews, md(t.reviewsHeld(f.reviews.held, f.reviews.planned))],
    ].map(([k, v]) => [`**${md(k)}**`, v]));
}

/** A plan's follow-through over the model's period (`leerplan status` in the summary). */
function followThroughPart(out: string[], plan: PlanSummary, text: SummaryText, frame: SummaryModel): void {
    const f = plan.followThrough;
    if (!f || !frame.followThrough) return;
    const t = text.followThrough;
    out.push(`### ${md(t.heading)}`, '', `_${md(t.period(text.date(frame.followThrough.since), text.date(frame.today)))}_`, '');
    const last = f.lastChange ? md(t.changedOn(text.date(f.lastChange.date), f.lastChange.daysAgo)) : md(t.notInGit);
    const goals = f.goalsDone.length
        ? `${md(t.goalsDoneCount(f.goalsDone.length))}: ${f.goalsDone.map(g => `${code(g.id)}${g.title ? ` ${md(g.title)}` : ''}`).join(', ')}`
        : md(t.none);
    table(out, ['', ''], [
        [t.lastChange, f.uncommitted ? `${last}, **${md(t.uncommitted)}**` : last],
        [t.goalsDone, goals],
        [t.feedback, md(t.feedbackPassed(f.feedback.passed, f.feedback.withoutRecord.length))],
        [t.reviews, md(t.reviewsHeld(f.reviews.held, f.reviews.planned))],
    ].map(([k, v]) => [`**${md(k)}**`, v]));
    const open = [
        ...f.feedback.withoutRecord.map(m => t.withoutRecord(text.date(m.date), m.who || text.missing.name, m.goal || text.missing.id)),
        ...f.reviews.withoutTrace.map(r => t.noTrace(text.date(r.date), r.with || text.missing.name)),
    ];
    if (open.length) out.push(...open.map(line => `- ${md(line)}`), '');
}
