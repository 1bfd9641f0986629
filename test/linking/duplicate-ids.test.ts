import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import * as ast from '../../language/src/generated/ast.js';
import { checkWorkspace, rangesOf } from '../helpers/check.js';
import { checkFiles } from '../parsing/parse-helpers.js';

describe('duplicate-id across files', () => {
    it('is reported in both files, each pointing at the other', async () => {
        const result = await checkWorkspace({
            'organisation.pop': 'people {\n    person anna "Anna"\n    person mark "Mark"\n}\n',
            'team/people.pop': '// more people\npeople {\n    person anna "Anna Bakker"\n}\n',
        });
        const [here] = result.byFile['organisation.pop'].filter(d => d.code === 'duplicate-id');
        const [there] = result.byFile['team/people.pop'].filter(d => d.code === 'duplicate-id');
        expect(rangesOf([here], 'duplicate-id')).toEqual(['1:11-1:15']);
        expect(rangesOf([there], 'duplicate-id')).toEqual(['2:11-2:15']);
        expect(here.message).toBe("Person 'anna' is declared more than once (also at team/people.pop:3): give each declaration its own id.");
        expect(there.message).toBe("Person 'anna' is declared more than once (also at ../organisation.pop:2): give each declaration its own id.");
        expect(here.relatedInformation?.map(r => r.location)).toEqual([
            { uri: 'file:///ws/team/people.pop', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 29 } } },
        ]);
        expect(there.relatedInformation?.map(r => r.location.uri)).toEqual(['file:///ws/organisation.pop']);
    });

    it('is reported for each kind that is visible workspace-wide', async () => {
        const a = `organisation a "A" { vision v "V" about learning }
team t "T" { lead p goal tg "TG" { } }
plan pl for p { coach p }
framework fw "FW" { dimension D "D" "D" }
people { person p "P" }`;
        const b = a.replace('organisation a "A"', 'organisation a "B"').replace('vision v "V" about learning', 'ambition v "A"');
        const result = await checkWorkspace({ 'a.pop': a, 'b.pop': b });
        const names = (file: string) => result.byFile[file].filter(d => d.code === 'duplicate-id').map(d => String(d.message).split(' is declared')[0]);
        expect(names('a.pop')).toEqual(["Organisation 'a'", "Vision or ambition 'v'", "Team 't'", "Goal 'tg'", "Plan 'pl'", "Framework 'fw'", "Person 'p'"]);
        expect(names('b.pop')).toEqual(names('a.pop'));
    });

    it('is not reported when the same id names things of different kinds, or goals of different plans', async () => {
        const result = await checkWorkspace({
            'a.pop': 'people { person x "X" }\nteam x "X" { lead x }\nplan x for x { coach x goal g "G" { } }',
            'b.pop': 'plan y for x { coach x goal g "G" { } }\nframework x "X" { dimension x "x" "x" }',
        });
        expect(result.all.filter(d => d.code === 'duplicate-id')).toEqual([]);
    });
});

describe('a reference to a name declared more than once', () => {
    const twinIn = (title: string) => `people {\n    person anna "${title}"\n}\n`;
    const linkedTitle = (checked: Awaited<ReturnType<typeof checkFiles>>, file: string) => {
        const plan = (checked[file].document.parseResult.value as ast.Document).elements.find(ast.isPlan)!;
        return `${plan.owner.ref?.displayName} in ${AstUtils.getDocument(plan.owner.ref!).uri.path}`;
    };

    it('links to the twin in the file whose path sorts first, whatever order the files are read in', async () => {
        const files = { 'z-people.pop': twinIn('Anna Z'), 'a-people.pop': twinIn('Anna A'), 'plan.pop': 'plan p for anna { }\n' };
        for (const order of [['z-people.pop', 'a-people.pop', 'plan.pop'], ['plan.pop', 'a-people.pop', 'z-people.pop']]) {
            const checked = await checkFiles(Object.fromEntries(order.map(name => [name, files[name as keyof typeof files]])));
            expect(linkedTitle(checked, 'plan.pop')).toBe('Anna A in /ws/a-people.pop');
        }
    });

    it('links to the twin in its own file first', async () => {
        const checked = await checkFiles({ 'a-people.pop': twinIn('Anna A'), 'plan.pop': `${twinIn('Anna here')}plan p for anna { }\n` });
        expect(linkedTitle(checked, 'plan.pop')).toBe('Anna here in /ws/plan.pop');
    });
});
