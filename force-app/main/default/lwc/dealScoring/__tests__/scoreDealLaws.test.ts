/** @jest-environment node */
import fc from 'fast-check';
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    EvidenceState,
    StageCriterionRecord
} from 'c/atlasModel';
import { scoreDeal } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';

const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal/Price Quote'];
const IMPORTANCE = ['Nice to Have', 'Important', 'Very Important', 'Essential'] as const;
const STATES: EvidenceState[] = ['No', 'In Progress', 'Yes'];
const ROLES = [
    'Decision Maker',
    'Approver',
    'Evaluator',
    'Influencer',
    'User',
    'Gatekeeper',
    'Coach'
] as const;
const SUPPORT = ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'] as const;
const COVERAGE = ['No Contact', 'Brief', 'Multiple', 'In Depth'] as const;
const INFLUENCE = ['High', 'Medium', 'Low'] as const;

const criterionArb = (index: number) =>
    fc
        .record({
            Stage__c: fc.constantFrom<string | null>(null, ...STAGES),
            Importance__c: fc.constantFrom(...IMPORTANCE),
            Required__c: fc.boolean()
        })
        .map((fields): StageCriterionRecord => ({
            Id: `c${index}`,
            Question__c: `Question ${index}`,
            Active__c: true,
            ...fields
        }));

const memberArb = (index: number) =>
    fc
        .record({
            Buying_Role__c: fc.constantFrom(...ROLES),
            Support__c: fc.constantFrom(...SUPPORT),
            Coverage__c: fc.constantFrom(...COVERAGE),
            Influence__c: fc.constantFrom(...INFLUENCE)
        })
        .map((fields): BuyingCenterMemberRecord => ({
            Id: `m${index}`,
            Buying_Center__c: 'bc1',
            Contact__c: `k${index}`,
            ...fields
        }));

const dealArb: fc.Arbitrary<DealScoringInput> = fc
    .record({
        criteria: fc.tuple(...Array.from({ length: 8 }, (_, i) => criterionArb(i))),
        states: fc.array(fc.constantFrom<EvidenceState | undefined>(undefined, ...STATES), {
            minLength: 8,
            maxLength: 8
        }),
        members: fc
            .integer({ min: 0, max: 5 })
            .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(i)))),
        stage: fc.constantFrom(...STAGES),
        amount: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
        closeDate: fc.constantFrom('2026-10-01', '2026-12-31', '2027-03-31'),
        lastActivity: fc.option(fc.constantFrom('2026-08-01', '2026-11-20'))
    })
    .map(({ criteria, states, members, stage, amount, closeDate, lastActivity }) => ({
        opportunity: {
            Id: 'opp1',
            Name: 'Deal',
            StageName: stage,
            Amount: amount,
            CloseDate: closeDate,
            LastActivityDate: lastActivity,
            Buying_Center__c: 'bc1',
            IsClosed: false
        },
        criteria,
        evidence: criteria.flatMap((criterion, i): DealEvidenceRecord[] =>
            states[i]
                ? [
                      {
                          Id: `e${i}`,
                          Opportunity__c: 'opp1',
                          Stage_Criterion__c: criterion.Id,
                          State__c: states[i]
                      }
                  ]
                : []
        ),
        stageOrder: STAGES,
        members,
        asOf: '2026-11-22'
    }));

function shuffled<T>(items: readonly T[], seed: number): T[] {
    const copy = [...items];
    let state = seed || 1;
    for (let i = copy.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
}

describe('scoreDeal: laws', () => {
    it('always gives an integer score from 0 to 100 and the band that score belongs in', () => {
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

    it('never lowers the score when a criterion gains evidence or its state rises', () => {
        fc.assert(
            fc.property(dealArb, fc.integer({ min: 0, max: 7 }), (deal, index) => {
                const criterionId = `c${index}`;
                const raised = {
                    ...deal,
                    evidence: [
                        ...deal.evidence.filter(
                            (record) => record.Stage_Criterion__c !== criterionId
                        ),
                        {
                            Id: `e${index}`,
                            Opportunity__c: 'opp1',
                            Stage_Criterion__c: criterionId,
                            State__c: 'Yes' as const
                        }
                    ]
                };
                expect(scoreDeal(raised).score).toBeGreaterThanOrEqual(scoreDeal(deal).score);
            })
        );
    });

    it('never lowers the score when a supportive, engaged decision maker joins', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const joined = {
                    ...deal,
                    members: [
                        ...deal.members,
                        {
                            Id: 'm-new',
                            Buying_Center__c: 'bc1',
                            Contact__c: 'k-new',
                            Buying_Role__c: 'Decision Maker' as const,
                            Support__c: 'Supporter' as const,
                            Coverage__c: 'Multiple' as const,
                            Influence__c: 'High' as const
                        }
                    ]
                };
                expect(scoreDeal(joined).score).toBeGreaterThanOrEqual(scoreDeal(deal).score);
            })
        );
    });

    it('gives the same result whatever the order of criteria, evidence and members', () => {
        fc.assert(
            fc.property(dealArb, fc.integer({ min: 1, max: 1000 }), (deal, seed) => {
                const reordered = {
                    ...deal,
                    criteria: shuffled(deal.criteria, seed),
                    evidence: shuffled(deal.evidence, seed + 1),
                    members: shuffled(deal.members, seed + 2)
                };
                expect(scoreDeal(reordered)).toEqual(scoreDeal(deal));
            })
        );
    });

    it('gives the same result for the same input', () => {
        fc.assert(
            fc.property(dealArb, (deal) =>
                expect(scoreDeal(deal)).toEqual(scoreDeal(structuredClone(deal)))
            )
        );
    });

    it('claims for each evidence action exactly the gain that meeting the criterion brings', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const before = scoreDeal(deal);
                for (const action of before.nextActions.filter((a) => a.criterionId)) {
                    const met = {
                        ...deal,
                        evidence: [
                            ...deal.evidence.filter(
                                (record) => record.Stage_Criterion__c !== action.criterionId
                            ),
                            {
                                Id: 'met',
                                Opportunity__c: 'opp1',
                                Stage_Criterion__c: action.criterionId!,
                                State__c: 'Yes' as const
                            }
                        ]
                    };
                    expect(scoreDeal(met).score - before.score).toBe(action.gain);
                    expect(action.gain).toBeGreaterThan(0);
                }
            })
        );
    });

    it('turns any malformed record into a result with warnings instead of an exception', () => {
        const junk = fc.anything();
        fc.assert(
            fc.property(
                fc.record({
                    opportunity: fc.oneof(
                        junk,
                        fc.record({
                            Id: junk,
                            StageName: junk,
                            Amount: fc.oneof(junk, fc.constant(Number.NaN), fc.constant(-5)),
                            CloseDate: junk,
                            LastActivityDate: junk,
                            Buying_Center__c: junk,
                            IsClosed: junk
                        })
                    ),
                    evidence: fc.oneof(
                        junk,
                        fc.array(
                            fc.oneof(
                                junk,
                                fc.record({
                                    Id: junk,
                                    Stage_Criterion__c: fc.constantFrom('c1', 'nope'),
                                    State__c: junk
                                })
                            )
                        )
                    ),
                    criteria: fc.oneof(
                        junk,
                        fc.array(
                            fc.oneof(
                                junk,
                                fc.record({
                                    Id: fc.constantFrom('c1', 'c2'),
                                    Stage__c: junk,
                                    Importance__c: junk,
                                    Required__c: junk,
                                    Active__c: junk,
                                    Question__c: junk
                                })
                            )
                        )
                    ),
                    stageOrder: fc.oneof(junk, fc.array(fc.oneof(fc.string(), junk))),
                    members: fc.oneof(
                        junk,
                        fc.array(
                            fc.oneof(
                                junk,
                                fc.record({
                                    Id: junk,
                                    Buying_Role__c: junk,
                                    Support__c: junk,
                                    Coverage__c: junk,
                                    Influence__c: junk
                                })
                            )
                        )
                    ),
                    stageHistory: fc.oneof(
                        junk,
                        fc.array(fc.oneof(junk, fc.record({ StageName: junk, EnteredAt: junk })))
                    ),
                    asOf: fc.oneof(junk, fc.constant('2026-11-22'))
                }),
                (input) => {
                    const result = scoreDeal(input as unknown as DealScoringInput);
                    expect(result.score).toBeGreaterThanOrEqual(0);
                    expect(result.score).toBeLessThanOrEqual(100);
                    expect(Array.isArray(result.warnings)).toBe(true);
                }
            ),
            { numRuns: 300 }
        );
    });

    it('warns about a negative amount and reads it as missing', () => {
        const result = scoreDeal({
            opportunity: {
                Id: 'o',
                Name: 'Deal',
                StageName: 'Prospecting',
                Amount: -5,
                CloseDate: '2026-12-01'
            },
            evidence: [],
            criteria: [],
            stageOrder: STAGES,
            members: [],
            asOf: '2026-11-22'
        });
        expect(result.warnings).toContain(
            'The amount "-5" is not a valid amount; read as missing.'
        );
        expect(result.risks.map((risk) => risk.code)).toContain('NO_AMOUNT');
    });
});
