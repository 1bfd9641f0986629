import type { LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

/** The parts of Langium's parser and its Chevrotain wrapper the error limit reaches into. */
interface ParserInternals {
    wrapper: { SAVE_ERROR(error: { token?: IToken }): unknown; _errors: unknown[] };
    stack: unknown[];
    unorderedGroups: Map<string, boolean[]>;
}

/** Thrown out of Chevrotain's error bookkeeping to stop a parse that has made too many errors. */
export class TooManyParseErrors extends Error {
    constructor(readonly offset: number) {
        super('too many syntax errors');
    }
}

/**
 * Makes the parser throw `TooManyParseErrors` once it has recorded more than `limit()`
 * errors. Chevrotain rethrows errors that are not its own, so the parse ends there.
 * The exception carries the offset of the last token an error was recorded at.
 */
export function limitParseErrors(parser: LangiumParser, limit: () => number): void {
    const wrapper = (parser as unknown as ParserInternals).wrapper;
    const saveError = wrapper.SAVE_ERROR.bind(wrapper);
    let lastOffset = 0;
    wrapper.SAVE_ERROR = error => {
        const saved = saveError(error);
        const offset = error.token?.startOffset;
        if (offset !== undefined && Number.isFinite(offset)) lastOffset = offset;
        if (wrapper._errors.length > limit()) throw new TooManyParseErrors(lastOffset);
        return saved;
    };
}

/** After a parse was stopped halfway: forget the rule stack and group state it left behind. */
export function resetStoppedParse(parser: LangiumParser): void {
    const internals = parser as unknown as ParserInternals;
    internals.stack.length = 0;
    internals.unorderedGroups.clear();
}
