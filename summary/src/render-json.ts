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
    // A view of a large workspace (a team's alignment tree, a coach's list) is written in pieces, never as one string.
    function* member(key: string): Iterable<string> {
        yield `  ${JSON.stringify(key)}: `;
        for (const piece of jsonPieces(frame[key as keyof SummaryModel], '  ', 3)) yield safe(piece);
    }
    let count = 0;
    return {
        head: function* () {
            yield '{\n';
            for (const key of keys.slice(0, at)) {
                yield* member(key);
                yield ',\n';
            }
            yield '  "plans": [';
        },
        plan: (plan: PlanSummary) => `${count++ === 0 ? '\n' : ',\n'}${safe(JSON.stringify(plan, null, 2).replace(/^/gm, '    '))}`,
        tail: function* () {
            yield count > 0 ? '\n  ]' : ']';
            for (const key of keys.slice(at + 1)) {
                yield ',\n';
                yield* member(key);
            }
            yield '\n}\n';
        },
    };
}

/**
 * `JSON.stringify(value, null, 2)` as it would stand at `indent` inside a larger
 * document, in pieces: arrays and objects down to `depth` levels element by element,
 * anything deeper whole.
 */
function* jsonPieces(value: unknown, indent: string, depth: number): Iterable<string> {
    if (depth > 0 && Array.isArray(value) && value.length > 0) {
        yield '[';
        for (let i = 0; i < value.length; i++) {
            yield `${i ? ',' : ''}\n${indent}  `;
            const item: unknown = value[i];
            if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
            else yield* jsonPieces(item, `${indent}  `, depth - 1);
        }
        yield `\n${indent}]`;
        return;
    }
    if (depth > 0 && value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).filter(key => record[key] !== undefined && typeof record[key] !== 'function' && typeof record[key] !== 'symbol');
        if (keys.length > 0) {
            yield '{';
            for (const [i, key] of keys.entries()) {
                yield `${i ? ',' : ''}\n${indent}  ${JSON.stringify(key)}: `;
                yield* jsonPieces(record[key], `${indent}  `, depth - 1);
            }
            yield `\n${indent}}`;
            return;
        }
    }
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
}
