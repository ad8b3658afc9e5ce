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

/** The `gc` a process started with --expose-gc (node's flag or NODE_OPTIONS) already has. */
function startupGc(): (() => void) | null {
    const gc = (globalThis as { gc?: unknown }).gc;
    return typeof gc === 'function' ? (gc as () => void) : null;
}

/**
 * A full garbage collection. Node exposes V8's `gc()` only behind --expose-gc. Started with the
 * flag, the process's own `gc` is used. Otherwise the flag is set at run time: Node's docs warn
 * that "changing settings after the VM has started may result in unpredictable behavior, including
 * crashes and data loss; or it may simply do nothing" (v8.setFlagsFromString,
 * https://nodejs.org/api/v8.html#v8setflagsfromstringflags). That is acceptable for this flag:
 * --expose-gc changes no setting of the heap, the collector or the compiler that running code
 * depends on; it only makes V8 install a `gc` function in contexts created after it, so the
 * function is taken from a new context and nothing already running sees a change. "Do nothing"
 * is the one failure it can have, and it is loud: the new context has no `gc`, and the run stops
 * after its first slice is written, saying to start Node with the flag (a rerun converges, as
 * after a killed run).
 */
export function collectGarbage(): void {
    if (collect === null) {
        collect = startupGc() ?? runtimeGc();
    }
    collect();
}

function runtimeGc(): () => void {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    if (typeof gc !== 'function') {
        throw new Error(
            'This Node did not enable --expose-gc at run time, which atlas score needs to keep its memory to one slice: run it with NODE_OPTIONS=--expose-gc.'
        );
    }
    return gc as () => void;
}
