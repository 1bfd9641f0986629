import { styleText } from 'node:util';

export type Style = Parameters<typeof styleText>[0];

/**
 * Whether output to `stream` gets colours, the way Node decides for its own output:
 * FORCE_COLOR wins (any value but 0 or false turns colours on, even into a pipe), then
 * NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb turn them off; otherwise a terminal gets
 * colours and a pipe or file does not. The environment is the command's, so tests pass
 * their own.
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
    const force = env.FORCE_COLOR;
    if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
    if (env.NO_COLOR || env.NODE_DISABLE_COLORS || env.TERM === 'dumb') return false;
    return Boolean(stream.isTTY);
}

/** `styleText` when colours are on (the decision is colourEnabled's), the plain text otherwise. */
export function painter(enabled: boolean): (style: Style, text: string) => string {
    return (style, text) => (enabled ? styleText(style, text, { validateStream: false }) : text);
}
