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
.leerplan-summary { max-width: 1040px; margin: 0 auto; padding: 28px 28px 60px; }
h1 { font-size: 1.75rem; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 1.4rem; margin: 0 0 4px; }
h3 { font-size: 1.08rem; margin: 26px 0 10px; color: var(--fg); }
h4 { font-size: 1rem; margin: 0; }
a { color: var(--accent); }
.meta, .muted { color: var(--muted); }
.page-header { border-bottom: 1px solid var(--border); padding-bottom: 14px; margin-bottom: 18px; }
.notice { display: inline-block; font-size: 0.85rem; background: var(--soft); border: 1px solid var(--border); border-radius: 999px; padding: 2px 10px; margin-top: 6px; }
nav.contents { display: flex; flex-wrap: wrap; gap: 6px 8px; margin-top: 12px; font-size: 0.9rem; }
nav.contents a { text-decoration: none; border: 1px solid var(--border); border-radius: 6px; padding: 2px 8px; background: var(--card); }
section.view { background: var(--card); border: 1px solid var(--border); border-radius: 12px; padding: 22px 24px; margin: 0 0 24px; }
.view-kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.72rem; color: var(--muted); font-weight: 600; }
.status { margin: 10px 0 0; padding: 6px 10px; border-radius: 6px; border-left: 3px solid var(--bad); background: var(--bad-soft); }
.id.missing, .missing { font-style: italic; }
nav.contents a.has-errors { border-color: var(--bad); }
.id { white-space: nowrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.82em; color: var(--muted); font-weight: normal; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 14px 0 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0 4px; }
.tile { background: var(--soft); border-radius: 10px; padding: 8px 14px; min-width: 120px; }
.tile .number { font-size: 1.45rem; font-weight: 650; display: block; }
.tile .what { font-size: 0.82rem; color: var(--muted); }
.tile svg.meter { display: block; width: 100%; height: 6px; margin-top: 6px; }
.meter-track { fill: var(--border); }
.meter-fill { fill: var(--accent); }
.chips { display: flex; flex-wrap: wrap; gap: 4px 6px; }
.chip { display: inline-block; font-size: 0.8rem; border-radius: 999px; padding: 1px 9px; background: var(--accent-soft); color: var(--fg); white-space: nowrap; }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; border-radius: 4px; padding: 0 6px; line-height: 1.6; vertical-align: 1px; }
.badge.good { background: var(--good-soft); color: var(--good); }
.badge.warn { background: var(--warn-soft); color: var(--warn); }
.badge.bad { background: var(--bad-soft); color: var(--bad); }
.badge.info { background: var(--info-soft); color: var(--info); }
.badge.plain { background: var(--soft); color: var(--muted); }
.badge.private { background: var(--private-soft); color: var(--private); }
.goals { display: grid; gap: 12px; }
article.goal { border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 8px; padding: 12px 14px; background: var(--bg); break-inside: avoid; }
article.goal.unlinked { border-left-color: var(--warn); }
.goal-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 10px; }
.goal-head h4 { flex: 1 1 320px; }
.vision-path { font-size: 0.88rem; margin: 6px 0; }
.vision-path .step { white-space: normal; }
.vision-path .arrow { color: var(--muted); padding: 0 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--border); }
th { color: var(--muted); font-weight: 600; font-size: 0.8rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.plain { list-style: none; padding: 0; margin: 6px 0; }
ul.plain li { padding: 3px 0; }
.problem .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.8rem; color: var(--muted); }
.problem code { font-size: 0.8rem; }
table.coach-plans code { white-space: nowrap; display: inline-block; font-size: 0.8rem; margin: 0 4px 2px 0; }
table.coach-plans td { white-space: nowrap; }
table.coach-plans td:last-child { white-space: normal; }
.chart-box { overflow-x: auto; margin: 6px 0 10px; }
svg.chart { max-width: 100%; height: auto; display: block; font-family: inherit; }
svg.chart text { fill: var(--fg); }
svg.chart .label.muted, svg.chart .axis, svg.chart .value, svg.chart .node-sub, svg.chart .legend-text { fill: var(--muted); }
svg.chart .track { fill: var(--soft); }
svg.chart .bar { fill: var(--accent); }
svg.chart .bar.people, svg.chart .legend.people { fill: var(--people); }
svg.chart .legend.goals { fill: var(--accent); }
svg.chart .level-0 { fill: var(--h0); }
svg.chart .level-1 { fill: var(--h1); }
svg.chart .level-2 { fill: var(--h2); }
svg.chart .level-3 { fill: var(--h3); }
svg.chart .level-4 { fill: var(--h4); }
svg.chart text.cell-value { fill: #ffffff; font-weight: 600; }
svg.chart text.cell-value.level-1 { fill: #ffffff; }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .lane { stroke: var(--border); stroke-width: 1; stroke-dasharray: 2 3; }
svg.chart .mark.action { fill: var(--mark-action); }
svg.chart .mark.feedback { fill: var(--mark-feedback); }
svg.chart .mark.review { fill: var(--mark-review); }
svg.chart .mark.due { fill: var(--mark-due); }
svg.chart .mark.span { opacity: 0.75; }
svg.chart text.today-label { fill: var(--bad); }
svg.chart .today { stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.chart .edge { fill: none; stroke: var(--border); stroke-width: 1.6; }
svg.chart rect.node { fill: var(--card); stroke: var(--border); }
svg.chart rect.node.vision { fill: var(--accent-soft); stroke: var(--accent); }
svg.chart rect.node.ambition { fill: var(--info-soft); stroke: var(--info); }
svg.chart rect.node.team-goal { fill: var(--good-soft); stroke: var(--good); }
svg.chart rect.node.unlinked { fill: var(--warn-soft); stroke: var(--warn); }
.legend-row { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.8rem; color: var(--muted); }
.legend-row .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: 0; }
.swatch.action { background: var(--mark-action); } .swatch.feedback { background: var(--mark-feedback); }
.swatch.review { background: var(--mark-review); } .swatch.due { background: var(--mark-due); }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 8px 28px; }
[data-line] { cursor: default; }
body.vscode-light [data-line], body.vscode-dark [data-line], body.vscode-high-contrast [data-line] { cursor: pointer; }
@media print {
  body { font-size: 11pt; }
  .leerplan-summary { max-width: none; padding: 0; }
  nav.contents { display: none; }
  section.view { border: none; padding: 0; margin: 0 0 18pt; break-before: page; }
  section.view:first-of-type { break-before: auto; }
  article.goal, svg.chart, table, .tiles { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
