import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, PARSING_FIXTURES, readPopFolder, sayings } from './parse-helpers.js';
import { meaningOf } from './meaning.js';
import * as ast from '../../language/src/generated/ast.js';

/** The second edition of the language (design/language-v2.md): every new form, in both keyword languages. */
const SECOND = join(PARSING_FIXTURES, 'second-edition');
const en = () => readPopFolder(join(SECOND, 'en'));
const nl = () => readPopFolder(join(SECOND, 'nl'));
const example = () => readPopFolder(join(SECOND, 'example'));

const blocking = (checked: Awaited<ReturnType<typeof checkFiles>>) => Object.entries(checked).flatMap(([file, r]) => [
    ...r.document.parseResult.lexerErrors.map(e => `${file} lexer ${e.message}`),
    ...r.document.parseResult.parserErrors.map(e => `${file} parser ${e.message}`),
    ...r.diagnostics.filter(d => d.code === 'parse-error' || d.code === 'link-error').map(d => `${file} ${String(d.code)} ${d.message}`),
]);

function planOf(checked: Awaited<ReturnType<typeof checkFiles>>, file = 'plan.pop'): ast.Plan {
    return (checked[file].document.parseResult.value as ast.Document).elements.find(ast.isPlan)!;
}

describe('the second edition of the language', () => {
    it('parses and links the normative example of language-v2.md with no parse error', async () => {
        const checked = await checkFiles(example());
        expect(blocking(checked)).toEqual([]);
        const plan = planOf(checked, 'mila-2026.pop');
        expect(plan.goals.map(g => [g.name, g.personal])).toEqual([['calm-class', false], ['own-house', true]]);
    });

    for (const [lang, files] of [['English', en], ['Dutch', nl]] as const) {
        it(`parses and links every new form with ${lang} keywords, with no parse or link error`, async () => {
            const checked = await checkFiles(files());
            expect(blocking(checked)).toEqual([]);
        });
    }

    it('means the same with Dutch keywords as with English ones', async () => {
        const english = await checkFiles(en());
        const dutch = await checkFiles(nl());
        expect(Object.keys(dutch)).toEqual(Object.keys(english));
        for (const file of Object.keys(english)) {
            expect(meaningOf(dutch[file].document), file).toEqual(meaningOf(english[file].document));
        }
        const plan = JSON.stringify(meaningOf(english['plan.pop'].document));
        for (const word of ['"InMoment"', '"Within"', '"AfterMoment"', '"OngoingMoment"', '"weeks"', '"received"', '"2027-H1"', '"GoalLevel"', '"GoalWhy"']) {
            expect(plan).toContain(word);
        }
    });

    it('gets the same diagnostics with Dutch keywords as with English ones', async () => {
        const english = await checkFiles(en());
        const dutch = await checkFiles(nl());
        for (const file of Object.keys(english)) {
            expect(sayings(dutch[file].diagnostics), file).toEqual(sayings(english[file].diagnostics));
        }
    });

    it('reads every moment the way the language reference says', async () => {
        const plan = planOf(await checkFiles(en()));
        const [goal, personal, planning] = plan.goals;
        const moment = (m: ast.Moment | undefined) => {
            if (!m) return undefined;
            switch (m.$type) {
                case 'Cadence': return `every ${m.count ?? ''}${m.count === undefined ? '' : ' '}${m.unit}`;
                case 'InMoment': return `in ${m.period}`;
                case 'Within': return `within ${m.count} ${m.unit}`;
                case 'AfterMoment': return `after ${m.event}`;
                case 'OngoingMoment': return 'ongoing';
                case 'DueMoment': return `due ${m.date ?? m.period ?? `within ${m.within?.count} ${m.within?.unit}`}`;
                case 'OnMoment': return `on ${m.date}`;
                case 'FromMoment': return `from ${m.start}`;
            }
        };
        expect(goal.actions.map(a => [a.form, moment(a.when), a.hours?.value])).toEqual([
            ['practice', 'ongoing', undefined],
            ['lesson-visit', 'within 2 months', undefined],
            ['job-shadowing', 'within 6 weeks', 4],
            ['presentation', 'after each study day', undefined],
            ['peer-review', 'every 3 weeks', undefined],
            ['retrospective', 'every 2 weeks', undefined],
            ['reading', 'every day', undefined],
            ['feedback-360', 'in 2027-03', undefined],
            ['course', 'due 2026-Q4', undefined],
        ]);
        expect(planning.actions.map(a => moment(a.when))).toEqual(['every 3 days']);
        expect(planning.feedback.map(f => moment(f.when))).toEqual(['every 2 quarters']);
        expect([goal, personal, planning].map(g => g.due[0]).map(d => d.date ?? d.period ?? `within ${d.within?.count} ${d.within?.unit}`))
            .toEqual(['2027-H1', 'within 10 months', '2027-05']);
        expect(plan.reviews.map(r => r.date ?? moment(r.when))).toEqual([
            'every quarter', 'in 2027-Q2', '2027-06-30', 'within 2 months', 'after each lesson visit',
        ]);
        expect(plan.reflections.map(r => [r.date ?? moment(r.when), r.private])).toEqual([
            ['after each lesson visit', false],
            ['every month', true],
            [undefined, false],
            ['in 2026-Q4', false],
            ['2026-10-01', false],
            ['within 3 months', false],
            ['ongoing', true],
        ]);
    });

    it('reads why, level, several evidence lines, personal goals and the forgiving words', async () => {
        const checked = await checkFiles(nl());
        const [goal, personal] = planOf(checked).goals;
        expect(goal.whys.map(w => w.text)).toEqual(['De eerste tien minuten na de pauze bepalen de rest van mijn les.']);
        expect(goal.levels.map(l => [l.now, l.target])).toEqual([[2, 4]]);
        expect(goal.evidence.map(e => e.text)).toHaveLength(2);
        // `dimensie` for `dimensies`, `doel` for `leerdoel`.
        expect(goal.dimensions[0].dimensions.map(d => [d.$refText, d.ref?.name])).toEqual([
            ['LerenVanLeidersEnMedewerkers', 'LerenVanLeidersEnMedewerkers'], ['Feedbackprocessen', 'Feedbackprocessen'],
        ]);
        expect([personal.name, personal.personal, goal.personal]).toEqual(['own-house', true, false]);
    });

    it('reads feedback from outside the workspace and feedback that came back, private or not', async () => {
        const checked = await checkFiles(en());
        const goal = planOf(checked).goals[0];
        expect(goal.feedback.map(f => [f.direction, f.external ?? f.team?.$refText ?? f.person?.$refText, f.question, f.text, f.private])).toEqual([
            ['ask', 'pupils of 2b', 'What helps you settle after the break?', undefined, false],
            ['ask', 'ruud', 'Watch the first ten minutes', undefined, false],
            ['give', 'sem', 'What I saw in group 5', undefined, false],
            ['received', 'ruud', undefined, 'Calmer, but the ritual takes too long.', false],
            ['received', 'parents', undefined, 'They worry about the noise.', true],
            ['received', 'group-6', undefined, 'Keep it up.', true],
            ['received', 'sem', undefined, undefined, false],
        ]);
    });

    it('reads team routines and visions developed with several groups', async () => {
        const checked = await checkFiles(en());
        const root = checked['organisation.pop'].document.parseResult.value as ast.Document;
        const team = root.elements.find(ast.isTeam)!;
        expect(team.actions.map(a => a.form)).toEqual(['retrospective', 'practice']);
        expect(team.feedback.map(f => f.direction)).toEqual(['ask', 'ask', 'received']);
        expect(team.goals.map(g => g.name)).toEqual(['read-together']);
        const organisation = root.elements.find(ast.isOrganisation)!;
        expect(organisation.visions.map(v => v.developedWith.flatMap(d => d.by))).toEqual([
            ['employees', 'students', 'clients'], ['citizens', 'partners'], ['management'],
        ]);
    });

    it('keeps every word of the second edition usable as a name, as it was in the first edition', async () => {
        const words = [
            'doel', 'personal', 'persoonlijk', 'why', 'waarom', 'level', 'niveau', 'received', 'ontvangen', 'in', 'within',
            'binnen', 'after', 'na', 'ongoing', 'doorlopend', 'day', 'days', 'dag', 'dagen', 'weeks', 'weken', 'months',
            'maanden', 'quarters', 'kwartalen', 'years', 'jaren', 'clients', 'cliënten', 'clienten', 'citizens', 'burgers',
            'students', 'leerlingen', 'partners',
        ];
        const people = words.map(w => `    person ${w} "${w}"`).join('\n');
        const goals = words.map(w => `    goal ${w} "${w}" { action ${w} "x" feedback ask ${w} "q" on 2026-03-01 }`).join('\n');
        const files = {
            'people.pop': `people {\n${people}\n}\n`,
            'team.pop': words.map(w => `team ${w} "${w}" { lead ${w} members ${w}, ${w} }`).join('\n'),
            'plan.pop': `plan in for in {\n    coach after\n    team within\n${goals}\n    review 2026-06-01 with na\n}\n`,
        };
        const checked = await checkFiles(files);
        expect(blocking(checked).filter(e => !e.includes('duplicate'))).toEqual([]);
        const plan = planOf(checked);
        expect(plan.goals.map(g => [g.name, g.actions[0].form, g.feedback[0].person?.ref?.name])).toEqual(words.map(w => [w, w, w]));
        expect([plan.name, plan.owner?.ref?.name, plan.coaches[0].person?.ref?.name]).toEqual(['in', 'in', 'after']);
    });
});
