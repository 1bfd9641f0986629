import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES, RULE_DOCS_BASE, RULES, ruleDocUrl } from '../language/src/rules/rule-registry.js';
import { rulesPage } from '../scripts/registry-outputs.js';
import { KEYWORD_PAIRS, NEUTRAL_KEYWORDS } from '../language/src/syntax/keywords.js';
import { BUILTIN_FRAMEWORKS, LEARNING_FORMS } from '../language/src/frameworks/builtin-frameworks.js';
import { checkWorkspace } from './helpers/check.js';
import { runInProcess } from './cli/cli-harness.js';

const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The text of one `## heading` section of the README, up to the next `## `. */
function readmeSection(heading: string): string {
    const start = README.indexOf(`\n## ${heading}\n`);
    expect(start, `README.md has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
    const next = README.indexOf('\n## ', start + 1);
    return README.slice(start, next === -1 ? undefined : next);
}

describe('docs/rules.md', () => {
    it('has a heading per code, so every diagnostic link lands on its rule', () => {
        const page = rulesPage();
        for (const code of RULE_CODES) {
            expect(ruleDocUrl(code)).toMatch(new RegExp(`/docs/rules\\.md#${code}$`));
            // The first heading with this text is the English one: GitHub gives it the plain anchor.
            expect(page.indexOf(`\n## ${code}\n`)).toBeLessThan(page.indexOf('# Leerplan: regels'));
        }
    });
});

describe('diagnostic links', () => {
    it('point at the rule on docs/rules.md', async () => {
        const result = await checkWorkspace({
            'plan.pop': 'people { person anna "Anna" }\nplan anna-2026 for anna {\n    goal g "A goal" { }\n}\n',
        });
        const diagnostics = result.byFile['plan.pop'];
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const d of diagnostics) expect(d.codeDescription?.href).toBe(`${RULE_DOCS_BASE}#${String(d.code)}`);
        expect(RULE_DOCS_BASE).toMatch(/\/docs\/rules\.md$/);
    });
});

describe('README.md', () => {
    it('lists every rule code in the rule catalogue with its default severity', () => {
        const rows = new Map<string, string>();
        for (const match of readmeSection('Rule catalogue').matchAll(/^\| `([a-z-]+)` \| (error|warning|info|hint|off) \|/gm)) {
            rows.set(match[1], match[2]);
        }
        expect([...rows.keys()].sort()).toEqual([...RULE_CODES].sort());
        // An opt-in rule is off until leerplan.json gives it a severity.
        for (const code of RULE_CODES) expect(rows.get(code), code).toBe(RULES[code].optIn ? 'off' : RULES[code].defaultSeverity);
    });

    it('names every keyword in English and Dutch in the language reference', () => {
        const reference = readmeSection('Language reference');
        const words = new Set([...reference.matchAll(/`([^`]+)`/g)].flatMap(m => m[1].split(/[\s/,]+/)));
        for (const [en, nls] of KEYWORD_PAIRS) {
            expect(words.has(en), en).toBe(true);
            for (const nl of nls) expect(words.has(nl), nl).toBe(true);
        }
        for (const word of NEUTRAL_KEYWORDS) expect(words.has(word), word).toBe(true);
    });

    it('names every learning form and every built-in dimension id in the language reference', () => {
        const reference = readmeSection('Language reference');
        for (const form of LEARNING_FORMS) {
            for (const spelling of [form.en, form.nl, ...form.aliases]) expect(reference, spelling).toContain(`\`${spelling}\``);
        }
        for (const framework of BUILTIN_FRAMEWORKS) {
            expect(reference, framework.id).toContain(`\`${framework.id}\``);
            for (const dimension of framework.dimensions) expect(reference, `${framework.id}.${dimension.id}`).toContain(`\`${dimension.id}\``);
        }
    });

    it('documents every key of leerplan.json', () => {
        const configuration = readmeSection('Configuration');
        for (const key of ['language', 'today', 'maxGoals', 'requiredRoles', 'rules']) expect(configuration, key).toContain(`\`${key}\``);
    });

    it('shows in the walkthrough exactly what leerplan check prints for the examples', async () => {
        const walkthrough = readmeSection('Walkthrough');
        const shown = /```sh\nnpx leerplan check examples\n```\n\n```text\n([\s\S]*?)```/.exec(walkthrough);
        expect(shown, 'the walkthrough shows the command and its output').not.toBeNull();
        const run = await runInProcess(['check', 'examples'], { cwd: ROOT, env: { LANG: 'C' } });
        expect(shown![1]).toBe(run.stdout);
    });

    it('has pop examples that parse (those without "..." placeholders)', async () => {
        const blocks = [...README.matchAll(/```pop\n([\s\S]*?)```/g)].map(m => m[1]).filter(b => !b.includes('...'));
        expect(blocks.length).toBeGreaterThanOrEqual(3);
        for (const block of blocks) {
            const result = await checkWorkspace({ 'readme.pop': block });
            expect(result.codes['readme.pop'].filter(c => c === 'parse-error'), block).toEqual([]);
        }
    });
});
