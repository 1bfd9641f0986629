import { ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationChecks } from 'langium';
import type { LeerplanServices } from '../leerplan-services.js';

export type SyncCheck = (node: AstNode, accept: ValidationAcceptor) => void;

interface Entry {
    check: SyncCheck;
    category: ValidationCategory;
}

/**
 * Keeps Leerplan's checks as the plain synchronous functions they are, per concrete
 * AST type and with their category (`fast`, `slow` or one of the host's own), next to
 * Langium's registry. Langium wraps every check in an async function and streams the
 * list per node: on a 1,000-file workspace that is half a million promises. The
 * document validator calls these directly, each in its own try/catch, so a check that
 * throws still becomes a diagnostic and never stops the others. A check must be
 * synchronous: one that returns something (a promise) is reported as an error.
 */
export class LeerplanValidationRegistry extends ValidationRegistry {
    private readonly entriesByType = new Map<string, { entries: Entry[]; all: SyncCheck[] }>();
    private readonly astReflection: LeerplanServices['shared']['AstReflection'];

    constructor(services: LeerplanServices) {
        super(services);
        this.astReflection = services.shared.AstReflection;
    }

    override register<T>(checksRecord: ValidationChecks<T>, thisObj: unknown = this, category: ValidationCategory = 'fast'): void {
        super.register(checksRecord, thisObj, category);
        for (const [type, value] of Object.entries(checksRecord as Record<string, unknown>)) {
            const checks = (Array.isArray(value) ? value : [value]) as SyncCheck[];
            const types = type === 'AstNode' ? this.astReflection.getAllTypes() : this.astReflection.getAllSubTypes(type);
            for (const concrete of types) {
                const list = this.entriesByType.get(concrete) ?? { entries: [], all: [] };
                for (const check of checks) {
                    const entry = { check: synchronous(check, thisObj), category };
                    list.entries.push(entry);
                    list.all.push(entry.check);
                }
                this.entriesByType.set(concrete, list);
            }
        }
    }

    /** The checks of one AST type in the given categories (all when none are given), in registration order. */
    checksFor(type: string, categories?: readonly ValidationCategory[]): readonly SyncCheck[] {
        const list = this.entriesByType.get(type);
        if (!list) return NONE;
        return categories ? list.entries.filter(e => categories.includes(e.category)).map(e => e.check) : list.all;
    }
}

/** The check, called on `thisObj`; an error when it returns something (an async check would lose its diagnostics). */
function synchronous(check: SyncCheck, thisObj: unknown): SyncCheck {
    return (node, accept) => {
        const result: unknown = check.call(thisObj, node, accept);
        if (result !== undefined) throw new Error('a Leerplan check must be synchronous; register asynchronous work elsewhere');
    };
}

const NONE: readonly SyncCheck[] = [];
