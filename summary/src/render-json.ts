import type { RenderParts } from './render-html.js';
import type { PlanSummary, SummaryModel } from './summary-model.js';

/**
 * The JSON export: the summary model as it is (docs/summary-json.md documents the
 * shape; `version` says which). Two-space indentation and a final newline, so the
 * output diffs well in Git. `<`, `>` and `&` are written as `\u003c`, `\u003e` and
 * `\u0026`: the same JSON value, but safe to paste into an HTML page or `<script>`
 * block, so plan text such as `</script>` can never close one.
 */
export function renderJson(model: SummaryModel): string {
    return safe(JSON.stringify(model, null, 2)) + '\n';
}


function safe(json: string): string {
    return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The JSON of a model whose plans come one by one (`leerplan summary` on a large
 * workspace): `frame` is the model without its plans (`plans: []`). The parts joined
 * are exactly `renderJson` of the whole model: each top-level key is written on its
 * own, as `JSON.stringify` with two-space indentation would write it in the whole.
 */
export function renderJsonParts(frame: SummaryModel): RenderParts {
    if (frame.plans.length > 0) throw new Error('renderJsonParts: the frame must hold no plans');
    const keys = Object.keys(frame).filter(key => frame[key as keyof SummaryModel] !== undefined);
    const at = keys.indexOf('plans');
    const member = (key: string) => `  ${JSON.stringify(key)}: ${JSON.stringify(frame[key as keyof SummaryModel], null, 2).replace(/\n/g, '\n  ')}`;
    let count = 0;
    return {
        head: function* () {
            yield safe(`{\n${keys.slice(0, at).map(key => `${member(key)},\n`).join('')}  "plans": [`);
        },
        plan: (plan: PlanSummary) => `${count++ === 0 ? '\n' : ',\n'}${safe(JSON.stringify(plan, null, 2).replace(/^/gm, '    '))}`,
        tail: function* () {
            yield count > 0 ? '\n  ]' : ']';
            for (const key of keys.slice(at + 1)) yield safe(`,\n${member(key)}`);
            yield '\n}\n';
        },
    };
}
