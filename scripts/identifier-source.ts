/**
 * The source of the grammar's identifier pattern (`identifierPattern`), for the VS Code
 * extension: `scripts/build.mjs` puts it into the client bundle as `__LEERPLAN_IDENTIFIER__`,
 * so the client checks an id as the grammar does without loading the grammar.
 */
import { LeerplanGrammar } from '../language/src/generated/grammar.js';
import { identifierPattern } from '../language/src/syntax/grammar-facts.js';

export function identifierSource(): string {
    return identifierPattern(LeerplanGrammar()).source;
}
