// A small deal worked out by hand, and builders for the records the tests vary.
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import type { DealScoringInput } from 'c/dealScoring';

export const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis'];

export function criterion(
    Id: string,
    Stage__c: string | null,
    Importance__c: StageCriterionRecord['Importance__c'],
    extra: Partial<StageCriterionRecord> = {}
): StageCriterionRecord {
    return {
        Id,
        Stage__c,
        Importance__c,
        Question__c: `Question ${Id}.`,
        Active__c: true,
        ...extra
    };
}

export function evidence(
    Id: string,
    Stage_Criterion__c: string,
    State__c: DealEvidenceRecord['State__c'],
    extra: Partial<DealEvidenceRecord> = {}
): DealEvidenceRecord {
    // A Yes counts as met with the customer's words and the contact who verified it; the fixture
    // writes both unless told not to.
    const words =
        State__c === 'Yes'
            ? {
                  Evidence__c: `What the customer said for ${Stage_Criterion__c}.`,
                  Verified_By__c: `verifier-${Stage_Criterion__c}`
              }
            : {};
    return { Id, Opportunity__c: 'opp1', Stage_Criterion__c, State__c, ...words, ...extra };
}

export function member(
    Id: string,
    fields: Partial<BuyingCenterMemberRecord>
): BuyingCenterMemberRecord {
    return { Id, Buying_Center__c: 'bc1', Contact__c: `contact-${Id}`, ...fields };
}

/**
 * A deal in Qualification, worked out by hand:
 * evidence  c1 Essential Yes (4×2) + c2 Important In Progress (2×1) + c3 Nice to Have unassessed
 *           = 10 of 14 → 40 × 10/14 = 28.57;
 * qualification  q1 Important Yes (2×2) + q2 Very Important unassessed = 4 of 10 → 20 × 0.4 = 8;
 * relationships  supportive engaged decision maker, a coach, no opposition, two engaged = 25;
 * hygiene  close date ahead, activity 7 days ago, amount and buying center set = 15.
 * Score 76.57 → 77, Healthy.
 */
export function baseDeal(): DealScoringInput {
    return {
        opportunity: {
            Id: 'opp1',
            Name: 'Risk analytics platform',
            StageName: 'Qualification',
            Amount: 100000,
            CloseDate: '2026-12-31',
            LastActivityDate: '2026-11-15',
            Buying_Center__c: 'bc1',
            IsClosed: false
        },
        criteria: [
            criterion('c1', 'Prospecting', 'Essential', { Required__c: true }),
            criterion('c2', 'Qualification', 'Important', { Required__c: true }),
            criterion('c3', 'Qualification', 'Nice to Have'),
            criterion('c4', 'Needs Analysis', 'Essential', { Required__c: true }),
            criterion('q1', null, 'Important', { Category__c: 'Is there an opportunity?' }),
            criterion('q2', null, 'Very Important', { Category__c: 'Can we win?' })
        ],
        evidence: [
            evidence('e1', 'c1', 'Yes'),
            evidence('e2', 'c2', 'In Progress'),
            evidence('e3', 'q1', 'Yes')
        ],
        stageOrder: STAGES,
        members: [
            // MEDDICC's E and C: the economic buyer supports us; the champion passed all three tests.
            member('m1', {
                Buying_Role__c: 'Economic Buyer',
                Support__c: 'Supporter',
                Coverage__c: 'Multiple',
                Influence__c: 'High'
            }),
            member('m2', {
                Buying_Role__c: 'Champion',
                Support__c: 'Mentor',
                Coverage__c: 'Brief',
                Influence__c: 'Medium',
                ...TESTED_CHAMPION
            }),
            member('m3', {
                Buying_Role__c: 'Evaluator',
                Support__c: 'Neutral',
                Coverage__c: 'In Depth',
                Influence__c: 'Medium'
            })
        ],
        asOf: '2026-11-22'
    };
}

/** A champion's three MEDDICC tests, passed and verified (as the score counts them). */
export const TESTED_CHAMPION = {
    Champion_Access_Test__c: 'Passed',
    Champion_Access_Verified_By__c: 'u1',
    Champion_Access_Verified_On__c: '2026-11-10',
    Champion_Sells_Test__c: 'Passed',
    Champion_Sells_Verified_By__c: 'u1',
    Champion_Sells_Verified_On__c: '2026-11-10',
    Champion_Gains_Test__c: 'Passed',
    Champion_Gains_Verified_By__c: 'u1',
    Champion_Gains_Verified_On__c: '2026-11-10'
} as const;

/** The deal with some of its parts replaced. */
export function dealWith(changes: Partial<DealScoringInput>): DealScoringInput {
    return { ...baseDeal(), ...changes };
}

export function opportunityWith(
    fields: Partial<DealScoringInput['opportunity']>
): DealScoringInput {
    const deal = baseDeal();
    return { ...deal, opportunity: { ...deal.opportunity, ...fields } };
}
