import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../summary/src/render-html.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import { renderJson } from '../../summary/src/render-json.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from './fuzz-budget.js';
import { buildEvery, checkFiles, summaryDocumentsOf } from './workspace-check.js';

/**
 * Web safety of the summary export: hostile text in every text field of a workspace
 * (markup, `</style>`, `</script>`, `javascript:` links, attribute breakouts) comes out
 * as text. The exported HTML holds no `<script` at all, no tag the renderer does not
 * write itself, no `javascript:` URL, and none of the hostile fragments unescaped; the
 * Markdown export holds no raw tag either; and the JSON export still parses.
 */
const HOSTILE = [
    '<', '>', '&', '"', "'", '</style>', '</script>', '<script>alert(1)</script>', '<SCRIPT SRC=//x>', 'javascript:alert(1)',
    '<a href="javascript:alert(1)">x</a>', '"><x-evil>', "'><x-evil onload=alert(1)>", '<x-evil/>', '<img src=x onerror=alert(1)>',
    '<!--', '-->', '<![CDATA[', ']]>', '&lt;', '&#60;', '<svg onload=alert(1)>', '<style>body{display:none}</style>', '\u2028', '`', '|', '*',
];
const hostileTextArb = fc.array(fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
), { minLength: 1, maxLength: 6 }).map(parts => parts.join(''));

/** A .pop string literal holding `text`. */
function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A whole workspace whose every text field is one of `t` (cycled). */
function hostileWorkspace(t: string[]): Record<string, string> {
    let i = 0;
    const q = () => quote(t[i++ % t.length]);
    return {
        'organisation.pop': `organisation org ${q()} {
    framework acme
    vision v1 ${q()} about learning developed-with employees
    ambition a1 ${q()} supports v1
}
framework acme ${q()} {
    dimension D1 ${q()} ${q()} role vision, feedback ${q()}
}
people {
    person anna ${q()} role ${q()}
    person mark ${q()} role ${q()}
}
team t1 ${q()} {
    lead mark
    members anna
    goal tg ${q()} {
        dimensions D1
        supports a1
        action experiment ${q()} every month
        feedback ask team t1 ${q()} every quarter
        evidence ${q()}
        due 2026-12-31
    }
}
`,
        'anna-2026.pop': `plan anna-2026 for anna {
    coach mark
    team t1
    period 2026-01-01 .. 2026-12-31
    ambition ${q()}
    strengths ${q()}, ${q()}
    goal g1 ${q()} {
        dimensions D1
        supports v1
        contributes tg
        action course ${q()} due 2026-03-31 hours 4
        action made-up-form ${q()} on 2026-04-01
        feedback ask mark ${q()} on 2026-05-01
        feedback give anna ${q()} every month
        evidence ${q()}
        due 2026-05-31
        status active
    }
    review 2026-06-30 with mark ${q()}
    reflection 2026-04-02 ${q()}
}
`,
    };
}

function tagNames(html: string): Set<string> {
    return new Set([...html.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)].map(m => m[1].toLowerCase()));
}

describe('fuzz: hostile text in every field of an exported summary', () => {
    const runs = fuzzRuns(200, 0.5);
    it(`stays text in HTML and Markdown, in every view and both languages (${runs} workspaces)`, async () => {
        const benign = await checkFiles(hostileWorkspace(['plain text']));
        const allowedTags = new Set<string>();
        let benignHtml = '';
        for (const { model } of buildEvery(summaryDocumentsOf(benign), 'en', 'export')) {
            const html = renderHtml(model);
            tagNames(html).forEach(t => allowedTags.add(t));
            benignHtml += html;
        }
        expect(allowedTags.has('svg')).toBe(true);
        let views = 0;
        await checkProperty('HTML export escaping', fc.asyncProperty(fc.array(hostileTextArb, { minLength: 1, maxLength: 12 }), fc.constantFrom('en' as const, 'nl' as const), async (texts, lang) => {
            const files = hostileWorkspace(texts);
            const checked = await checkFiles(files, lang);
            expect(checked.diagnostics.flat().filter(d => d.code === 'parse-error')).toEqual([]);
            const documents = summaryDocumentsOf(checked);
            // Exports, and the owner's own preview (the webview shows the same renderer's fragment).
            for (const { model } of [...buildEvery(documents, lang, 'export'), ...buildEvery(documents, lang, 'owner')]) {
                views++;
                for (const html of [renderHtml(model), renderHtml(model, { standalone: false, nonce: 'abc' })]) {
                    expect(html).not.toMatch(/<script/i);
                    expect(html).not.toMatch(/(href|src|action|xlink:href)\s*=\s*["']?\s*javascript:/i);
                    expect([...tagNames(html)].filter(t => !allowedTags.has(t))).toEqual([]);
                    expect(html.match(/<\/style>/gi)?.length).toBe(1);
                    // A text that would form markup must not appear as it is (unless the renderer writes that very
                    // markup itself, as `</style>` or `</`: then the tag checks above are what counts).
                    for (const text of texts) {
                        if (/<\/?[a-zA-Z]|<!--/.test(text) && !benignHtml.includes(text)) expect(html).not.toContain(text);
                    }
                }
                const markdown = renderMarkdown(model);
                expect(markdown).not.toMatch(/<script|<x-evil|<img|<svg|<a /i);
                JSON.parse(renderJson(model));
            }
        }), runs);
        console.log(`[fuzz] HTML export escaping: ${views} exported views of ${runs} hostile workspaces, nothing unescaped`);
    }, fuzzTimeout(runs, 150));
});
