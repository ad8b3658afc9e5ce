/** @jest-environment node */
// scoreDealBand is the bulk path `atlas score` stores from: it must give exactly scoreDeal's score
// and band on every deal, well-formed or malformed, under default and customised settings.
import fc from 'fast-check';
import { scoreDeal, scoreDealBand } from 'c/dealScoring';
import type { DealScoringInput, DealScoringOverrides } from 'c/dealScoring';
import { dealArb, malformedDealArb } from './arbitraries';
import { sampleOpenDeals } from './sampleDeals';

/** Settings away from the defaults: other band limits, a deal goes quiet sooner. */
const CUSTOM: DealScoringOverrides = {
    bandLimits: { atRisk: 55, watch: 80 },
    staleActivityDays: 7
};

const both = (deal: DealScoringInput, overrides?: DealScoringOverrides) => {
    const full = scoreDeal(deal, overrides, { nextActions: false });
    return { full: { score: full.score, band: full.band }, bulk: scoreDealBand(deal, overrides) };
};

describe('scoreDealBand', () => {
    it("gives every open sample deal scoreDeal's score and band", () => {
        const deals = sampleOpenDeals();
        expect(deals.length).toBeGreaterThan(10);
        for (const deal of deals) {
            const { full, bulk } = both(deal);
            expect(bulk).toEqual(full);
        }
    });

    it("gives any deal, malformed ones too, scoreDeal's score and band", () => {
        fc.assert(
            fc.property(fc.oneof(dealArb, malformedDealArb), fc.boolean(), (deal, custom) => {
                const { full, bulk } = both(deal, custom ? CUSTOM : undefined);
                expect(bulk).toEqual(full);
            }),
            { numRuns: 300 }
        );
    });
});
