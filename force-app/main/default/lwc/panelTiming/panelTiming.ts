// A panel's own work, marked with the browser's User Timing API (performance.mark / measure): from
// its GraphQL answer arriving to the first render after it (the reader, the helpers its getters
// run and the DOM drawn). A panel that works out its view in its wire handler also marks when that
// is done, which splits the work into helpers and drawing. The browser timing test prints each
// panel's measures (issue #18, item 4).

/** The prefix of every mark and measure a panel makes: `atlas:<panel>`. */
export const PANEL_MEASURE_PREFIX = 'atlas:';
/** The suffixes of the two parts of a panel's measure: `atlas:<panel>:helpers`, `…:drawing`. */
export const HELPERS_SUFFIX = ':helpers';
export const DRAWING_SUFFIX = ':drawing';

let instances = 0;

function userTiming(): Performance | null {
    return typeof performance !== 'undefined' && typeof performance.mark === 'function'
        ? performance
        : null;
}

/**
 * One panel instance's timing: `answered()` in its wire handler, `helpersDone()` once its view is
 * worked out (optional), `rendered()` in renderedCallback.
 */
export class PanelTiming {
    private readonly name: string;
    private readonly instance: number;
    private answers = 0;
    private pending: string | null = null;
    private prepared: string | null = null;

    constructor(panel: string) {
        this.name = `${PANEL_MEASURE_PREFIX}${panel}`;
        instances += 1;
        this.instance = instances;
    }

    /** The GraphQL answer arrived (with data): the panel's own work starts. */
    answered(): void {
        const timing = userTiming();
        if (!timing) {
            return;
        }
        this.answers += 1;
        this.pending = `${this.name}#${this.instance}.${this.answers}:answer`;
        this.prepared = null;
        timing.mark(this.pending);
    }

    /** The helpers have worked out what to show (in the wire handler): drawing starts. */
    helpersDone(): void {
        const timing = userTiming();
        if (!timing || this.pending === null) {
            return;
        }
        this.prepared = `${this.pending.slice(0, -':answer'.length)}:prepared`;
        timing.mark(this.prepared);
    }

    /** The panel rendered: measures its work since the answer, once per answer. */
    rendered(): void {
        const timing = userTiming();
        if (!timing || this.pending === null) {
            return;
        }
        const start = this.pending;
        const prepared = this.prepared;
        this.pending = null;
        this.prepared = null;
        timing.measure(this.name, start);
        if (prepared !== null) {
            timing.measure(`${this.name}${HELPERS_SUFFIX}`, start, prepared);
            timing.measure(`${this.name}${DRAWING_SUFFIX}`, prepared);
        }
    }
}
