/** The part of a process stream the CLI writes to. */
export interface OutputStream {
    write(text: string): boolean;
    isTTY?: boolean;
    on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Wraps stdout or stderr so a reader that goes away (`leerplan check | head -1`) ends
 * nothing but the output: Node reports the closed pipe as an 'error' event (EPIPE), which
 * unhandled would crash the command with a stack trace. After it, further writes are
 * dropped and the command finishes with its own exit code. Other errors still surface.
 */
export function pipeSafeOutput(stream: OutputStream): { write(text: string): boolean; isTTY: boolean } {
    let closed = false;
    stream.on('error', error => {
        if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
            closed = true;
            return;
        }
        throw error;
    });
    return {
        get isTTY() {
            return Boolean(stream.isTTY);
        },
        write(text: string): boolean {
            if (closed) return true;
            try {
                return stream.write(text);
            } catch (e) {
                if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
                closed = true;
                return true;
            }
        },
    };
}
