import { AstUtils, DefaultScopeProvider, EMPTY_STREAM, stream, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import type { LeerplanServices } from '../leerplan-services.js';
import type { WorkspaceFactsProvider } from '../workspace/workspace-facts.js';

/**
 * Dimension references: a qualified name (`senge.SharedVision`) is looked up as is;
 * a plain name belongs to the organisation's framework (Ros et al. 2024 unless the
 * organisation names another). Everything else uses the global index. A name declared
 * more than once links to one declaration chosen by `OneOfTwins`, never by the order in
 * which the files happened to be read.
 */
export class LeerplanScopeProvider extends DefaultScopeProvider {
    private readonly facts: WorkspaceFactsProvider;

    constructor(services: LeerplanServices) {
        super(services);
        this.facts = services.leerplan.WorkspaceFacts;
    }

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        const global = new OneOfTwins(this.getGlobalScope(type, context), AstUtils.getDocument(context.container).uri.toString());
        if (type === 'Dimension') {
            return new DimensionScope(global, this.facts.get().defaultFramework);
        }
        return global;
    }
}

/**
 * A name declared more than once (a `duplicate-id` error) links to the same declaration in
 * the editor and in `leerplan check`, whatever order the files were read in: the one in
 * the referring file, else the one in the file whose URI sorts first (within one file, the
 * first). The server links again when the files holding twins change (`workspaceFingerprint`).
 */
class OneOfTwins implements Scope {
    constructor(private readonly global: Scope, private readonly from: string) {}

    getElement(name: string): AstNodeDescription | undefined {
        // Linking asks this of every reference: nothing is collected for a name declared once.
        const candidates = this.global.getElements(name).iterator();
        const first = candidates.next();
        if (first.done) return undefined;
        const second = candidates.next();
        if (second.done) return first.value;
        let chosen: AstNodeDescription | undefined;
        let chosenUri = '';
        for (const candidate of [first.value, second.value, ...candidates]) {
            const uri = candidate.documentUri.toString();
            if (uri === this.from) return candidate;
            if (!chosen || uri < chosenUri) {
                chosen = candidate;
                chosenUri = uri;
            }
        }
        return chosen;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.global.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.global.getAllElements();
    }
}

/**
 * The unqualified description of each qualified one, made once: the copy reads the
 * lazily computed name segment of the original (a slow object spread), and a
 * workspace's plans name the same few dimensions thousands of times. Descriptions are
 * never changed in place (the index makes new ones), so a copy stays equal to a fresh one.
 */
const unqualified = new WeakMap<AstNodeDescription, AstNodeDescription>();

class DimensionScope implements Scope {
    constructor(private readonly qualified: Scope, private readonly defaultFramework: string) {}

    getElement(name: string): AstNodeDescription | undefined {
        if (name.includes('.')) return this.qualified.getElement(name);
        const local = this.qualified.getElement(`${this.defaultFramework}.${name}`);
        if (!local) return undefined;
        const known = unqualified.get(local);
        if (known?.name === name) return known;
        const description = { ...local, name };
        unqualified.set(local, description);
        return description;
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
