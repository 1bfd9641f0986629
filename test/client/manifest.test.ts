import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULE_CODES } from '../../language/src/rules/rule-registry.js';
import { KEYWORD_PAIRS, NEUTRAL_KEYWORDS } from '../../language/src/syntax/keywords.js';
import { WALKTHROUGH_KEYS } from '../../client/src/walkthrough-keys.js';

/**
 * The extension's manifest and the files it names agree with each other and with the
 * language core: every contributed file exists, every UI string exists in English and
 * Dutch, the settings know every rule code, the grammar knows every keyword.
 */
const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = <T>(path: string): T => JSON.parse(read(path)) as T;

interface Manifest {
    main: string;
    icon: string;
    l10n: string;
    activationEvents: string[];
    capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: string | boolean; description?: string } };
    contributes: {
        languages: Array<{ id: string; extensions: string[]; configuration: string; icon: { light: string; dark: string } }>;
        grammars: Array<{ language: string; path: string }>;
        commands: Array<{ command: string; title: string; category: string }>;
        configuration: { properties: Record<string, { properties?: Record<string, unknown> }> };
        walkthroughs: Array<{ steps: Array<{ id: string; description: string; media: { svg?: string }; completionEvents?: string[] }> }>;
        jsonValidation: Array<{ url: string }>;
        configurationDefaults: Record<string, Record<string, unknown>>;
        snippets?: unknown;
    };
}

const manifest = json<Manifest>('package.json');
const nlsEn = json<Record<string, string>>('package.nls.json');
const nlsNl = json<Record<string, string>>('package.nls.nl.json');

function placeholders(value: unknown, found: string[] = []): string[] {
    if (typeof value === 'string') for (const m of value.matchAll(/^%([\w.-]+)%$/g)) found.push(m[1]);
    else if (Array.isArray(value)) value.forEach(v => placeholders(v, found));
    else if (value && typeof value === 'object') Object.values(value).forEach(v => placeholders(v, found));
    return found;
}

describe('the VS Code manifest', () => {
    it('names files that exist', () => {
        const c = manifest.contributes;
        const files = [
            manifest.icon,
            ...c.languages.flatMap(l => [l.configuration, l.icon.light, l.icon.dark]),
            ...c.grammars.map(g => g.path), ...c.jsonValidation.map(j => j.url),
            ...c.walkthroughs.flatMap(w => w.steps.map(s => s.media.svg!)),
        ];
        for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
        expect(manifest.main).toBe('./out/extension.cjs');
    });

    it('has every %placeholder% in English and in Dutch, and no unused ones', () => {
        const used = new Set(placeholders(manifest));
        expect(used.size).toBeGreaterThan(20);
        for (const key of used) {
            expect(nlsEn[key], `package.nls.json ${key}`).toBeTruthy();
            expect(nlsNl[key], `package.nls.nl.json ${key}`).toBeTruthy();
        }
        expect(Object.keys(nlsEn).sort()).toEqual([...used].sort());
        expect(Object.keys(nlsNl).sort()).toEqual([...used].sort());
    });

    it('offers a severity setting for every rule code and nothing else', () => {
        const rules = manifest.contributes.configuration.properties['leerplan.rules'].properties ?? {};
        expect(Object.keys(rules).sort()).toEqual([...RULE_CODES].sort());
    });

    it('registers the .pop language under the id the server uses, for trusted and untrusted workspaces', () => {
        const config = json<{ languages: Array<{ id: string }> }>('langium-config.json');
        expect(manifest.contributes.languages.map(l => l.id)).toEqual(config.languages.map(l => l.id));
        expect(manifest.contributes.languages[0].extensions).toEqual(['.pop']);
        expect(manifest.activationEvents).toContain('workspaceContains:**/*.pop');
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    });

    it('turns off word-based suggestions in .pop files, so that after a keyword that takes a new name Enter or Tab never accepts a word from the text', () => {
        expect(manifest.contributes.configurationDefaults['[pop]']['editor.wordBasedSuggestions']).toBe('off');
        expect(manifest.contributes.snippets).toBeUndefined();
    });

    it('contributes the commands the extension registers', () => {
        const source = read('client/src/commands.ts');
        const registered = [...source.matchAll(/'(leerplan\.\w+)'/g)].map(m => m[1]).sort();
        expect(manifest.contributes.commands.map(c => c.command).sort()).toEqual(registered);
    });
});

describe('the walkthrough', () => {
    const steps = manifest.contributes.walkthroughs.flatMap(w => w.steps);

    it('draws its illustrations without style sheets, scripts or outside files (its Content-Security-Policy allows none)', () => {
        // VS Code shows an SVG step inside a page whose policy is `default-src 'none'; style-src 'nonce-...'`:
        // a <style> element or style attribute in the SVG is refused, and the drawing turns black.
        for (const step of steps) {
            const svg = read(step.media.svg!);
            expect(svg, step.media.svg).toMatch(/^<svg\b/);
            expect(svg, step.media.svg).not.toMatch(/<style\b|\sstyle=|\sclass=|<script\b|<foreignObject\b|<image\b|\shref=|url\(/);
            // The text has a colour of its own (the theme's, with a fallback), not the default black.
            expect(svg, step.media.svg).toMatch(/<g [^>]*fill="var\(--vscode-editor-foreground, #[0-9a-f]{6}\)"/);
        }
    });

    it('reads as plain text in both languages: links only, no Markdown code marks', () => {
        // A step description supports links and nothing else: backticks and asterisks show as they are.
        for (const nls of [nlsEn, nlsNl]) {
            for (const step of steps) {
                const text = nls[step.description.slice(1, -1)];
                expect(text, step.id).toBeTruthy();
                expect(text, step.id).not.toMatch(/[`*_]{1,2}[^\s]/);
                for (const link of text.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)) expect(link[2], link[1]).toMatch(/^command:leerplan\./);
            }
        }
    });

    it('ticks each step on an event VS Code knows, from context keys the extension sets', () => {
        const contextKeys = new Set<string>(Object.values(WALKTHROUGH_KEYS));
        const commands = new Set([...manifest.contributes.commands.map(c => c.command), 'leerplan.openPreview']);
        for (const step of steps) {
            expect(step.completionEvents?.length, step.id).toBeGreaterThan(0);
            for (const event of step.completionEvents ?? []) {
                const [kind, ...rest] = event.split(':');
                const value = rest.join(':');
                expect(['onCommand', 'onContext'], event).toContain(kind);
                if (kind === 'onCommand') expect(commands.has(value), event).toBe(true);
                else expect(contextKeys.has(value), event).toBe(true);
            }
        }
        expect(steps.map(s => s.completionEvents)).toEqual([
            ['onCommand:leerplan.newPlan', 'onContext:leerplan.planOpen'],
            ['onContext:leerplan.goalLinked'],
            ['onContext:leerplan.feedbackAsked'],
            ['onCommand:leerplan.showPreviewToSide', 'onCommand:leerplan.openPreview'],
            ['onCommand:leerplan.checkWorkspace'],
        ]);
    });
});

describe('UI strings', () => {
    it('every string the client translates has a Dutch translation, and the bundle has no leftovers', () => {
        const bundle = json<Record<string, string>>('l10n/bundle.l10n.nl.json');
        const dir = join(ROOT, 'client', 'src');
        const files = readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('.ts'));
        const used = new Set<string>();
        for (const file of files) {
            for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
        }
        expect(used.size).toBeGreaterThan(20);
        for (const message of used) {
            expect(bundle[message], message).toBeTruthy();
            const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map(h => h[0]).sort();
            expect(holes(bundle[message]), message).toEqual(holes(message));
        }
        expect(Object.keys(bundle).filter(k => !used.has(k))).toEqual([]);
    });
});

describe('the TextMate grammar', () => {
    const grammar = read('client/syntaxes/pop.tmLanguage.json');
    const patterns = [...grammar.matchAll(/"(?:match|begin)": "((?:[^"\\]|\\.)*)"/g)].map(m => JSON.parse(`"${m[1]}"`) as string);

    it('compiles (as JavaScript regular expressions with the u flag)', () => {
        expect(patterns.length).toBeGreaterThan(10);
        for (const pattern of patterns) expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
    });

    it('highlights every keyword of both languages', () => {
        const keywords = [...KEYWORD_PAIRS.flatMap(([en, nl]) => [en, ...nl]), ...NEUTRAL_KEYWORDS].filter(k => k !== '360-feedback');
        const regexes = patterns.map(p => new RegExp(p, 'u'));
        for (const keyword of keywords) {
            const line = `${keyword} `;
            expect(regexes.some(r => r.exec(line)?.index === 0), keyword).toBe(true);
        }
    });

    it('does not see a keyword inside an identifier (learn-from-incidents, plan-b)', () => {
        const keywordPatterns = patterns.filter(p => p.startsWith('(?<![\\p{L}\\p{N}_-])(?:')).map(p => new RegExp(p, 'u'));
        expect(keywordPatterns.length).toBeGreaterThan(3);
        for (const text of ['learn-from-incidents', 'plan-b', 'team_lead', 'coaching', 'ondersteuntx']) {
            expect(keywordPatterns.some(r => r.test(text)), text).toBe(false);
        }
    });
});
