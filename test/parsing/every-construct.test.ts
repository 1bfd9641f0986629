import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, PARSING_FIXTURES, readPopFolder, sayings } from './parse-helpers.js';
import { meaningOf } from './meaning.js';
import * as ast from '../../language/src/generated/ast.js';

const en = () => readPopFolder(join(PARSING_FIXTURES, 'en'));
const nl = () => readPopFolder(join(PARSING_FIXTURES, 'nl'));

describe('every construct of the language reference', () => {
    for (const [lang, files] of [['English', en], ['Dutch', nl]] as const) {
        it(`parses and links with ${lang} keywords, with no error`, async () => {
            const checked = await checkFiles(files());
            const errors = Object.entries(checked).flatMap(([file, r]) => r.diagnostics
                .filter(d => d.severity === 1 || d.code === 'parse-error' || d.code === 'link-error')
                .map(d => `${file} ${String(d.code)} ${d.message}`));
            expect(errors).toEqual([]);
            for (const r of Object.values(checked)) expect(r.document.parseResult.parserErrors).toEqual([]);
        });
    }

    it('means the same with Dutch keywords as with English ones', async () => {
        const english = await checkFiles(en());
        const dutch = await checkFiles(nl());
        expect(Object.keys(dutch)).toEqual(Object.keys(english));
        for (const file of Object.keys(english)) {
            expect(meaningOf(dutch[file].document), file).toEqual(meaningOf(english[file].document));
        }
        // Not vacuous: the plan's meaning holds its goals, moments and references.
        const plan = JSON.stringify(meaningOf(english['plan.pop'].document));
        for (const word of ['"Cadence"', '"quarter"', '"ask"', '"active"', '"feedback-360"', '"learn-from-incidents"']) {
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

    it('reads each kind of moment, hours and feedback the way the reference says', async () => {
        const checked = await checkFiles(en());
        const plan = (checked['plan.pop'].document.parseResult.value as ast.Document).elements[0] as ast.Plan;
        const goal = plan.goals[0];
        expect(goal.actions.map(a => [a.form, a.when?.$type, a.hours?.value])).toEqual([
            ['course', 'DueMoment', 16],
            ['buddy', 'FromMoment', undefined],
            ['pilot', 'FromMoment', undefined],
            ['coaching', 'Cadence', undefined],
            ['360-feedback', 'OnMoment', undefined],
            ['feedback-360', 'Cadence', 2.5],
            ['reading', undefined, 4],
            ['experiment', undefined, undefined],
        ]);
        expect(goal.feedback.map(f => [f.direction, f.team?.$refText ?? f.person?.$refText, f.when?.$type])).toEqual([
            ['ask', 'mark', 'Cadence'],
            ['ask', 'wound-care', 'OnMoment'],
            ['give', 'piet', 'FromMoment'],
            ['give', 'jürgen', 'FromMoment'],
            ['ask', 'piet', 'DueMoment'],
            ['ask', 'mark', 'Cadence'],
        ]);
        expect(plan.reflections.map(r => r.private)).toEqual([true, false]);
        expect(plan.strengths[0].texts).toEqual(['"Calm under pressure"', '"Precise"'].map(s => JSON.parse(s)));
    });

    it('unescapes \\" and \\\\ in strings and keeps any Unicode text', async () => {
        const checked = await checkFiles(en());
        const people = (checked['organisation.pop'].document.parseResult.value as ast.Document).elements[1] as ast.People;
        expect(people.persons.map(p => p.displayName)).toEqual([
            'Anna de Vries', 'Mark "the coach" Jansen', 'Piet Bakker', 'Jürgen Müller – Ärztliche Leitung 🩺',
        ]);
        expect(people.persons[3].roles[0].text).toBe('Doctor \\ surgeon');
    });
});

describe('assessments', () => {
    for (const [lang, files] of [['English', en], ['Dutch', nl]] as const) {
        it(`reads date, subject, participants, scores and notes, all linked, with ${lang} keywords`, async () => {
            const checked = await checkFiles(files());
            const elements = (checked['assessments.pop'].document.parseResult.value as ast.Document).elements.filter(ast.isAssessment);
            expect(elements.map(a => [a.date, a.team?.ref?.name, a.organisation?.ref?.name, a.participants.map(p => p.ref?.name)])).toEqual([
                ['2025-11-03', 'wound-care', undefined, ['mark', 'anna', 'piet']],
                ['2026-05-12', 'wound-care', undefined, ['mark', 'anna', 'piet', 'jürgen']],
                ['2026-04-20', undefined, 'anker', ['anna', 'jürgen']],
            ]);
            expect(elements[1].scores.map(s => [s.dimension.$refText, s.dimension.ref?.nameEn, s.score, s.note !== undefined])).toEqual([
                ['GedragenVisie', 'Shared vision and ambition', 3, true],
                ['Feedbackprocessen', 'Feedback processes', 3, false],
                ['TeamlerenEnSamenwerking', 'Team learning and collaboration', 4, false],
                ['acme.Craft', 'Craft', 4, false],
            ]);
            expect(checked['assessments.pop'].diagnostics.map(d => d.code)).toEqual([]);
        });
    }
});
