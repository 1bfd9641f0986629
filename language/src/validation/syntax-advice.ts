import type { Lang } from '../rules/rule-registry.js';
import { SYNTAX_ERROR_TEXTS } from '../rules/syntax-error-texts.js';

/**
 * Typical mistakes recognised from the text around a syntax error, each told with its
 * fix: a moment written as people say it ("every two weeks", "Q2", "biweekly"), a date
 * in another order (31-12-2026, 31/12/2026, 2026-1-5), a period with a dash instead of
 * `..`, a `#` comment, a text whose closing quote is missing. Only words these tables
 * know and digits are ever repeated in a message, never other text of the plan (it may
 * be private words that lost their quotes).
 */

const NUMBER_WORDS: Record<string, number> = {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
    een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12, veertien: 14,
};

/** The time units of the grammar, singular and plural, per keyword language. */
const UNITS: Record<string, { lang: Lang; one: string; many: string }> = {};
for (const [one, many, lang] of [
    ['day', 'days', 'en'], ['week', 'weeks', 'en'], ['month', 'months', 'en'], ['quarter', 'quarters', 'en'], ['year', 'years', 'en'],
    ['dag', 'dagen', 'nl'], ['week', 'weken', 'nl'], ['maand', 'maanden', 'nl'], ['kwartaal', 'kwartalen', 'nl'], ['jaar', 'jaren', 'nl'],
] as const) {
    UNITS[many] = { lang, one, many };
    UNITS[one] ??= { lang, one, many };
}

/** Words for a rhythm that the language writes as a cadence. */
const RHYTHM_WORDS: Record<string, { lang: Lang; count?: number; unit: string }> = {
    daily: { lang: 'en', unit: 'day' }, weekly: { lang: 'en', unit: 'week' }, biweekly: { lang: 'en', count: 2, unit: 'weeks' },
    fortnightly: { lang: 'en', count: 2, unit: 'weeks' }, monthly: { lang: 'en', unit: 'month' }, bimonthly: { lang: 'en', count: 2, unit: 'months' },
    quarterly: { lang: 'en', unit: 'quarter' }, yearly: { lang: 'en', unit: 'year' }, annually: { lang: 'en', unit: 'year' },
    dagelijks: { lang: 'nl', unit: 'dag' }, wekelijks: { lang: 'nl', unit: 'week' }, tweewekelijks: { lang: 'nl', count: 2, unit: 'weken' },
    maandelijks: { lang: 'nl', unit: 'maand' }, tweemaandelijks: { lang: 'nl', count: 2, unit: 'maanden' },
    driemaandelijks: { lang: 'nl', unit: 'kwartaal' }, halfjaarlijks: { lang: 'nl', count: 6, unit: 'maanden' }, jaarlijks: { lang: 'nl', unit: 'jaar' },
    'half-yearly': { lang: 'en', count: 6, unit: 'months' }, 'semi-annually': { lang: 'en', count: 6, unit: 'months' },
};

/** Words that say "every" (the language's own `every`/`elk`/`elke`, and `each`, `ieder`, `iedere`). */
const EVERY_WORDS: Record<string, Lang> = { every: 'en', each: 'en', elk: 'nl', elke: 'nl', ieder: 'nl', iedere: 'nl' };

/** How often, as people say it: once, twice, `2x`, `twee keer`, `tweemaal`. */
const TIMES_WORDS: Record<string, { lang: Lang; times: number }> = {
    once: { lang: 'en', times: 1 }, twice: { lang: 'en', times: 2 }, thrice: { lang: 'en', times: 3 },
    eens: { lang: 'nl', times: 1 }, eenmaal: { lang: 'nl', times: 1 }, tweemaal: { lang: 'nl', times: 2 }, driemaal: { lang: 'nl', times: 3 }, viermaal: { lang: 'nl', times: 4 },
};

/** The number a word stands for: a digit string or a number word. */
function numberOf(word: string): number | undefined {
    return /^\d{1,3}$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** A time unit in keyword language `lang`: `week` is both languages' word, its plural is not. */
function unitIn(word: string, lang: Lang): { lang: Lang; one: string; many: string } | undefined {
    if (word === 'week') return lang === 'nl' ? UNITS.weken : UNITS.weeks;
    return UNITS[word];
}

/**
 * "n times per unit" as the cadence that comes back that often, when there is one:
 * once a unit is every unit; twice a month is every 2 weeks; n times a year is every
 * 12/n months (four times a year: every quarter); three times a quarter is every month.
 */
function timesPer(times: number, unitWord: string, phraseLang: Lang): string | undefined {
    const unit = unitIn(unitWord, phraseLang);
    if (!unit || times < 1) return undefined;
    const kw = unit.lang;
    const pick = (en: string, nl: string) => (kw === 'en' ? en : nl);
    if (times === 1) return cadence(kw, undefined, unit.one);
    if (unit.one === pick('year', 'jaar') && 12 % times === 0) {
        const months = 12 / times;
        return months === 3 ? cadence(kw, undefined, pick('quarter', 'kwartaal')) : cadence(kw, months, pick('months', 'maanden'));
    }
    if (unit.one === pick('month', 'maand') && (times === 2 || times === 4)) return cadence(kw, 4 / times, pick('weeks', 'weken'));
    if (unit.one === pick('quarter', 'kwartaal') && times === 3) return cadence(kw, undefined, pick('month', 'maand'));
    return undefined;
}

const WEEKDAYS: Record<string, Lang> = {
    monday: 'en', tuesday: 'en', wednesday: 'en', thursday: 'en', friday: 'en', saturday: 'en', sunday: 'en',
    maandag: 'nl', dinsdag: 'nl', woensdag: 'nl', donderdag: 'nl', vrijdag: 'nl', zaterdag: 'nl', zondag: 'nl',
};

const MONTHS: Record<string, number> = {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    januari: 1, februari: 2, maart: 3, mei: 5, juni: 6, juli: 7, augustus: 8, oktober: 10,
};

const CADENCE: Record<Lang, string> = { en: 'every', nl: 'elke' };
const DUE: Record<string, Lang> = { due: 'en', uiterlijk: 'nl' };
const MOMENT_KEYWORDS = new Set(['every', 'elk', 'elke', 'in', 'on', 'op', 'due', 'uiterlijk', 'per', 'within', 'binnen', 'from', 'van']);

const pad = (n: number) => String(n).padStart(2, '0');

/** A cadence in the keyword language `lang`: `every 2 weeks`, `elke maand`. */
function cadence(lang: Lang, count: number | undefined, unit: string): string {
    const known = UNITS[unit];
    const word = known ? (count && count > 1 ? known.many : known.one) : unit;
    // Dutch: 'elk' before a neuter noun (jaar, kwartaal), 'elke' otherwise.
    const every = lang === 'nl' && !count && (word === 'jaar' || word === 'kwartaal') ? 'elk' : CADENCE[lang];
    return count && count > 1 ? `${every} ${count} ${word}` : `${every} ${word}`;
}

/**
 * The right form of a moment written the way people say it, from the words at the
 * error (`rest`: the source from the token in the wrong place, or from the moment
 * keyword before it, to the end of its line). `yearOf` fills in the year of a quarter,
 * half or month written without one. Undefined when the words are not a moment this table knows.
 */
export function momentAdvice(rest: string, yearOf: YearOf, lang: Lang): string | undefined {
    const words = rest.toLowerCase().match(/[\p{L}0-9-]+/gu) ?? [];
    if (words.length === 0) return undefined;
    const [first = '', second = '', third = ''] = words;
    const say = (right: string) => SYNTAX_ERROR_TEXTS.wrongMoment[lang]({ right });
    const rhythm = RHYTHM_WORDS[first];
    if (rhythm) return say(cadence(rhythm.lang, rhythm.count, rhythm.unit));
    // "om de twee weken", "om de week" (Dutch for every other week): every n units, n = 2 without a number.
    if (first === 'om' && second === 'de') {
        const count = numberOf(third);
        const unit = unitIn(count === undefined ? third : words[3] ?? '', 'nl');
        return unit ? say(cadence('nl', count ?? 2, count === 1 ? unit.one : unit.many)) : undefined;
    }
    // "once a month", "twice a year", "eens per maand", "2x per jaar", "twee keer per week".
    const counted = numberOf(first) !== undefined && ['keer', 'maal', 'times', 'x'].includes(second);
    const times = TIMES_WORDS[first]?.times ?? (/^\d{1,2}x$/.test(first) ? Number(first.slice(0, -1)) : undefined) ?? (counted ? numberOf(first) : undefined);
    if (times !== undefined) {
        const phraseLang: Lang = TIMES_WORDS[first]?.lang ?? (second === 'times' ? 'en' : counted ? 'nl' : lang);
        const after = words.slice(counted ? 2 : 1);
        const unit = ['a', 'an', 'per', 'in', 'een', 'every', 'elke'].includes(after[0] ?? '') ? after[1] : after[0];
        const right = unit ? timesPer(times, unit, phraseLang) : undefined;
        if (right) return say(right);
        // "3x per week": no cadence comes back exactly that often; the unit's rhythm, with how often in the text.
        const known = unit && times > 1 ? unitIn(unit, phraseLang) : undefined;
        return known ? SYNTAX_ERROR_TEXTS.timesPerForm[lang]({ right: cadence(known.lang, undefined, known.one), times: String(times) }) : undefined;
    }
    if (EVERY_WORDS[first] || first === 'per') {
        const kwLang: Lang = first !== 'per' ? EVERY_WORDS[first] : second === 'week' ? lang : UNITS[second]?.lang ?? lang;
        const count = NUMBER_WORDS[second];
        if (count !== undefined && third && UNITS[third]) return say(cadence(kwLang, count, third));
        if (second === 'fortnight') return say(cadence('en', 2, 'weeks'));
        if (second === 'other' && third && UNITS[third]) return say(cadence('en', 2, UNITS[third].many));
        if (second && WEEKDAYS[second]) return say(cadence(WEEKDAYS[second], undefined, 'week'));
        const unit = unitIn(second, kwLang);
        if (unit) return say(cadence(unit.lang, undefined, unit.one));
        return SYNTAX_ERROR_TEXTS.cadenceForm[lang]({ every: CADENCE[kwLang] });
    }
    const due = DUE[first];
    const periodAt = first === 'in' || due ? 1 : 0;
    const periodWord = words[periodAt] ?? '';
    const keyword = due ? first : 'in';
    if (periodWord && /^q[1-4]$/.test(periodWord)) return say(`${keyword} ${yearOf(3 * Number(periodWord[1]))}-${periodWord.toUpperCase()}`);
    if (periodWord && /^h[12]$/.test(periodWord)) return say(`${keyword} ${yearOf(6 * Number(periodWord[1]))}-${periodWord.toUpperCase()}`);
    if (periodWord && MONTHS[periodWord]) return say(`${keyword} ${yearOf(MONTHS[periodWord])}-${pad(MONTHS[periodWord])}`);
    if (due) return SYNTAX_ERROR_TEXTS.dueForm[lang]({ due: first, year: yearOf(12) });
    if (first === 'on' || first === 'op') return SYNTAX_ERROR_TEXTS.onForm[lang]({ on: first, year: yearOf(3) });
    return undefined;
}

/** The year to give a quarter, half or month written without one, from the last month it covers (Q2: 6). */
export type YearOf = (lastMonth: number) => string;

const PERIOD_LINE = /(?:^|[\s{])(?:period|periode)\s+(\d{4})-(\d{2})-\d{2}\s*\.\.\s*(\d{4})-\d{2}-\d{2}/g;
const PLAN_START = /(?:^|[\s}])plan\s+[\p{L}_]/gu;

/**
 * The year for a moment written without one at `offset`: inside a plan whose `period` line
 * comes before it, the first year of that period in which the month falls on or after the
 * period's start (Q2 in a plan from 2026-08-01 to 2027-07-31 is 2027-Q2); elsewhere the year
 * of `today`. Looks back at most 8,000 characters (a plan's header is near its top).
 */
export function yearAt(text: string, offset: number, today: string): YearOf {
    const window = text.slice(Math.max(0, offset - 8000), offset);
    let planAt = -1;
    for (const m of window.matchAll(PLAN_START)) planAt = m.index;
    let period: RegExpExecArray | undefined;
    for (const m of window.matchAll(PERIOD_LINE)) if (m.index > planAt) period = m;
    if (planAt < 0 || !period) return () => today.slice(0, 4);
    const [startYear, startMonth, endYear] = [Number(period[1]), Number(period[2]), Number(period[3])];
    return lastMonth => {
        for (let y = startYear; y <= Math.min(endYear, startYear + 10); y++) if (y * 12 + lastMonth >= startYear * 12 + startMonth) return String(y);
        return String(startYear);
    };
}

/** True when `word` may start a moment, so that what follows it is worth reading as one. */
export function mayStartMoment(word: string | undefined): boolean {
    if (word === undefined) return false;
    const lower = word.toLowerCase();
    return MOMENT_KEYWORDS.has(lower) || RHYTHM_WORDS[lower] !== undefined || EVERY_WORDS[lower] !== undefined
        || TIMES_WORDS[lower] !== undefined || lower === 'om' || /^\d{1,2}x?$/.test(lower) || NUMBER_WORDS[lower] !== undefined;
}

/** The text from `offset` to the end of its line, at most 200 characters (a moment is a few words). */
export function restOfLine(text: string, offset: number): string {
    const window = text.slice(offset, offset + 200);
    const end = window.search(/[\r\n]/);
    return end < 0 ? window : window.slice(0, end);
}

/** The offset of the next line break at or after `from`, or the end of the text. */
function lineEnd(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || c === 0x0d) return i;
    }
    return text.length;
}

/**
 * A date written in another order or without leading zeros, as YYYY-MM-DD, from the run
 * of digits, dashes and slashes around `offset`: 31-12-2026 and 31/12/2026 are day first
 * (12/31/2026 month first, since there is no month 31), 2026-1-5 gets its zeros.
 */
export function dateAdvice(text: string, offset: number): { start: number; right: string } | undefined {
    // A date is at most ten characters: look no further (a file of a million dashes stays fast).
    let start = offset;
    while (start > 0 && offset - start < 10 && /[0-9/-]/.test(text[start - 1])) start--;
    let end = offset;
    while (end < text.length && end - offset < 10 && /[0-9/-]/.test(text[end])) end++;
    const run = text.slice(start, end);
    let m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(run);
    if (m) {
        let [day, month] = [Number(m[1]), Number(m[2])];
        if (month > 12 && day <= 12) [day, month] = [month, day];
        if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
        return { start, right: `${m[3]}-${pad(month)}-${pad(day)}` };
    }
    m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(run);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) {
        return { start, right: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` };
    }
    return undefined;
}

/**
 * True when the run at `start` stands where a date belongs: right after a keyword that takes
 * a date or after `..`. Only such a date is shown back in its right form; a date among words
 * may be private text that lost its quotes, and is not repeated.
 */
export function standsWhereADateBelongs(text: string, start: number): boolean {
    const before = text.slice(Math.max(0, start - 30), start);
    return /(?:^|[\s{])(?:due|uiterlijk|on|op|from|van|to|tot|period|periode|review|gesprek|reflection|reflectie)\s+$/.test(before)
        || /\.\.\s*$/.test(before);
}

/** True when the `-` at `offset` stands between two dates with spaces around it: a period written with a dash. */
export function isPeriodDash(text: string, offset: number): boolean {
    return /\d{4}-\d{2}-\d{2}\s+$/.test(text.slice(Math.max(0, offset - 20), offset))
        && /^-\s+\d{4}-\d{2}-\d{2}/.test(text.slice(offset, offset + 20));
}

/** Lines that look like a line of a plan, not like the inside of a text: a keyword word, `}` or `{` first. */
function looksLikeCode(line: string, keywords: ReadonlySet<string>): boolean {
    const trimmed = line.trim();
    if (trimmed.startsWith('}') || trimmed.startsWith('{') || trimmed.startsWith('//')) return true;
    const word = /^[\p{L}-]+/u.exec(trimmed)?.[0];
    return word !== undefined && keywords.has(word) && /^[\p{L}-]+\s+\S/u.test(trimmed);
}

/**
 * The opening quote of the text that lacks its closing quote, when a lone `"` is found at
 * `errorOffset`: a text may run over several lines, so a missing quote shows only at the
 * last quote of the file. The text that really lacks it is the first one that runs over
 * a line that looks like a line of the plan (a keyword first, or a brace); without one,
 * the lone quote is itself the opening quote. One pass over the text before the error.
 */
export function unclosedStringStart(text: string, errorOffset: number, keywords: ReadonlySet<string>): number {
    let i = 0;
    while (i < errorOffset) {
        const c = text[i];
        if (c === '/' && text[i + 1] === '/') {
            i = lineEnd(text, i);
        } else if (c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? text.length : close + 2;
        } else if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
            const inside = text.slice(i + 1, Math.min(j, text.length));
            const lines = inside.split(/\r\n|\r|\n/);
            if (lines.slice(1).some(line => looksLikeCode(line, keywords))) return i;
            i = j + 1;
        } else {
            i++;
        }
    }
    return errorOffset;
}
