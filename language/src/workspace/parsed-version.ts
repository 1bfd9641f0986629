import type { LangiumDocument } from 'langium';

/**
 * The version of the editor's text that a document's syntax tree was made from.
 *
 * `document.textDocument` is the editor's live text: its version moves on with every
 * keystroke, before the document is parsed again. An answer computed from the syntax
 * tree (the summary model, a diagnostic report) names this version instead, so a client
 * can tell whether it describes the text it shows.
 */
const parsedVersions = new WeakMap<LangiumDocument, number>();

/** Records that `document`'s syntax tree now stands for version `version` of its text. */
export function recordParsedVersion(document: LangiumDocument, version: number): void {
    parsedVersions.set(document, version);
}

/** The text version the syntax tree stands for (a file read from disk: its text document's version). */
export function parsedVersion(document: LangiumDocument): number {
    return parsedVersions.get(document) ?? document.textDocument.version;
}
