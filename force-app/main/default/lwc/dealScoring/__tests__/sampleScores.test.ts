/** @jest-environment node */
// Golden output on the sample data plan (data/, what `sf data import tree` loads): every open sample
// deal scored in full, as the deal score panel would load it. Regenerate with `npx jest -u` after an
// intended change to the scoring or to the sample data, and review the snapshot diff.
import { scoreDeal as scoreDealCore } from 'c/dealScoring';
import { dealScoreInEnglish } from '../../../../../../scripts/messages/englishMessages';
import { sampleOpenDeals } from './sampleDeals';

/** The goldens hold the score as the CLI prints it: its messages in English. */
const scoreDeal = (...args: Parameters<typeof scoreDealCore>) =>
    dealScoreInEnglish(scoreDealCore(...args));

describe('scoreDeal on the sample data', () => {
    const deals = sampleOpenDeals();
    const scored = Object.fromEntries(
        deals.map((deal) => [deal.opportunity.Name, scoreDeal(deal)])
    );

    it('scores every open sample deal', () => {
        expect(deals.length).toBeGreaterThanOrEqual(12);
        for (const result of Object.values(scored)) {
            expect(Number.isInteger(result.score)).toBe(true);
        }
    });

    it('finds nothing malformed in the sample data', () => {
        const warned = Object.entries(scored).filter(([, result]) => result.warnings.length > 0);
        expect(warned).toEqual([]);
    });

    it('gives each open sample deal its frozen golden result', () => {
        expect(scored).toMatchSnapshot();
    });
});
