/** @jest-environment node */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] */
// Laws that reward good work: recording more that is not bad news never lowers the score; bad news
// lowers the points and says why; and the same facts give the same result however they arrive —
// shuffled, duplicated, or with blanks as null, '' or absent.
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import fc from 'fast-check';
import type { BuyingCenterMemberRecord, DealEvidenceRecord } from 'c/atlasModel';
import { RELATIONSHIP_SHARES, resolveConfig, scoreDeal } from 'c/dealScoring';
import type { DealScore, DealScoringInput, DealScoringOverrides } from 'c/dealScoring';
import { CRITERIA_COUNT, dealArb, memberArb, reorderedArb } from './arbitraries';

const quick = (deal: DealScoringInput): DealScore => scoreDeal(deal, null, { nextActions: false });

const notOpposing = memberArb('m-new').filter(
    (member) => member.Support__c !== 'Enemy' && member.Support__c !== 'Non-Supporter'
);
const COVERAGE_ORDER = ['No Contact', 'Brief', 'Multiple', 'In Depth'] as const;

/**
 * Scoring settings sales ops could save (the form's whole numbers): any weights and bands, and any
 * unknown credits within their limits — the relationships one at most the no-opposition share.
 */
const percentShare = (max: number) => fc.integer({ min: 0, max }).map((value) => value / 100);
const settingsArb: fc.Arbitrary<DealScoringOverrides> = fc
    .record({
        weights: fc
            .record({
                evidence: fc.integer({ min: 0, max: 100 }),
                qualification: fc.integer({ min: 0, max: 100 }),
                relationships: fc.integer({ min: 0, max: 100 }),
                hygiene: fc.integer({ min: 0, max: 100 })
            })
            .filter((weights) => Object.values(weights).some((weight) => weight > 0)),
        bandLimits: fc
            .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
            .map(([a, b]) => ({ atRisk: Math.min(a, b), watch: Math.max(a, b) })),
        staleActivityDays: fc.integer({ min: 1, max: 365 }),
        defaultDaysInStage: fc.integer({ min: 1, max: 365 }),
        unknownCredits: fc.record({
            evidence: percentShare(100),
            qualification: percentShare(100),
            relationships: percentShare(
                Math.round(RELATIONSHIP_SHARES.noUnaddressedOpposition * 100)
            )
        })
    })
    .map((settings) => Object.freeze(settings));

function expectNotLower(
    better: DealScoringInput,
    deal: DealScoringInput,
    settings: DealScoringOverrides | null = null
): void {
    const before = scoreDeal(deal, settings, { nextActions: false });
    const after = scoreDeal(better, settings, { nextActions: false });
    expect(after.score).toBeGreaterThanOrEqual(before.score);
    expect(after.points.earned).toBeGreaterThanOrEqual(before.points.earned);
}

describe('recording more that is not bad news never lowers the score', () => {
    it('mapping a person who does not oppose us, including the first one', () => {
        fc.assert(
            fc.property(dealArb, notOpposing, (deal, member) => {
                expectNotLower({ ...deal, members: [...deal.members, member] }, deal);
            }),
            { numRuns: 500 }
        );
    });

    it('mapping the first person of an empty buying center, whoever they are unless they oppose us', () => {
        fc.assert(
            fc.property(dealArb, notOpposing, (deal, member) => {
                const nobody = { ...deal, members: [] };
                expectNotLower({ ...nobody, members: [member] }, nobody);
            }),
            { numRuns: 500 }
        );
    });

    it('adding a coach who does not oppose us', () => {
        fc.assert(
            fc.property(dealArb, notOpposing, (deal, member) => {
                const coach: BuyingCenterMemberRecord = { ...member, Buying_Role__c: 'Coach' };
                expectNotLower({ ...deal, members: [...deal.members, coach] }, deal);
            })
        );
    });

    it("raising a supporter's coverage", () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.nat(5),
                fc.constantFrom(...COVERAGE_ORDER),
                (deal, index, coverage) => {
                    const member = deal.members[index];
                    fc.pre(member !== undefined);
                    const from = COVERAGE_ORDER.indexOf(member!.Coverage__c ?? 'No Contact');
                    fc.pre(COVERAGE_ORDER.indexOf(coverage) > from);
                    const supporter = { ...member!, Support__c: 'Supporter' as const };
                    const base = {
                        ...deal,
                        members: deal.members.map((m, i) => (i === index ? supporter : m))
                    };
                    const raised = {
                        ...deal,
                        members: deal.members.map((m, i) =>
                            i === index ? { ...supporter, Coverage__c: coverage } : m
                        )
                    };
                    expectNotLower(raised, base);
                }
            )
        );
    });

    it('recording evidence that is not a No, with the customer’s words', () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.nat(CRITERIA_COUNT - 1),
                fc.constantFrom('In Progress' as const, 'Yes' as const),
                (deal, index, state) => {
                    const criterionId = `c${index}`;
                    fc.pre(!deal.evidence.some((e) => e.Stage_Criterion__c === criterionId));
                    const recorded: DealEvidenceRecord = {
                        Id: 'e-new',
                        Opportunity__c: 'opp1',
                        Stage_Criterion__c: criterionId,
                        State__c: state,
                        Evidence__c: 'The customer confirmed it by email.'
                    };
                    expectNotLower({ ...deal, evidence: [...deal.evidence, recorded] }, deal);
                }
            )
        );
    });

    it('moving a past close date into the future', () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.constantFrom('2026-11-22', '2026-12-31', '2027-06-30'),
                (deal, future) => {
                    const past = {
                        ...deal,
                        opportunity: { ...deal.opportunity, CloseDate: '2026-10-01' }
                    };
                    const moved = {
                        ...deal,
                        opportunity: { ...deal.opportunity, CloseDate: future }
                    };
                    expectNotLower(moved, past);
                }
            )
        );
    });

    it('mapping a person who does not oppose us, the first one included, under any saved settings', () => {
        fc.assert(
            fc.property(
                dealArb,
                notOpposing,
                settingsArb,
                fc.boolean(),
                (deal, member, settings, first) => {
                    const base = first ? { ...deal, members: [] } : deal;
                    expectNotLower({ ...base, members: [...base.members, member] }, base, settings);
                }
            ),
            { numRuns: 500 }
        );
    });

    it('recording evidence and filling a missing amount, under any saved settings', () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.nat(CRITERIA_COUNT - 1),
                settingsArb,
                (deal, index, settings) => {
                    const criterionId = `c${index}`;
                    fc.pre(!deal.evidence.some((e) => e.Stage_Criterion__c === criterionId));
                    const recorded: DealEvidenceRecord = {
                        Id: 'e-new',
                        Opportunity__c: 'opp1',
                        Stage_Criterion__c: criterionId,
                        State__c: 'Yes',
                        Evidence__c: 'The customer confirmed it by email.'
                    };
                    expectNotLower(
                        { ...deal, evidence: [...deal.evidence, recorded] },
                        deal,
                        settings
                    );
                    const missing = { ...deal, opportunity: { ...deal.opportunity, Amount: null } };
                    const filled = {
                        ...deal,
                        opportunity: { ...deal.opportunity, Amount: 250_000 }
                    };
                    expectNotLower(filled, missing, settings);
                }
            )
        );
    });

    it('refuses a "nobody mapped" credit above what a mapped person who does not oppose us earns', () => {
        const most = RELATIONSHIP_SHARES.noUnaddressedOpposition;
        expect(
            resolveConfig({ unknownCredits: { relationships: most } }).unknownCredits.relationships
        ).toBe(most);
        expect(() => resolveConfig({ unknownCredits: { relationships: most + 0.01 } })).toThrow(
            'unknownCredits.relationships must be at most 0.2'
        );
    });

    it('filling a missing amount', () => {
        fc.assert(
            fc.property(dealArb, fc.integer({ min: 1, max: 5_000_000 }), (deal, amount) => {
                const missing = { ...deal, opportunity: { ...deal.opportunity, Amount: null } };
                const filled = { ...deal, opportunity: { ...deal.opportunity, Amount: amount } };
                expectNotLower(filled, missing);
            })
        );
    });
});

describe('bad news lowers the points and says why', () => {
    /** Strictly fewer points shown, a score no higher, and a risk with the given code. */
    function expectLowerWithReason(worse: DealScoringInput, deal: DealScoringInput, code: string) {
        const before = quick(deal);
        const after = quick(worse);
        expect(after.points.earned).toBeLessThan(before.points.earned);
        expect(after.score).toBeLessThanOrEqual(before.score);
        expect(after.risks.map((risk) => risk.code)).toContain(code);
    }

    it('the customer says No to an essential criterion that was met', () => {
        fc.assert(
            fc.property(dealArb, fc.nat(CRITERIA_COUNT - 1), (deal, index) => {
                const criterion = deal.criteria[index]!;
                const open = {
                    ...deal,
                    opportunity: { ...deal.opportunity, StageName: 'Negotiation/Review' },
                    criteria: deal.criteria.map((c, i) =>
                        i === index
                            ? {
                                  ...c,
                                  Importance__c: 'Essential' as const,
                                  Required__c: false,
                                  Active__c: true,
                                  Stage__c: 'Prospecting'
                              }
                            : c
                    )
                };
                const answer = (State__c: 'Yes' | 'No') => ({
                    ...open,
                    evidence: [
                        ...deal.evidence.filter((e) => e.Stage_Criterion__c !== criterion.Id),
                        {
                            Id: 'e-news',
                            Opportunity__c: 'opp1',
                            Stage_Criterion__c: criterion.Id,
                            State__c,
                            Evidence__c: 'What the customer said.'
                        }
                    ]
                });
                expectLowerWithReason(answer('No'), answer('Yes'), 'CUSTOMER_SAID_NO');
            })
        );
    });

    it('the close date slips into the past', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const future = {
                    ...deal,
                    opportunity: { ...deal.opportunity, CloseDate: '2027-01-15' }
                };
                const past = {
                    ...deal,
                    opportunity: { ...deal.opportunity, CloseDate: '2026-11-01' }
                };
                expectLowerWithReason(past, future, 'CLOSE_DATE_PAST');
            })
        );
    });

    it('an influential enemy we have not met turns up', () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                fc.pre(deal.members.length > 0);
                fc.pre(
                    !deal.members.some(
                        (m) =>
                            (m.Support__c === 'Enemy' || m.Support__c === 'Non-Supporter') &&
                            m.Influence__c === 'High'
                    )
                );
                const enemy: BuyingCenterMemberRecord = {
                    Id: 'm-enemy',
                    Buying_Center__c: 'bc1',
                    Contact__c: 'k-enemy',
                    Buying_Role__c: 'Influencer',
                    Influence__c: 'High',
                    Support__c: 'Enemy',
                    Coverage__c: 'No Contact'
                };
                expectLowerWithReason(
                    { ...deal, members: [...deal.members, enemy] },
                    deal,
                    'ENEMY_WITH_HIGH_INFLUENCE'
                );
            })
        );
    });
});

describe('the same facts give the same result however they arrive', () => {
    /** Two records with one id that differ in any field: evidence, criteria and members alike. */
    const withDuplicates = fc
        .tuple(
            dealArb,
            fc.nat(CRITERIA_COUNT - 1),
            fc.boolean(),
            fc.constantFrom('Brief', 'In Depth')
        )
        .map(([deal, index, active, coverage]) => ({
            ...deal,
            criteria: [
                ...deal.criteria,
                {
                    ...deal.criteria[index]!,
                    Active__c: active,
                    Required__c: !deal.criteria[index]!.Required__c
                }
            ],
            evidence: [
                ...deal.evidence,
                ...deal.evidence
                    .slice(0, 1)
                    .map((e) => ({ ...e, Verified_By__c: 'k9', State__c: 'No' as const }))
            ],
            members: [
                ...deal.members,
                ...deal.members.slice(0, 1).map((m) => ({ ...m, Coverage__c: coverage as 'Brief' }))
            ]
        }));

    it('shuffled, with duplicated records (one rule: of one id, the record whose content sorts first)', () => {
        fc.assert(
            fc.property(
                withDuplicates.chain((deal) => fc.tuple(fc.constant(deal), reorderedArb(deal))),
                ([deal, reordered]) => {
                    expect(scoreDeal(reordered)).toEqual(scoreDeal(deal));
                }
            )
        );
    });

    /** Every blank field of every record as null, '' or absent, chosen field by field. */
    function reblanked(deal: DealScoringInput, choices: number[]): DealScoringInput {
        let next = 0;
        const blank = (record: object): object => {
            const copy: Record<string, unknown> = {};
            for (const [field, value] of Object.entries(record)) {
                const blankValue = value === null || value === undefined || value === '';
                const choice = blankValue ? (choices[next++ % choices.length] ?? 0) : -1;
                if (choice === 0) {
                    copy[field] = null;
                } else if (choice === 1) {
                    copy[field] = '';
                } else if (choice === -1) {
                    copy[field] = value;
                }
            }
            return copy;
        };
        const list = <T extends object>(records: readonly T[] | null | undefined) =>
            records ? (records.map(blank) as T[]) : records;
        return {
            ...deal,
            opportunity: blank(deal.opportunity) as DealScoringInput['opportunity'],
            evidence: list(deal.evidence)!,
            criteria: list(deal.criteria)!,
            members: list(deal.members)!,
            contacts: list(deal.contacts)
        };
    }

    it("reads a blank field alike whether it is null, '' or absent", () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 40 }),
                (deal, choices) => {
                    expect(scoreDeal(reblanked(deal, choices))).toEqual(
                        scoreDeal(reblanked(deal, [0]))
                    );
                }
            )
        );
    });

    it('a Yes with no words of the customer counts as In Progress, whatever form the blank takes', () => {
        const deal = (Evidence__c?: string | null): DealScoringInput => ({
            opportunity: { Id: 'opp1', Name: 'Deal', StageName: 'Prospecting', IsClosed: false },
            criteria: [{ Id: 'c0', Question__c: 'Q?', Stage__c: 'Prospecting' }],
            evidence: [
                {
                    Id: 'e0',
                    Opportunity__c: 'opp1',
                    Stage_Criterion__c: 'c0',
                    State__c: 'Yes',
                    Verified_By__c: 'k1',
                    ...(Evidence__c === undefined ? {} : { Evidence__c })
                }
            ],
            stageOrder: ['Prospecting'],
            members: [],
            asOf: '2026-11-22'
        });
        const blanks = [deal(), deal(null), deal('')].map((input) => scoreDeal(input));
        expect(blanks[1]).toEqual(blanks[0]);
        expect(blanks[2]).toEqual(blanks[0]);
        expect(blanks[0]!.factors[0]!.details[0]!.status).toBe('in progress');
        expect(scoreDeal(deal('Signed off by the CFO.')).factors[0]!.details[0]!.status).toBe(
            'met'
        );
    });

    it('a Yes no customer contact verified counts as In Progress in the score and the gate alike', () => {
        // A stage criterion is a customer-verifiable outcome: the rep's Yes alone is an opinion.
        const deal = (Verified_By__c?: string | null): DealScoringInput => ({
            opportunity: { Id: 'opp1', Name: 'Deal', StageName: 'Prospecting', IsClosed: false },
            criteria: [{ Id: 'c0', Question__c: 'Q?', Stage__c: 'Prospecting', Required__c: true }],
            evidence: [
                {
                    Id: 'e0',
                    Opportunity__c: 'opp1',
                    Stage_Criterion__c: 'c0',
                    State__c: 'Yes',
                    Evidence__c: 'Signed off by the CFO.',
                    ...(Verified_By__c === undefined ? {} : { Verified_By__c })
                }
            ],
            stageOrder: ['Prospecting', 'Qualification'],
            members: [],
            asOf: '2026-11-22'
        });
        const unverified = [deal(), deal(null), deal(''), deal('  ')].map((input) =>
            scoreDeal(input)
        );
        for (const result of unverified) {
            expect(result).toEqual(unverified[0]);
            expect(result.factors[0]!.details[0]!.status).toBe('in progress');
            expect(result.stageGate.canAdvance).toBe(false);
            expect(result.stageGate.blocking[0]!.state).toBe('In Progress');
            expect(result.warnings.map((w) => inEnglish(w.message))).toEqual([
                'Evidence e0 is marked Yes but names no customer contact who verified it; counted as In Progress until it does.'
            ]);
        }
        const verified = scoreDeal(deal('003Dn0000000001AAA'));
        expect(verified.factors[0]!.details[0]!.status).toBe('met');
        expect(verified.stageGate.canAdvance).toBe(true);
        expect(verified.score).toBeGreaterThan(unverified[0]!.score);
    });
});
