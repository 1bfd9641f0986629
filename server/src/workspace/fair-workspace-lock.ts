import { Cancellation, isOperationCancelled, ReadPriority, startCancelableOperation, type MaybePromise, type WorkspaceLock } from 'langium';

interface Pending {
    kind: 'read' | 'write';
    action: (token: Cancellation.CancellationToken) => unknown;
    token: Cancellation.CancellationToken;
    resolve: (value: unknown) => void;
    reject: (reason: unknown) => void;
}

/**
 * The workspace lock of the server, first come first served.
 *
 * Langium's lock runs every queued write before any read. While an editor streams
 * edits, a new document update is queued before the previous one ends, so a read
 * (the summary preview, plan health, the workspace check) could wait for as long as
 * the typing lasts: the fuzzer saw requests unanswered for more than ten seconds.
 *
 * Here a read waits only for the writes asked for before it (so it still sees every
 * edit that reached the server before the request did), and a write asked for after
 * it waits for it. Reads run together, a read with no write ahead of it at once;
 * a write runs alone, after the reads before it and the immediate reads in progress.
 * As in Langium, a new write cancels the token of the previous one, which then stops
 * at its next cancellation point and leaves its work to the next build; but not
 * while a read waits behind it: that read must see a workspace built to the end,
 * not one that a cancelled build left half linked.
 */
export class FairWorkspaceLock implements WorkspaceLock {
    private readonly queue: Pending[] = [];
    private readonly immediateReads = new Set<Promise<unknown>>();
    private previousWrite = startCancelableOperation();
    /** The entry of the last write asked for (still queued, running or done). */
    private previousEntry?: Pending;
    private reading = 0;
    private writing = false;

    write(action: (token: Cancellation.CancellationToken) => MaybePromise<void>): Promise<void> {
        // A read waiting behind the previous write needs that write's whole work: it runs to its end.
        const after = this.previousEntry ? this.queue.indexOf(this.previousEntry) : -1;
        if (!this.queue.some((entry, i) => i > after && entry.kind === 'read')) this.cancelWrite();
        const source = startCancelableOperation();
        this.previousWrite = source;
        return this.enqueue('write', action, source.token) as Promise<void>;
    }

    read<T>(action: () => MaybePromise<T>, priority: ReadPriority = ReadPriority.Normal): Promise<T> {
        if (priority === ReadPriority.Immediate) {
            const promise = Promise.resolve().then(() => action());
            this.immediateReads.add(promise);
            const forget = (): void => { this.immediateReads.delete(promise); };
            promise.then(forget, forget);
            return promise;
        }
        return this.enqueue('read', () => action(), Cancellation.CancellationToken.None) as Promise<T>;
    }

    cancelWrite(): void {
        this.previousWrite.cancel();
    }

    private enqueue(kind: Pending['kind'], action: Pending['action'], token: Cancellation.CancellationToken): Promise<unknown> {
        return new Promise((resolve, reject) => {
            const entry: Pending = { kind, action, token, resolve, reject };
            if (kind === 'write') this.previousEntry = entry;
            this.queue.push(entry);
            this.next();
        });
    }

    /**
     * Starts what may start now: every read at the head of the queue (beside reads
     * already running), or the write at the head once nothing else runs.
     */
    private next(): void {
        if (this.writing) return;
        while (this.queue.length > 0 && this.queue[0].kind === 'read') {
            const entry = this.queue.shift()!;
            this.reading++;
            void run(entry).finally(() => {
                this.reading--;
                this.next();
            });
        }
        if (this.queue.length === 0 || this.reading > 0) return;
        const entry = this.queue.shift()!;
        this.writing = true;
        void (async () => {
            // A write changes what immediate reads in progress are looking at.
            while (this.immediateReads.size > 0) await Promise.allSettled([...this.immediateReads]);
            await run(entry);
            this.writing = false;
            this.next();
        })();
    }
}

async function run(entry: Pending): Promise<void> {
    try {
        // On a later turn of the event loop, like Langium's lock: the caller's own code runs first.
        entry.resolve(await Promise.resolve().then(() => entry.action(entry.token)));
    } catch (error) {
        // A cancelled write gives way to the next one; it is not a failure.
        if (isOperationCancelled(error)) entry.resolve(undefined);
        else entry.reject(error);
    }
}
