/**
 * Placeholders: what a template, a snippet or a quick fix writes where the user still
 * has to fill something in. A placeholder name is never offered as something to create
 * ("Create person 'COACH'"), and a placeholder text does not count as said: a feedback
 * question or a reflection that is only `"..."` keeps its warning until it is filled in.
 */

/** Names the snippets and older templates leave in place of a real id, in both languages. */
const PLACEHOLDER_NAMES = new Set([
    'COACH', 'VISION', 'VISIE', 'AMBITION', 'AMBITIE', 'PERSON', 'PERSOON', 'OWNER', 'EIGENAAR', 'TEAM', 'ID', 'NAME', 'NAAM',
    'owner', 'eigenaar', 'id', 'goal-id', 'doel-id', 'team-goal', 'teamdoel',
]);

export function isPlaceholderName(name: string): boolean {
    return PLACEHOLDER_NAMES.has(name);
}

/** The text a quick fix writes for a question or reflection the user has to write. */
export const PLACEHOLDER_TEXT = '...';

/**
 * Text that says nothing yet: empty, `...` or `…` (absent text is not a placeholder).
 * The ellipsis is written `\u2026`: esbuild copies a regular expression's characters as
 * they are, and one character outside Latin-1 makes V8 keep the whole bundle's source
 * two bytes per character (a megabyte more in every process; `scripts/build.mjs` checks).
 */
export function isPlaceholderText(text: string | undefined): boolean {
    return text !== undefined && /^\s*(?:\.\.\.|\u2026)?\s*$/.test(text);
}
