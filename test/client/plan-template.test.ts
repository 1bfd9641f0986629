import { describe, expect, it } from 'vitest';
import { learningFormChoices, planDates, planSnippet, snippetDefaultText, type PlanTemplateInput } from '../../client/src/plan-template.js';
import { checkWorkspace } from '../helpers/check.js';

const ORGANISATION = `organisation o "O" {
    framework senge
    vision v "A vision." about learning developed-with employees
    ambition a "An ambition." supports v
}
people {
    person anna "Anna" role "Nurse"
    person mark "Mark" role "Team lead"
}
team ward "Ward" {
    lead mark
    members anna
}
`;

const SENGE = ['PersonalMastery', 'MentalModels', 'SharedVision', 'TeamLearning', 'SystemsThinking'];

function input(lang: 'en' | 'nl', extra: Partial<PlanTemplateInput> = {}): PlanTemplateInput {
    return {
        planId: 'anna-2026', owner: 'anna', ownerName: 'Anna', coach: 'mark', team: 'ward', lang, today: '2026-11-24',
        dimensions: SENGE, supportTargets: ['v', 'a'], ...extra,
    };
}

/** The snippet with its `n`-th choice replaced by `option` (to try every choice). */
function choose(snippet: string, n: number, option: string): string {
    return snippet.replace(new RegExp(`\\$\\{${n}\\|[^|]*\\|\\}`), option);
}

describe('"New Plan from Template"', () => {
    for (const lang of ['en', 'nl'] as const) {
        it(`(${lang}) accepted as it stands, is a plan without errors or warnings in one keyword language`, async () => {
            const text = snippetDefaultText(planSnippet(input(lang)));
            const { byFile } = await checkWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': text }, { today: '2026-11-24' });
            const serious = byFile['anna-2026.pop'].filter(d => d.severity === 1 || d.severity === 2);
            expect(serious.map(d => `${d.code}: ${d.message}`)).toEqual([]);
            expect(byFile['anna-2026.pop'].map(d => d.code)).not.toContain('mixed-keyword-language');
            expect(text).toContain(lang === 'en' ? '    coach mark\n    team ward\n    period 2026-11-01 .. 2027-10-31\n' : '    coach mark\n    team ward\n    periode 2026-11-01 .. 2027-10-31\n');
        });

        it(`(${lang}) has no error whichever dimension, vision link and learning form is chosen`, async () => {
            const snippet = planSnippet(input(lang));
            const files: Record<string, string> = { 'organisation.pop': ORGANISATION };
            const variants = [
                ...SENGE.map(d => choose(snippet, 4, d)),
                ...['v', 'a'].map(s => choose(snippet, 5, s)),
                ...learningFormChoices(lang).map(f => choose(snippet, 6, f)),
            ];
            variants.forEach((variant, i) => { files[`plan-${i}.pop`] = snippetDefaultText(variant).replace('anna-2026', `anna-v${i}`); });
            const { all } = await checkWorkspace(files, { today: '2026-11-24' });
            expect(all.filter(d => d.severity === 1).map(d => `${d.file} ${d.code}: ${d.message}`)).toEqual([]);
        });
    }

    it('has tab stops for what only the user can say, in order, and writes the chosen names as they are', () => {
        const snippet = planSnippet(input('en'));
        const stops = [...snippet.matchAll(/\$\{(\d+)[:|]/g)].map(m => Number(m[1]));
        expect(stops).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        expect(snippet.endsWith('$0')).toBe(true);
        expect(snippet).toContain('plan anna-2026 for anna {');
        expect(snippet).toContain('        supports ${5|v,a|}');
        expect(snippet).toContain('        feedback ask mark "${8:What do you see me do differently?}" every quarter');
        expect(snippet).not.toMatch(/COACH|VISION|VISIE/);
    });

    it('leaves out the supports line when the workspace has no vision, and the team line without a team', async () => {
        const text = snippetDefaultText(planSnippet(input('en', { supportTargets: [], team: undefined })));
        expect(text).not.toMatch(/supports|\bteam\b/);
        const { byFile } = await checkWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': text }, { today: '2026-11-24' });
        expect(byFile['anna-2026.pop'].filter(d => d.severity === 1)).toEqual([]);
        expect(byFile['anna-2026.pop'].map(d => d.code)).toContain('goal-without-vision');
    });

    it('declares owner and coach in the plan file of a workspace without people', async () => {
        const text = snippetDefaultText(planSnippet(input('nl', {
            owner: 'sara', ownerName: 'Sara "S" $ Jansen', coach: 'kees', team: undefined, supportTargets: [], dimensions: ['LerenVanLeidersEnMedewerkers'],
            declare: [{ id: 'sara', name: 'Sara "S" $ Jansen' }, { id: 'kees', name: 'Kees' }],
        })));
        expect(text).toContain('mensen {\n    persoon sara "Sara \\"S\\" $ Jansen"\n    persoon kees "Kees"\n}\n');
        const { byFile } = await checkWorkspace({ 'sara-2026.pop': text }, { today: '2026-11-24' });
        expect(byFile['sara-2026.pop'].filter(d => d.severity === 1).map(d => d.code)).toEqual([]);
    });

    it('starts the period on the first day of this month, for a year', () => {
        expect(planDates('2026-11-24')).toEqual({ start: '2026-11-01', end: '2027-10-31', middle: '2027-04-30', firstReflection: '2027-01-31' });
        expect(planDates('2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-12-31', middle: '2026-06-30', firstReflection: '2026-03-31' });
    });

    it('reads snippet syntax as VS Code does: escapes, placeholders, choices', () => {
        expect(snippetDefaultText('a \\$1 \\} ${1:x\\}y} ${2|p,q|} $0')).toBe('a $1 } x}y p ');
    });
});
