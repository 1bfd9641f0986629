import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { documentText, readSource } from '../../../node/src/read-source.js';

/**
 * The server's file system: Langium's, except that every text it reads goes through the
 * one reader of the CLI and the server (`node/src/read-source.ts`): a file over the size
 * limit is refused by its size and an unreadable one is not read, each becoming its one
 * parse-error, also when Langium reads a file again after it changed on disk.
 */
export class SourceFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    override readFileSync(uri: URI): string {
        if (uri.scheme !== 'file') throw new Error(`cannot read ${uri.scheme}: documents from disk`);
        const read = readSource(uri.fsPath);
        if (!read.ok && read.reason === 'unreadable' && (read.code === 'ENOENT' || read.code === 'ENOTDIR')) throw new Error(`cannot read ${uri.fsPath}: ${read.message}`);
        return documentText(read);
    }
}

export const SourceFileSystem = {
    fileSystemProvider: (): SourceFileSystemProvider => new SourceFileSystemProvider(),
};
