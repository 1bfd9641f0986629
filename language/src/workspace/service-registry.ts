import { DefaultServiceRegistry, UriUtils, type LangiumCoreServices, type URI } from 'langium';

/**
 * Langium's service registry, answering without the editor's open documents when they
 * cannot change the answer. Langium first asks the open document's language id, which
 * parses and prints the URI again (`TextDocuments.get` normalises it) on each of the
 * half a dozen calls per document and phase; with one language registered, a URI whose
 * file name or extension is registered gets that language's services either way.
 * Anything else (no language yet, another extension) goes through Langium's own lookup,
 * with its errors.
 */
export class LeerplanServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        if (this.languageIdMap.size === 1) {
            const services = this.fileNameMap.get(UriUtils.basename(uri)) ?? this.fileExtensionMap.get(UriUtils.extname(uri));
            if (services) return services;
        }
        return super.getServices(uri);
    }
}
