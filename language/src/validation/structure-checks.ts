import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
const { getDocument } = AstUtils;
import * as ast from '../generated/ast.js';
import type { LeerplanServices } from '../leerplan-services.js';
import { KIND_NAMES } from '../rules/rule-registry.js';
import { isBuiltinUri } from '../frameworks/builtin-document.js';
import { declarationKey, siteOf, type DeclarationKind, type DeclarationSite } from '../workspace/workspace-facts.js';
import { relativeLocation } from './locations.js';

/** `duplicate-property` (a single-valued line written twice) and `duplicate-id`. */
export function structureChecks(services: LeerplanServices): ValidationChecks<ast.LeerplanAstType> {
    const reporter = services.leerplan.RuleReporter;
    const facts = services.leerplan.WorkspaceFacts;
    const settings = services.leerplan.Settings;

    const once = (accept: ValidationAcceptor, ...lists: AstNode[][]) => {
        for (const list of lists) {
            for (const extra of list.slice(1)) {
                // The line's keyword as written; `about learning` / `over leren` is two words.
                const words = extra.$cstNode?.text.split(/\s+/) ?? [extra.$type];
                const keyword = ast.isAboutLearning(extra) ? words.slice(0, 2).join(' ') : words[0];
                reporter.report(accept, 'duplicate-property', { property: keyword }, { node: extra });
            }
        }
    };

    const unique = (accept: ValidationAcceptor, kind: DeclarationKind, node: AstNode & { name: string }) => {
        const all = facts.get().declarations.get(declarationKey(kind, node.name)) ?? [];
        if (all.length < 2) return;
        // Only the first few others are named, so thousands of copies stay linear.
        const here = siteOf(node, getDocument(node).uri);
        const others = firstOthers(all, site => samePlace(site, here));
        // A user's framework may not take a built-in id, but the built-in one is never the one reported.
        reportDuplicate(accept, kindName(kind), node, others);
    };

    const reportDuplicate = (accept: ValidationAcceptor, kind: { en: string; nl: string }, node: AstNode & { name: string }, others: DeclarationSite[]) => {
        const lang = settings.get().lang;
        const here = getDocument(node).uri;
        reporter.report(accept, 'duplicate-id', {
            kind: kind[lang], name: node.name, other: relativeLocation(others[0], here, lang),
        }, {
            node, property: 'name',
            // A handful of other places is enough to find them; thousands of copies must not cost O(n^2).
            related: others.filter(o => !isBuiltinUri(o.uri)).slice(0, 5).map(o => ({
                location: { uri: o.uri.toString(), range: o.range },
                message: `${kind[lang]} '${node.name}'`,
            })),
        });
    };

    const uniqueWithin = (accept: ValidationAcceptor, kind: { en: string; nl: string }, nodes: Array<AstNode & { name: string }>) => {
        const byName = new Map<string, AstNode[]>();
        for (const n of nodes) {
            if (!n.name) continue;
            const list = byName.get(n.name);
            if (list) list.push(n);
            else byName.set(n.name, [n]);
        }
        for (const [, list] of byName) {
            if (list.length < 2) continue;
            for (const n of list) {
                const uri = getDocument(n).uri;
                reportDuplicate(accept, kind, n as AstNode & { name: string }, firstOthers(list, other => other === n).map(o => siteOf(o, uri)));
            }
        }
    };

    return {
        Organisation: (node, accept) => {
            once(accept, node.frameworks);
            unique(accept, 'organisation', node);
        },
        Vision: (node, accept) => {
            once(accept, node.aboutLearning, node.developedWith);
            unique(accept, 'supportTarget', node);
        },
        Ambition: (node, accept) => unique(accept, 'supportTarget', node),
        Person: (node, accept) => {
            once(accept, node.roles);
            unique(accept, 'person', node);
        },
        Team: (node, accept) => {
            once(accept, node.leads, node.members);
            unique(accept, 'team', node);
            for (const goal of node.goals) unique(accept, 'goal', goal);
        },
        Plan: (node, accept) => {
            once(accept, node.coaches, node.teams, node.periods, node.ambitions, node.strengths);
            unique(accept, 'plan', node);
            uniqueWithin(accept, KIND_NAMES.goal, node.goals);
        },
        // Every `evidence` line is one success criterion: a goal may have several.
        Goal: (node, accept) => once(accept, node.dimensions, node.due, node.status, node.whys, node.levels, node.requirements),
        Framework: (node, accept) => {
            unique(accept, 'framework', node);
            uniqueWithin(accept, KIND_NAMES.dimension, node.dimensions);
        },
    };
}

/** Up to six entries of `list` that are not the declaration itself: enough to point at, linear in any case. */
function firstOthers<T>(list: T[], isSelf: (entry: T) => boolean): T[] {
    const others: T[] = [];
    for (const entry of list) {
        if (!isSelf(entry)) others.push(entry);
        if (others.length === 6) break;
    }
    return others;
}

function kindName(kind: DeclarationKind): { en: string; nl: string } {
    return kind === 'organisation' ? { en: 'organisation', nl: 'organisatie' } : KIND_NAMES[kind];
}

/** Whether two sites are the same declaration: the same file and start (lines and columns, which a comment edit above does not move). */
function samePlace(a: DeclarationSite, b: DeclarationSite): boolean {
    return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.uri.toString() === b.uri.toString();
}
