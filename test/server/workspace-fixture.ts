import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileUri } from './lsp-client.js';

export { sketchFiles } from '../helpers/sketch.js';

/** A throw-away workspace folder on disk; `today` is fixed through leerplan.json so checks are stable. */
export class WorkspaceFixture {
    readonly root: string;

    constructor(files: Record<string, string>, config: Record<string, unknown> | undefined = { today: '2026-06-01' }) {
        this.root = mkdtempSync(join(tmpdir(), 'leerplan-lsp-'));
        if (config) this.write('leerplan.json', JSON.stringify(config, null, 2));
        for (const [name, text] of Object.entries(files)) this.write(name, text);
    }

    path(name: string): string {
        return join(this.root, name);
    }

    uri(name: string): string {
        return fileUri(this.path(name));
    }

    write(name: string, text: string): void {
        mkdirSync(dirname(this.path(name)), { recursive: true });
        writeFileSync(this.path(name), text);
    }

    remove(name: string): void {
        rmSync(this.path(name), { force: true });
    }

    dispose(): void {
        rmSync(this.root, { recursive: true, force: true });
    }
}

export function codesOf(diagnostics: Array<{ code?: string | number }> | undefined): string[] {
    return (diagnostics ?? []).map(d => String(d.code)).sort();
}

/** The LSP position just after the first occurrence of `marker` in `text`. */
export function positionAfter(text: string, marker: string): { line: number; character: number } {
    const at = text.indexOf(marker);
    if (at < 0) throw new Error(`marker not found: ${marker}`);
    const before = text.slice(0, at + marker.length);
    const line = before.split('\n').length - 1;
    return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}
