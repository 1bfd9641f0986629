/** A text as a .pop string literal: in double quotes, with `\` and `"` escaped. */
export function stringLiteral(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
