import { AstUtils, isReference } from 'langium';
import { describe, expect, it } from 'vitest';
import * as ast from '../../language/src/generated/ast.js';
import { checkFiles } from '../parsing/parse-helpers.js';
import { checkWorkspace } from '../helpers/check.js';

const ORGANISATION = `organisation anker "Het Anker" {
    vision learning-at-work "Everyone learns." about learning
    ambition fewer-incidents "Fewer incidents." supports learning-at-work
}
people {
    person anna "Anna"
    person mark "Mark"
}
team wound-care "Team Wondzorg" {
    lead mark
    members anna
    goal learn-from-incidents "Learn" { supports fewer-incidents }
}
`;

const PLAN = `plan anna-2026 for anna {
    coach mark
    team wound-care
    goal g "G" {
        dimensions Feedbackprocessen
        supports learning-at-work, fewer-incidents
        contributes learn-from-incidents
        feedback ask team wound-care "Q" every month
        feedback ask mark "Q" every month
    }
    review 2026-06-30 with mark
}
`;

const PRIVATE = 'private anna-2026 { reflection 2026-04-02 "R" }';

describe('references across files', () => {
    it('resolve a plan\'s people, team, visions, ambitions, team goals and dimensions in other files', async () => {
        const checked = await checkFiles({ 'organisation.pop': ORGANISATION, 'plans/anna-2026.pop': PLAN, 'plans/anna-2026.private.pop': PRIVATE });
        for (const r of Object.values(checked)) expect(r.diagnostics.filter(d => d.code === 'link-error')).toEqual([]);
        const plan = checked['plans/anna-2026.pop'].document;
        const targets = plan.references.filter(isReference).map(ref => {
            const target = ref.ref!;
            return `${ref.$refText} -> ${target.$type} in ${AstUtils.getDocument(target).uri.path}`;
        });
        expect(targets).toEqual([
            'anna -> Person in /ws/organisation.pop',
            'mark -> Person in /ws/organisation.pop',
            'wound-care -> Team in /ws/organisation.pop',
            'Feedbackprocessen -> Dimension in /frameworks.pop',
            'learning-at-work -> Vision in /ws/organisation.pop',
            'fewer-incidents -> Ambition in /ws/organisation.pop',
            'learn-from-incidents -> Goal in /ws/organisation.pop',
            'wound-care -> Team in /ws/organisation.pop',
            'mark -> Person in /ws/organisation.pop',
            'mark -> Person in /ws/organisation.pop',
        ]);
        const privateBlock = (checked['plans/anna-2026.private.pop'].document.parseResult.value as ast.Document).elements[0] as ast.PrivateBlock;
        expect(AstUtils.getDocument(privateBlock.plan.ref!).uri.path).toBe('/ws/plans/anna-2026.pop');
    });

    it('do not depend on the order in which files are given', async () => {
        const first = await checkWorkspace({ 'organisation.pop': ORGANISATION, 'anna-2026.pop': PLAN });
        const second = await checkWorkspace({ 'anna-2026.pop': PLAN, 'organisation.pop': ORGANISATION });
        expect(second.codes).toEqual(first.codes);
        expect(first.codes['anna-2026.pop']).not.toContain('link-error');
    });
});
