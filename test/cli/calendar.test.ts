import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, makeWorkspace, removeWorkspace, runBundled, runInProcess } from './cli-harness.js';

/**
 * `leerplan calendar`: the command around `summary/src/ics.ts` (tested there for what
 * becomes what). Here: standard output and --out, --person and --team, an unknown id,
 * the help in both languages, and the examples read back with ical.js.
 */

const ORGANISATION = `people {
    person yara "Yara Visser"
    person mark "Mark Jansen"
    person anna "Anna de Vries"
}
team ward "Ward A" {
    lead mark
    members yara
    action peer-consultation "Monthly case talk" every month
}
`;

const YARA = `plan yara-2026 for yara {
    coach mark
    team ward
    period 2026-01-01 .. 2026-12-31
    goal talks "Better talks" {
        action course "Course day" on 2026-03-05
        feedback ask anna "How did the talk go?" on 2026-04-01
        due 2026-06-01
    }
    review every quarter with mark
    reflection 2026-02-01 "Public reflection."
}
`;

const ANNA = `plan anna-2026 for anna {
    period 2026-01-01 .. 2026-12-31
    review 2026-05-01 with mark
}
`;

let root: string;
beforeAll(() => {
    root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'plans/yara-2026.pop': YARA, 'plans/anna-2026.pop': ANNA });
});
afterAll(() => removeWorkspace(root));

function summaries(ics: string): string[] {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    return calendar.getAllSubcomponents().map(c => String(c.getFirstPropertyValue('summary'))).sort();
}

describe('leerplan calendar', () => {
    it('prints the whole workspace as iCalendar on standard output', async () => {
        const run = await runInProcess(['calendar'], { cwd: root });
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(summaries(run.stdout)).toEqual([
            'Ask feedback from Anna de Vries (Yara Visser)',
            'Course or training: Course day (Yara Visser)',
            'Due: Better talks (Yara Visser)',
            'Peer consultation: Monthly case talk (Ward A)',
            'Reflection (Yara Visser)',
            'Review with Mark Jansen (Anna de Vries)',
            'Review with Mark Jansen (Yara Visser)',
        ]);
        // The team's rhythm has no period to repeat in: a note, and stderr says so.
        expect(run.stderr).toContain('1 moment has no calendar date');
        expect(run.stdout).toContain('DTSTAMP:20260615T000000Z');
    });

    it('writes FILE.ics with --out and says how many events it holds, in Dutch with --lang nl', async () => {
        const out = join(root, 'out', 'yara.ics');
        mkdirSync(join(root, 'out'), { recursive: true });
        const run = await runInProcess(['calendar', '--person', 'yara', '--out', 'out/yara.ics', '--lang', 'nl'], { cwd: root });
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('out/yara.ics geschreven: 5 afspraken');
        const ics = readFileSync(out, 'utf8');
        expect(summaries(ics)).toEqual([
            'Cursus of training: Course day (Yara Visser)',
            'Feedback vragen aan Anna de Vries (Yara Visser)',
            'Gesprek met Mark Jansen (Yara Visser)',
            'Intervisie: Monthly case talk (Ward A)',
            'Reflectie (Yara Visser)',
            'Uiterlijk: Better talks (Yara Visser)',
        ]);
        expect(ics).toContain('X-WR-CALNAME:Leerplan: Yara Visser');
    });

    it('--person: a coach sees the reviews held with them; someone asked for feedback sees the ask', async () => {
        const mark = await runInProcess(['calendar', '--person', 'mark'], { cwd: root });
        expect(summaries(mark.stdout)).toEqual(['Peer consultation: Monthly case talk (Ward A)', 'Review with Mark Jansen (Anna de Vries)', 'Review with Mark Jansen (Yara Visser)']);
        const anna = await runInProcess(['calendar', '--person', 'anna'], { cwd: root });
        expect(summaries(anna.stdout)).toEqual(['Ask feedback from Anna de Vries (Yara Visser)', 'Review with Mark Jansen (Anna de Vries)']);
    });

    it('--team: the team and its members\' plans', async () => {
        const run = await runInProcess(['calendar', '--team', 'ward'], { cwd: root });
        expect(run.code).toBe(0);
        const titles = summaries(run.stdout);
        expect(titles).toContain('Peer consultation: Monthly case talk (Ward A)');
        expect(titles).toContain('Review with Mark Jansen (Yara Visser)');
        expect(titles.some(t => t.includes('Anna de Vries)'))).toBe(false);
    });

    it('exits 2 on an unknown person or team, on both at once and on an unknown option, in the user\'s language', async () => {
        const person = await runInProcess(['calendar', '--person', 'nobody'], { cwd: root });
        expect([person.code, person.stdout, person.stderr]).toEqual([2, '', "leerplan: unknown person 'nobody' (--person)\n"]);
        const team = await runInProcess(['calendar', '--team', 'nobody', '--lang', 'nl'], { cwd: root });
        expect([team.code, team.stderr]).toEqual([2, "leerplan: onbekend team 'nobody' (--team)\n"]);
        const both = await runInProcess(['calendar', '--team', 'ward', '--person', 'yara'], { cwd: root });
        expect(both.code).toBe(2);
        expect((await runInProcess(['calendar', '--format', 'json'], { cwd: root })).code).toBe(2);
        const folder = await runInProcess(['calendar', '--out', 'plans'], { cwd: root });
        expect(folder.code).toBe(2);
        expect(existsSync(join(root, 'plans', 'yara-2026.pop'))).toBe(true);
    });

    it('has help in English and Dutch, listed in the main help', async () => {
        const en = await runInProcess(['calendar', '--help'], { cwd: root });
        expect(en.code).toBe(0);
        expect(en.stdout).toContain('Usage: leerplan calendar');
        expect(en.stdout).toContain('--person ID');
        const nl = await runInProcess(['calendar', '--help', '--lang', 'nl'], { cwd: root });
        expect(nl.stdout).toContain('Gebruik: leerplan calendar');
        expect((await runInProcess(['--help'], { cwd: root })).stdout).toContain('calendar [paths]');
    });

    it('exports the examples as the bundled command, read back by ical.js', () => {
        const run = runBundled(['calendar', '--person', 'noor', '--today', '2026-03-01'], { cwd: EXAMPLES_DIR });
        expect(run.code, run.stderr).toBe(0);
        const calendar = new ICAL.Component(ICAL.parse(run.stdout));
        const events = calendar.getAllSubcomponents('vevent');
        expect(events.length).toBeGreaterThan(3);
        for (const event of events) expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
        expect(run.stdout).not.toContain('.private.pop');
    });
});
