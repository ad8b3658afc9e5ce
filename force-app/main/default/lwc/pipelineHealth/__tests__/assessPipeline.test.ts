/** @jest-environment node */
import fc from 'fast-check';
import type { OpportunityRecord } from 'c/atlasModel';
import { assessPipeline } from 'c/pipelineHealth';
import { loadSamplePlan, SAMPLE_STAGES } from '../../dealScoring/__tests__/sampleDeals';

const STAGES = ['Qualify', 'Propose', 'Negotiate'];
const target = { amount: 100, periodStart: '2026-10-01', periodEnd: '2026-12-31' };

function deal(Id: string, fields: Partial<OpportunityRecord>): OpportunityRecord {
    return {
        Id,
        Name: `Deal ${Id}`,
        CloseDate: '2026-12-15',
        LastActivityDate: '2026-11-20',
        ...fields
    };
}

// History: two won deals of 100 (passed every stage); two lost of 100 that reached Propose and one
// lost of 200 with no history (counted in the first stage only).
const closed = [
    deal('w1', {
        IsClosed: true,
        IsWon: true,
        Amount: 100,
        StageName: 'Closed Won',
        CreatedDate: '2026-01-01T00:00:00Z',
        CloseDate: '2026-03-02'
    }),
    deal('w2', {
        IsClosed: true,
        IsWon: true,
        Amount: 100,
        StageName: 'Closed Won',
        CreatedDate: '2026-02-01T00:00:00Z',
        CloseDate: '2026-04-02'
    }),
    deal('l1', {
        IsClosed: true,
        IsWon: false,
        Amount: 100,
        StageName: 'Closed Lost',
        Loss_Reason__c: 'Outsold'
    }),
    deal('l2', {
        IsClosed: true,
        IsWon: false,
        Amount: 100,
        StageName: 'Closed Lost',
        Loss_Reason__c: 'No Decision'
    }),
    deal('l3', {
        IsClosed: true,
        IsWon: false,
        Amount: 200,
        StageName: 'Closed Lost',
        Loss_Reason__c: 'Not Qualified'
    })
];
const histories = {
    l1: [
        { StageName: 'Qualify', EnteredAt: '2026-01-01' },
        { StageName: 'Propose', EnteredAt: '2026-02-01' }
    ],
    l2: [
        { StageName: 'Qualify', EnteredAt: '2026-01-01' },
        { StageName: 'Propose', EnteredAt: '2026-02-01' }
    ]
};
const open = [
    deal('o1', { StageName: 'Qualify', Amount: 300 }),
    deal('o2', { StageName: 'Propose', Amount: 150 }),
    deal('o3', { StageName: 'Negotiate', Amount: 10, CloseDate: '2026-11-01' }),
    deal('o4', { StageName: 'Negotiate', Amount: null, LastActivityDate: '2026-09-01' }),
    deal('o5', { StageName: 'Propose', Amount: 500, CloseDate: '2027-02-01' })
];

describe('assessPipeline: worked example', () => {
    const health = assessPipeline({
        opportunities: [...closed, ...open],
        stageHistories: histories,
        stageOrder: STAGES,
        target,
        asOf: '2026-11-22'
    });

    it('learns each stage\u2019s value factor from what passed it and was won', () => {
        // Qualify: 600 passed, 200 won → 3.0; Propose: 400 passed (w1, w2, l1, l2) → 2.0; Negotiate: 200 → 1.0.
        expect(health.stages.map((s) => [s.stage, s.pvf, s.valueNeeded])).toEqual([
            ['Qualify', 3, 300],
            ['Propose', 2, 200],
            ['Negotiate', 1, 100]
        ]);
    });

    it('compares the value in each stage closing in the period with the value needed', () => {
        // o5 closes after the period and does not count.
        expect(health.stages.map((s) => [s.valueThere, s.dealCount, s.coverage])).toEqual([
            [300, 1, 1],
            [150, 1, 0.75],
            [10, 2, 0.1]
        ]);
        expect(health.balance.thinStages).toEqual(['Propose', 'Negotiate']);
        expect(health.balance.spread).toBeCloseTo(0.9, 10);
        expect(health.stages[0]!.reason).toBe(
            '33% of the value that passed Qualify was won, so 3.0× the target must sit here; 100% covered.'
        );
    });

    it('sorts open deals into rocks, stones and pebbles around the median', () => {
        // Open amounts 300, 150, 10, 500 → median 225: rocks ≥ 450, pebbles ≤ 112.5.
        expect(health.sizeMix).toEqual({
            medianAmount: 225,
            rocks: { count: 1, value: 500 },
            stones: { count: 2, value: 450 },
            pebbles: { count: 1, value: 10 }
        });
    });

    it('lists the data to fix with links by opportunity id', () => {
        expect(health.integrity.map((i) => [i.opportunityId, i.code])).toEqual([
            ['o3', 'CLOSE_DATE_PAST'],
            ['o4', 'NO_AMOUNT'],
            ['o4', 'STALE']
        ]);
    });

    it('measures win rate, no-decision rate, cycle and velocity, and says how far to trust them', () => {
        expect(health.winRate).toEqual({
            value: 0.4,
            confidence: 'low',
            reason: '2 won of 5 closed deals.'
        });
        expect(health.noDecisionRate.value).toBeCloseTo(0.2, 10);
        expect(health.averageCycleDays.value).toBe(60);
        // 5 open × 0.4 × 100 ÷ 60 days.
        expect(health.velocityPerDay.value).toBeCloseTo(200 / 60, 10);
        expect(health.velocityPerDay.confidence).toBe('low');
    });
});

describe('assessPipeline: thin history and bad input', () => {
    it('says there is not enough history instead of inventing factors', () => {
        const health = assessPipeline({
            opportunities: open,
            stageOrder: STAGES,
            target,
            asOf: '2026-11-22'
        });
        expect(health.stages.every((s) => s.pvf === null && s.confidence === 'none')).toBe(true);
        expect(health.winRate).toEqual({
            value: null,
            confidence: 'none',
            reason: 'Not enough history: no closed deals to measure the win rate.'
        });
        expect(health.balance.reason).toBe('Balance unknown: no stage has a value factor yet.');
    });

    it('warns when the sales process has more than about six stages', () => {
        const health = assessPipeline({
            opportunities: [],
            stageOrder: ['1', '2', '3', '4', '5', '6', '7', '8'],
            target,
            asOf: '2026-11-22'
        });
        expect(health.warnings[0]).toMatch(/^The sales process has 8 stages/);
    });

    it('keeps coverage and rates within bounds and never throws on malformed records, in any order', () => {
        fc.assert(
            fc.property(fc.array(fc.anything()), (junk) => {
                const list = [...closed, ...open, ...(junk as OpportunityRecord[])];
                const forward = assessPipeline({
                    opportunities: list,
                    stageHistories: histories,
                    stageOrder: STAGES,
                    target,
                    asOf: '2026-11-22'
                });
                const backward = assessPipeline({
                    opportunities: [...list].reverse(),
                    stageHistories: histories,
                    stageOrder: STAGES,
                    target,
                    asOf: '2026-11-22'
                });
                expect(backward).toEqual(forward);
                for (const rate of [forward.winRate.value, forward.noDecisionRate.value]) {
                    expect(rate === null || (rate >= 0 && rate <= 1)).toBe(true);
                }
            })
        );
    });
});

describe('assessPipeline on the sample data', () => {
    it('assesses the sample pipeline against the 2026-Q4 target as frozen in the golden output', () => {
        const plan = loadSamplePlan();
        const opportunities = (
            (plan.get('Opportunity') ?? []) as unknown as OpportunityRecord[]
        ).map((o) => ({
            ...o,
            IsClosed: String(o.StageName).startsWith('Closed'),
            IsWon: o.StageName === 'Closed Won'
        }));
        const health = assessPipeline({
            opportunities,
            stageOrder: SAMPLE_STAGES,
            target: { amount: 4_000_000, periodStart: '2026-10-01', periodEnd: '2026-12-31' },
            asOf: '2026-11-22'
        });
        expect({
            stages: health.stages.map(
                (s) =>
                    `${s.stage}: pvf ${s.pvf?.toFixed(2)} there ${s.valueThere} coverage ${s.coverage?.toFixed(2)} (${s.confidence})`
            ),
            thin: health.balance.thinStages,
            sizeMix: health.sizeMix,
            integrity: health.integrity.map((i) => `${i.code} ${i.opportunityId}`),
            winRate: health.winRate.value,
            noDecisionRate: health.noDecisionRate.value,
            cycle: health.averageCycleDays.reason,
            warnings: health.warnings
        }).toMatchSnapshot();
    });
});
