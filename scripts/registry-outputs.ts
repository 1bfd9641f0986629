/**
 * Every file derived from the rule registry (language/src/rules/rule-registry.ts), as
 * text: the rules page of the docs, the rule catalogue of the README, the rule settings
 * of the JSON schema of `leerplan.json`, the rule settings of the VS Code manifest and
 * their titles in both `package.nls` files. `npm run registry:generate` writes them; a test fails while a
 * committed file differs. Only the parts that come from the registry are replaced;
 * the rest of each file is kept as it is.
 */
import { RULE_CODES, RULES, SEVERITY_SETTINGS, renderRulesMarkdown, unconfiguredSeverity } from '../language/src/rules/rule-registry.js';
import { DIMENSION_ROLES } from '../language/src/frameworks/builtin-frameworks.js';

/** A file of the repository and what it must hold. */
export interface RegistryOutput {
    path: string;
    text: string;
}

type Json = Record<string, unknown>;

export const GENERATED_NOTE = '<!-- Generated from language/src/rules/rule-registry.ts by npm run registry:generate; do not edit by hand. -->';

/** The rules page: English, then Dutch; each code is a heading, so `docs/rules.md#<code>` lands on it. */
export function rulesPage(): string {
    return `${GENERATED_NOTE}\n\n${renderRulesMarkdown('en')}\n${renderRulesMarkdown('nl')}`;
}

function objectAt(root: Json, path: string[]): Json {
    let node = root;
    for (const key of path) {
        const next = node[key];
        if (typeof next !== 'object' || next === null || Array.isArray(next)) throw new Error(`no object at ${path.join('.')}`);
        node = next as Json;
    }
    return node;
}

function schema(text: string): string {
    const json = JSON.parse(text) as Json;
    objectAt(json, ['properties', 'rules']).properties = Object.fromEntries(RULE_CODES.map(code => [code, { $ref: '#/definitions/severity' }]));
    objectAt(json, ['definitions', 'severity']).enum = [...SEVERITY_SETTINGS];
    objectAt(json, ['definitions', 'role']).enum = [...DIMENSION_ROLES];
    return `${JSON.stringify(json, null, 4)}\n`;
}

function manifest(text: string): string {
    const json = JSON.parse(text) as Json;
    objectAt(json, ['contributes', 'configuration', 'properties', 'leerplan.rules']).properties = Object.fromEntries(RULE_CODES.map(code => [
        code, { type: 'string', enum: [...SEVERITY_SETTINGS], description: `%config.rules.${code}%` },
    ]));
    return `${JSON.stringify(json, null, 2)}\n`;
}

/** The manifest's strings with one title per rule right after `config.rules`, in registry order. */
function nls(text: string, lang: 'en' | 'nl'): string {
    const json = JSON.parse(text) as Record<string, string>;
    const result: Record<string, string> = {};
    const titles = () => {
        for (const code of RULE_CODES) {
            const rule = RULES[code];
            result[`config.rules.${code}`] = `${rule.title[lang]} (${lang === 'nl' ? 'standaard' : 'default'}: ${unconfiguredSeverity(code)})`;
        }
    };
    for (const [key, value] of Object.entries(json)) {
        if (key.startsWith('config.rules.')) continue;
        result[key] = value;
        if (key === 'config.rules') titles();
    }
    if (!('config.rules' in json)) throw new Error(`package.nls: no key config.rules`);
    return `${JSON.stringify(result, null, 2)}\n`;
}

const CATALOGUE_HEADER = '| code | default | what it flags |\n|---|---|---|\n';

/** The README with its rule catalogue (the table under `## Rule catalogue`) rendered from the registry. */
function readme(text: string): string {
    const section = text.indexOf('\n## Rule catalogue\n');
    const start = text.indexOf(CATALOGUE_HEADER, section);
    if (section < 0 || start < 0) throw new Error('README.md: no rule catalogue table');
    const end = text.indexOf('\n\n', start);
    const rows = RULE_CODES.map(code => `| \`${code}\` | ${unconfiguredSeverity(code)} | ${RULES[code].flags.en} |`);
    return text.slice(0, start) + CATALOGUE_HEADER + rows.join('\n') + text.slice(end);
}

/** What each registry-derived file must hold, given the committed text of each (`read`). */
export function registryOutputs(read: (path: string) => string): RegistryOutput[] {
    return [
        { path: 'docs/rules.md', text: rulesPage() },
        { path: 'README.md', text: readme(read('README.md')) },
        { path: 'schema/leerplan.schema.json', text: schema(read('schema/leerplan.schema.json')) },
        { path: 'package.json', text: manifest(read('package.json')) },
        { path: 'package.nls.json', text: nls(read('package.nls.json'), 'en') },
        { path: 'package.nls.nl.json', text: nls(read('package.nls.nl.json'), 'nl') },
    ];
}
