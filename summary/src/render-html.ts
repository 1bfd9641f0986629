import type { Severity } from '../../language/src/rules/rule-registry.js';
import { alignmentTree, barChart, feedbackCalendar, heatmap, timeline } from './charts.js';
import { escapeHtml as esc, safeToken } from './html-escape.js';
import { SUMMARY_CSS } from './summary-css.js';
import { planCalendarEntries, renderIcs } from './ics.js';
import { calendarText } from './calendar-text.js';
import { planEntriesOf } from './summary-model.js';
import type {
    Baseline, CoachSummary, FeedbackSummary, GoalSummary, OrganisationSummary, PlanEntry, PlanSummary, ProblemSummary, ReflectionSummary, ReviewSummary,
    SourceRef, SummaryModel, TeamSummary, TimelineNote,
} from './summary-model.js';
import { feedbackWho, personLabel, shown, summaryText, type SummaryText } from './summary-text.js';

/**
 * Renders the summary model as HTML: inline CSS and inline SVG, no script, no
 * external resource. Standalone (the CLI export) it is a whole document with a
 * Content-Security-Policy that forbids scripts and remote content; as a fragment
 * (the VS Code webview) it is a `<style nonce>` plus the body markup, for a host page
 * that sets its own CSP. Goals, reviews, reflections, problems and tree nodes carry
 * `data-file` and `data-line` (1-based), and `data-uri` when the model has URIs
 * (owner models), so a host can reveal the line on click.
 */
export interface HtmlOptions {
    /** A whole `<!DOCTYPE html>` document (default) or a fragment for a webview body. */
    standalone?: boolean;
    /** Put on the `<style>` element (webview CSP `style-src 'nonce-...'`). */
    nonce?: string;
    /** The webview's `cspSource`; accepted for symmetry with the host, nothing is loaded from it. */
    cspSource?: string;
}

export function renderHtml(model: SummaryModel, options: HtmlOptions = {}): string {
    return joinParts(renderHtmlParts(model, planEntriesOf(model.plans), options), model.plans);
}

/**
 * A summary written in parts: what comes before the plans, each plan in its turn, and
 * what comes after them. The parts before and after are pieces (the views of a large
 * workspace need not stand in memory as one string).
 */
export interface RenderParts {
    head(): Iterable<string>;
    /** The next plan (in the order of the entries the parts were made with). */
    plan(plan: PlanSummary): string;
    tail(): Iterable<string>;
}

/** The parts of a summary with these plans, as one text. */
export function joinParts(parts: RenderParts, plans: readonly PlanSummary[]): string {
    return [...parts.head(), ...plans.map(plan => parts.plan(plan)), ...parts.tail()].join('');
}

/**
 * The HTML of a model whose plans come one by one (`leerplan summary` on a large
 * workspace): `frame` is the model without its plans, `entries` the plans to come, in
 * order (the table of contents and the organisation view link to them). The parts
 * joined are exactly `renderHtml` of the whole model.
 */
export function renderHtmlParts(frame: SummaryModel, entries: readonly PlanEntry[], options: HtmlOptions = {}): RenderParts {
    const text = summaryText(frame.lang);
    const nonce = options.nonce ? ` nonce="${esc(options.nonce)}"` : '';
    const style = `<style${nonce}>${SUMMARY_CSS}</style>`;
    const body = renderBody(frame, entries, text);
    const start = options.standalone === false ? `${style}\n` : `<!DOCTYPE html>
<html lang="${frame.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="leerplan summary">
<title>${esc(pageTitle(frame, entries, text))}</title>
${style}
</head>
<body>
`;
    let index = 0;
    return {
        head: function* () {
            yield start;
            yield* body.head();
        },
        plan: plan => `${planSection(frame, plan, body.planAnchors[index++] ?? 'plan', text)}\n`,
        tail: () => [options.standalone === false ? '</main>' : '</main>\n</body>\n</html>\n'],
    };
}

function pageTitle(model: SummaryModel, entries: readonly PlanEntry[], text: SummaryText): string {
    const scope = model.scope;
    if (scope.kind === 'plan' && entries[0]) return `${text.planOf(personLabel(entries[0].owner, text))} - ${text.documentTitle}`;
    if (scope.kind === 'team' && model.teams[0]) return `${shown(model.teams[0].name, 'title', text)} - ${text.documentTitle}`;
    if (scope.kind === 'coach' && model.coaches[0]) return `${text.coachList(personLabel(model.coaches[0].coach, text))} - ${text.documentTitle}`;
    return model.organisation?.name ? `${model.organisation.name} - ${text.documentTitle}` : text.documentTitle;
}

/** Section ids that stay unique even when two declarations share an id (a duplicate-id error). */
class Anchors {
    private readonly used = new Set<string>();
    make(kind: string, id: string): string {
        const base = `${kind}-${safeToken(id)}`;
        let anchor = base;
        for (let i = 2; this.used.has(anchor); i++) anchor = `${base}-${i}`;
        this.used.add(anchor);
        return anchor;
    }
}

/** Everything of the page before the plans (the header with its table of contents, the other views), and the plans' anchors. */
function renderBody(model: SummaryModel, entries: readonly PlanEntry[], text: SummaryText): { head: () => Iterable<string>; planAnchors: string[] } {
    const anchors = new Anchors();
    // Every anchor first, in the order of the sections: the organisation view links to plans further down.
    const orgAnchor = model.organisation ? anchors.make('organisation', model.organisation.id ?? 'workspace') : '';
    const coachAnchors = model.coaches.map(coach => anchors.make('coach', coach.coach.id));
    const teamAnchors = model.teams.map(team => anchors.make('team', team.id));
    const planAnchors = entries.map(plan => anchors.make('plan', plan.id));
    const planAnchorAt = new Map(entries.map((plan, i) => [`${plan.source.file}:${plan.source.line}`, planAnchors[i]]));
    const links: string[] = [];
    const link = (anchor: string, label: string, errors = 0) =>
        links.push(`<a href="#${anchor}"${errors ? ' class="has-errors"' : ''}>${esc(label)}${errors ? ` <span class="badge bad">${esc(text.errorCount(errors))}</span>` : ''}</a>`);
    if (model.organisation) link(orgAnchor, model.organisation.name ?? text.organisation);
    model.coaches.forEach((coach, i) => link(coachAnchors[i], text.coachList(personLabel(coach.coach, text))));
    model.teams.forEach((team, i) => link(teamAnchors[i], shown(team.name, 'title', text), errorsOf(team)));
    entries.forEach((plan, i) => link(planAnchors[i], text.planOf(personLabel(plan.owner, text)), plan.errors));
    // The views, one by one as they are written.
    function* sections(): Iterable<string> {
        if (model.organisation) yield `${organisationSection(model, model.organisation, orgAnchor, text, planAnchorAt)}\n`;
        for (const [i, coach] of model.coaches.entries()) yield `${coachSection(model, coach, coachAnchors[i], text)}\n`;
        for (const [i, team] of model.teams.entries()) yield* teamSection(model, team, teamAnchors[i], text);
    }
    const notice = model.audience === 'owner' ? text.ownerNotice : text.exportNotice;
    const header = `<header class="page-header">
<h1>${esc(pageTitle(model, entries, text))}</h1>
<div class="meta">${esc(text.generated(model.today))} &middot; ${esc(model.framework.title)}</div>
<div class="notice">${esc(notice)}</div>
${historyNotice(model, text)}${links.length > 1 ? `<nav class="contents" aria-label="${esc(text.contents)}">${links.join('')}</nav>` : ''}
</header>`;
    const start = `<main class="leerplan-summary" data-version="${model.version}" data-audience="${model.audience}">
${header}
`;
    return {
        head: function* () {
            yield start;
            yield* sections();
        },
        planAnchors,
    };
}

/** Error-level problems of a plan or team: what marks it as having errors. */
function errorsOf(view: { problems: ProblemSummary[] }): number {
    return view.problems.filter(p => p.severity === 'error').length;
}

/**
 * What is wrong with a plan or team, under its heading: the number of errors, and a
 * notice when its file does not parse (what is written there is left out).
 */
function statusLine(view: { problems: ProblemSummary[]; parseErrors: number }, text: SummaryText): string {
    const errors = errorsOf(view);
    if (!errors && !view.parseErrors) return '';
    return `<div class="status bad" role="note">${errors ? `<span class="badge bad">${esc(text.errorCount(errors))}</span> ` : ''}`
        + `${view.parseErrors ? esc(text.parseErrorNotice(view.parseErrors)) : ''}</div>`;
}

function sourceAttributes(source: SourceRef | undefined): string {
    if (!source) return '';
    return `${source.uri ? ` data-uri="${esc(source.uri)}"` : ''} data-file="${esc(source.file)}" data-line="${source.line}"`;
}

/** An id beside a heading; a declaration that has no id yet says so. */
function idSpan(id: string, text: SummaryText): string {
    return id ? `<span class="id">${esc(id)}</span>` : `<span class="id missing">${esc(text.missing.id)}</span>`;
}

function chart(svg: string): string {
    return svg ? `<div class="chart-box">${svg}</div>` : '';
}

function facts(rows: Array<[string, string | undefined]>): string {
    const present = rows.filter(([, value]) => value !== undefined && value !== '');
    if (!present.length) return '';
    return `<dl class="facts">${present.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function tile(value: string, label: string, share?: number): string {
    // An SVG rather than a styled <span>: a webview's nonce-only CSP blocks style attributes.
    const meter = share === undefined ? ''
        : `<svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true"><rect class="meter-track" width="100" height="6" rx="3"/><rect class="meter-fill" width="${Math.round(share * 100)}" height="6" rx="3"/></svg>`;
    return `<div class="tile"><span class="number">${esc(value)}</span><span class="what">${esc(label)}</span>${meter}</div>`;
}

const SEVERITY_BADGE: Record<Severity, string> = { error: 'bad', warning: 'warn', info: 'info', hint: 'plain' };

function problemsList(problems: ProblemSummary[], text: SummaryText): string {
    if (!problems.length) return `<p class="muted">${esc(text.noProblems)}</p>`;
    return `<ul class="plain problems">${problems.map(p => `<li class="problem"${sourceAttributes(p.source)} data-code="${esc(p.code)}">`
        + `<span class="badge ${SEVERITY_BADGE[p.severity]}">${esc(text.severity[p.severity])}</span> `
        + `<code>${esc(p.code)}</code> ${esc(p.message)} `
        + `<span class="where">${esc(p.source.file)}:${p.source.line}:${p.column}</span></li>`).join('')}</ul>`;
}

// ---------------------------------------------------------------------- plans

function planSection(model: SummaryModel, plan: PlanSummary, anchor: string, text: SummaryText): string {
    const period = plan.period ? `${esc(text.date(plan.period.start))} &ndash; ${esc(text.date(plan.period.end))}` : undefined;
    const next = plan.nextReview
        ? `${esc(text.date(plan.nextReview.date))} <span class="muted">(${esc(text.relativeDays(plan.nextReview.inDays))}, ${esc(text.reviewWith(personLabel(plan.nextReview.with, text)))})</span>`
        : `<span class="muted">${esc(text.noReview)}</span>`;
    const problems = plan.problems;
    const linked = plan.goals.filter(g => g.vision.linked).length;
    const parts = [
        `<section class="view plan" id="${anchor}"${sourceAttributes(plan.source)}>`,
        `<div class="view-kind">${esc(text.plan)}</div>`,
        `<h2>${esc(text.planOf(personLabel(plan.owner, text)))} ${idSpan(plan.id, text)}</h2>`,
        statusLine(plan, text),
        facts([
            [text.owner, esc(personLabel(plan.owner, text))],
            [text.coach, plan.coach ? esc(personLabel(plan.coach, text)) : undefined],
            [text.team, plan.team ? esc(shown(plan.team.name, 'name', text)) : undefined],
            [text.period, period],
            [text.ambition, plan.ambition !== undefined ? esc(shown(plan.ambition, 'text', text)) : undefined],
            [text.strengths, plan.strengths.length ? `<span class="chips">${plan.strengths.map(s => `<span class="chip">${esc(s)}</span>`).join('')}</span>` : undefined],
            [text.nextReview, next],
        ]),
        calendarLink(model, plan),
        followThroughPart(model, plan, text),
        '<div class="tiles">',
        tile(String(plan.goals.length), text.goals),
        tile(`${linked}/${plan.goals.length}`, text.linkedToVision, plan.goals.length ? linked / plan.goals.length : 0),
        tile(`${plan.feedbackStatus.asked}/${plan.goals.length}`, text.askingFeedback, plan.goals.length ? plan.feedbackStatus.asked / plan.goals.length : 0),
        tile(String(problems.length), text.problems),
        '</div>',
        `<h3>${esc(text.dimensionCoverage)}</h3>`,
        chart(barChart('coverage', text.dimensionCoverage, plan.dimensionCoverage.map(d => d.name),
            [{ className: 'goals', name: text.goals, values: plan.dimensionCoverage.map(d => d.goals) }],
            { muted: plan.dimensionCoverage.map(d => d.goals === 0) })),
        `<h3>${esc(text.timeline)}</h3>`,
    ];
    const svg = timeline(text.timeline, plan.timeline, text, plan.period, model.today);
    parts.push(svg ? chart(svg) + timelineLegend(text) : plan.timelineNotes.length ? '' : `<p class="muted">${esc(text.noTimeline)}</p>`);
    parts.push(timelineNotes(plan.timelineNotes, text));
    parts.push(`<h3>${esc(text.goals)}</h3>`, `<div class="goals">${plan.goals.map(g => goalCard(g, text)).join('')}</div>`);
    parts.push(`<h3>${esc(text.reviews)}</h3>`);
    parts.push(plan.reviews.length
        ? `<ul class="plain reviews">${plan.reviews.map(r => `<li class="review"${sourceAttributes(r.source)}><strong>${esc(whenText(r, text))}</strong> ${esc(text.reviewWith(personLabel(r.with, text)))}${r.text ? ` &middot; ${esc(r.text)}` : ''}</li>`).join('')}</ul>`
        : `<p class="muted">${esc(text.noReview)}</p>`);
    if (plan.received.length) {
        parts.push(`<h3>${esc(text.received)}</h3>`);
        parts.push(`<ul class="plain received">${plan.received.map(f => `<li class="received-feedback${f.private ? ' private' : ''}"${sourceAttributes(f.source)}>${receivedText(f, text)}</li>`).join('')}</ul>`);
    }
    if (plan.reflections.length) {
        parts.push(`<h3>${esc(text.reflections)}</h3>`);
        parts.push(`<ul class="plain reflections">${plan.reflections.map(r => `<li class="reflection${r.private ? ' private' : ''}"${sourceAttributes(r.source)}><strong>${esc(whenText(r, text))}</strong> ${r.private ? `<span class="badge private">${esc(text.privateMark)}</span> ` : ''}${esc(shown(r.text, 'text', text))}</li>`).join('')}</ul>`);
    }
    parts.push(`<h3>${esc(text.problems)}</h3>`, problemsList(problems, text), '</section>');
    return parts.join('\n');
}

/** Said once, under the page's header, when the Git history of the follow-through could not be read. */
function historyNotice(model: SummaryModel, text: SummaryText): string {
    const history = model.followThrough?.history;
    if (!history || history === 'ok') return '';
    return `<div class="notice follow-through-missing" role="note">${esc(history === 'shallow' ? text.followThrough.shallow : text.followThrough.missing)}</div>\n`;
}

/** A plan's follow-through over the model's period (`leerplan status` in the summary). */
function followThroughPart(model: SummaryModel, plan: PlanSummary, text: SummaryText): string {
    const f = plan.followThrough;
    if (!f || !model.followThrough) return '';
    const t = text.followThrough;
    const last = f.lastChange ? esc(t.changedOn(text.date(f.lastChange.date), f.lastChange.daysAgo)) : `<span class="muted">${esc(t.notInGit)}</span>`;
    const list = (items: string[]) => (items.length ? `<ul class="plain">${items.map(item => `<li>${esc(item)}</li>`).join('')}</ul>` : '');
    const goals = f.goalsDone.length
        ? `${esc(t.goalsDoneCount(f.goalsDone.length))}: ${f.goalsDone.map(g => `<code>${esc(g.id)}</code>${g.title ? ` ${esc(g.title)}` : ''}`).join(', ')}`
        : `<span class="muted">${esc(t.none)}</span>`;
    const open = f.feedback.withoutRecord.length;
    const missed = f.reviews.planned - f.reviews.held;
    return `<div class="follow-through" data-since="${esc(model.followThrough.since)}">`
        + `<h3>${esc(t.heading)}</h3><p class="muted">${esc(t.period(text.date(model.followThrough.since), text.date(model.today)))}</p>`
        + facts([
            [t.lastChange, f.uncommitted ? `${last}, <span class="badge warn">${esc(t.uncommitted)}</span>` : last],
            [t.goalsDone, goals],
            [t.feedback, `<span class="badge ${open ? 'warn' : 'good'}">${esc(t.feedbackPassed(f.feedback.passed, open))}</span>`
                + list(f.feedback.withoutRecord.map(m => t.withoutRecord(text.date(m.date), m.who || text.missing.name, m.goal || text.missing.id)))],
            [t.reviews, `<span class="badge ${missed ? 'warn' : 'good'}">${esc(t.reviewsHeld(f.reviews.held, f.reviews.planned))}</span>`
                + list(f.reviews.withoutTrace.map(r => t.noTrace(text.date(r.date), r.with || text.missing.name)))],
        ])
        + '</div>';
}

/** Every plan's follow-through, summed, in the organisation's view. */
function organisationFollowThrough(model: SummaryModel, org: OrganisationSummary, text: SummaryText): string {
    const f = org.followThrough;
    if (!f || !model.followThrough) return '';
    const t = text.followThrough;
    const open = f.feedback.withoutRecord;
    const missed = f.reviews.planned - f.reviews.held;
    return `<div class="follow-through" data-since="${esc(model.followThrough.since)}">`
        + `<h3>${esc(t.overview)}</h3><p class="muted">${esc(t.period(text.date(model.followThrough.since), text.date(model.today)))}</p>`
        + facts([
            [t.plansChanged, `<span class="badge ${f.changed < f.plans ? 'warn' : 'good'}">${esc(t.plansChangedCount(f.changed, f.plans, f.uncommitted))}</span>`],
            [t.goalsDone, f.goalsDone ? esc(t.goalsDoneCount(f.goalsDone)) : `<span class="muted">${esc(t.none)}</span>`],
            [t.feedback, `<span class="badge ${open ? 'warn' : 'good'}">${esc(t.feedbackPassed(f.feedback.passed, open))}</span>`],
            [t.reviews, `<span class="badge ${missed ? 'warn' : 'good'}">${esc(t.reviewsHeld(f.reviews.held, f.reviews.planned))}</span>`],
        ])
        + '</div>';
}

/**
 * In the export of one plan (`leerplan summary --plan ID`, the editor's export of a plan):
 * its moments as an .ics file in a `data:` link, so the page stays one self-contained
 * file. Only there: an export of many plans would carry a calendar per plan
 * (`leerplan calendar` makes them), and the owner's own view is the preview, which has
 * its own button.
 */
function calendarLink(model: SummaryModel, plan: PlanSummary): string {
    if (model.audience !== 'export' || model.scope.kind !== 'plan') return '';
    const entries = planCalendarEntries(plan, model.lang);
    if (!entries.length) return '';
    const ics = renderIcs(entries, { lang: model.lang, name: `${plan.id} (${personLabel(plan.owner, summaryText(model.lang))})`, today: model.today });
    const file = `${safeToken(plan.id) || 'plan'}.ics`;
    return `<p class="calendar-link"><a href="data:text/calendar;charset=utf-8,${esc(encodeURIComponent(ics))}" download="${esc(file)}">${esc(calendarText('downloadLink', model.lang)(entries.length))}</a></p>`;
}

/** A review's or reflection's date, or its moment in words (`every quarter`, `after each lesson visit`), never a made-up date. */
function whenText(line: ReviewSummary | ReflectionSummary, text: SummaryText): string {
    if (line.when) {
        const occurrences = 'occurrences' in line && line.occurrences && line.occurrences.length > 1 ? `, ${text.occurrences(line.occurrences.length)}` : '';
        return text.moment(line.when) + occurrences;
    }
    return line.date !== undefined ? text.date(line.date) : text.noMoment;
}

/** Moments without a calendar date (`after "..."`, `ongoing`): labelled notes beside the timeline. */
function timelineNotes(notes: TimelineNote[], text: SummaryText): string {
    if (!notes.length) return '';
    return `<div class="timeline-notes"><div class="muted">${esc(text.withoutDate)}</div><ul class="plain">${notes.map(n => `<li class="timeline-note ${n.kind}"${sourceAttributes(n.source)}>`
        + `<span class="swatch ${n.kind}"></span><span class="badge plain">${esc(text.note(n))}</span> ${esc(n.label)}${n.goal ? ` <span class="id">${esc(n.goal)}</span>` : ''}</li>`).join('')}</ul></div>`;
}

/** A record of feedback received: when, from whom, for which goal, what was heard. */
function receivedText(f: FeedbackSummary, text: SummaryText): string {
    const who = feedbackWho(f.from, text);
    return (f.when ? `<strong>${esc(text.moment(f.when))}</strong> ` : '')
        + `<span class="badge good">${esc(text.receivedFrom(who))}</span> `
        + (f.private ? `<span class="badge private">${esc(text.privateMark)}</span> ` : '')
        + (f.text !== undefined ? esc(f.text) : '')
        + (f.goal ? ` <span class="id">${esc(f.goal)}</span>` : '');
}

function timelineLegend(text: SummaryText): string {
    const kinds = ['action', 'feedback', 'review', 'due'] as const;
    return `<div class="legend-row">${kinds.map(k => `<span><span class="swatch ${k}"></span>${esc(text.timelineKinds[k])}</span>`).join('')}</div>`;
}

function visionBadge(goal: GoalSummary, text: SummaryText): string {
    if (!goal.vision.linked && goal.personal) return `<span class="badge info">${esc(text.personalNoVision)}</span>`;
    if (!goal.vision.linked && goal.required !== undefined) return `<span class="badge info">${esc(text.requiredNoVision)}</span>`;
    if (!goal.vision.linked) return `<span class="badge warn">${esc(text.notLinked)}</span>`;
    return goal.vision.reachesVision ? `<span class="badge good">${esc(text.linked)}</span>` : `<span class="badge info">${esc(text.linkedNoVision)}</span>`;
}

const FEEDBACK_BADGE = { asked: 'good', given: 'info', none: 'warn' } as const;

function goalCard(goal: GoalSummary, text: SummaryText): string {
    const due = goal.dueMoment ? text.moment(goal.dueMoment) : goal.due ? `${text.due} ${text.date(goal.due)}` : '';
    const badges = [
        goal.personal ? `<span class="badge plain personal">${esc(text.personal)}</span>` : '',
        goal.status ? `<span class="badge plain">${esc(text.statusName[goal.status])}</span>` : '',
        due ? `<span class="badge plain">${esc(due)}</span>` : '',
        visionBadge(goal, text),
        `<span class="badge ${FEEDBACK_BADGE[goal.feedbackStatus]}">${esc(text.feedback)}: ${esc(text.feedbackStatus[goal.feedbackStatus])}</span>`,
    ].join(' ');
    const path = goal.vision.path.length
        ? `<div class="vision-path"><span class="muted">${esc(text.visionLink)}:</span>${goal.vision.path.map(step => `<span class="arrow">&rarr;</span><span class="step ${step.kind}" title="${esc(step.id)}">${esc(shown(step.text, 'text', text))}</span>`).join('')}</div>`
        : '';
    const actions = goal.actions.length
        ? `<table class="actions reflow inline"><thead><tr><th>${esc(text.actions)}</th><th></th><th></th><th class="num"></th></tr></thead><tbody>${goal.actions.map(a => `<tr${sourceAttributes(a.source)}>`
            + `<td><span class="badge ${a.known ? (a.formal ? 'info' : 'good') : 'warn'}" title="${esc(a.known ? (a.formal ? text.formal : text.informal) : text.unknownForm)}">${esc(a.formName)}</span></td>`
            + `<td>${esc(shown(a.text, 'text', text))}</td><td class="muted">${a.when ? esc(text.moment(a.when)) : ''}</td><td class="num muted">${a.hours !== undefined ? esc(text.hours(a.hours)) : ''}</td></tr>`).join('')}</tbody></table>`
        : '';
    const feedback = goal.feedback.length
        ? `<table class="feedback reflow inline"><thead><tr><th>${esc(text.feedback)}</th><th></th><th></th></tr></thead><tbody>${goal.feedback.map(f => feedbackRow(f, text)).join('')}</tbody></table>`
        : '';
    const criteria = goal.successCriteria.length
        ? `<div class="criteria"><span class="muted">${esc(goal.successCriteria.length > 1 ? text.successCriteria : text.evidence)}:</span>`
            + (goal.successCriteria.length > 1 ? `<ul>${goal.successCriteria.map(c => `<li>${esc(shown(c, 'text', text))}</li>`).join('')}</ul>` : ` ${esc(shown(goal.successCriteria[0], 'text', text))}`) + '</div>'
        : '';
    const why = (goal.why !== undefined ? `<div class="why"><span class="muted">${esc(text.why)}:</span> ${esc(goal.why)}</div>` : '')
        + (goal.required !== undefined ? `<div class="why required"><span class="muted">${esc(text.required)}:</span> ${esc(goal.required)}</div>` : '');
    const level = goal.level ? `<div class="level"><span class="muted">${esc(text.level)}:</span> ${esc(text.levelText(goal.level.now, goal.level.target))}</div>` : '';
    return `<article class="goal${goal.vision.linked || goal.personal || goal.required !== undefined ? '' : ' unlinked'}" data-goal="${esc(goal.id)}" aria-label="${esc(shown(goal.title, 'title', text))}"${sourceAttributes(goal.source)}>`
        + `<div class="goal-head"><h4>${esc(shown(goal.title, 'title', text))} ${idSpan(goal.id, text)}</h4><span>${badges}</span></div>`
        + why + level
        + (goal.dimensions.length ? `<div class="chips">${goal.dimensions.map(d => `<span class="chip" title="${esc(d.key)}">${esc(d.name)}</span>`).join('')}</div>` : '')
        + path
        + (goal.contributes.length ? `<div class="muted">${esc(text.contributes)}: ${goal.contributes.map(esc).join(', ')}</div>` : '')
        + actions + feedback + criteria
        + '</article>';
}

/** A feedback line: asked of, given to, or received from someone, with its question or what was heard. */
function feedbackRow(f: FeedbackSummary, text: SummaryText): string {
    const who = feedbackWho(f.from, text);
    const label = f.direction === 'ask' ? text.feedbackFrom(who) : f.direction === 'received' ? text.receivedFrom(who) : text.feedbackTo(who);
    const said = f.direction === 'received' ? f.text : f.question;
    return `<tr${sourceAttributes(f.source)}${f.direction === 'received' ? ' class="received-feedback"' : ''}><td><span class="badge ${f.direction === 'give' ? 'info' : 'good'}">${esc(label)}</span>`
        + `${f.private ? ` <span class="badge private">${esc(text.privateMark)}</span>` : ''}`
        + `${f.followUp ? ` <span class="badge ${f.followUp.recorded ? 'good' : 'warn'} follow-up">${esc(f.followUp.recorded ? text.followedUp : text.notFollowedUp)}</span>` : ''}</td>`
        + `<td>${said !== undefined ? esc(said) : ''}</td><td class="muted">${f.when ? esc(text.moment(f.when)) : ''}</td></tr>`;
}

// ---------------------------------------------------------------------- teams

/** A team's view in pieces: a large team's alignment tree (a node per member goal) is written node by node. */
function* teamSection(_model: SummaryModel, team: TeamSummary, anchor: string, text: SummaryText): Iterable<string> {
    const columns = team.coverage.dimensions.map(d => d.name);
    const rows = [
        ...team.coverage.rows.map(r => ({ label: personLabel(r.person, text), values: r.goals })),
        { label: text.teamGoals, values: team.coverage.teamGoals, className: 'team-row' },
    ];
    const asks = team.feedbackCalendar.reduce((n, m) => n + m.asks, 0);
    const gives = team.feedbackCalendar.reduce((n, m) => n + m.gives, 0);
    const before = [
        `<section class="view team" id="${anchor}"${sourceAttributes(team.source)}>`,
        `<div class="view-kind">${esc(text.team)}</div>`,
        `<h2>${esc(shown(team.name, 'title', text))} ${idSpan(team.id, text)}</h2>`,
        statusLine(team, text),
        facts([
            [text.lead, team.lead ? esc(personLabel(team.lead, text)) : undefined],
            [text.members, team.members.length ? `<span class="chips">${team.members.map(m => `<span class="chip">${esc(personLabel(m, text))}${m.plans.length ? ` <span class="id">${m.plans.map(esc).join(', ')}</span>` : ''}</span>`).join('')}</span>` : undefined],
        ]),
        `<h3>${esc(text.teamGoals)}</h3>`,
        team.goals.length ? `<div class="goals">${team.goals.map(g => goalCard(g, text)).join('')}</div>` : `<p class="muted">${esc(text.none)}</p>`,
        routines(team, text),
        `<h3>${esc(text.heatmap)}</h3>`,
        chart(heatmap(text.heatmap, columns, rows)),
        `<p><strong>${esc(text.untouched)}:</strong> ${team.untouched.length ? team.untouched.map(d => `<span class="chip">${esc(d.name)}</span>`).join(' ') : esc(text.none)}</p>`,
        team.baseline.assessments.length ? `<h3>${esc(text.teamBaseline)}</h3>\n${baselineParts(team.baseline, text)}` : '',
        `<h3>${esc(text.alignment)}</h3>`,
    ];
    const after = [
        `<h3>${esc(text.feedbackCalendar)}</h3>`,
        chart(feedbackCalendar(text.feedbackCalendar, team.feedbackCalendar, text)),
        `<p class="muted">${asks} ${esc(text.asks)}, ${gives} ${esc(text.gives)}</p>`,
        `<h3>${esc(text.problems)}</h3>`,
        problemsList(team.problems, text),
        '</section>',
    ];
    yield `${before.join('\n')}\n`;
    if (team.alignment.length) {
        yield '<div class="chart-box">';
        yield* alignmentTree(text.alignment, team.alignment, text);
        yield '</div>';
    }
    yield `\n${after.join('\n')}\n`;
}

/** The team's own action and feedback lines, outside its goals. */
function routines(team: TeamSummary, text: SummaryText): string {
    const { actions, feedback } = team.routines;
    if (!actions.length && !feedback.length) return '';
    const rows = actions.map(a => `<tr${sourceAttributes(a.source)}><td><span class="badge ${a.known ? (a.formal ? 'info' : 'good') : 'warn'}">${esc(a.formName)}</span></td>`
        + `<td>${esc(a.text)}</td><td class="muted">${a.when ? esc(text.moment(a.when)) : ''}</td></tr>`);
    return `<h3>${esc(text.routines)}</h3><table class="routines"><tbody>${rows.join('')}${feedback.map(f => feedbackRow(f, text)).join('')}</tbody></table>`;
}

// ---------------------------------------------------------------------- organisation

/**
 * A baseline: the scores of each assessment per dimension beside the goals and people
 * working on it, who took part in each assessment, the notes with the scores, and the
 * development card beside each dimension that scored lowest without a goal.
 */
function baselineParts(baseline: Baseline, text: SummaryText): string {
    const dates = baseline.assessments.map(a => a.date);
    const head = `<thead><tr><th>${esc(text.dimension)}</th>${dates.map(d => `<th class="num">${esc(d)}</th>`).join('')}`
        + `<th class="num">${esc(text.goals)}</th><th class="num">${esc(text.people)}</th></tr></thead>`;
    const rows = baseline.dimensions.map(d => `<tr${d.gap ? ' class="gap"' : ''}><td>${esc(shown(d.name, 'name', text))}`
        + (d.inFramework ? '' : ` <span class="badge plain">${esc(text.otherFramework)}</span>`)
        + (d.gap ? ` <span class="badge warn">${esc(text.gap)}</span>` : '') + '</td>'
        + d.scores.map((score, i) => score === null
            ? `<td class="num muted" data-label="${esc(dates[i])}" title="${esc(text.notScored)}">&ndash;</td>`
            : `<td class="num score s${score}" data-label="${esc(dates[i])}">${score}</td>`).join('')
        + `<td class="num" data-label="${esc(text.goals)}">${d.goals}</td><td class="num" data-label="${esc(text.people)}">${d.people}</td></tr>`).join('');
    const parts = [`<table class="baseline reflow">${head}<tbody>${rows}</tbody></table>`];
    if (baseline.assessments.length) {
        parts.push(`<p><strong>${esc(text.assessments)}:</strong></p><ul class="plain assessments">${baseline.assessments.map(a => `<li${sourceAttributes(a.source)}>${esc(a.date)} · `
            + `${esc(text.takingPart(a.participants.length))}${a.participants.length ? `: ${a.participants.map(p => esc(personLabel(p, text))).join(', ')}` : ''}</li>`).join('')}</ul>`);
    }
    const notes = baseline.dimensions.flatMap(d => d.notes.map((note, i) => ({ note, date: dates[i], name: d.name })).filter(n => n.note));
    if (notes.length) {
        notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        parts.push(`<p><strong>${esc(text.scoreNotes)}:</strong></p><ul class="plain score-notes">${notes.map(n => `<li><span class="muted">${esc(n.date)} · ${esc(shown(n.name, 'name', text))}:</span> ${esc(n.note)}</li>`).join('')}</ul>`);
    }
    for (const d of baseline.dimensions) {
        if (!d.card) continue;
        // Our text, not plan text: its `code` spans become <code>, everything escaped.
        const line = (item: string) => item.split('`').map((part, i) => (i % 2 ? `<code>${esc(part)}</code>` : esc(part))).join('');
        const list = (title: string, items: string[]) => `<h5>${esc(title)}</h5><ul>${items.map(item => `<li>${line(item)}</li>`).join('')}</ul>`;
        parts.push(`<details class="development-card" open><summary>${esc(text.developmentCard(shown(d.name, 'name', text)))}</summary>`
            + list(text.cardParts.challenges, d.card.challenges) + list(text.cardParts.suggestions, d.card.suggestions) + list(text.cardParts.practices, d.card.practices)
            + '</details>');
    }
    return parts.join('\n');
}

function organisationSection(model: SummaryModel, org: OrganisationSummary, anchor: string, text: SummaryText, planAnchorAt: Map<string, string>): string {
    const dimensions = org.baseline.dimensions;
    const visions = org.visions.length
        ? `<ul class="plain visions">${org.visions.map(v => `<li><strong>${esc(shown(v.text, 'text', text))}</strong> ${idSpan(v.id, text)} `
            + (v.aboutLearning ? `<span class="badge good">${esc(text.aboutLearning)}</span> ` : '')
            + (v.developedWith ? `<span class="badge ${v.developedWith.every(g => g === 'management') ? 'warn' : 'plain'}">${esc(text.developedWith(v.developedWith.map(g => text.developedBy[g] ?? g).join(', ')))}</span>` : '')
            + '</li>').join('')}</ul>`
        : `<p class="muted">${esc(text.none)}</p>`;
    const ambitions = org.ambitions.length
        ? `<ul class="plain ambitions">${org.ambitions.map(a => `<li>${esc(shown(a.text, 'text', text))} ${idSpan(a.id, text)}${a.supports.length ? ` <span class="muted">&rarr; ${esc(text.supports)} ${a.supports.map(esc).join(', ')}</span>` : ''}</li>`).join('')}</ul>`
        : `<p class="muted">${esc(text.none)}</p>`;
    return [
        `<section class="view organisation" id="${anchor}"${sourceAttributes(org.source)}>`,
        `<div class="view-kind">${esc(text.organisation)}</div>`,
        `<h2>${esc(org.name ?? text.organisation)}${org.id ? ` <span class="id">${esc(org.id)}</span>` : ''}</h2>`,
        '<div class="tiles">',
        tile(String(org.counts.people), text.people),
        tile(String(org.counts.teams), text.teams),
        tile(String(org.counts.plans), text.plans),
        tile(String(org.counts.goals), text.goals),
        tile(text.percent(org.linkedToVision), text.linkedToVision, org.linkedToVision),
        tile(text.percent(org.askingFeedback), text.askingFeedback, org.askingFeedback),
        tile(String(totalOf(org.workspaceProblems.bySeverity)), text.problems),
        '</div>',
        org.parseErrors ? `<div class="status bad" role="note">${esc(text.parseErrorNotice(org.parseErrors))}</div>` : '',
        `<div class="columns"><div><h3>${esc(text.visions)}</h3>${visions}</div><div><h3>${esc(text.ambitions)}</h3>${ambitions}</div></div>`,
        organisationFollowThrough(model, org, text),
        `<h3>${esc(text.baseline)}</h3>`,
        `<p class="muted">${esc(text.baselineIntro(model.framework.title))}</p>`,
        org.baseline.assessments.length ? '' : `<p class="muted">${esc(text.noAssessment)}</p>`,
        chart(barChart('baseline', text.baseline, dimensions.map(b => b.name), [
            { className: 'goals', name: text.goals, values: dimensions.map(b => b.goals) },
            { className: 'people', name: text.people, values: dimensions.map(b => b.people) },
        ], { muted: dimensions.map(b => b.goals === 0) })),
        `<p><strong>${esc(text.noOneWorksOn)}:</strong> ${org.untouched.length ? org.untouched.map(d => `<span class="chip">${esc(d.name)}</span>`).join(' ') : esc(text.everyDimensionTouched)}</p>`,
        baselineParts(org.baseline, text),
        workspaceProblems(org, text, planAnchorAt),
        '</section>',
    ].join('\n');
}

function totalOf(counts: Record<Severity, number>): number {
    return counts.error + counts.warning + counts.info + counts.hint;
}

/** Every open problem of the workspace: counts by severity and by rule, the plans with errors, the organisation's own. */
function workspaceProblems(org: OrganisationSummary, text: SummaryText, planAnchorAt: Map<string, string>): string {
    const all = org.workspaceProblems;
    const parts = [`<h3>${esc(text.workspaceProblems)}</h3>`];
    if (totalOf(all.bySeverity) === 0) {
        parts.push(`<p class="muted">${esc(text.noProblems)}</p>`);
        return parts.join('\n');
    }
    parts.push(`<p>${esc(text.severityCounts(all.bySeverity))}</p>`);
    parts.push(`<table class="problem-codes reflow"><thead><tr><th>${esc(text.column.code)}</th><th>${esc(text.rule)}</th><th class="num">${esc(text.howMany)}</th><th class="num">${esc(text.plans)}</th></tr></thead><tbody>`
        + all.byCode.map(c => `<tr><td data-label="${esc(text.column.code)}"><span class="badge ${SEVERITY_BADGE[c.severity]}">${esc(text.severity[c.severity])}</span> <code>${esc(c.code)}</code></td>`
            + `<td data-label="${esc(text.rule)}">${esc(c.title)}</td><td class="num" data-label="${esc(text.howMany)}">${c.count}</td><td class="num" data-label="${esc(text.plans)}">${c.plans}</td></tr>`).join('')
        + '</tbody></table>');
    if (all.plansWithErrors.length) {
        parts.push(`<h4>${esc(text.plansWithErrors)}</h4>`);
        parts.push(`<ul class="plain plans-with-errors">${all.plansWithErrors.map(p => {
            const anchor = planAnchorAt.get(`${p.source.file}:${p.source.line}`);
            const label = `${esc(text.planOf(personLabel(p.owner, text)))} ${idSpan(p.plan, text)}`;
            return `<li${sourceAttributes(p.source)}>${anchor ? `<a href="#${anchor}">${label}</a>` : label} `
                + `${p.errors ? `<span class="badge bad">${esc(text.errorCount(p.errors))}</span> ` : ''}`
                + `${p.parseErrors ? `<span class="badge warn">${esc(text.syntaxErrorCount(p.parseErrors))}</span>` : ''}</li>`;
        }).join('')}</ul>`);
    }
    if (org.problems.length) parts.push(`<h4>${esc(text.ownProblems)}</h4>`, problemsList(org.problems, text));
    return parts.join('\n');
}

// ---------------------------------------------------------------------- coaches

function coachSection(model: SummaryModel, coach: CoachSummary, anchor: string, text: SummaryText): string {
    const history = model.followThrough?.history === 'ok';
    const t = text.followThrough;
    const rows = coach.plans.map(p => {
        const f = p.followThrough;
        const followThrough = !history ? '' : `<td data-label="${esc(t.heading)}">${f
            ? `${f.lastChange ? esc(t.changedOn(text.date(f.lastChange.date), f.lastChange.daysAgo)) : esc(t.notInGit)}${f.uncommitted ? `, <span class="badge warn">${esc(t.uncommitted)}</span>` : ''}`
                + `<br><span class="badge ${f.feedbackWithoutRecord ? 'warn' : 'good'}">${esc(t.withoutRecordCount(f.feedbackWithoutRecord))}</span> `
                + `<span class="badge ${f.reviews.held < f.reviews.planned ? 'warn' : 'good'}">${esc(t.reviewsHeld(f.reviews.held, f.reviews.planned))}</span>`
            : ''}</td>`;
        const next = p.nextReview ? `${esc(text.date(p.nextReview.date))} <span class="muted">(${esc(text.relativeDays(p.nextReview.inDays))})</span>` : `<span class="badge warn">${esc(text.noReview)}</span>`;
        const last = p.lastReview ? `${esc(text.date(p.lastReview.date))} <span class="muted">(${esc(text.relativeDays(p.lastReview.inDays))})</span>` : esc(text.none);
        const counts = (['error', 'warning', 'info'] as const).filter(s => p.problems[s] > 0)
            .map(s => `<span class="badge ${SEVERITY_BADGE[s]}">${esc(text.severityCount(s, p.problems[s]))}</span>`).join(' ');
        return `<tr class="coach-plan"${sourceAttributes(p.source)}><td>${esc(personLabel(p.owner, text))} ${idSpan(p.plan, text)}</td>`
            + `<td data-label="${esc(text.nextReview)}">${next}</td><td data-label="${esc(text.lastReview)}">${last}</td>`
            + followThrough
            + `<td data-label="${esc(text.problems)}">${counts || esc(text.none)}</td><td>${p.codes.map(c => `<code>${esc(c)}</code>`).join(' ')}</td></tr>`;
    }).join('');
    return [
        `<section class="view coach" id="${anchor}">`,
        `<div class="view-kind">${esc(text.coach)}</div>`,
        `<h2>${esc(text.coachList(personLabel(coach.coach, text)))} ${idSpan(coach.coach.id, text)}</h2>`,
        coach.plans.length
            ? `<table class="coach-plans reflow"><thead><tr><th>${esc(text.plan)}</th><th>${esc(text.nextReview)}</th><th>${esc(text.lastReview)}</th>${history ? `<th>${esc(t.heading)}</th>` : ''}<th>${esc(text.problems)}</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
            : `<p class="muted">${esc(text.noPlans)}</p>`,
        '</section>',
    ].join('\n');
}
