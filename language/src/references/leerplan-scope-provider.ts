import { DefaultScopeProvider, EMPTY_STREAM, stream, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import type { LeerplanServices } from '../leerplan-services.js';
import type { WorkspaceFactsProvider } from '../workspace/workspace-facts.js';

/**
 * Dimension references: a qualified name (`senge.SharedVision`) is looked up as is;
 * a plain name belongs to the organisation's framework (Ros et al. 2024 unless the
 * organisation names another). Everything else uses the global index.
 */
export class LeerplanScopeProvider extends DefaultScopeProvider {
    private readonly facts: WorkspaceFactsProvider;

    constructor(services: LeerplanServices) {
        super(services);
        this.facts = services.leerplan.WorkspaceFacts;
    }

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type === 'Dimension') {
            return new DimensionScope(this.getGlobalScope(type, context), this.facts.get().defaultFramework);
        }
        return this.getGlobalScope(type, context);
    }
}

class DimensionScope implements Scope {
    constructor(private readonly qualified: Scope, private readonly defaultFramework: string) {}

    getElement(name: string): AstNodeDescription | undefined {
        if (name.includes('.')) return this.qualified.getElement(name);
        const local = this.qualified.getElement(`${this.defaultFramework}.${name}`);
        return local ? { ...local, name } : undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    /** For completion: the default framework's dimensions unqualified, then every qualified name. */
    getAllElements(): Stream<AstNodeDescription> {
        const prefix = `${this.defaultFramework}.`;
        const all = this.qualified.getAllElements().toArray();
        const plain = all.filter(d => d.name.startsWith(prefix)).map(d => ({ ...d, name: d.name.slice(prefix.length) }));
        return stream([...plain, ...all]);
    }
}
