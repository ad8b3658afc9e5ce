// Figures of a panel's work that the machine's load disturbs little, for the timing test: the
// renderer main thread's CPU time inside a panel's measure (from a Chrome trace: each task's thread
// time, `tdur`) and how many elements and components the panel created (issue #18, item 4).
import type { Browser, Page } from 'playwright-core';

/** Task events with wall (`dur`) and thread (`tdur`) time, and the User Timing measures. */
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

interface TraceEvent {
    name: string;
    cat: string;
    ph: string;
    ts: number;
    pid: number;
    tid: number;
    dur?: number;
    tdur?: number;
    id?: string;
    id2?: { local?: string };
}

/** Milliseconds of main-thread CPU time spent inside each `atlas:` measure, summed per name. */
export type MeasureCpu = Record<string, number>;

function browserOf(page: Page): Browser {
    const browser = page.context().browser();
    if (!browser) {
        throw new Error('Tracing needs the page to belong to a launched Chromium');
    }
    return browser;
}

/**
 * Runs `work` under a Chrome trace and returns, per `atlas:<panel>` measure made meanwhile, the
 * renderer main thread's CPU time inside it. A task that straddles a measure's edge counts in the
 * share of its CPU time that the overlap is of its wall time (the trace has no finer split).
 */
export async function measureCpu(page: Page, work: () => Promise<void>): Promise<MeasureCpu> {
    const browser = browserOf(page);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let failure: unknown = null;
    try {
        await work();
    } catch (error) {
        failure = error;
    }
    // Stopped even when the work failed: a trace left running would refuse the next one.
    const buffer = await browser.stopTracing();
    if (failure !== null) {
        throw failure;
    }
    return cpuInMeasures(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] });
}

/** Pairs each measure's begin and end ("b"/"e" async events of blink.user_timing). */
function measureWindows(
    events: readonly TraceEvent[]
): { name: string; pid: number; tid: number; start: number; end: number }[] {
    const open = new Map<string, TraceEvent>();
    const windows: { name: string; pid: number; tid: number; start: number; end: number }[] = [];
    for (const event of events) {
        if (!event.cat.includes('blink.user_timing') || !event.name.startsWith('atlas:')) {
            continue;
        }
        const key = `${event.name}|${event.id ?? event.id2?.local ?? ''}`;
        if (event.ph === 'b') {
            open.set(key, event);
        } else if (event.ph === 'e') {
            const begin = open.get(key);
            if (begin) {
                open.delete(key);
                windows.push({
                    name: event.name.slice('atlas:'.length),
                    pid: begin.pid,
                    tid: begin.tid,
                    start: begin.ts,
                    end: event.ts
                });
            }
        }
    }
    return windows;
}

function cpuInMeasures(trace: { traceEvents: TraceEvent[] }): MeasureCpu {
    const events = trace.traceEvents;
    const tasks = events.filter(
        (event) =>
            event.name === 'RunTask' &&
            event.ph === 'X' &&
            typeof event.dur === 'number' &&
            typeof event.tdur === 'number'
    );
    const cpu: MeasureCpu = {};
    for (const window of measureWindows(events)) {
        let micros = 0;
        for (const task of tasks) {
            const dur = task.dur ?? 0;
            if (task.pid !== window.pid || dur <= 0) {
                continue;
            }
            const overlap = Math.min(task.ts + dur, window.end) - Math.max(task.ts, window.start);
            if (overlap > 0) {
                micros += ((task.tdur ?? 0) * overlap) / dur;
            }
        }
        cpu[window.name] = (cpu[window.name] ?? 0) + micros / 1000;
    }
    return cpu;
}

/** Elements in a panel's tree, shadow roots included: all, base components, our components. */
export interface ElementCounts {
    elements: number;
    lightning: number;
    ours: number;
}

/**
 * Counts the elements inside every `hostTag` element on the page (the host's own shadow tree and
 * what is slotted into it), walking through shadow roots to find and to count them.
 */
export async function countElements(page: Page, hostTag: string): Promise<ElementCounts> {
    return page.evaluate((host) => {
        const counts = { elements: 0, lightning: 0, ours: 0 };
        const walk = (root: Element | ShadowRoot, inside: boolean): void => {
            for (const child of Array.from(root.children)) {
                const tag = child.tagName.toLowerCase();
                if (inside) {
                    counts.elements += 1;
                    if (tag.startsWith('lightning-')) {
                        counts.lightning += 1;
                    } else if (tag.startsWith('c-')) {
                        counts.ours += 1;
                    }
                }
                const below = inside || tag === host;
                if (child.shadowRoot) {
                    walk(child.shadowRoot, below);
                }
                walk(child, below);
            }
        };
        walk(document.body, false);
        return counts;
    }, hostTag);
}
