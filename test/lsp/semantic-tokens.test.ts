import { describe, expect, it } from 'vitest';
import type { SemanticTokens } from 'vscode-languageserver';
import { ORGANISATION, openWorkspace, type TestWorkspace } from './helpers.js';
import { LEERPLAN_TOKEN_MODIFIERS, LEERPLAN_TOKEN_TYPES } from '../../server/src/lsp/semantic-tokens.js';

const PLAN = `// Anna's plan
plan anna-2026 for anna {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal talks "Hold coaching conversations" {
        dimensions LerenVanLeidersEnMedewerkers, senge.SharedVision
        supports learning-at-work
        action coachng "Training" due 2026-03-31 hours 16
        action buddy "Buddy" every month
        feedback vraag marc "How?" elk kwartaal
    }
}
`;

/** Decodes the relative LSP encoding into `text:type[+modifiers]` strings, in order. */
function decode(ws: TestWorkspace, file: string, tokens: SemanticTokens): string[] {
    const types = Object.keys(LEERPLAN_TOKEN_TYPES);
    const modifiers = Object.keys(LEERPLAN_TOKEN_MODIFIERS);
    const lines = ws.doc(file).textDocument.getText().split('\n');
    const result: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
        const [deltaLine, deltaChar, length, type, mods] = tokens.data.slice(i, i + 5);
        line += deltaLine;
        char = deltaLine === 0 ? char + deltaChar : deltaChar;
        const names = modifiers.filter((_, bit) => mods & (1 << bit));
        result.push(`${lines[line].slice(char, char + length)}:${types[type]}${names.length ? '+' + names.join('+') : ''}`);
    }
    return result;
}

describe('semantic tokens', () => {
    it('has a legend of standard token types that themes colour', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION });
        const legend = ws.services.lsp.SemanticTokenProvider!.semanticTokensOptions.legend;
        expect(legend.tokenTypes).toEqual(['keyword', 'string', 'number', 'comment', 'operator', 'namespace', 'class', 'interface', 'type', 'function', 'variable', 'enumMember']);
        expect(legend.tokenModifiers).toEqual(['declaration', 'defaultLibrary', 'readonly']);
    });

    it('colours declarations, references, keywords in both languages, dates, strings, forms and comments', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': PLAN });
        const tokens = await ws.services.lsp.SemanticTokenProvider!.semanticHighlight(ws.doc('anna-2026.pop'), { textDocument: { uri: ws.uri('anna-2026.pop') } });
        expect(decode(ws, 'anna-2026.pop', tokens)).toEqual([
            "// Anna's plan:comment",
            'plan:keyword', 'anna-2026:class+declaration', 'for:keyword', 'anna:variable+readonly',
            'coach:keyword', 'mark:variable+readonly',
            'period:keyword', '2026-01-01:number', '..:operator', '2026-12-31:number',
            'goal:keyword', 'talks:function+declaration', '"Hold coaching conversations":string',
            'dimensions:keyword', 'LerenVanLeidersEnMedewerkers:type+defaultLibrary', 'senge:namespace+defaultLibrary', 'SharedVision:type+defaultLibrary',
            'supports:keyword', 'learning-at-work:interface',
            'action:keyword', 'coachng:enumMember', '"Training":string', 'due:keyword', '2026-03-31:number', 'hours:keyword', '16:number',
            'action:keyword', 'buddy:enumMember+defaultLibrary', '"Buddy":string', 'every:keyword', 'month:keyword',
            // An unresolved person is still coloured as a person.
            'feedback:keyword', 'vraag:keyword', 'marc:variable', '"How?":string', 'elk:keyword', 'kwartaal:keyword',
        ]);
    });

    it('marks the declarations of an organisation', async () => {
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION });
        const tokens = decode(ws, 'organisation.pop', await ws.services.lsp.SemanticTokenProvider!.semanticHighlight(ws.doc('organisation.pop'), { textDocument: { uri: ws.uri('organisation.pop') } }));
        expect(tokens).toContain('anker:namespace+declaration');
        expect(tokens).toContain('ros2024:namespace+defaultLibrary');
        expect(tokens).toContain('quality:interface+declaration');
        expect(tokens).toContain('mark:variable+declaration+readonly');
        expect(tokens).toContain('wound-care:class+declaration');
        expect(tokens).toContain('learn-from-incidents:function+declaration');
        expect(tokens).toContain('employees:keyword');
    });

    it('colours an assessment: keywords in both languages, its date and scores, the team or organisation, people and dimensions', async () => {
        const text = 'assessment 2026-03-01 for team wound-care with mark, anna {\n    GedragenVisie 2 "Vague."\n}\nmeting 2026-04-01 voor organisatie anker met piet {\n    senge.SharedVision 4\n}\n';
        const ws = await openWorkspace({ 'organisation.pop': ORGANISATION, 'assessments.pop': text });
        const tokens = decode(ws, 'assessments.pop', await ws.services.lsp.SemanticTokenProvider!.semanticHighlight(ws.doc('assessments.pop'), { textDocument: { uri: ws.uri('assessments.pop') } }));
        expect(tokens).toEqual([
            'assessment:keyword', '2026-03-01:number', 'for:keyword', 'team:keyword', 'wound-care:class', 'with:keyword', 'mark:variable+readonly', 'anna:variable+readonly',
            'GedragenVisie:type+defaultLibrary', '2:number', '"Vague.":string',
            'meting:keyword', '2026-04-01:number', 'voor:keyword', 'organisatie:keyword', 'anker:namespace', 'met:keyword', 'piet:variable+readonly',
            'senge:namespace+defaultLibrary', 'SharedVision:type+defaultLibrary', '4:number',
        ]);
    });
});
