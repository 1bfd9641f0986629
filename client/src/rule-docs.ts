import * as vscode from 'vscode';
import { RULE_CODES, RULES, isRuleCode, renderRulesMarkdown, unconfiguredSeverity, type Lang, type RuleCode } from '../../language/src/rules/rule-registry.js';
import { t, uiLanguage } from './i18n.js';

/** Virtual documents `leerplan-rules:/<code>.<lang>.md` (or `all.<lang>.md`), read-only. */
export const RULE_DOCS_SCHEME = 'leerplan-rules';

/**
 * The documentation of one rule as Markdown, from the one registry of rules: title,
 * default severity, explanation and how to change its severity.
 */
export function ruleMarkdown(code: RuleCode, lang: Lang): string {
    const rule = RULES[code];
    const nl = lang === 'nl';
    return [
        `# ${rule.title[lang]}`,
        '',
        `\`${code}\` · ${nl ? 'standaardniveau' : 'default severity'}: \`${unconfiguredSeverity(code)}\``,
        '',
        rule.explanation[lang],
        '',
        nl ? '## Niveau instellen' : '## Changing the severity',
        '',
        nl
            ? `In \`leerplan.json\` in de hoofdmap van de werkruimte (gaat voor), of in de instelling \`leerplan.rules\`:`
            : `In \`leerplan.json\` at the root of the workspace (wins), or in the \`leerplan.rules\` setting:`,
        '',
        '```json',
        JSON.stringify({ rules: { [code]: rule.optIn ? rule.defaultSeverity : rule.defaultSeverity === 'info' ? 'warning' : 'info' } }, null, 4),
        '```',
        '',
        nl ? 'Mogelijke waarden: `error`, `warning`, `info`, `hint`, `off`.' : 'Values: `error`, `warning`, `info`, `hint`, `off`.',
        '',
    ].join('\n');
}

/** Serves the virtual rule documents. */
export class RuleDocsProvider implements vscode.TextDocumentContentProvider {
    provideTextDocumentContent(uri: vscode.Uri): string {
        const match = /^\/?([a-z-]+)\.(en|nl)\.md$/.exec(uri.path);
        if (!match) return '';
        const [, name, lang] = match as unknown as [string, string, Lang];
        if (name === 'all') return renderRulesMarkdown(lang);
        return isRuleCode(name) ? ruleMarkdown(name, lang) : '';
    }
}

export function ruleDocUri(code: RuleCode | 'all', lang: Lang): vscode.Uri {
    return vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${code}.${lang}.md` });
}

/**
 * "Show Rule Documentation": picks a rule (or takes the code a diagnostic or a test
 * passes) and shows its documentation as a rendered Markdown preview.
 */
export async function showRuleDocumentation(code?: unknown): Promise<vscode.Uri | undefined> {
    const lang = uiLanguage();
    let chosen: RuleCode | 'all' | undefined = typeof code === 'string' && (isRuleCode(code) || code === 'all') ? code : undefined;
    if (!chosen) {
        const items: Array<vscode.QuickPickItem & { code: RuleCode | 'all' }> = [
            { label: t('All rules'), description: `${RULE_CODES.length}`, code: 'all' },
            ...RULE_CODES.map(c => ({ label: c, description: RULES[c].title[lang], detail: RULES[c].defaultSeverity, code: c })),
        ];
        chosen = (await vscode.window.showQuickPick(items, { title: t('Leerplan Rule Documentation'), matchOnDescription: true }))?.code;
    }
    if (!chosen) return undefined;
    const uri = ruleDocUri(chosen, lang);
    try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
        await vscode.window.showTextDocument(uri, { preview: true });
    }
    return uri;
}
