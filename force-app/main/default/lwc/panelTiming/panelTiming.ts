// A panel's own work, marked with the browser's User Timing API (performance.mark / measure): from
// its GraphQL answer arriving to the first render after it (the reader, the helpers its getters
// run and the DOM drawn). The browser timing test prints each panel's measure (issue #18, item 4).

/** The prefix of every mark and measure a panel makes: `atlas:<panel>`. */
export const PANEL_MEASURE_PREFIX = 'atlas:';

let instances = 0;

function userTiming(): Performance | null {
    return typeof performance !== 'undefined' && typeof performance.mark === 'function'
        ? performance
        : null;
}

/** One panel instance's timing: `answered()` in its wire handler, `rendered()` in renderedCallback. */
export class PanelTiming {
    private readonly name: string;
    private readonly instance: number;
    private answers = 0;
    private pending: string | null = null;

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
        timing.mark(this.pending);
    }

    /** The panel rendered: measures its work since the answer, once per answer. */
    rendered(): void {
        const timing = userTiming();
        if (!timing || this.pending === null) {
            return;
        }
        const start = this.pending;
        this.pending = null;
        timing.measure(this.name, start);
    }
}
