import { dirname } from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import * as ast from '../../../language/src/generated/ast.js';
import { isBuiltinUri } from '../../../language/src/frameworks/builtin-document.js';
import { fileHistoryOf, followThroughState, readPlanFilesHistory, type PlanFilesHistory } from '../../../node/src/git-history.js';
import { isInside } from '../../../node/src/file-discovery.js';
import type { FollowThroughInput } from '../../../summary/src/build-summary.js';
import { isPrivateFile } from '../../../language/src/workspace/private-file.js';
import { defaultSince } from '../../../summary/src/follow-through.js';

/** How long a reading of the history serves the preview before Git is asked again (a commit changes no `.pop` file). */
export const HISTORY_MAX_AGE_MS = 30_000;

interface Reading {
    /** The period's start and the plan files asked about: another key is another reading. */
    key: string;
    at: number;
    stale: boolean;
    groups: Promise<Array<{ folder: string; history: PlanFilesHistory }>>;
}

/**
 * The Git history of the workspace's plan files for the preview's follow-through, as
 * `leerplan summary` reads it (`readPlanFilesHistory`, never a private file). Git runs
 * asynchronously, outside the workspace lock, so no keystroke waits for it; a reading is
 * kept and served again until a watched file changes (a save, a file created or deleted),
 * the plan files or the period change, or it is `HISTORY_MAX_AGE_MS` old (a commit or a
 * checkout changes no watched file). The plans as committed before the period are parsed
 * once per commit, yielding to the editor between files. No repository or a shallow
 * clone: the summary says that the history is missing.
 */
export class FollowThroughHistory {
    private reading?: Reading;
    /** The answer of the last reading that finished, for the hover (which never waits for Git). */
    private last?: { reading: Reading; input: FollowThroughInput };

    constructor(private readonly shared: LangiumSharedServices, private readonly maxAgeMs = HISTORY_MAX_AGE_MS) {
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(() => this.invalidate());
    }

    /** Files changed on disk: the next summary reads the history again. */
    invalidate(): void {
        if (this.reading) this.reading.stale = true;
    }

    /** The history of the workspace's plan files from `defaultSince(today)`, read again only when it may have changed. */
    async input(today: string): Promise<FollowThroughInput> {
        const since = defaultSince(today);
        const files = this.planFiles();
        const key = `${since}\n${files.join('\n')}`;
        let reading = this.reading;
        if (!reading || reading.key !== key || reading.stale || Date.now() - reading.at > this.maxAgeMs) {
            reading = this.reading = { key, at: Date.now(), stale: false, groups: this.read(files, since, reading) };
        }
        const groups = await reading.groups;
        const input = this.inputOf(since, groups);
        if (this.reading === reading) this.last = { reading, input };
        return input;
    }

    /**
     * The last reading's answer when it is still current, without waiting: the hover's. A
     * reading that is missing, stale or of another period is started, for the next hover.
     */
    latest(today: string): FollowThroughInput | undefined {
        const since = defaultSince(today);
        const last = this.last;
        const current = !!last && last.input.since === since && this.reading === last.reading && !last.reading.stale && Date.now() - last.reading.at <= this.maxAgeMs;
        if (!current) void this.input(today).catch(() => undefined);
        return last && last.input.since === since ? last.input : undefined;
    }

    private inputOf(since: string, groups: Array<{ folder: string; history: PlanFilesHistory }>): FollowThroughInput {
        const kinds = groups.map(g => followThroughState(g.history.kind));
        const history = kinds.every(kind => kind === 'ok') ? 'ok' : kinds.includes('shallow') ? 'shallow' : 'missing';
        const byPath = new Map<string, PlanFilesHistory>();
        for (const group of groups) for (const path of group.history.commits.keys()) byPath.set(path, group.history);
        return {
            since,
            history,
            file: uri => {
                const path = URI.parse(uri).fsPath;
                const read = byPath.get(path);
                if (!read) return undefined;
                return fileHistoryOf(read, path);
            },
            // A file's own folder decides (a private file's too, whose plan is beside it); a file in none, all of them.
            historyOf: uri => {
                const path = URI.parse(uri).fsPath;
                const group = groups.find(g => isInside(path, g.folder));
                return group ? followThroughState(group.history.kind) : history;
            },
        };
    }

    /** Each workspace folder's plan files (a file in no folder: its own folder's), read with one call each. */
    private async read(files: string[], since: string, previous: Reading | undefined): Promise<Array<{ folder: string; history: PlanFilesHistory }>> {
        const folders = (this.shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(f => URI.parse(f.uri).fsPath);
        const byFolder = new Map<string, string[]>();
        for (const file of files) {
            const folder = folders.find(f => isInside(file, f)) ?? dirname(file);
            const group = byFolder.get(folder);
            if (group) group.push(file);
            else byFolder.set(folder, [file]);
        }
        // No plan file: whether there is history at all, for the summary to say.
        if (!byFolder.size && folders.length) byFolder.set(folders[0], []);
        const before = previous ? await previous.groups.catch(() => []) : [];
        const pause = () => new Promise<void>(resolve => setImmediate(resolve));
        const groups: Array<{ folder: string; history: PlanFilesHistory }> = [];
        for (const [folder, paths] of byFolder) {
            const earlier = before.find(g => g.folder === folder)?.history;
            groups.push({ folder, history: await readPlanFilesHistory(folder, paths, since, { previous: earlier, pause }) });
        }
        return groups;
    }

    /** The workspace's files on disk that hold a plan, private files left out (sorted absolute paths). */
    private planFiles(): string[] {
        const files: string[] = [];
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            const uri = document.uri;
            if (uri.scheme !== 'file' || isBuiltinUri(uri) || isPrivateFile(uri.path)) continue;
            if (((document.parseResult.value as ast.Document).elements ?? []).some(ast.isPlan)) files.push(uri.fsPath);
        }
        return files.sort();
    }
}
