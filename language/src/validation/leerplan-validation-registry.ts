import { ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { LeerplanServices } from '../leerplan-services.js';

export type SyncCheck = (node: AstNode, accept: ValidationAcceptor) => void;

/**
 * Keeps Leerplan's checks as the plain synchronous functions they are, per concrete
 * AST type, next to Langium's registry. Langium wraps every check in an async function
 * and streams the list per node: on a 1,000-file workspace that is half a million
 * promises. The document validator calls these directly, each in its own try/catch,
 * so a check that throws still becomes a diagnostic and never stops the others.
 */
export class LeerplanValidationRegistry extends ValidationRegistry {
    private readonly syncChecks = new Map<string, SyncCheck[]>();
    private readonly astReflection: LeerplanServices['shared']['AstReflection'];

    constructor(services: LeerplanServices) {
        super(services);
        this.astReflection = services.shared.AstReflection;
    }

    override register<T>(checksRecord: ValidationChecks<T>, thisObj: unknown = this, category = 'fast'): void {
        super.register(checksRecord, thisObj, category);
        if (category !== 'fast') return;
        for (const [type, value] of Object.entries(checksRecord as Record<string, unknown>)) {
            const checks = (Array.isArray(value) ? value : [value]) as SyncCheck[];
            const types = type === 'AstNode' ? this.astReflection.getAllTypes() : this.astReflection.getAllSubTypes(type);
            for (const concrete of types) {
                const list = this.syncChecks.get(concrete) ?? [];
                for (const check of checks) list.push((node, accept) => check.call(thisObj, node, accept));
                this.syncChecks.set(concrete, list);
            }
        }
    }

    checksFor(type: string): readonly SyncCheck[] {
        return this.syncChecks.get(type) ?? NONE;
    }
}

const NONE: readonly SyncCheck[] = [];
