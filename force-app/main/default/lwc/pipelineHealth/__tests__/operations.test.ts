/** @jest-environment node */
import {
    DEFAULT_PIPELINE_CONFIG,
    coverageEvenness,
    pipelineValueFactor,
    sizeClass
} from 'c/pipelineHealth';

describe('pipelineValueFactor', () => {
    it.each([
        // passed value, won value, factor: 1 ÷ (won ÷ passed)
        [600, 200, 3],
        [400, 200, 2],
        [250, 250, 1],
        [1_000_000, 250_000, 4],
        [150, 0, null],
        [0, 0, null]
    ])('of %d passed and %d won is %p', (passed, won, factor) => {
        expect(pipelineValueFactor(passed, won)).toBe(factor);
    });
});

describe('coverageEvenness', () => {
    it.each([
        [[1, 1, 1], 1],
        [[0.5, 0.5, 0.5], 1],
        [[3, 1, 1.2], 1],
        [[1, 0, 0], 0],
        [[1, 0.75, 0.1], 19 / 37],
        [[2, 0.5], 2 / 3],
        [[0.2, 0.4, 0.6, 0.8], 2 / 3],
        [[1], null],
        [[0, 0], null],
        [[], null]
    ])('of the coverages %j is %p', (coverages, evenness) => {
        const twelvePlaces = (value: number | null) =>
            value === null ? null : Math.round(value * 1e12) / 1e12;
        expect(twelvePlaces(coverageEvenness(coverages))).toBe(twelvePlaces(evenness));
    });
});

describe('sizeClass', () => {
    // Median 100 with the default multiples: rocks from 200, pebbles up to 50.
    it.each([
        [1000, 'rocks'],
        [200, 'rocks'],
        [199.99, 'stones'],
        [100, 'stones'],
        [50.01, 'stones'],
        [50, 'pebbles'],
        [1, 'pebbles']
    ])('puts a deal of %d around a median of 100 among the %s', (amount, kind) => {
        expect(sizeClass(amount, 100, DEFAULT_PIPELINE_CONFIG)).toBe(kind);
    });
});
