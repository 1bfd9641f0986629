import { AstUtils, type AstNode, type URI } from 'langium';
const { getDocument } = AstUtils;
import { isBuiltinUri } from '../frameworks/builtin-document.js';

/** `file:line` of a node, the file relative to the folder of `from` when they share one. */
export function relativeLocation(node: AstNode, from: URI, lang: 'en' | 'nl' = 'en'): string {
    const uri = getDocument(node).uri;
    // The built-in library is no file of the user's: name it as what it is.
    if (isBuiltinUri(uri)) return lang === 'nl' ? 'de ingebouwde raamwerkbibliotheek' : 'the built-in framework library';
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
