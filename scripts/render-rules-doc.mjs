// Writes docs/rules.md from the rule registry: the English rules page, then the Dutch
// one. Every diagnostic's codeDescription links to docs/rules.md#<code>, so the
// headings (one per code) are the anchors. test/docs.test.ts fails when the file is
// out of date. Usage: node scripts/render-rules-doc.mjs
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const registry = new URL('../language/src/rules/rule-registry.ts', import.meta.url);
const bundled = await build({
    entryPoints: [registry.pathname], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning',
});
const { renderRulesMarkdown } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));

/** Keep in step with rulesPage() in test/docs.test.ts. */
const GENERATED_NOTE = '<!-- Generated from language/src/rules/rule-registry.ts by scripts/render-rules-doc.mjs; do not edit by hand. -->';
const page = `${GENERATED_NOTE}\n\n${renderRulesMarkdown('en')}\n${renderRulesMarkdown('nl')}`;
await writeFile(new URL('../docs/rules.md', import.meta.url), page);
console.log('wrote docs/rules.md');
