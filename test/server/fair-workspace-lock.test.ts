import { describe, expect, it } from 'vitest';
import { Cancellation, OperationCancelled, ReadPriority } from 'langium';
import { FairWorkspaceLock } from '../../server/src/workspace/fair-workspace-lock.js';

/** A promise and the means to settle it from outside: a write that lasts until the test says so. */
function gate(): { promise: Promise<void>; open: () => void } {
    let open!: () => void;
    const promise = new Promise<void>(done => { open = done; });
    return { promise, open };
}

const turns = async (n = 5): Promise<void> => { for (let i = 0; i < n; i++) await new Promise(done => setImmediate(done)); };

describe('FairWorkspaceLock', () => {
    it('serves a read before a write asked for after it, and after the writes asked for before it', async () => {
        const lock = new FairWorkspaceLock();
        const order: string[] = [];
        const first = gate();
        const w1 = lock.write(async () => { order.push('w1 start'); await first.promise; order.push('w1 end'); });
        const w2 = lock.write(async () => { order.push('w2'); });
        const r = lock.read(() => { order.push('read'); return 42; });
        const w3 = lock.write(async () => { order.push('w3'); });
        await turns();
        expect(order).toEqual(['w1 start']);
        first.open();
        await Promise.all([w1, w2, r, w3]);
        expect(await r).toBe(42);
        expect(order).toEqual(['w1 start', 'w1 end', 'w2', 'read', 'w3']);
    });

    it('is not starved by a stream of writes: each write queues the next, the read still runs after the second', async () => {
        const lock = new FairWorkspaceLock();
        let writes = 0;
        let readAfter = -1;
        let stop = false;
        // Like an editor that keeps typing: every update asks for the next one while it runs.
        const update = async (): Promise<void> => {
            writes++;
            if (!stop && writes < 1000) void lock.write(update);
            await turns(2);
        };
        void lock.write(update);
        await turns(3);
        const asked = writes;
        await lock.read(() => { readAfter = writes; });
        stop = true;
        expect(readAfter).toBeGreaterThanOrEqual(asked);
        expect(readAfter).toBeLessThanOrEqual(asked + 2);
        expect(writes).toBeLessThan(1000);
    });

    it('runs reads that follow each other together, and a write only when they are done', async () => {
        const lock = new FairWorkspaceLock();
        const events: string[] = [];
        const a = gate();
        const b = gate();
        const r1 = lock.read(async () => { events.push('r1 start'); await a.promise; events.push('r1 end'); });
        const r2 = lock.read(async () => { events.push('r2 start'); await b.promise; events.push('r2 end'); });
        const w = lock.write(() => { events.push('write'); });
        await turns();
        expect(events).toEqual(['r1 start', 'r2 start']);
        b.open();
        await turns();
        expect(events).toEqual(['r1 start', 'r2 start', 'r2 end']);
        a.open();
        await Promise.all([r1, r2, w]);
        expect(events).toEqual(['r1 start', 'r2 start', 'r2 end', 'r1 end', 'write']);
    });

    it('cancels the previous write when a new one is asked for; a cancelled write resolves, a failing one rejects', async () => {
        const lock = new FairWorkspaceLock();
        const running = gate();
        let firstToken: Cancellation.CancellationToken | undefined;
        const w1 = lock.write(async token => {
            firstToken = token;
            await running.promise;
            // What Langium's document builder throws at its next cancellation point.
            if (token.isCancellationRequested) throw OperationCancelled;
        });
        await turns();
        expect(firstToken?.isCancellationRequested).toBe(false);
        const w2 = lock.write(() => { throw new Error('broken update'); });
        expect(firstToken?.isCancellationRequested).toBe(true);
        running.open();
        await expect(w1).resolves.toBeUndefined();
        await expect(w2).rejects.toThrow('broken update');
        // The lock goes on after a failure.
        await expect(lock.read(() => 'still serving')).resolves.toBe('still serving');
    });

    it('does not cancel a write that a read waits behind: the read sees a workspace built to the end', async () => {
        const lock = new FairWorkspaceLock();
        const running = gate();
        const tokens: Cancellation.CancellationToken[] = [];
        const w1 = lock.write(async token => { tokens.push(token); await running.promise; });
        await turns();
        const read = lock.read(() => tokens.map(t => t.isCancellationRequested));
        const w2 = lock.write(async token => { tokens.push(token); });
        // w1 has a read behind it: w2 leaves it alone. w2 has none behind it: w3 cancels it.
        expect(tokens[0].isCancellationRequested).toBe(false);
        const w3 = lock.write(async token => { tokens.push(token); });
        running.open();
        expect(await read).toEqual([false]);
        await Promise.all([w1, w2, w3]);
        expect(tokens.map(t => t.isCancellationRequested)).toEqual([false, true, false]);
    });

    it('runs an immediate read at once, beside a write, and starts the next write only after it', async () => {
        const lock = new FairWorkspaceLock();
        const events: string[] = [];
        const writing = gate();
        const reading = gate();
        const w1 = lock.write(async () => { events.push('w1'); await writing.promise; });
        await turns();
        const immediate = lock.read(async () => { events.push('immediate start'); await reading.promise; events.push('immediate end'); }, ReadPriority.Immediate);
        const w2 = lock.write(() => { events.push('w2'); });
        await turns();
        expect(events).toEqual(['w1', 'immediate start']);
        writing.open();
        await turns();
        expect(events).toEqual(['w1', 'immediate start']);
        reading.open();
        await Promise.all([w1, immediate, w2]);
        expect(events).toEqual(['w1', 'immediate start', 'immediate end', 'w2']);
    });
});
