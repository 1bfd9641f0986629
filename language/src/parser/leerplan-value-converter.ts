import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0' };

/**
 * Strings are converted by slicing, not by adding one character at a time: the default
 * builds a chain of concatenated strings per literal (about 30 bytes per character), a
 * fifth of the memory of a large workspace. Escapes as in language.md (`\"`, `\\`),
 * and the usual control escapes.
 */
export class LeerplanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            const body = input.slice(1, -1);
            return body.includes('\\') ? body.replace(/\\([\s\S])/g, (_, c: string) => ESCAPES[c] ?? c) : body;
        }
        return super.runConverter(rule, input, cstNode);
    }
}
