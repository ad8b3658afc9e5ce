/** @jest-environment node */
// A panel measures its own work once per GraphQL answer: answer received to the next render.
import { PanelTiming } from 'c/panelTiming';

const measures = (name: string): PerformanceEntry[] =>
    performance.getEntriesByType('measure').filter((entry) => entry.name === name);

describe('PanelTiming', () => {
    afterEach(() => {
        performance.clearMarks();
        performance.clearMeasures();
    });

    it('measures from the answer to the render after it, once per answer', () => {
        const timing = new PanelTiming('somePanel');
        timing.rendered();
        expect(measures('atlas:somePanel')).toHaveLength(0);
        timing.answered();
        timing.rendered();
        timing.rendered();
        expect(measures('atlas:somePanel')).toHaveLength(1);
        timing.answered();
        timing.rendered();
        expect(measures('atlas:somePanel')).toHaveLength(2);
    });

    it('splits the work into helpers and drawing when the panel marks its helpers done', () => {
        const timing = new PanelTiming('split');
        timing.answered();
        timing.rendered();
        expect(measures('atlas:split')).toHaveLength(1);
        expect(measures('atlas:split:helpers')).toHaveLength(0);
        timing.answered();
        timing.helpersDone();
        timing.rendered();
        const [whole] = measures('atlas:split').slice(-1);
        const [helpers] = measures('atlas:split:helpers');
        const [drawing] = measures('atlas:split:drawing');
        // The two parts are consecutive and together span the whole measure.
        expect(helpers?.startTime).toBe(whole?.startTime);
        expect((drawing?.startTime ?? NaN) - (helpers?.startTime ?? NaN)).toBeCloseTo(
            helpers?.duration ?? NaN,
            6
        );
        expect((helpers?.duration ?? NaN) + (drawing?.duration ?? NaN)).toBeCloseTo(
            whole?.duration ?? NaN,
            0
        );
    });

    it('keeps two panels of the same kind apart', () => {
        const first = new PanelTiming('twin');
        const second = new PanelTiming('twin');
        first.answered();
        second.answered();
        second.rendered();
        first.rendered();
        expect(measures('atlas:twin')).toHaveLength(2);
    });
});
