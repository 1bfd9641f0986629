import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../language/src/rules/rule-registry.js';
import { hintsInFileLanguage } from '../../language/src/validation/hint-keywords.js';
import { ORGANISATION, baseEnv, cleanPlan, makeWorkspace, removeWorkspace, runInProcess, type JsonReport } from './cli-harness.js';

/** A plan whose goal has no vision link: one warning, whose message we read in both languages. */
const UNLINKED = cleanPlan().replace('        supports learning\n', '');
const ENGLISH = "Goal 'talks' is not linked to the vision: add 'supports <vision or ambition>'.";
// The plan is written with English keywords: the Dutch message's hint says `supports` (issue 16.2).
const DUTCH = hintsInFileLanguage(RULES['goal-without-vision'].message.nl({ goal: 'talks' }), 'en');

let root: string;

beforeAll(() => {
    root = makeWorkspace({ 'organisation.pop': ORGANISATION, 'anna.pop': UNLINKED });
});

afterAll(() => removeWorkspace(root));

async function message(argv: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<string> {
    const run = await runInProcess(['check', '--format', 'json', ...argv], { cwd, env });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.diagnostics.map(d => d.code)).toEqual(['goal-without-vision']);
    return report.diagnostics[0].message;
}

describe('the language of messages', () => {
    it('is English in an English or unknown locale', async () => {
        expect(await message([], baseEnv())).toBe(ENGLISH);
        expect(await message([], { LANG: 'en_GB.UTF-8' })).toBe(ENGLISH);
        expect(await message([], {})).toBe(ENGLISH);
    });

    it('is Dutch with --lang nl', async () => {
        expect(DUTCH).toMatch(/^Leerdoel 'talks'/);
        expect(await message(['--lang', 'nl'], baseEnv())).toBe(DUTCH);
        expect(await message(['--lang=nl'], baseEnv())).toBe(DUTCH);
    });

    it('is Dutch in a Dutch locale (LANG=nl_NL.UTF-8, also nl_BE and LC_ALL)', async () => {
        expect(await message([], { LANG: 'nl_NL.UTF-8' })).toBe(DUTCH);
        expect(await message([], { LANG: 'nl_BE.UTF-8' })).toBe(DUTCH);
        expect(await message([], { LANG: 'en_US.UTF-8', LC_ALL: 'nl_NL.UTF-8' })).toBe(DUTCH);
    });

    it('follows --lang over leerplan.json, and leerplan.json over the locale', async () => {
        const configured = makeWorkspace({
            'leerplan.json': JSON.stringify({ language: 'nl', today: '2026-06-15' }),
            'organisation.pop': ORGANISATION,
            'anna.pop': UNLINKED,
        });
        try {
            expect(await message([], { LANG: 'en_US.UTF-8' }, configured)).toBe(DUTCH);
            expect(await message(['--lang', 'en'], { LANG: 'nl_NL.UTF-8' }, configured)).toBe(ENGLISH);
        } finally {
            removeWorkspace(configured);
        }
    });

    it('translates the pretty summary line and the usage errors', async () => {
        const pretty = await runInProcess(['check', '--lang', 'nl'], { cwd: root });
        expect(pretty.stdout).toContain(DUTCH);
        expect(pretty.stdout).toMatch(/:\d+:\d+  waarschuwing  goal-without-vision  /);
        expect(pretty.stdout).not.toMatch(/  warning  /);
        expect(pretty.stdout.trimEnd().split('\n').pop()).toBe('0 fouten, 1 waarschuwing, 0 info, 0 hints in 2 bestanden');
        const unknown = await runInProcess(['check', '--lang', 'nl', '--bogus'], { cwd: root });
        expect(unknown.stderr).toBe("leerplan: onbekende optie '--bogus'\n");
        const dutchLocale = await runInProcess(['check', '--bogus'], { cwd: root, env: { LANG: 'nl_NL.UTF-8' } });
        expect(dutchLocale.stderr).toBe("leerplan: onbekende optie '--bogus'\n");
    });

    it('rejects a language other than en or nl', async () => {
        const run = await runInProcess(['check', '--lang', 'de'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("leerplan: option '--lang' does not accept 'de' (allowed: en, nl)\n");
    });
});
