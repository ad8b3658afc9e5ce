/** @jest-environment node */
import fc from 'fast-check';
import type { EvidenceState } from 'c/atlasModel';
import { applyActionChange, scoreDeal } from 'c/dealScoring';
import type { DealScore, DealScoringInput } from 'c/dealScoring';
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import { CRITERIA_COUNT, STATES, dealArb, malformedDealArb, reorderedArb } from './arbitraries';

const RANK: Record<string, number> = { No: 0, 'In Progress': 1, Yes: 2 };

/** Every sentence the score says, to check none of them leaks a raw value. */
function sentences(result: DealScore): string[] {
    return [
        ...result.factors.flatMap((f) => [f.label, f.reason, ...f.details.map((d) => d.text)]),
        ...result.risks.map((r) => r.message),
        result.stageGate.reason,
        ...result.nextActions.map((a) => a.message),
        ...result.warnings.map((w) => w.message),
        ...(result.note ? [result.note] : [])
    ].map(inEnglish);
}

describe('scoreDeal: laws', () => {
    it('always gives an integer score from 0 to 100, in the band that score belongs in', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const { score, band } = scoreDeal(deal);
                expect(Number.isInteger(score)).toBe(true);
                expect(score).toBeGreaterThanOrEqual(0);
                expect(score).toBeLessThanOrEqual(100);
                expect(band).toBe(score < 40 ? 'At Risk' : score < 70 ? 'Watch' : 'Healthy');
            })
        );
    });

    it('explains every point: details add up exactly to their factor, and factors to the total', () => {
        const inTenths = (value: number) => Math.round(value * 10);
        const sum = (values: number[]) => values.reduce((a, b) => a + inTenths(b), 0);
        fc.assert(
            fc.property(dealArb, (deal) => {
                const result = scoreDeal(deal);
                for (const factor of result.factors) {
                    expect(sum(factor.details.map((d) => d.earned))).toBe(inTenths(factor.earned));
                    expect(sum(factor.details.map((d) => d.possible))).toBe(
                        inTenths(factor.possible)
                    );
                    expect(inEnglish(factor.reason).length).toBeGreaterThan(0);
                    for (const detail of factor.details) {
                        expect(inEnglish(detail.text).length).toBeGreaterThan(0);
                        expect(detail.earned).toBeLessThanOrEqual(detail.possible);
                    }
                }
                expect(sum(result.factors.map((f) => f.earned))).toBe(
                    inTenths(result.points.earned)
                );
                // The shown total rounds (half up) to the score.
                const total = inTenths(result.points.earned);
                expect(result.score).toBe(Math.floor((200 * total + 1000) / 2000));
            })
        );
    });

    it('never lowers the score when evidence is added or a state rises', () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.integer({ min: 0, max: CRITERIA_COUNT - 1 }),
                fc.constantFrom(...STATES),
                (deal, index, proposed) => {
                    const criterionId = `c${index}`;
                    const current = deal.evidence.find((e) => e.Stage_Criterion__c === criterionId);
                    const from = current?.State__c ? RANK[current.State__c]! : -1;
                    const state: EvidenceState =
                        RANK[proposed]! >= from ? proposed : (current!.State__c as EvidenceState);
                    const raised: DealScoringInput = {
                        ...deal,
                        evidence: [
                            ...deal.evidence.filter((e) => e.Stage_Criterion__c !== criterionId),
                            {
                                ...(current ?? {
                                    Id: 'e-new',
                                    Opportunity__c: 'opp1',
                                    Stage_Criterion__c: criterionId
                                }),
                                State__c: state
                            }
                        ]
                    };
                    expect(scoreDeal(raised).score).toBeGreaterThanOrEqual(scoreDeal(deal).score);
                }
            )
        );
    });

    it('never lowers the score when a supportive decision maker we engage joins', () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.record({
                    Buying_Role__c: fc.constantFrom('Decision Maker' as const, 'Approver' as const),
                    Support__c: fc.constantFrom('Mentor' as const, 'Supporter' as const),
                    Coverage__c: fc.constantFrom('Multiple' as const, 'In Depth' as const),
                    Influence__c: fc.constantFrom(
                        'High' as const,
                        'Medium' as const,
                        'Low' as const,
                        null
                    ),
                    Contact__c: fc.constantFrom('k1', 'k-new')
                }),
                (deal, fields) => {
                    const joined = {
                        ...deal,
                        members: [
                            ...deal.members,
                            { Id: 'm-new', Buying_Center__c: 'bc1', ...fields }
                        ]
                    };
                    expect(scoreDeal(joined).score).toBeGreaterThanOrEqual(scoreDeal(deal).score);
                }
            )
        );
    });

    it('gives the same result whatever order the records come in, duplicates included', () => {
        const withDuplicates = dealArb.map((deal) => ({
            ...deal,
            evidence: [
                ...deal.evidence,
                ...deal.evidence.slice(0, 2).map((e) => ({ ...e, State__c: 'No' as const }))
            ],
            members: [
                ...deal.members,
                ...deal.members.slice(0, 1).map((m) => ({ ...m, Coverage__c: 'Brief' as const }))
            ]
        }));
        fc.assert(
            fc.property(
                fc
                    .oneof(dealArb, withDuplicates)
                    .chain((deal) => fc.tuple(fc.constant(deal), reorderedArb(deal))),
                ([deal, reordered]) => {
                    expect(scoreDeal(reordered)).toEqual(scoreDeal(deal));
                }
            )
        );
    });

    it('gives the same result for the same input, and leaves the input as it was', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const copy = structuredClone(deal);
                const first = scoreDeal(deal);
                expect(deal).toEqual(copy);
                expect(scoreDeal(copy)).toEqual(first);
            })
        );
    });

    it('claims for every next best action exactly the points that doing it adds', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const before = scoreDeal(deal);
                for (const action of before.nextActions) {
                    expect(action.gain).toBeGreaterThan(0);
                    const after = scoreDeal(applyActionChange(deal, action.change), undefined, {
                        nextActions: false
                    });
                    expect(after.score - before.score).toBe(action.gain);
                }
                const gains = before.nextActions.map((a) => a.gain);
                expect(gains).toEqual([...gains].sort((a, b) => b - a));
            }),
            { numRuns: 60 }
        );
    });

    it('opens the stage gate exactly when no required criterion so far is unmet', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const { stageGate } = scoreDeal(deal, undefined, { nextActions: false });
                expect(stageGate.canAdvance).toBe(stageGate.blocking.length === 0);
                expect(stageGate.blocking.every((b) => b.state !== 'Yes')).toBe(true);
            })
        );
    });
});

describe('scoreDeal: malformed input', () => {
    it('never throws on a malformed deal, and warns about what it had to guess', () => {
        fc.assert(
            fc.property(malformedDealArb, (input) => {
                const result = scoreDeal(input);
                expect(Number.isInteger(result.score)).toBe(true);
                expect(result.score).toBeGreaterThanOrEqual(0);
                expect(result.score).toBeLessThanOrEqual(100);
                expect(result.warnings.length).toBeGreaterThan(0);
                for (const sentence of sentences(result)) {
                    expect(sentence).not.toMatch(/undefined|\[object|function /);
                }
            }),
            { numRuns: 400 }
        );
    });

    it('never throws on records made of anything at all', () => {
        const anything = fc.anything();
        const recordOf = (fields: string[]) =>
            fc.oneof(anything, fc.record(Object.fromEntries(fields.map((f) => [f, anything]))));
        fc.assert(
            fc.property(
                fc.record({
                    opportunity: recordOf([
                        'Id',
                        'StageName',
                        'Amount',
                        'CloseDate',
                        'LastActivityDate',
                        'CreatedDate',
                        'IsClosed',
                        'IsWon',
                        'Buying_Center__c'
                    ]),
                    evidence: fc.oneof(
                        anything,
                        fc.array(
                            recordOf([
                                'Id',
                                'Stage_Criterion__c',
                                'State__c',
                                'Verified_On__c',
                                'Evidence__c'
                            ])
                        )
                    ),
                    criteria: fc.oneof(
                        anything,
                        fc.array(
                            recordOf([
                                'Id',
                                'Stage__c',
                                'Question__c',
                                'Importance__c',
                                'Required__c',
                                'Active__c',
                                'Sort_Order__c',
                                'Category__c'
                            ])
                        )
                    ),
                    stageOrder: fc.oneof(
                        anything,
                        fc.array(
                            fc.oneof(fc.constantFrom('Prospecting', 'Qualification'), anything)
                        )
                    ),
                    members: fc.oneof(
                        anything,
                        fc.array(
                            recordOf([
                                'Id',
                                'Contact__c',
                                'Buying_Role__c',
                                'Support__c',
                                'Coverage__c',
                                'Influence__c'
                            ])
                        )
                    ),
                    stageHistory: fc.oneof(
                        anything,
                        fc.array(recordOf(['StageName', 'EnteredAt']))
                    ),
                    contacts: fc.oneof(anything, fc.array(recordOf(['Id', 'Name']))),
                    buyingCenterName: anything,
                    asOf: fc.oneof(anything, fc.constant('2026-11-22'))
                }),
                (input) => {
                    const result = scoreDeal(input as unknown as DealScoringInput);
                    expect(Number.isInteger(result.score)).toBe(true);
                    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
                }
            ),
            { numRuns: 300 }
        );
    });
});
