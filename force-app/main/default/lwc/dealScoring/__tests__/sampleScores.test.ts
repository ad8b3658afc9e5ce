/** @jest-environment node */
import { scoreDeal } from 'c/dealScoring';
import { sampleOpenDeals } from './sampleDeals';

describe('scoreDeal on the sample data', () => {
    it('scores every open sample deal as frozen in the golden output', () => {
        const summary = sampleOpenDeals().map((deal) => {
            const result = scoreDeal(deal);
            return {
                deal: deal.opportunity.Name,
                stage: deal.opportunity.StageName,
                score: result.score,
                band: result.band,
                factors: result.factors.map(
                    (factor) => `${factor.key} ${factor.earned}/${factor.possible}`
                ),
                risks: result.risks.map((risk) => `${risk.severity} ${risk.code}`),
                canAdvance: result.stageGate.canAdvance,
                blocking: result.stageGate.blocking.length,
                topAction: result.nextActions[0]
                    ? `${result.nextActions[0].code} +${result.nextActions[0].gain}`
                    : null,
                warnings: result.warnings
            };
        });
        expect(summary.length).toBeGreaterThanOrEqual(12);
        expect(summary).toMatchSnapshot();
    });
});
