import { DefaultValueConverter, GrammarUtils, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0' };

/** Values up to this length are kept once per distinct text (names, ids, dates, cadence words). */
const MAX_SHARED_LENGTH = 32;
/** At most this many distinct values are remembered (about 1 MB at most); later ones are kept as they come. */
const MAX_SHARED_VALUES = 10_000;

/** Terminal names Langium's converter treats specially, and rule return types it converts. */
const CONVERTED_NAMES = new Set(['INT', 'STRING', 'ID']);
const CONVERTED_TYPES = new Set(['number', 'boolean', 'bigint', 'date']);

/**
 * Strings are converted by slicing, not by adding one character at a time: the default
 * builds a chain of concatenated strings per literal (about 30 bytes per character), a
 * fifth of the memory of a large workspace. Escapes as in language.md (`\"`, `\\`),
 * and the usual control escapes.
 *
 * Short values (names, references, dates, words such as `month`; not string literals) are shared: every
 * token is a string of its own, and a thousand plans repeat the same few hundred names
 * and words tens of thousands of times. Rules whose value is their text are recognised
 * once per rule.
 */
export class LeerplanValueConverter extends DefaultValueConverter {
    private readonly shared = new Map<string, string>();
    private readonly converters = new WeakMap<GrammarAST.AbstractRule, (input: string, cstNode: CstNode) => ValueType>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const value = this.converterFor(rule)(input, cstNode);
        // String literals are prose (and may be private): they are not remembered, only names and words are.
        return typeof value === 'string' && rule.name !== 'STRING' ? this.share(value) : value;
    }

    /** How values of a rule are converted, decided once per rule (Langium upper-cases the rule's name for every value). */
    private converterFor(rule: GrammarAST.AbstractRule): (input: string, cstNode: CstNode) => ValueType {
        let converter = this.converters.get(rule);
        if (converter === undefined) {
            const name = rule.name.toUpperCase();
            const type = GrammarUtils.getRuleType(rule)?.toLowerCase();
            if (rule.name === 'STRING') converter = convertString;
            else if (name === 'ID') converter = input => ValueConverter.convertID(input);
            else if (!CONVERTED_NAMES.has(name) && (type === undefined || !CONVERTED_TYPES.has(type))) converter = input => input;
            else converter = (input, cstNode) => super.runConverter(rule, input, cstNode);
            this.converters.set(rule, converter);
        }
        return converter;
    }

    private share(value: string): string {
        if (value.length > MAX_SHARED_LENGTH) return value;
        const known = this.shared.get(value);
        if (known !== undefined) return known;
        if (this.shared.size < MAX_SHARED_VALUES) this.shared.set(value, value);
        return value;
    }
}

/** A string literal's value: the text between the quotes, escapes replaced. */
function convertString(input: string): string {
    const body = input.slice(1, -1);
    return body.includes('\\') ? body.replace(/\\([\s\S])/g, (_, c: string) => ESCAPES[c] ?? c) : body;
}
