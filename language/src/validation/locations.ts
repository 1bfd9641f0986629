import { AstUtils, type AstNode, type URI } from 'langium';
const { getDocument } = AstUtils;

/** `file:line` of a node, the file relative to the folder of `from` when they share one. */
export function relativeLocation(node: AstNode, from: URI): string {
    const uri = getDocument(node).uri;
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    const target = uri.path.split('/');
    const base = from.path.split('/').slice(0, -1);
    let common = 0;
    while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
    const file = uri.scheme === from.scheme && common > 0
        ? [...base.slice(common).map(() => '..'), ...target.slice(common)].join('/')
        : uri.path.split('/').pop() ?? uri.toString();
    return `${file}:${line}`;
}
