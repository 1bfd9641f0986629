import type { URI } from 'langium';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import type { DeclarationSite } from '../workspace/workspace-facts.js';

/** `file:line` of a declaration, the file relative to the folder of `from` when they share one. */
export function relativeLocation(site: DeclarationSite, from: URI, lang: 'en' | 'nl' = 'en'): string {
    const uri = site.uri;
    // The built-in library is no file of the user's: name it as what it is.
    if (isBuiltinUri(uri)) return lang === 'nl' ? 'de ingebouwde raamwerkbibliotheek' : 'the built-in framework library';
    const line = site.range.start.line + 1;
    const target = uri.path.split('/');
    const base = from.path.split('/').slice(0, -1);
    let common = 0;
    while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
    const file = uri.scheme === from.scheme && common > 0
        ? [...base.slice(common).map(() => '..'), ...target.slice(common)].join('/')
        : uri.path.split('/').pop() ?? uri.toString();
    return `${file}:${line}`;
}
