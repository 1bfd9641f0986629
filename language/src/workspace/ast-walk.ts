import type { AstNode, Reference, ReferenceInfo } from 'langium';

/**
 * Plain recursive walks over an AST. Langium's streams allocate an iterator per node
 * and its build phases await between nodes; on a 1,400-line plan that costs more than
 * the work itself, so the hot phases (linking, reference indexing, validation) use these.
 */
export function forEachNode(root: AstNode, visit: (node: AstNode) => void): void {
    visit(root);
    for (const key in root) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (root as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isNode(item)) forEachNode(item, visit);
        } else if (isNode(value)) {
            forEachNode(value, visit);
        }
    }
}

/** Every cross-reference held directly by `node` (not by its children). */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    for (const key in node) {
        if (key.charCodeAt(0) === 36) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item = value[index];
                if (isRef(item)) visit({ reference: item, container: node, property: key, index });
            }
        } else if (isRef(value)) {
            visit({ reference: value, container: node, property: key });
        }
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

function isRef(value: unknown): value is Reference {
    return typeof value === 'object' && value !== null && typeof (value as Reference).$refText === 'string' && 'ref' in value;
}
