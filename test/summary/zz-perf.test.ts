import { it } from 'vitest';
import { workspaceDocuments } from './summary-fixture.js';
import { buildSummary } from '../../language/src/summary/build-summary.js';
import { renderHtml } from '../../language/src/summary/render-html.js';
it('perf', async () => {
    const docs = await workspaceDocuments('/work/shared/bench/data/pop/big', 'en', '2026-06-01');
    for (const audience of ['owner', 'export'] as const) {
        let bestModel = 1e9, bestHtml = 1e9, size = 0;
        for (let i = 0; i < 30; i++) {
            const t0 = performance.now();
            const model = buildSummary(docs, { lang: 'en', today: '2026-06-01', audience });
            const t1 = performance.now();
            size = renderHtml(model).length;
            const t2 = performance.now();
            bestModel = Math.min(bestModel, t1 - t0); bestHtml = Math.min(bestHtml, t2 - t1);
        }
        console.log(`RESULT ${audience} model ${bestModel.toFixed(1)} html ${bestHtml.toFixed(1)} size ${size}`);
    }
});
