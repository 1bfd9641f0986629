/**
 * The stylesheet of the HTML summary, inlined into every page. Colours are custom
 * properties: light by default, dark under `prefers-color-scheme: dark`, the editor's
 * theme colours inside a VS Code webview (whose body carries `vscode-light`,
 * `vscode-dark` or `vscode-high-contrast`), and plain ink on white in print.
 */
const LIGHT = `
  --bg: #fbfaf7; --fg: #1f2328; --muted: #5d6570; --card: #ffffff; --border: #dcd8cf; --soft: #f1eee7;
  --accent: #2f6f8f; --accent-soft: #d5e6ee; --good: #2e7d4f; --good-soft: #d8efe0; --warn: #a15c00; --warn-soft: #fbe8c8;
  --bad: #b42318; --bad-soft: #fbdcd8; --info: #4b5fa8; --info-soft: #e0e5f6; --private: #7a3e9d; --private-soft: #efe0f7;
  --people: #c2773a; --h1: #4a7c97; --h2: #2f6f8f; --h3: #1f5670; --h4: #123a4d; --h0: #ecebe6;
  --mark-action: #2f6f8f; --mark-feedback: #c2773a; --mark-review: #7a3e9d; --mark-due: #b42318;`;

const DARK = `
  --bg: #16191d; --fg: #e6e8eb; --muted: #a0a8b3; --card: #1f2328; --border: #363c44; --soft: #272c33;
  --accent: #7fb8d6; --accent-soft: #23404f; --good: #7fd19f; --good-soft: #1f3a2a; --warn: #f0b45c; --warn-soft: #43331a;
  --bad: #ff8a80; --bad-soft: #4a2320; --info: #9fb0f0; --info-soft: #262e4d; --private: #d3a6ef; --private-soft: #3a2747;
  --people: #f0a868; --h1: #28485a; --h2: #3a6e8a; --h3: #5b9ab9; --h4: #8cc6e2; --h0: #262b31;
  --mark-action: #7fb8d6; --mark-feedback: #f0a868; --mark-review: #d3a6ef; --mark-due: #ff8a80;`;

export const SUMMARY_CSS = `
:root { color-scheme: light dark;${LIGHT} }
@media (prefers-color-scheme: dark) { :root {${DARK} } }
body.vscode-light, body.vscode-high-contrast-light {${LIGHT} }
body.vscode-dark, body.vscode-high-contrast {${DARK} }
body.vscode-light, body.vscode-dark, body.vscode-high-contrast, body.vscode-high-contrast-light {
  --bg: var(--vscode-editor-background); --fg: var(--vscode-editor-foreground); --muted: var(--vscode-descriptionForeground);
  --card: var(--vscode-editorWidget-background, var(--vscode-editor-background)); --border: var(--vscode-panel-border, var(--vscode-widget-border, #8888));
  --accent: var(--vscode-textLink-foreground);
  font-family: var(--vscode-font-family, system-ui, sans-serif);
}
@media print { :root, body {${LIGHT} --bg: #fff; --card: #fff; --fg: #000; --muted: #444; --border: #bbb; } }
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
/* Long words (ids, addresses, a name without spaces) break rather than widen the page. */
.leerplan-summary { max-width: 1040px; margin: 0 auto; padding: 28px 28px 60px; overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 1.4rem; margin: 0 0 4px; }
h3 { font-size: 1.08rem; margin: 26px 0 10px; color: var(--fg); }
h4 { font-size: 1rem; margin: 0; }
a { color: var(--accent); }
.meta, .muted { color: var(--muted); }
.page-header { border-bottom: 1px solid var(--border); padding-bottom: 14px; margin-bottom: 18px; }
.notice { display: inline-block; font-size: 0.85rem; background: var(--soft); border: 1px solid var(--border); border-radius: 14px; padding: 2px 10px; margin-top: 6px; }
nav.contents { display: flex; flex-wrap: wrap; gap: 6px 8px; margin-top: 12px; font-size: 0.9rem; }
nav.contents a { text-decoration: none; border: 1px solid var(--border); border-radius: 6px; padding: 2px 8px; background: var(--card); }
nav.contents a.has-errors { border-color: var(--bad); }
section.view { background: var(--card); border: 1px solid var(--border); border-radius: 12px; padding: 22px 24px; margin: 0 0 24px; }
.view-kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.72rem; color: var(--muted); font-weight: 600; }
.status { margin: 10px 0 0; padding: 6px 10px; border-radius: 6px; border-left: 3px solid var(--bad); background: var(--bad-soft); }
.id.missing, .missing { font-style: italic; }
.id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.82em; color: var(--muted); font-weight: normal; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 16px; margin: 14px 0 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; min-width: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0 4px; }
.tile { background: var(--soft); border-radius: 10px; padding: 8px 14px; min-width: 120px; flex: 1 1 120px; max-width: 220px; }
.tile .number { font-size: 1.45rem; font-weight: 650; display: block; }
.tile .what { font-size: 0.82rem; color: var(--muted); }
.tile svg.meter { display: block; width: 100%; height: 6px; margin-top: 6px; }
.meter-track { fill: var(--border); }
.meter-fill { fill: var(--accent); }
.chips { display: flex; flex-wrap: wrap; gap: 4px 6px; }
.chip { display: inline-block; font-size: 0.8rem; border-radius: 12px; padding: 1px 9px; background: var(--accent-soft); color: var(--fg); max-width: 100%; }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; border-radius: 4px; padding: 0 6px; line-height: 1.6; vertical-align: 1px; }
.badge.good { background: var(--good-soft); color: var(--good); }
.badge.warn { background: var(--warn-soft); color: var(--warn); }
.badge.bad { background: var(--bad-soft); color: var(--bad); }
.badge.info { background: var(--info-soft); color: var(--info); }
.badge.plain { background: var(--soft); color: var(--muted); }
.badge.private { background: var(--private-soft); color: var(--private); }
.goals { display: grid; gap: 12px; }
article.goal { border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 8px; padding: 12px 14px; background: var(--bg); break-inside: avoid; min-width: 0; }
article.goal.unlinked { border-left-color: var(--warn); }
.goal-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 10px; }
.goal-head h4 { flex: 1 1 16em; min-width: 0; }
.vision-path { font-size: 0.88rem; margin: 6px 0; }
.vision-path .arrow { color: var(--muted); padding: 0 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--border); }
th { color: var(--muted); font-weight: 600; font-size: 0.8rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.score { font-weight: 600; }
td.score.s1, td.score.s2 { background: var(--bad-soft); color: var(--bad); }
td.score.s3 { background: var(--warn-soft); color: var(--warn); }
td.score.s4, td.score.s5 { background: var(--good-soft); color: var(--good); }
details.development-card { border: 1px solid var(--border); border-radius: 6px; padding: 6px 12px; margin: 8px 0; }
details.development-card summary { font-weight: 600; cursor: pointer; }
details.development-card h5 { margin: 8px 0 2px; font-size: 0.85rem; }
details.development-card ul { margin: 0; padding-left: 20px; }
ul.plain { list-style: none; padding: 0; margin: 6px 0; }
ul.plain li { padding: 3px 0; }
.problem .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.8rem; color: var(--muted); }
.problem code { font-size: 0.8rem; }
table.coach-plans code { display: inline-block; font-size: 0.8rem; margin: 0 4px 2px 0; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr)); gap: 8px 28px; }
/* Charts: labels are text that wraps; only the drawing is SVG, sized in percent of the width it gets. */
.chart-box { margin: 6px 0 10px; max-width: 100%; overflow-x: auto; }
.chart { margin: 0; font-size: 0.85rem; }
.chart svg { display: block; overflow: visible; font-family: inherit; }
.chart svg text { fill: var(--muted); font-size: 11px; }
.legend-row { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.8rem; color: var(--muted); margin-bottom: 4px; }
.legend-row .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: 0; }
.swatch.action { background: var(--mark-action); } .swatch.feedback { background: var(--mark-feedback); }
.swatch.review { background: var(--mark-review); } .swatch.due { background: var(--mark-due); }
.swatch.goals { background: var(--accent); } .swatch.people { background: var(--people); }
.bar-row { display: grid; grid-template-columns: minmax(7em, 16em) minmax(0, 1fr); gap: 2px 12px; align-items: center; padding: 3px 0; }
.bar-row.muted .bar-label { color: var(--muted); }
.bar-lines { display: grid; gap: 3px; min-width: 0; }
.bar-line { display: flex; align-items: center; gap: 6px; min-width: 0; }
.bar-line svg.bar-track { flex: 1 1 auto; min-width: 0; height: 12px; border-radius: 3px; }
.bar-line .value { color: var(--muted); font-size: 0.8rem; min-width: 1.5em; font-variant-numeric: tabular-nums; }
.chart .track { fill: var(--soft); }
.chart .bar { fill: var(--accent); }
.chart .bar.people { fill: var(--people); }
.tl-row { display: grid; grid-template-columns: minmax(7em, 14em) minmax(0, 1fr); gap: 0 12px; align-items: center; }
.tl-row .tl-label { font-size: 0.82rem; line-height: 1.25; padding: 2px 0; text-align: right; }
.tl-row svg.tl-lane { width: 100%; height: 24px; }
.chart .grid { stroke: var(--border); stroke-width: 1; }
.chart .lane { stroke: var(--border); stroke-width: 1; stroke-dasharray: 2 3; }
.chart .mark.action { fill: var(--mark-action); }
.chart .mark.feedback { fill: var(--mark-feedback); }
.chart .mark.review { fill: var(--mark-review); }
.chart .mark.due { fill: var(--mark-due); }
.chart .mark.span { opacity: 0.75; }
.chart svg text.today-label { fill: var(--bad); }
.chart .today { stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 4 3; }
table.heatmap { width: auto; max-width: 100%; font-size: 0.82rem; border-collapse: separate; border-spacing: 2px; }
table.heatmap th, table.heatmap td { border: none; padding: 1px; }
table.heatmap th.label { text-align: right; padding-right: 8px; font-size: 0.82rem; color: var(--fg); font-weight: normal; vertical-align: middle; }
table.heatmap tr.team-row th.label { font-weight: 600; }
table.heatmap th.column-label { vertical-align: bottom; font-weight: normal; }
table.heatmap th.column-label span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 11em; line-height: 1.15; text-align: left; }
table.heatmap td.cell { width: 2.2em; min-width: 1.7em; height: 1.9em; text-align: center; vertical-align: middle; border-radius: 3px; color: #fff; font-weight: 600; }
.level-0 { background: var(--h0); } .level-1 { background: var(--h1); } .level-2 { background: var(--h2); }
.level-3 { background: var(--h3); } .level-4 { background: var(--h4); }
.alignment ul { list-style: none; margin: 0; padding: 0; }
.alignment ul ul { margin-left: 14px; padding-left: 14px; border-left: 2px solid var(--border); }
.alignment li { padding: 4px 0 0; }
.alignment .node { display: inline-block; max-width: 100%; border: 1px solid var(--border); border-radius: 6px; padding: 3px 9px; background: var(--card); }
.alignment .node.vision { background: var(--accent-soft); border-color: var(--accent); }
.alignment .node.ambition { background: var(--info-soft); border-color: var(--info); }
.alignment .node.team-goal { background: var(--good-soft); border-color: var(--good); }
.alignment .node.unlinked { background: var(--warn-soft); border-color: var(--warn); }
.alignment .node-sub { color: var(--muted); font-size: 0.8em; }
ol.calendar { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
ol.calendar .month { width: 44px; height: 56px; border-radius: 5px; display: grid; grid-template-rows: 16px 1fr 14px; justify-items: center; align-items: center; font-size: 0.75rem; }
ol.calendar .month-value { color: #fff; font-weight: 600; font-size: 0.85rem; }
ol.calendar .month.level-0 .month-name, ol.calendar .month.level-0 .month-year { color: var(--muted); }
ol.calendar .month-name, ol.calendar .month-year { color: #fff; }
.chart .repeat-band { opacity: 0.3; }
.chart .repeat-band.action { fill: var(--mark-action); }
.chart .repeat-band.feedback { fill: var(--mark-feedback); }
.chart .repeat-band.review { fill: var(--mark-review); }
.timeline-notes { margin: 6px 0 10px; font-size: 0.9rem; }
.timeline-notes .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
.goal .why, .goal .level, .goal .criteria { margin: 4px 0; }
.goal .criteria ul { margin: 2px 0 0 1.2em; padding: 0; }
[data-line] { cursor: default; }
body.vscode-light [data-line], body.vscode-dark [data-line], body.vscode-high-contrast [data-line] { cursor: pointer; }
/* A narrow page (a phone, a narrow editor column): less padding, labels above their bars and lanes, tables as cards. */
@media (max-width: 600px) {
  .leerplan-summary { padding: 14px 10px 40px; }
  section.view { padding: 14px 12px; border-radius: 8px; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; }
  .bar-row, .tl-row { grid-template-columns: minmax(0, 1fr); }
  .tl-row .tl-label { text-align: left; }
  .tl-axis .tl-label { display: none; }
  .chart svg text.axis.minor { display: none; }
  table.reflow, table.reflow tbody, table.reflow tr, table.reflow td { display: block; width: auto; }
  table.reflow thead { display: none; }
  table.reflow tr { padding: 6px 0; border-bottom: 1px solid var(--border); }
  table.reflow td { border: none; padding: 1px 0; text-align: left; }
  table.reflow td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: 0.8rem; }
  table.reflow td:empty { display: none; }
  table.reflow.inline tr { display: flex; flex-wrap: wrap; gap: 2px 10px; align-items: baseline; }
}
@media print {
  body { font-size: 11pt; }
  .leerplan-summary { max-width: none; padding: 0; }
  nav.contents { display: none; }
  section.view { border: none; padding: 0; margin: 0 0 18pt; break-before: page; }
  section.view:first-of-type { break-before: auto; }
  article.goal, .chart, table, .tiles { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
