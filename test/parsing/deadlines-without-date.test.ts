import { describe, expect, it } from 'vitest';
import { checkFiles, sayings } from './parse-helpers.js';
import * as ast from '../../language/src/generated/ast.js';
import { momentMeaning } from '../../language/src/meaning/moments.js';
import { translateKeywordEdits } from '../../language/src/syntax/translate-keywords.js';
import { keywordHoverText } from '../../language/src/syntax/keyword-help.js';
import { buildSummary } from '../../summary/src/build-summary.js';
import { renderMarkdown } from '../../summary/src/render-markdown.js';
import { modelCalendar } from '../../summary/src/ics.js';
import { inlineDocuments } from '../summary/summary-fixture.js';

/**
 * Deadlines real plans give without a calendar date: "before parental leave '21", "before
 * summer '22", "ongoing" (a way of working that goes on). `due before "..."` / `uiterlijk
 * voor "..."` and `due ongoing` / `uiterlijk doorlopend`: the goal has its due line, and no
 * date rule fires on it (language-v2.md: an event or ongoing never makes a date rule fire).
 */
const PEOPLE = { en: 'people {\n    person ann "Ann"\n    person bo "Bo"\n}\n', nl: 'mensen {\n    persoon ann "Ann"\n    persoon bo "Bo"\n}\n' };

const PLAN = {
    en: `plan ann-2021 for ann {
    coach bo
    period 2021-07-07 .. 2023-12-31
    goal deep-focus "Practise deep focus" {
        action practice "The monthly challenge" every month
        action practice "The August challenge" due before "the summer holiday"
        feedback ask bo "Do I focus longer?" every quarter
        evidence "All monthly challenges done."
        due before "parental leave '21"
    }
    goal evaluate "Evaluate each incident with the crew" {
        action retrospective "After-action review" after "each incident"
        evidence "Every incident is evaluated."
        due ongoing
    }
    review every quarter with bo "POP conversation"
    reflection every month "What did I try?"
}
`,
    nl: `plan ann-2021 voor ann {
    coach bo
    periode 2021-07-07 .. 2023-12-31
    leerdoel deep-focus "Practise deep focus" {
        actie praktijk "The monthly challenge" elke maand
        actie praktijk "The August challenge" uiterlijk voor "the summer holiday"
        feedback vraag bo "Do I focus longer?" elk kwartaal
        bewijs "All monthly challenges done."
        uiterlijk voor "parental leave '21"
    }
    leerdoel evaluate "Evaluate each incident with the crew" {
        actie retrospectief "After-action review" na "each incident"
        bewijs "Every incident is evaluated."
        uiterlijk doorlopend
    }
    gesprek elk kwartaal met bo "POP conversation"
    reflectie elke maand "What did I try?"
}
`,
};

function planOf(checked: Awaited<ReturnType<typeof checkFiles>>): ast.Plan {
    return (checked['plan.pop'].document.parseResult.value as ast.Document).elements.find(ast.isPlan)!;
}

const codes = (checked: Awaited<ReturnType<typeof checkFiles>>) => Object.values(checked).flatMap(r => r.diagnostics.map(d => String(d.code))).sort();

describe('deadlines without a calendar date: before an event, ongoing', () => {
    for (const lang of ['en', 'nl'] as const) {
        it(`reads 'due before "..."' and 'due ongoing' on goals and actions (${lang} keywords), with no parse error`, async () => {
            const checked = await checkFiles({ 'people.pop': PEOPLE[lang], 'plan.pop': PLAN[lang] });
            expect(checked['plan.pop'].document.parseResult.parserErrors).toEqual([]);
            const [focus, evaluate] = planOf(checked).goals;
            expect([focus.due[0].event, focus.due[0].ongoing, focus.due[0].date]).toEqual(["parental leave '21", false, undefined]);
            expect([evaluate.due[0].event, evaluate.due[0].ongoing]).toEqual([undefined, true]);
            const action = focus.actions[1].when as ast.DueMoment;
            expect([action.$type, action.event]).toEqual(['DueMoment', 'the summer holiday']);
            expect(momentMeaning(action, { start: '2021-07-07', end: '2023-12-31' })).toEqual({ kind: 'event', event: 'the summer holiday' });
        });
    }

    it('counts as a due line: no goal-without-due, and no date rule fires long after the period', async () => {
        // checkFiles checks on 2026-06-01, years after the period: a dated due line would be overdue.
        const checked = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en });
        const found = codes(checked);
        for (const code of ['goal-without-due', 'overdue', 'due-outside-period', 'feedback-after-due', 'invalid-moment', 'parse-error']) {
            expect(found, code).not.toContain(code);
        }
        const dated = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en.replace(`due before "parental leave '21"`, 'due 2021-08-31\n        status active') });
        expect(codes(dated)).toContain('overdue');
        const none = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en.replace('        due ongoing\n', '') });
        expect(codes(none)).toContain('goal-without-due');
    });

    it('gets the same diagnostics with Dutch keywords as with English ones', async () => {
        const english = await checkFiles({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en });
        const dutch = await checkFiles({ 'people.pop': PEOPLE.nl, 'plan.pop': PLAN.nl });
        expect(sayings(dutch['plan.pop'].diagnostics)).toEqual(sayings(english['plan.pop'].diagnostics));
    });

    it('reports an empty event as invalid-moment at the event, in both languages', async () => {
        for (const lang of ['en', 'nl'] as const) {
            const text = PLAN[lang].replace(`"parental leave '21"`, '"  "');
            const checked = await checkFiles({ 'people.pop': PEOPLE[lang], 'plan.pop': text });
            const bad = checked['plan.pop'].diagnostics.filter(d => d.code === 'invalid-moment');
            expect(bad.map(d => d.range.start.line), lang).toEqual([text.split('\n').findIndex(l => l.includes('"  "'))]);
            // The fix hint is written with the file's keywords (the example event in the message's language).
            expect(bad[0].message).toContain(lang === 'en' ? `'due before "the summer holiday"'` : `'uiterlijk voor "the summer holiday"'`);
        }
    });

    it('translates `uiterlijk voor` as `due before`, and every other `voor` as `for`', async () => {
        const checked = await checkFiles({ 'people.pop': PEOPLE.nl, 'plan.pop': PLAN.nl });
        const document = checked['plan.pop'].document;
        const edits = translateKeywordEdits(document.parseResult.value, 'en');
        const lines = PLAN.nl.split('\n').map(l => [...l]);
        for (const edit of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
            lines[edit.range.start.line].splice(edit.range.start.character, edit.range.end.character - edit.range.start.character, ...edit.newText);
        }
        // Learning forms are names, not keywords: they stay as written.
        const forms = PLAN.en.replace(/action practice/g, 'action praktijk').replace('action retrospective', 'action retrospectief');
        expect(lines.map(l => l.join('')).join('\n')).toBe(forms);
    });

    it('explains `voor` in a due line as `before` in its hover, and `voor` after a plan id as `for`', () => {
        expect(keywordHoverText('voor', 'GoalDue', 'en')).toMatch(/^`voor` · English: `before`\n\nA deadline tied to an event/);
        expect(keywordHoverText('voor', 'Plan', 'en')).toMatch(/^`voor` · English: `for`/);
        expect(keywordHoverText('ongoing', 'GoalDue', 'nl')).toContain('Bewust geen deadline');
    });

    it('shows the deadline as written in the summary, as a note on the timeline, and never as a date in the calendar', async () => {
        const model = buildSummary(await inlineDocuments({ 'people.pop': PEOPLE.en, 'plan.pop': PLAN.en }), { lang: 'en', today: '2021-09-01', audience: 'export' });
        const plan = model.plans[0];
        expect(plan.goals.map(g => [g.id, g.due, g.dueMoment])).toEqual([
            ['deep-focus', undefined, { kind: 'due', event: "parental leave '21" }],
            ['evaluate', undefined, { kind: 'ongoing' }],
        ]);
        expect(plan.timelineNotes.filter(n => n.kind === 'due' || n.moment === 'before').map(n => [n.kind, n.moment, n.event, n.label])).toEqual([
            ['action', 'before', 'the summer holiday', 'The August challenge'],
            ['due', 'before', "parental leave '21", 'Practise deep focus'],
            ['due', 'ongoing', undefined, 'Evaluate each incident with the crew'],
        ]);
        expect(plan.timeline.filter(e => e.kind === 'due')).toEqual([]);
        const md = renderMarkdown(model);
        expect(md).toContain("- **Due:** before parental leave '21");
        expect(md).toContain('- _due before the summer holiday_: action The August challenge (`deep-focus`)');
        expect(md).toContain('- _no deadline: ongoing_: due date Evaluate each incident with the crew (`evaluate`)');
        const dutch = renderMarkdown(buildSummary(await inlineDocuments({ 'people.pop': PEOPLE.nl, 'plan.pop': PLAN.nl }, 'nl'), { lang: 'nl', today: '2021-09-01', audience: 'export' }));
        expect(dutch).toContain("- _uiterlijk voor parental leave '21_: deadline Practise deep focus (`deep-focus`)");
        expect(dutch).toContain('- _geen deadline: doorlopend_: deadline Evaluate each incident with the crew (`evaluate`)');
        // The calendar: dated moments are events (VEVENT); a deadline before an event is a
        // note (VJOURNAL, no date at all) that names the event; `due ongoing` is no reminder.
        const ics = modelCalendar(model).replace(/\r\n /g, '');
        const components = [...ics.matchAll(/BEGIN:(VEVENT|VJOURNAL)\r\n([\s\S]*?)END:\1/g)].map(m => ({ type: m[1], body: m[2] }));
        const titled = (title: string) => components.filter(c => new RegExp(`^SUMMARY:${title}`, 'm').test(c.body));
        for (const title of ['Due: Practise deep focus', 'Deliberate practice at work: The August challenge']) {
            expect(titled(title).map(c => c.type), title).toEqual(['VJOURNAL']);
            expect(titled(title)[0].body, title).not.toMatch(/^DT(START|END)/m);
        }
        expect(titled('Due: Practise deep focus')[0].body).toContain("parental leave '21");
        expect(titled('Due: Evaluate each incident')).toEqual([]);
    });
});
