/** @jest-environment node */
import fc from 'fast-check';
import { shuffled } from '../../../../../../jest/laws';
import type { OpportunityRecord } from 'c/atlasModel';
import { assessPipeline } from 'c/pipelineHealth';
import { AS_OF, STAGES, TARGET, workedExample } from './fixtures';
import { historyArb, inputArb, opportunityArb } from './arbitraries';

describe('assessPipeline: laws', () => {
    it('gives the same result whatever the order of the opportunities', () => {
        fc.assert(
            fc.property(inputArb, fc.integer(), (input, seed) => {
                const forward = assessPipeline(input);
                const other = assessPipeline({
                    ...input,
                    opportunities: shuffled(input.opportunities, seed)
                });
                expect(other).toEqual(forward);
            })
        );
    });

    it('gives the same result every time for the same input', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                expect(assessPipeline(input)).toEqual(assessPipeline(input));
            })
        );
    });

    it('keeps rates between 0 and 1, factors at 1 or more and coverage not negative', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const health = assessPipeline(input);
                const rates = [health.winRate, health.noDecisionRate, health.competitiveLossRate];
                for (const rate of rates) {
                    expect(rate.value === null || (rate.value >= 0 && rate.value <= 1)).toBe(true);
                    // Each rate rests on the same closed deals, and says how many.
                    expect(rate.basedOn).toBe(health.outcomes.closed);
                }
                // Won, no-decision and competitive losses are different closed deals; with the
                // other losses they add up to the closed deals.
                const { outcomes } = health;
                expect(
                    outcomes.won + outcomes.noDecision + outcomes.competitive + outcomes.otherLost
                ).toBe(outcomes.closed);
                expect(
                    rates.reduce((total, rate) => total + (rate.value ?? 0), 0)
                ).toBeLessThanOrEqual(1 + 1e-12);
                for (const stage of health.stages) {
                    expect(stage.pvf === null || stage.pvf >= 1).toBe(true);
                    expect(stage.coverage === null || stage.coverage >= 0).toBe(true);
                    expect(stage.valueThere).toBeGreaterThanOrEqual(0);
                    expect(stage.confidence === 'none').toBe(stage.pvf === null);
                }
                const evenness = health.balance.evenness;
                expect(evenness === null || (evenness >= 0 && evenness <= 1)).toBe(true);
            })
        );
    });

    it('makes rocks, stones and pebbles add up to the open deals with an amount', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const health = assessPipeline(input);
                const { rocks, stones, pebbles } = health.sizeMix;
                const ids = [
                    ...rocks.opportunityIds,
                    ...stones.opportunityIds,
                    ...pebbles.opportunityIds
                ];
                expect(new Set(ids).size).toBe(ids.length);
                expect(rocks.count + stones.count + pebbles.count).toBe(ids.length);
                const shares = rocks.share + stones.share + pebbles.share;
                expect(shares).toBeCloseTo(ids.length > 0 ? 1 : 0, 9);
                expect(rocks.value + stones.value + pebbles.value > 0).toBe(ids.length > 0);
            })
        );
    });

    it('makes the deals counted and not counted in the stages add up to the open deals in them', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const health = assessPipeline(input);
                const inStages = health.stages.reduce(
                    (sum, stage) => sum + stage.dealCount + stage.notCounted.count,
                    0
                );
                const unknownStage = new Set(
                    health.integrity
                        .filter((issue) => issue.code === 'UNKNOWN_STAGE')
                        .map((issue) => issue.opportunityId)
                ).size;
                const open = new Set(
                    input.opportunities
                        .filter(
                            (o) =>
                                o.IsClosed === false ||
                                (typeof o.IsClosed !== 'boolean' &&
                                    !String(o.StageName).startsWith('Closed'))
                        )
                        .map((o) => o.Id)
                );
                // Duplicated ids may disagree on status: compare only when they cannot.
                const ids = input.opportunities.map((o) => o.Id);
                fc.pre(new Set(ids).size === ids.length);
                expect(inStages + unknownStage).toBe(open.size);
            })
        );
    });

    it('never raises a factor when a won deal passes the stage, nor lowers it for a lost one', () => {
        fc.assert(
            fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (amount, isWon) => {
                const base = workedExample();
                const before = assessPipeline(base);
                const after = assessPipeline({
                    ...base,
                    opportunities: [
                        ...base.opportunities,
                        {
                            Id: 'extra',
                            Name: 'Extra',
                            IsClosed: true,
                            IsWon: isWon,
                            StageName: isWon ? 'Closed Won' : 'Closed Lost',
                            Amount: amount,
                            CloseDate: '2026-06-30'
                        }
                    ],
                    stageHistories: {
                        ...base.stageHistories,
                        extra: STAGES.map((StageName) => ({ StageName, EnteredAt: '2026-01-01' }))
                    }
                });
                after.stages.forEach((stage, index) => {
                    const change = stage.pvf! - before.stages[index]!.pvf!;
                    expect(isWon ? change <= 1e-12 : change >= -1e-12).toBe(true);
                });
            })
        );
    });

    it('never shortens a closed deal\u2019s cycle when its stage history is known', () => {
        // The start is the earlier of the created date and the first stage change, so history can
        // only move it back (or give a start where the created date was unusable).
        fc.assert(
            fc.property(opportunityArb, historyArb(STAGES), (record, history) => {
                const closed = { ...record, IsClosed: true, Amount: 100 };
                const input = { stageOrder: STAGES, target: TARGET, asOf: AS_OF };
                const without = assessPipeline({ ...input, opportunities: [closed] });
                const withHistory = assessPipeline({
                    ...input,
                    opportunities: [closed],
                    stageHistories: { [closed.Id]: history }
                });
                const before = without.averageCycleDays.value;
                const after = withHistory.averageCycleDays.value;
                expect(before === null || (after !== null && after >= before)).toBe(true);
            })
        );
    });

    it('never lowers a stage\u2019s value or coverage when an open deal is added to it', () => {
        fc.assert(
            fc.property(
                fc.integer({ min: 0, max: 1_000_000 }),
                fc.constantFrom(...STAGES),
                (amount, stage) => {
                    const base = workedExample();
                    const before = assessPipeline(base);
                    const after = assessPipeline({
                        ...base,
                        opportunities: [
                            ...base.opportunities,
                            {
                                Id: 'new',
                                Name: 'New',
                                IsClosed: false,
                                StageName: stage,
                                Amount: amount,
                                CloseDate: '2026-12-01'
                            }
                        ]
                    });
                    after.stages.forEach((s, index) => {
                        expect(s.valueThere).toBeGreaterThanOrEqual(
                            before.stages[index]!.valueThere
                        );
                        expect(s.coverage!).toBeGreaterThanOrEqual(before.stages[index]!.coverage!);
                    });
                }
            )
        );
    });

    it('never throws, whatever it is given', () => {
        fc.assert(
            fc.property(
                fc.array(fc.anything()),
                fc.anything(),
                fc.anything(),
                fc.anything(),
                (opportunities, histories, target, config) => {
                    expect(() =>
                        assessPipeline(
                            {
                                opportunities: opportunities as OpportunityRecord[],
                                stageHistories: histories as never,
                                stageOrder: STAGES,
                                target: target as never,
                                asOf: AS_OF
                            },
                            config as never
                        )
                    ).not.toThrow();
                }
            )
        );
    });
});
