import { isAstNode, isReference, type AstNode, type LangiumDocument } from 'langium';
import { findLearningForm } from '../../language/src/frameworks/builtin-frameworks.js';
import { translateKeyword } from '../../language/src/syntax/keywords.js';

/** Properties that hold the user's own words, which a translated file words differently. */
const PROSE = new Set(['title', 'text', 'texts', 'displayName', 'question', 'nameNl', 'nameEn', 'description', 'event', 'external']);

/**
 * What a document means, independent of its keyword language and layout: the AST with
 * node types, ids, references (by name, and whether they resolve), dates and numbers;
 * keyword values (ask/vraag, active/actief, kwartaal ...) in English, learning forms by
 * their id; prose left out.
 */
export function meaningOf(document: LangiumDocument): unknown {
    return walk(document.parseResult.value);
}

function walk(value: unknown, property?: string): unknown {
    if (Array.isArray(value)) return value.map(v => walk(v, property));
    if (isReference(value)) return { ref: value.$refText, resolved: value.ref !== undefined };
    if (isAstNode(value)) return node(value);
    if (typeof value === 'string') {
        if (property === 'form') return findLearningForm(value)?.id ?? `unknown:${value}`;
        return translateKeyword(value, 'en') ?? value;
    }
    return value;
}

function node(n: AstNode): Record<string, unknown> {
    const out: Record<string, unknown> = { type: n.$type };
    for (const [key, value] of Object.entries(n)) {
        if (key.startsWith('$') || PROSE.has(key)) continue;
        out[key] = walk(value, key);
    }
    return out;
}
