import { AstUtils, isReference } from 'langium';
import { describe, expect, it } from 'vitest';
import * as ast from '../../language/src/generated/ast.js';
import { BUILTIN_FRAMEWORKS } from '../../language/src/frameworks/builtin-frameworks.js';
import { checkFiles } from '../parsing/parse-helpers.js';

const PEOPLE = 'people { person anna "Anna" }';

/** The dimension references of a plan file, and the link errors of that file. */
async function dimensions(files: Record<string, string>) {
    const checked = await checkFiles({ 'people.pop': PEOPLE, ...files });
    const plan = checked['plan.pop'];
    const resolved = plan.document.references.filter(isReference)
        .filter(r => r.ref && ast.isDimension(r.ref))
        .map(r => {
            const dimension = r.ref as ast.Dimension;
            return `${r.$refText} -> ${dimension.$container.name}.${dimension.name}`;
        });
    const errors = plan.diagnostics.filter(d => d.code === 'link-error').map(d => d.message);
    return { resolved, errors, checked };
}

describe('frameworks', () => {
    it('every built-in dimension resolves qualified, in a workspace with no organisation at all', async () => {
        const all = BUILTIN_FRAMEWORKS.flatMap(f => f.dimensions.map(d => `${f.id}.${d.id}`));
        const { resolved, errors } = await dimensions({ 'plan.pop': `plan p for anna { goal g "G" { dimensions ${all.join(', ')} } }` });
        expect(errors).toEqual([]);
        expect(resolved).toEqual(all.map(name => `${name} -> ${name}`));
    });

    it('the dimensions of Ros et al. 2024 resolve unqualified by default', async () => {
        const ros = BUILTIN_FRAMEWORKS.find(f => f.id === 'ros2024')!.dimensions.map(d => d.id);
        const { resolved, errors } = await dimensions({ 'plan.pop': `plan p for anna { goal g "G" { dimensions ${ros.join(', ')} } }` });
        expect(errors).toEqual([]);
        expect(resolved).toEqual(ros.map(id => `${id} -> ros2024.${id}`));
    });

    it('another framework\'s dimension needs its qualifier by default', async () => {
        const { errors } = await dimensions({ 'plan.pop': 'plan p for anna { goal g "G" { dimensions SharedVision, senge.SharedVision } }' });
        expect(errors).toEqual(["Unknown dimension 'SharedVision': did you mean 'senge.SharedVision'?"]);
    });

    it('`framework senge` in the organisation makes Senge\'s dimensions unqualified, in every file', async () => {
        const { resolved, errors } = await dimensions({
            'organisation.pop': 'organisation o "O" { framework senge vision v "V" about learning }',
            'plan.pop': 'plan p for anna { goal g "G" { dimensions SharedVision, TeamLearning, ros2024.Feedbackprocessen, GedragenVisie } }',
        });
        expect(resolved).toEqual([
            'SharedVision -> senge.SharedVision', 'TeamLearning -> senge.TeamLearning', 'ros2024.Feedbackprocessen -> ros2024.Feedbackprocessen',
        ]);
        expect(errors).toEqual(["Unknown dimension 'GedragenVisie': did you mean 'ros2024.GedragenVisie'?"]);
    });

    it('a custom framework declared in a .pop file (Dutch `dimensie`) resolves qualified, and unqualified once chosen', async () => {
        const acme = 'raamwerk acme "ACME" {\n    dimensie Craft "Vakmanschap" "Craft" rol werkplek "Leren door te doen."\n    dimension Compass "Kompas" "Compass" role vision\n}';
        const qualified = await dimensions({ 'acme.pop': acme, 'plan.pop': 'plan p for anna { goal g "G" { dimensions acme.Craft, acme.Compass, Craft } }' });
        expect(qualified.resolved).toEqual(['acme.Craft -> acme.Craft', 'acme.Compass -> acme.Compass']);
        expect(qualified.errors).toEqual(["Unknown dimension 'Craft': did you mean 'acme.Craft'?"]);

        const chosen = await dimensions({
            'acme.pop': acme,
            'organisation.pop': 'organisatie o "O" { raamwerk acme visie v "V" over leren }',
            'plan.pop': 'plan p for anna { goal g "G" { dimensions Craft, Compass, ros2024.GedragenVisie } }',
        });
        expect(chosen.errors).toEqual([]);
        expect(chosen.resolved).toEqual(['Craft -> acme.Craft', 'Compass -> acme.Compass', 'ros2024.GedragenVisie -> ros2024.GedragenVisie']);
        const craft = chosen.checked['plan.pop'].document.references.filter(isReference)[1].ref as ast.Dimension;
        expect(AstUtils.getDocument(craft).uri.path).toBe('/ws/acme.pop');
        expect(craft.roles).toEqual(['werkplek']);
    });

    it('a misspelt framework in the organisation is one link-error; plain ids fall back to Ros et al. 2024', async () => {
        const { resolved, errors, checked } = await dimensions({
            'organisation.pop': 'organisation o "O" { framework sengee vision v "V" about learning }',
            'plan.pop': 'plan p for anna { goal g "G" { dimensions GedragenVisie } }',
        });
        expect(errors).toEqual([]);
        expect(resolved).toEqual(['GedragenVisie -> ros2024.GedragenVisie']);
        expect(checked['organisation.pop'].diagnostics.filter(d => d.code === 'link-error').map(d => d.message))
            .toEqual(["Unknown framework 'sengee': did you mean 'senge'?"]);
    });
});
