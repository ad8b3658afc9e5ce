// fast-check generators: well-formed deals of every shape, and the ways real records go wrong.
import fc from 'fast-check';
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    EvidenceState,
    StageChange,
    StageCriterionRecord
} from 'c/atlasModel';
import {
    BUYING_ROLES as ROLES,
    COVERAGES as COVERAGE,
    CRITERION_CATEGORIES as CATEGORIES,
    CRITERION_IMPORTANCES as IMPORTANCE,
    EVIDENCE_STATES,
    INFLUENCES as INFLUENCE,
    SUPPORTS as SUPPORT
} from 'c/atlasModel';
import type { DealScoringInput } from 'c/dealScoring';

export const STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Proposal/Price Quote',
    'Negotiation/Review'
];
export const STATES: readonly EvidenceState[] = EVIDENCE_STATES;
export const CRITERIA_COUNT = 8;

const day = fc
    .integer({ min: 0, max: 400 })
    .map((offset) =>
        new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
    );

const criterionArb = (index: number): fc.Arbitrary<StageCriterionRecord> =>
    fc
        .record({
            Stage__c: fc.constantFrom<string | null>(null, ...STAGES),
            Category__c: fc.constantFrom(...CATEGORIES),
            Importance__c: fc.option(fc.constantFrom(...IMPORTANCE), { freq: 6 }),
            Required__c: fc.boolean(),
            Active__c: fc.option(fc.boolean(), { freq: 4 }),
            Sort_Order__c: fc.option(fc.integer({ min: 1, max: 9 }))
        })
        .map((fields) => ({ Id: `c${index}`, Question__c: `Question ${index}.`, ...fields }));

export const memberArb = (id: string): fc.Arbitrary<BuyingCenterMemberRecord> =>
    fc
        .record({
            Buying_Role__c: fc.option(fc.constantFrom(...ROLES), { freq: 6 }),
            Support__c: fc.option(fc.constantFrom(...SUPPORT), { freq: 6 }),
            Coverage__c: fc.option(fc.constantFrom(...COVERAGE), { freq: 6 }),
            Influence__c: fc.option(fc.constantFrom(...INFLUENCE), { freq: 6 }),
            Contact__c: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7')
        })
        .map((fields) => ({ Id: id, Buying_Center__c: 'bc1', ...fields }));

const historyArb: fc.Arbitrary<StageChange[] | undefined> = fc.option(
    fc.array(fc.record({ StageName: fc.constantFrom(...STAGES), EnteredAt: day }), {
        maxLength: 5
    }),
    { nil: undefined }
);

/** A well-formed open deal: every record typed as the platform sends it. */
export const dealArb: fc.Arbitrary<DealScoringInput> = fc
    .record({
        criteria: fc.tuple(...Array.from({ length: CRITERIA_COUNT }, (_, i) => criterionArb(i))),
        answers: fc.array(
            fc.option(
                fc.record({
                    state: fc.option(fc.constantFrom(...STATES), { freq: 8 }),
                    verifiedOn: fc.option(day),
                    // The customer's words: almost always there (the org requires them with Yes).
                    words: fc.option(fc.constant('The customer said so in writing.'), { freq: 12 })
                }),
                { freq: 2 }
            ),
            { minLength: CRITERIA_COUNT, maxLength: CRITERIA_COUNT }
        ),
        memberCount: fc.integer({ min: 0, max: 6 }),
        members: fc.tuple(...Array.from({ length: 6 }, (_, i) => memberArb(`m${i}`))),
        stage: fc.constantFrom(...STAGES),
        amount: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
        closeDate: fc.option(day, { freq: 8 }),
        lastActivity: fc.option(day),
        buyingCenter: fc.option(fc.constant('bc1'), { freq: 8 }),
        stageHistory: historyArb,
        named: fc.boolean()
    })
    .map((d) => ({
        opportunity: {
            Id: 'opp1',
            Name: 'Deal',
            StageName: d.stage,
            Amount: d.amount,
            CloseDate: d.closeDate,
            LastActivityDate: d.lastActivity,
            Buying_Center__c: d.buyingCenter,
            IsClosed: false
        },
        criteria: d.criteria,
        evidence: d.criteria.flatMap((criterion, i): DealEvidenceRecord[] => {
            const answer = d.answers[i];
            return answer
                ? [
                      {
                          Id: `e${i}`,
                          Opportunity__c: 'opp1',
                          Stage_Criterion__c: criterion.Id,
                          State__c: answer.state,
                          Verified_On__c: answer.verifiedOn,
                          Verified_By__c: 'k-verifier',
                          Evidence__c: answer.words
                      }
                  ]
                : [];
        }),
        stageOrder: STAGES,
        members: d.members.slice(0, d.memberCount),
        stageHistory: d.stageHistory,
        contacts: d.named
            ? ['k1', 'k2', 'k3', 'k4'].map((Id, i) => ({ Id, Name: `Person ${i + 1}` }))
            : undefined,
        buyingCenterName: d.named ? 'Finance' : undefined,
        asOf: '2026-11-22'
    }));

/** The deal with every list in another order. */
export function reorderedArb(deal: DealScoringInput): fc.Arbitrary<DealScoringInput> {
    const permutation = <T>(items: readonly T[] | null | undefined) =>
        items ? fc.shuffledSubarray([...items], { minLength: items.length }) : fc.constant(items);
    return fc
        .record({
            criteria: permutation(deal.criteria),
            evidence: permutation(deal.evidence),
            members: permutation(deal.members),
            stageHistory: permutation(deal.stageHistory),
            contacts: permutation(deal.contacts)
        })
        .map((lists) => ({ ...deal, ...lists }) as DealScoringInput);
}

const notARecord = fc
    .anything()
    .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value));
const notADate = fc.oneof(
    fc.constantFrom('2026-02-30', 'tomorrow', '', '22/11/2026', '2026-13-01'),
    fc.integer(),
    fc.boolean(),
    fc.object()
);

/** A list that an earlier corruption may have replaced with something else. */
const asList = <T>(value: readonly T[] | null | undefined): T[] =>
    Array.isArray(value) ? [...value] : [];

type Corruption = (deal: DealScoringInput) => fc.Arbitrary<DealScoringInput>;
const withOpportunity = (deal: DealScoringInput, fields: object): DealScoringInput => ({
    ...deal,
    opportunity: { ...deal.opportunity, ...fields }
});

/** Ways real records go wrong; each one must show up as a warning. */
export const CORRUPTIONS: readonly [string, Corruption][] = [
    [
        'a bad amount',
        (deal) =>
            fc
                .oneof(
                    fc.constant(Number.NaN),
                    fc.constant(Number.POSITIVE_INFINITY),
                    fc.integer({ max: -1 }),
                    // Not '': an empty string is blank, like null (see values.ts blanksAsNull).
                    fc.string({ minLength: 1 }),
                    fc.object()
                )
                .map((Amount) => withOpportunity(deal, { Amount }))
    ],
    [
        'a close date that is not a date',
        (deal) =>
            notADate
                .filter((CloseDate) => CloseDate !== '')
                .map((CloseDate) => withOpportunity(deal, { CloseDate }))
    ],
    [
        'a stage outside the process',
        (deal) =>
            fc
                .oneof(fc.constantFrom('Id. Decision Makers', 'Perception Analysis'), fc.integer())
                .map((StageName) => withOpportunity(deal, { StageName }))
    ],
    [
        'dates out of order',
        (deal) =>
            fc.constant(
                withOpportunity(deal, {
                    CreatedDate: '2028-01-01T00:00:00.000Z',
                    CloseDate: '2027-06-30'
                })
            )
    ],
    [
        'evidence for an unknown criterion',
        (deal) =>
            fc.constantFrom('c404', '', null).map((criterionId) => ({
                ...deal,
                evidence: [
                    ...asList(deal.evidence),
                    {
                        Id: 'e-x',
                        Opportunity__c: 'opp1',
                        Stage_Criterion__c: criterionId as string,
                        State__c: 'Yes' as const
                    }
                ]
            }))
    ],
    [
        'duplicate evidence',
        (deal) =>
            fc.integer({ min: 0, max: CRITERIA_COUNT - 1 }).chain((i) =>
                fc.constantFrom(...STATES).map((State__c) => ({
                    ...deal,
                    evidence: [
                        ...asList(deal.evidence),
                        {
                            Id: 'e-dup-a',
                            Opportunity__c: 'opp1',
                            Stage_Criterion__c: `c${i}`,
                            State__c
                        },
                        {
                            Id: 'e-dup-b',
                            Opportunity__c: 'opp1',
                            Stage_Criterion__c: `c${i}`,
                            State__c: 'No' as const
                        }
                    ]
                }))
            )
    ],
    [
        'an unknown evidence state',
        (deal) =>
            fc
                .oneof(fc.constantFrom('Maybe', 'yes', 'Done'), fc.integer(), fc.object())
                .map((State__c) => ({
                    ...deal,
                    evidence: [
                        // An earlier junk case may have put null or a number in the list.
                        ...asList(deal.evidence).filter(
                            (record) =>
                                !(
                                    typeof record === 'object' &&
                                    record !== null &&
                                    record.Stage_Criterion__c === 'c0'
                                )
                        ),
                        {
                            Id: 'e-odd',
                            Opportunity__c: 'opp1',
                            Stage_Criterion__c: 'c0',
                            State__c: State__c as EvidenceState
                        }
                    ]
                }))
    ],
    [
        'junk in a list',
        (deal) =>
            fc
                .tuple(
                    fc.constantFrom('evidence', 'criteria', 'members', 'stageHistory'),
                    notARecord
                )
                .map(([list, item]) => ({
                    ...deal,
                    [list]: [...asList(deal[list as keyof DealScoringInput] as unknown[]), item]
                }))
    ],
    [
        'a list that is not a list',
        (deal) =>
            fc
                .tuple(
                    fc.constantFrom('evidence', 'criteria', 'members', 'stageOrder'),
                    fc.oneof(fc.string(), fc.integer(), fc.object(), fc.constant(null))
                )
                .map(([list, value]) => ({ ...deal, [list]: value }))
    ],
    [
        'a member with unknown values or no id',
        (deal) =>
            fc
                .oneof(
                    fc.record({
                        Id: fc.constant('m-odd'),
                        Buying_Role__c: fc.constantFrom('Sponsor', 'CFO')
                    }),
                    fc.record({ Id: fc.constant('m-odd'), Coverage__c: fc.integer() }),
                    fc.record({ Id: fc.oneof(fc.constant(''), fc.integer(), fc.constant(null)) })
                )
                .map((member) => ({
                    ...deal,
                    members: [
                        ...asList(deal.members),
                        member as unknown as BuyingCenterMemberRecord
                    ]
                }))
    ],
    [
        'a bad stage history entry',
        (deal) =>
            fc
                .oneof(
                    fc.record({ StageName: fc.constantFrom('Qualification'), EnteredAt: notADate }),
                    fc.record({
                        StageName: fc.oneof(fc.integer(), fc.constant('')),
                        EnteredAt: fc.constant('2026-10-01')
                    }),
                    fc.record({
                        StageName: fc.constant('Qualification'),
                        EnteredAt: fc.constant('2030-01-01')
                    })
                )
                .map((entry) => ({
                    ...deal,
                    stageHistory: [...asList(deal.stageHistory), entry as unknown as StageChange]
                }))
    ],
    ['no "as of" date', (deal) => notADate.map((asOf) => ({ ...deal, asOf: asOf as string }))]
];

/** A deal with one to three of the corruptions above, or something that is not a deal at all. */
export const malformedDealArb: fc.Arbitrary<DealScoringInput> = fc.oneof(
    {
        weight: 9,
        arbitrary: fc
            .tuple(dealArb, fc.shuffledSubarray([...CORRUPTIONS], { minLength: 1, maxLength: 3 }))
            .chain(([deal, corruptions]) =>
                corruptions.reduce<fc.Arbitrary<DealScoringInput>>(
                    (arb, [, corrupt]) => arb.chain(corrupt),
                    fc.constant(deal)
                )
            )
    },
    { weight: 1, arbitrary: fc.anything().map((junk) => junk as DealScoringInput) }
);
