import { describe, expect, it } from 'vitest';
import { checkWorkspace, rangesOf } from '../helpers/check.js';

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
