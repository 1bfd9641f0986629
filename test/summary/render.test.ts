import { describe, expect, it } from 'vitest';
import { joinParts, renderHtml, renderHtmlParts } from '../../summary/src/render-html.js';
import { md, renderMarkdown, renderMarkdownParts } from '../../summary/src/render-markdown.js';
import { renderJson, renderJsonParts } from '../../summary/src/render-json.js';
import { escapeHtml } from '../../summary/src/html-escape.js';
import { alignmentNodeCount, timelineMarkCount } from '../../summary/src/charts.js';
import { SUMMARY_MODEL_VERSION, planEntriesOf } from '../../summary/src/summary-model.js';
import { fixtureModel } from './summary-fixture.js';
import { summaryText } from '../../summary/src/summary-text.js';

const SCRIPT_TITLE = '<script>alert(1)</script>';
const IMG_TITLE = '"><img src=x onerror=alert(1)>';

function count(haystack: string, needle: RegExp): number {
    return (haystack.match(needle) ?? []).length;
}

describe('escaping', () => {
    it('escapes every character that could end text or an attribute', () => {
        expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });

    it('escapes Markdown punctuation, pipes and HTML', () => {
        expect(md('a | b *c* [d](e) <i>')).toBe('a \\| b \\*c\\* \\[d\\](e) &lt;i&gt;');
        expect(md('line\nbreak')).toBe('line break');
    });
});

describe('the HTML rendering', () => {
    it('is one self-contained document: inline CSS and SVG, no script, no external resource', async () => {
        const html = renderHtml(await fixtureModel());
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain('<style>');
        expect(html).toContain('<figure class="chart');
        expect(html).toMatch(/<svg class="tl-lane" width="100%"/);
        expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
        expect(html).not.toMatch(/<script|<img|<link|<iframe|<object|<embed|\bsrc="|href="(?!#)|url\(/i);
        expect(html).toContain('@media print');
        expect(html).toContain('prefers-color-scheme: dark');
    });

    it('shows hostile titles as text, in text, attribute and SVG contexts', async () => {
        const html = renderHtml(await fixtureModel());
        expect(html).toContain(escapeHtml(SCRIPT_TITLE));
        expect(html).toContain(`aria-label="${escapeHtml(IMG_TITLE)}"`);
        expect(html).toMatch(new RegExp(`<title>[^<]*${escapeHtml(SCRIPT_TITLE).replace(/[()/]/g, '\\$&')}`));
        expect(html).not.toContain(SCRIPT_TITLE);
        expect(html).not.toContain('<img');
        expect(html).not.toContain('<b>fall</b>');
        expect(html).toContain('Alex &lt;Admin&gt; de Wit');
    });

    it('draws one bar per dimension, one cell per member and dimension, one node per tree node', async () => {
        const model = await fixtureModel();
        const html = renderHtml(model);
        const team = model.teams[0];
        const org = model.organisation!;
        const barsInCoverage = model.plans.reduce((n, p) => n + p.dimensionCoverage.length, 0);
        expect(count(html, /class="bar goals"/g)).toBe(barsInCoverage + org.baseline.dimensions.length);
        expect(count(html, /class="bar people"/g)).toBe(org.baseline.dimensions.length);
        expect(count(html, /class="cell level-/g)).toBe((team.coverage.rows.length + 1) * team.coverage.dimensions.length);
        expect(count(html, /<div class="node /g)).toBe(alignmentNodeCount(team.alignment));
        expect(count(html, /class="month level-/g)).toBe(team.feedbackCalendar.length);
        expect(count(html, /class="mark /g)).toBe(model.plans.reduce((n, p) => n + timelineMarkCount(p.timeline), 0));
    });

    it('is written in the UI language', async () => {
        const en = renderHtml(await fixtureModel());
        const nl = renderHtml(await fixtureModel({ lang: 'nl' }));
        expect(en).toContain('<html lang="en">');
        expect(en).toContain('Dimension coverage');
        expect(nl).toContain('<html lang="nl">');
        expect(nl).toContain('Dekking van de dimensies');
        expect(nl).toContain('Gedragen visie en ambitie');
    });

    it('renders a webview fragment with a nonce on its style and data-uri for revealing lines', async () => {
        const model = await fixtureModel({ audience: 'owner', scope: { kind: 'plan', id: 'alex-2026' } });
        const fragment = renderHtml(model, { standalone: false, nonce: 'n0nce' });
        expect(fragment.startsWith('<style nonce="n0nce">')).toBe(true);
        expect(fragment).not.toContain('<!DOCTYPE');
        expect(fragment).not.toMatch(/ style="/);
        expect(fragment).toMatch(/<article class="goal" data-goal="script-goal" aria-label="[^"]*" data-uri="file:\/\/[^"]*alex-2026\.pop" data-file="plans\/alex-2026\.pop" data-line="9">/);
        expect(fragment).toMatch(/<li class="review" data-uri="[^"]+" data-file="plans\/alex-2026\.pop" data-line="\d+">/);
        expect(fragment).toContain('<span class="badge private">private</span>');
    });

    it('leaves URIs out of exports', async () => {
        const html = renderHtml(await fixtureModel());
        expect(html).not.toContain('data-uri');
        expect(html).toContain('data-file="plans/alex-2026.pop"');
    });
});

describe('the Markdown rendering', () => {
    it('uses GitHub tables and escapes plan text', async () => {
        const text = renderMarkdown(await fixtureModel());
        expect(text).toMatch(/^# Harbour Care &amp; Co: Learning plan summary\n/);
        expect(text).toContain('| Dimension | Goals | People |  |');
        expect(text).toContain('#### &lt;script&gt;alert(1)&lt;/script&gt; (`script-goal`)');
        expect(text).toContain('Calm; Precise \\| careful');
        expect(text).not.toContain('<script');
        expect(text).not.toContain('<img');
    });

    it('is written in the UI language', async () => {
        const text = renderMarkdown(await fixtureModel({ lang: 'nl' }));
        expect(text).toContain('## Organisatie: Harbour Care &amp; Co');
        expect(text).toContain('### Nulmeting: metingen en leerdoelen per dimensie');
    });
});

describe('the JSON rendering', () => {
    it('is the model with its version, HTML-safe and lossless', async () => {
        const model = await fixtureModel();
        const text = renderJson(model);
        expect(text).not.toMatch(/[<>&]/);
        const parsed = JSON.parse(text);
        expect(parsed.version).toBe(SUMMARY_MODEL_VERSION);
        expect(parsed).toEqual(JSON.parse(JSON.stringify(model)));
        expect(parsed.plans[0].goals[0].title).toBe(SCRIPT_TITLE);
    });
});

describe('a summary rendered in parts (the plans one by one)', () => {
    it('is exactly the summary rendered whole, in every format and view', async () => {
        for (const options of [{}, { lang: 'nl' as const }, { scope: { kind: 'plan' as const, id: 'alex-2026' } }, { scope: { kind: 'team' as const, id: 'ward-3' } }]) {
            const model = await fixtureModel(options);
            expect(model.plans.length).toBeGreaterThan(0);
            const frame = { ...model, plans: [] };
            const entries = planEntriesOf(model.plans);
            expect(joinParts(renderJsonParts(frame), model.plans)).toBe(renderJson(model));
            expect(joinParts(renderJsonParts(frame), [])).toBe(renderJson(frame));
            expect(joinParts(renderHtmlParts(frame, entries), model.plans)).toBe(renderHtml(model));
            expect(joinParts(renderMarkdownParts(frame, entries), model.plans)).toBe(renderMarkdown(model));
            JSON.parse(joinParts(renderJsonParts(frame), model.plans));
        }
    });
});

describe('counts of problems', () => {
    it('are plural-aware in both languages (never "2 warning")', () => {
        const en = summaryText('en');
        const nl = summaryText('nl');
        expect([en.severityCount('warning', 1), en.severityCount('warning', 2), en.severityCount('error', 3), en.severityCount('hint', 2)])
            .toEqual(['1 warning', '2 warnings', '3 errors', '2 hints']);
        expect([nl.severityCount('warning', 1), nl.severityCount('warning', 2), nl.severityCount('error', 1), nl.severityCount('error', 2)])
            .toEqual(['1 waarschuwing', '2 waarschuwingen', '1 fout', '2 fouten']);
    });
});
