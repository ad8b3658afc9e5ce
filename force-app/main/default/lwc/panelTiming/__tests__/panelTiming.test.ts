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
