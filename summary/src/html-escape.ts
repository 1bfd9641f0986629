/**
 * Escaping for everything a plan says before it enters HTML or SVG. One function
 * serves text content, quoted attribute values and SVG `<text>` alike: it replaces
 * every character that could end a text run or an attribute (`& < > " '`), so a
 * goal titled `<script>alert(1)</script>` or `"><img src=x onerror=...>` stays text.
 * Attribute values are always written in double quotes by the renderers.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number | undefined): string {
    if (text === undefined) return '';
    return String(text).replace(/[&<>"']/g, c => ENTITIES[c]);
}

/** A string cut to `max` characters with an ellipsis, for labels in fixed-width charts. */
export function shorten(text: string | undefined, max: number): string {
    const chars = [...(text ?? '')];
    return chars.length <= max ? text ?? '' : chars.slice(0, Math.max(1, max - 1)).join('') + '\u2026';
}

/**
 * Only `[A-Za-z0-9_-]` survives: safe as a CSS class or an id fragment without escaping.
 * A declaration that lost its name to a syntax error has no id; it still gets a token.
 */
export function safeToken(text: string | undefined): string {
    return (text ?? '').replace(/[^A-Za-z0-9_-]/g, '_');
}
