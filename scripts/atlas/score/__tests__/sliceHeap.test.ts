/** @jest-environment node */
// The full collection `atlas score` runs between slices: it really frees what nothing holds any
// more (a slice's records once written), whether or not Node was started with --expose-gc.
import { collectGarbage } from '../sliceHeap';

/** V8 keeps a WeakRef's target alive until the job that made or read it ends: let it end. */
const nextJob = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** An object only a WeakRef points at. */
async function droppedRecords(): Promise<WeakRef<object>> {
    const ref = new WeakRef({ rows: Array.from({ length: 10_000 }, (_, index) => ({ index })) });
    await nextJob();
    return ref;
}

test('a full collection frees records nothing holds any more', async () => {
    const ref = await droppedRecords();
    // Still there before the collection (the test would pass vacuously otherwise), gone after it.
    expect(ref.deref()).toBeDefined();
    await nextJob();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
});

test('a second collection reuses the same gc and frees again', async () => {
    collectGarbage();
    const ref = await droppedRecords();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
});
