/**
 * A one-line progress indicator for long runs ("checking 412/1001 files"). It is
 * written to stderr, and only when stderr is a terminal: in CI, in pipes and in tests
 * nothing is written, so output that scripts read never changes. The line is redrawn
 * at most every 100 ms and wiped at the end, leaving the terminal as it was.
 */
export interface Progress {
    /** Sets how many of the total are done. */
    update(done: number): void;
    /** Wipes the line. Safe to call more than once. */
    finish(): void;
}

export interface ProgressStream {
    write(text: string): unknown;
    isTTY?: boolean;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };
const REDRAW_MS = 100;
/** Runs shorter than this are not worth a progress line. */
const MIN_TOTAL = 50;

/** `label(done, total)` renders the text, e.g. in the user's language. */
export function startProgress(stream: ProgressStream, total: number, label: (done: number, total: number) => string,
    now: () => number = Date.now): Progress {
    if (!stream.isTTY || total < MIN_TOTAL) return SILENT;
    let lastDraw = 0;
    let shown = false;
    let width = 0;
    return {
        update(done: number): void {
            const time = now();
            if (done < total && time - lastDraw < REDRAW_MS) return;
            lastDraw = time;
            const text = label(Math.min(done, total), total);
            stream.write('\r' + text + ' '.repeat(Math.max(0, width - text.length)));
            width = text.length;
            shown = true;
        },
        finish(): void {
            if (!shown) return;
            stream.write('\r' + ' '.repeat(width) + '\r');
            shown = false;
        },
    };
}
