import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { checkInBatches } from '../../language/src/workspace/check-in-batches.js';
import { defaultSettings } from '../../language/src/config/settings.js';

// A workspace whose cross-file rules all need facts of files in other batches: a duplicate
// plan id in the first and the last batch, a team member whose only plan is checked in a
// later batch, a private block naming a plan (which must stay loaded), a mistyped plan name
// in a private block (suggested from plans that are no longer loaded).
const ORG = `organisation anker "Het Anker" {
    vision care "Good care."
}
people {
    person anna "Anna" role "Nurse"
    person bram "Bram" role "Nurse"
    person mark "Mark" role "Lead"
    person piet "Piet" role "Nurse"
}
team wound "Wound care" {
    lead mark
    members anna, bram, piet
}
`;

function plan(id: string, owner: string, period = '2026-01-01 .. 2026-12-31'): string {
    return `plan ${id} for ${owner} {
    coach mark
    period ${period}
    goal g1 "Learn" {
        dimensions Feedbackprocessen
        supports care
        action coaching "Weekly" every month
        feedback ask mark "How?" every quarter
        due 2026-06-30
    }
    review 2026-06-01 with mark
}
`;
}

const FILES: Record<string, string> = {
    'a-dup.pop': plan('anna-2026', 'anna'),
    'b.pop': plan('bram-old', 'bram', '2020-01-01 .. 2020-12-31'),
    'c.pop': plan('mark-2026', 'mark'),
    'org.pop': ORG,
    'd.pop': plan('x-2026', 'mark'),
    'e.pop': plan('piet-2026', 'piet'),
    'piet.private.pop': 'private piet-2026 {\n    reflection 2026-03-01 "Quiet thoughts."\n}\n',
    'typo.private.pop': 'private anna-2062 {\n    reflection 2026-03-01 "More thoughts."\n}\n',
    'f.pop': plan('y-2026', 'anna'),
    'z-dup.pop': plan('anna-2026', 'anna'),
};

function services() {
    const created = createLeerplanCoreServices(EmptyFileSystem, { gitView: { isShared: () => false } });
    created.Leerplan.leerplan.Settings.set({ ...defaultSettings(), lang: 'en', today: '2026-06-01' });
    return created;
}

const sources = (files = FILES) => Object.entries(files).map(([name, text]) => ({ uri: URI.file(`/ws/${name}`), text }));

// The same workspace with the people block in a file of its own, indented as nobody formats it,
// and a plan id also declared in that file: the first reading takes the file for plans only.
const HIDDEN: Record<string, string> = {
    ...FILES,
    'org.pop': ORG.replace(/people \{[\s\S]*?\n\}\n/, ''),
    'm-people.pop': '  people {\n    person anna "Anna"\n    person bram "Bram"\n    person mark "Mark"\n    person piet "Piet"\n  }\n' + plan('x-2026', 'piet'),
};

async function both(files: Record<string, string>, batchSize: number) {
    const whole = (await checkDocuments(services().shared, sources(files))).map(r => r.diagnostics);
    let created = 0;
    const progress: number[] = [];
    const batched = await checkInBatches(sources(files), {
        services: () => { created++; return services().Leerplan; }, batchSize, onProgress: done => progress.push(done),
    });
    return { whole: JSON.parse(JSON.stringify(whole)), batched: JSON.parse(JSON.stringify(batched)), created, progress };
}

describe('checkInBatches (leerplan check on large workspaces)', () => {
    it('gives every file the diagnostics of one build of the whole workspace', async () => {
        const whole = await checkDocuments(services().shared, sources());
        const expected = whole.map(r => r.diagnostics);
        for (const batchSize of [1, 2, 3, 1000]) {
            const batched = await checkInBatches(sources(), { services: () => services().Leerplan, batchSize });
            expect(JSON.parse(JSON.stringify(batched)), `batch size ${batchSize}`).toEqual(JSON.parse(JSON.stringify(expected)));
        }
    });

    it('reports the rules that read other batches', async () => {
        const names = Object.keys(FILES);
        const batched = await checkInBatches(sources(), { services: () => services().Leerplan, batchSize: 1 });
        const codes = (name: string) => batched[names.indexOf(name)].map(d => String(d.code));
        // The duplicate plan id is found across the first and the last batch, in both files.
        expect(codes('a-dup.pop')).toContain('duplicate-id');
        expect(codes('z-dup.pop')).toContain('duplicate-id');
        const dup = batched[names.indexOf('a-dup.pop')].find(d => d.code === 'duplicate-id')!;
        expect(dup.relatedInformation?.[0].location.uri).toBe(URI.file('/ws/z-dup.pop').toString());
        expect(dup.message).toContain('z-dup.pop:1');
        // Bram's only plan is from 2020: the team in the context file says so, Piet's plan counts.
        const team = batched[names.indexOf('org.pop')].filter(d => d.code === 'member-without-plan').map(d => d.message);
        expect(team).toHaveLength(1);
        expect(team[0]).toContain('bram');
        // Piet's private reflections count for his plan; the others have none.
        expect(codes('e.pop')).not.toContain('no-reflection');
        expect(codes('c.pop')).toContain('no-reflection');
        // The private block is linked to Piet's plan, and the typo gets a suggestion from a dropped plan.
        expect(codes('piet.private.pop')).not.toContain('link-error');
        const typo = batched[names.indexOf('typo.private.pop')].find(d => d.code === 'link-error')!;
        expect((typo.data as { suggestion?: string }).suggestion).toBe('anna-2026');
    });

    it('starts again the safe way when a file it took for plans only is referred to', async () => {
        for (const batchSize of [1, 2, 1000]) {
            const { whole, batched, created, progress } = await both(HIDDEN, batchSize);
            expect(created).toBe(2);
            expect(batched).toEqual(whole);
            // The people are found, so no plan has a link error; the plan id in the people file has its twin.
            const names = Object.keys(HIDDEN);
            expect(batched[names.indexOf('c.pop')].map((d: { code: string }) => d.code)).not.toContain('link-error');
            expect(batched[names.indexOf('m-people.pop')].map((d: { code: string }) => d.code)).toContain('duplicate-id');
            expect(progress.at(-1)).toBe(names.length);
            expect(progress).toEqual([...progress].sort((a, b) => a - b));
        }
    });

    it('reads each file once when the first reading was right', async () => {
        const { whole, batched, created, progress } = await both(FILES, 2);
        expect(created).toBe(1);
        expect(batched).toEqual(whole);
        expect(progress).toEqual([0, ...Object.keys(FILES).map((_, i) => i + 1)]);
    });

    it('keeps only the files others refer to loaded', async () => {
        const { shared, Leerplan } = services();
        await checkInBatches(sources(), { services: () => Leerplan, batchSize: 2 });
        const loaded = shared.workspace.LangiumDocuments.all.map(d => d.uri.path).filter(p => p.startsWith('/ws/')).toArray().sort();
        expect(loaded).toEqual(['/ws/e.pop', '/ws/org.pop', '/ws/piet.private.pop', '/ws/typo.private.pop']);
    });
});
