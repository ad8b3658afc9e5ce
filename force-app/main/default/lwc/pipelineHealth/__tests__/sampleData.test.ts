/** @jest-environment node */
import { assessPipeline } from 'c/pipelineHealth';
import type { PipelineHealth } from 'c/pipelineHealth';
import { SAMPLE_AS_OF, SAMPLE_STAGES, loadSamplePlan } from './samplePlan';

const round = (value: number | null, places = 3): number | null =>
    value === null ? null : Math.round(value * 10 ** places) / 10 ** places;

describe('assessPipeline on the sample data', () => {
    const plan = loadSamplePlan();
    const target = plan.targets.find((t) => t.Name === 'Strategic Accounts 2026-Q4')!;
    let health: PipelineHealth;
    beforeAll(() => {
        health = assessPipeline({
            opportunities: plan.opportunities,
            stageHistories: plan.stageHistories,
            stageOrder: SAMPLE_STAGES,
            target,
            asOf: SAMPLE_AS_OF
        });
    });

    it('learns the win rate and no-decision rate from the 25 closed sample deals', () => {
        // 14 won of 25 closed; 3 of the 11 losses were No Decision (data/Opportunity-closed.json).
        expect(health.winRate).toMatchObject({ value: 14 / 25, basedOn: 25, confidence: 'medium' });
        expect(health.noDecisionRate.value).toBeCloseTo(3 / 25, 12);
    });

    it('learns the first stage\u2019s value factor from all closed value over won value', () => {
        // The closed deals have no stage history: all 9,405,000 passed Prospecting and 5,175,000
        // was won; the later stages saw only the won deals, with a warning.
        expect(health.stages[0]!.pvf).toBeCloseTo(9_405_000 / 5_175_000, 12);
        expect(health.stages[0]!.valueNeeded).toBeCloseTo((9_405_000 / 5_175_000) * 1_200_000, 6);
        expect(health.warnings.map((w) => w.code)).toContain('LOST_WITHOUT_HISTORY');
    });

    it('flags the Aftermarket deal whose close date has passed', () => {
        expect(
            health.integrity
                .filter((issue) => issue.code === 'CLOSE_DATE_PAST')
                .map((issue) => issue.message)
        ).toEqual([
            'Kestrel - Aftermarket Field Service Mobile was due to close on 2026-10-30, which has passed: close it or move the date.'
        ]);
    });

    it('assesses the sample pipeline against the 2026-Q4 target as frozen in the golden output', () => {
        expect({
            period: health.period,
            stages: health.stages.map((s) => ({
                stage: s.stage,
                pvf: round(s.pvf),
                valueNeeded: round(s.valueNeeded, 0),
                valueThere: s.valueThere,
                deals: s.dealCount,
                dealsNeeded: s.dealsNeeded,
                coverage: round(s.coverage),
                notCounted: s.notCounted,
                confidence: s.confidence,
                code: s.code,
                message: s.message
            })),
            balance: {
                ...health.balance,
                evenness: round(health.balance.evenness),
                spread: round(health.balance.spread)
            },
            sizeMix: {
                ...health.sizeMix,
                rocks: { ...health.sizeMix.rocks, share: round(health.sizeMix.rocks.share) },
                stones: { ...health.sizeMix.stones, share: round(health.sizeMix.stones.share) },
                pebbles: { ...health.sizeMix.pebbles, share: round(health.sizeMix.pebbles.share) }
            },
            integrity: health.integrity.map((i) => `${i.code} ${i.opportunityId}: ${i.message}`),
            figures: [
                health.winRate,
                health.noDecisionRate,
                health.averageCycleDays,
                health.averageWonAmount,
                health.velocityPerDay,
                health.velocityPerPeriod
            ].map(
                (f) =>
                    `${f.key} ${round(f.value)} (${f.confidence}, ${f.basedOn}, ${f.code}): ${f.message}`
            ),
            warnings: health.warnings
        }).toMatchSnapshot();
    });
});
