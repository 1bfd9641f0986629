import { describe, expect, it } from 'vitest';
import { planTemplate } from '../../client/src/plan-template.js';
import { checkWorkspace } from '../helpers/check.js';

const ORGANISATION = `organisation o "O" {
    vision v "A vision." about learning developed-with employees
}
people {
    person anna "Anna" role "Nurse"
    person mark "Mark" role "Team lead"
}
`;

describe('"New Plan from Template"', () => {
    for (const lang of ['en', 'nl'] as const) {
        it(`(${lang}) parses, uses one keyword language and only leaves its placeholders to fill in`, async () => {
            const text = planTemplate('anna', 2026, lang);
            const { byFile, codes } = await checkWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': text });
            const diagnostics = byFile['anna-2026.pop'];
            expect(codes['anna-2026.pop']).not.toContain('parse-error');
            expect(codes['anna-2026.pop']).not.toContain('mixed-keyword-language');
            const errors = diagnostics.filter(d => d.severity === 1);
            // Only the placeholders the user fills in: the coach and the vision.
            const lines = text.split('\n');
            for (const error of errors) {
                expect(error.code).toBe('link-error');
                const word = lines[error.range.start.line].slice(error.range.start.character, error.range.end.character);
                expect(['COACH', 'VISION', 'VISIE']).toContain(word);
            }
            expect(errors.length).toBe(4);
        });

        it(`(${lang}) is a complete plan once the placeholders are filled in`, async () => {
            const text = planTemplate('anna', 2026, lang).replace(/COACH/g, 'mark').replace(/VISION|VISIE/g, 'v');
            const { byFile } = await checkWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': text });
            const serious = byFile['anna-2026.pop'].filter(d => d.severity === 1 || d.severity === 2);
            expect(serious.map(d => d.code)).toEqual([]);
        });
    }
});
