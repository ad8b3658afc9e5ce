// Frees a finished slice's records before the next slice is read, so the heap of `atlas score`
// stays at one slice's size whatever the org's size (issue #18, item 1).
//
// Why it is needed: a slice's records live for the whole slice (read, scored, written), so V8
// promotes them to its old generation, where they become garbage once the slice is written. V8
// collects the old generation only when it reaches a limit set as a multiple (up to 4×) of what
// was live at the last full collection, and that collection mostly falls mid-slice, when a whole
// slice is live. Traced with `node --trace-gc` on the synthetic run (slices of 10,000): the heap
// climbed 48 → 97 → 128 → 172 MB across slices, then a full collection brought it back to 43 MB,
// and the process's RSS settled at about twice that of a one-slice run. Heap after a full
// collection stays at 28 MB from the first slice to the hundredth, so nothing is retained: the
// growth is garbage V8 was allowed to keep. A full collection at each slice boundary, when only
// the run's shared records are live, sets that limit from the small heap instead of the full one.
// It costs a full mark-compact of a ~30 MB heap (tens of ms) per slice of 10,000 deals (seconds).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null = null;

/**
 * A full garbage collection. Node exposes V8's `gc()` only behind --expose-gc; setting the flag at
 * run time makes it available to contexts created after it, so the function comes from a new one.
 */
export function collectGarbage(): void {
    if (collect === null) {
        setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as () => void;
    }
    collect();
}
