import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The characters `.` does not match in a JavaScript regex: after a backslash they end a string attempt. */
function isLineTerminator(code: number): boolean {
    return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * The STRING terminal (`/"(\\.|[^"\\])*"/`) as a matcher that gives the same tokens in
 * linear time. The regex looks for the closing quote from every quote that opens no
 * string. A text full of `\"` (every quote escaped, none closing) makes each of those
 * searches run to the end of the text: 600 KB took 80 s. Once a search from offset `p`
 * reached the end without a closing quote, a search from any later quote `q` fails too.
 * That quote was an escaped character of the failed search, so both searches go through
 * the same characters from `q + 1` on. Later attempts therefore fail at once.
 */
export function stringMatcher(): CustomPatternMatcherFunc {
    let lastText: string | undefined;
    let failsFrom = Number.POSITIVE_INFINITY;
    return (text, offset) => {
        if (text !== lastText) {
            lastText = text;
            failsFrom = Number.POSITIVE_INFINITY;
        }
        if (text.charCodeAt(offset) !== QUOTE || offset >= failsFrom) return null;
        let i = offset + 1;
        while (i < text.length) {
            const code = text.charCodeAt(i);
            if (code === QUOTE) return [text.slice(offset, i + 1)] as unknown as RegExpExecArray;
            if (code === BACKSLASH) {
                if (i + 1 >= text.length) break;
                if (isLineTerminator(text.charCodeAt(i + 1))) return null;
                i += 2;
            } else {
                i++;
            }
        }
        failsFrom = offset;
        return null;
    };
}

/** Langium's token builder, with the STRING terminal matched by `stringMatcher`. */
export class LeerplanTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name !== 'STRING') return token;
        return { ...token, PATTERN: stringMatcher(), LINE_BREAKS: true, START_CHARS_HINT: ['"'] };
    }
}
