import { RULE_CODES, RULES, ruleDocUrl, type Lang, type Severity } from '../../../language/src/rules/rule-registry.js';
import type { DiagnosticRow } from '../diagnostic-rows.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0: one rule per code with its explanation, results with regions. */
export function renderSarif(rows: DiagnosticRow[], lang: Lang, version: string): string {
    const index = new Map<string, number>(RULE_CODES.map((c, i) => [c, i]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'leerplan',
                    version,
                    informationUri: 'https://github.com/leerplan/leerplan',
                    rules: RULE_CODES.map(code => ({
                        id: code,
                        name: code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
                        shortDescription: { text: RULES[code].title[lang] },
                        fullDescription: { text: RULES[code].explanation[lang] },
                        help: { text: RULES[code].explanation[lang] },
                        helpUri: ruleDocUrl(code),
                        // An opt-in rule is off until leerplan.json turns it on.
                        defaultConfiguration: RULES[code].optIn ? { enabled: false, level: LEVEL[RULES[code].defaultSeverity] } : { level: LEVEL[RULES[code].defaultSeverity] },
                    })),
                },
            },
            columnKind: 'utf16CodeUnits',
            results: rows.map(r => ({
                ruleId: r.code,
                ...(index.has(r.code) ? { ruleIndex: index.get(r.code) } : {}),
                level: LEVEL[r.severity],
                message: { text: r.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
                    },
                }],
            })),
        }],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
