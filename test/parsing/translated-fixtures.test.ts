import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { RULE_CODES } from '../../language/src/rules/rule-registry.js';
import { ROLE_NAMES } from '../../language/src/frameworks/builtin-frameworks.js';
import { keywordTokens } from '../../language/src/syntax/keyword-tokens.js';
import { translateKeyword, type KeywordLang } from '../../language/src/syntax/keywords.js';
import { checkWorkspace } from '../helpers/check.js';
import { fixtureGitView, loadRuleCases } from '../rules/rule-fixtures.js';
import { hintsInFileLanguage } from '../../language/src/validation/hint-keywords.js';

const { Leerplan } = createLeerplanCoreServices(EmptyFileSystem);

/** Every keyword of `text` in language `to` (names, strings and comments stay as they are). */
function translate(text: string, to: KeywordLang): string {
    const root = Leerplan.parser.LangiumParser.parse(text).value;
    const tokens = keywordTokens(root);
    let out = text;
    for (let i = tokens.length - 1; i >= 0; i--) {
        const token = tokens[i];
        const word = translateKeyword(token.text, to, tokens[i + 1]?.text);
        if (word) out = out.slice(0, token.node.offset) + word + out.slice(token.node.end);
    }
    return out;
}

const ROLE_WORDS = Object.values(ROLE_NAMES).flatMap(name => [name.en, name.nl]);

/** An id after the keyword that declares it (a goal, plan, person, team, vision, ...). */
const DECLARED_ID = /\b(?:goal|leerdoel|doel|plan|person|persoon|team|vision|visie|ambition|ambitie|organisation|organisatie|framework|raamwerk|dimension|dimensie)\s+([\p{L}_][\p{L}\d_-]*)/gu;

/**
 * What the checks say, by file, code, line and message: translation keeps lines and ids.
 * `duplicate-property` quotes the keyword as written, so only its place is compared; fix
 * hints follow the file's keyword language, so they are compared in English keywords.
 */
function sayings(result: Awaited<ReturnType<typeof checkWorkspace>>) {
    return result.all
        .filter(d => d.code !== 'mixed-keyword-language')
        .map(d => `${d.file} ${String(d.code)} ${d.range.start.line} ${d.code === 'duplicate-property' ? '' : hintsInFileLanguage(String(d.message), 'en')}`).sort();
}

/** One rule case checked as its files say. */
function check(files: Record<string, string>, ruleCase: ReturnType<typeof loadRuleCases>[number]) {
    return checkWorkspace(files, ruleCase.settings, fixtureGitView(ruleCase.git, ruleCase.history));
}

/**
 * Every rule fixture, with all its keywords in Dutch and then all in English, gets the
 * same diagnostics as written: both keyword sets mean exactly the same everywhere.
 */
describe('rule fixtures in the other keyword language', () => {
    for (const code of RULE_CODES.filter(c => c !== 'mixed-keyword-language' && c !== 'parse-error')) {
        it(`${code}: every case reports the same, all in Dutch and all in English`, async () => {
            for (const ruleCase of loadRuleCases(code)) {
                const written = sayings(await check(ruleCase.files, ruleCase));
                for (const to of ['nl', 'en'] as const) {
                    const files = Object.fromEntries(Object.entries(ruleCase.files).map(([name, text]) => [name, translate(text, to)]));
                    const checked = await check(files, ruleCase);
                    expect(sayings(checked), `${ruleCase.title} in ${to}`).toEqual(written);
                    // Issue 16.2: in a file written all in one keyword language, every fix hint of
                    // every message is already in that language (translating it changes nothing).
                    // The ids the files declare and the role names a message quotes are names, not
                    // hints, whatever they spell ('leren', 'team learning').
                    const ids = [...Object.values(files).flatMap(text => [...text.matchAll(DECLARED_ID)].map(m => m[1])), ...ROLE_WORDS];
                    const foreign = checked.all.filter(d => d.code !== 'duplicate-property' && d.code !== 'mixed-keyword-language')
                        .map(d => String(d.message)).filter(message => hintsInFileLanguage(message, to, ids) !== message);
                    expect(foreign, `${ruleCase.title} in ${to}: hints in the other keyword language`).toEqual([]);
                }
            }
        });
    }

    it('translation really changes the keywords (elk/elke by the unit that follows)', () => {
        expect(translate('plan p for anna { goal g "G" { action pilot "every" every quarter feedback ask mark every month status active } }', 'nl'))
            .toBe('plan p voor anna { leerdoel g "G" { actie pilot "every" elk kwartaal feedback vraag mark elke maand status actief } }');
        expect(translate('privé p { reflectie 2026-01-01 "x" } organisatie o "O" { visie v "V" over leren ontwikkeld-met medewerkers }', 'en'))
            .toBe('private p { reflection 2026-01-01 "x" } organisation o "O" { vision v "V" about learning developed-with employees }');
    });
});
