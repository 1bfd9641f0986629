import type { SummaryModel } from './summary-model.js';

/**
 * The JSON export: the summary model as it is (docs/summary-json.md documents the
 * shape; `version` says which). Two-space indentation and a final newline, so the
 * output diffs well in Git. `<`, `>` and `&` are written as `\u003c`, `\u003e` and
 * `\u0026`: the same JSON value, but safe to paste into an HTML page or `<script>`
 * block, so plan text such as `</script>` can never close one.
 */
export function renderJson(model: SummaryModel): string {
    return JSON.stringify(model, null, 2)
        .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026') + '\n';
}
