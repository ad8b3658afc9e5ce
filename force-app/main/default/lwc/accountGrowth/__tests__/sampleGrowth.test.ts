/** @jest-environment node */
// The growth of the three sample accounts, as the Account Growth tab shows it on the sample day:
// each figure checked against the sample records it comes from.
import { accountGrowth, growthInputFrom } from 'c/accountGrowth';
import type { AccountGrowth } from 'c/accountGrowth';
import { loadSamplePlan, SAMPLE_AS_OF } from '../../pipelineHealth/__tests__/samplePlan';

const plan = loadSamplePlan();

function growthOf(accountName: string): AccountGrowth {
    const account = plan.accounts.find((candidate) => candidate.Name === accountName);
    const accountId = account?.Id ?? '';
    const centers = plan.buyingCenters.filter((center) => center.Account__c === accountId);
    const centerIds = new Set(centers.map((center) => center.Id));
    const contactNames = new Map(plan.contacts.map((contact) => [contact.Id, contact.Name]));
    const lastScore = (dealId: string, stored: number | null | undefined): number | null => {
        const [last] = plan.snapshots
            .filter((snapshot) => snapshot.Opportunity__c === dealId)
            .sort((a, b) => (b.Taken_At__c ?? '').localeCompare(a.Taken_At__c ?? ''));
        return last?.Score__c ?? stored ?? null;
    };
    return accountGrowth(
        growthInputFrom({
            today: SAMPLE_AS_OF,
            buyingCenters: centers,
            members: plan.members
                .filter((member) => centerIds.has(member.Buying_Center__c))
                .map((member) => ({
                    ...member,
                    contactName: contactNames.get(member.Contact__c) ?? ''
                })),
            maps: plan.maps.filter((map) => map.Account__c === accountId),
            cells: plan.cells,
            solutions: plan.solutions,
            deals: plan.opportunities
                .filter((deal) => deal.AccountId === accountId)
                .map((deal) => ({ ...deal, score: lastScore(deal.Id, deal.Deal_Score__c) })),
            objectives: plan.objectives.filter((objective) => objective.Account__c === accountId)
        })
    );
}

describe('account growth of the sample accounts', () => {
    // Every Current cell of the three FY2027 maps with a renewal date renews inside the plan
    // period; that alone is no risk. At risk is what a named risk threatens: Meridian's retired
    // Legacy On-Prem Reporting (120,000); Kestrel's retired Finance reporting (60,000) and Supply
    // Chain's CDP beside Vantage Analytics (95,000); Cascade's IT business beside Helix Data
    // (45,000 + 340,000) and single-threaded Revenue Cycle (350,000). No deal keeps any of it yet.
    it.each([
        ['Meridian Global Bank', 3_630_000, 3_630_000, 120_000, 0, 4_272_850, 1_950_000, 117.7],
        [
            'Kestrel Precision Manufacturing',
            715_000,
            620_000,
            155_000,
            0,
            1_018_700,
            250_000,
            142.5
        ],
        ['Cascade Valley Health', 1_010_000, 1_010_000, 735_000, 0, 1_657_900, 1_070_000, 164.1]
    ])(
        '%s: base %d, renewing %d, at risk %d, kept %d, weighted pipeline %d, white space %d',
        (name, base, renewing, atRisk, kept, pipeline, whiteSpace, share) => {
            const { account } = growthOf(name);
            expect(account).toEqual({
                base,
                renewing,
                atRisk,
                kept,
                notKept: atRisk - kept,
                weightedPipeline: pipeline,
                whiteSpace,
                newBusiness: pipeline + whiteSpace,
                netGrowth: kept + pipeline,
                netGrowthShare: share
            });
        }
    );

    it('names what puts Meridian current business at risk and what its pipeline is weighted by', () => {
        const centers = growthOf('Meridian Global Bank').centers;
        const technology = centers.find((center) => center.name === 'Group Technology');
        // The map's Current cells: Integration Hub 890,000 renewing 2027-09-30 and Legacy On-Prem
        // Reporting 120,000 renewing 2027-03-31, both inside FY2027: only the retired one is at risk.
        expect(
            technology?.baseItems.map((item) => [item.name, item.value, item.renewal, item.risks])
        ).toEqual([
            ['Integration Hub', 890_000, '2027-09-30', []],
            [
                'Legacy On-Prem Reporting',
                120_000,
                '2027-03-31',
                // Retired: the Account Summary's current business (the map's grid) leaves it out.
                [{ code: 'RETIRED_SOLUTION', detail: 'Legacy On-Prem Reporting' }]
            ]
        ]);
        // Enterprise AI Assistant: 2,400,000 at its last weekly score, 66.
        expect(technology?.pipeline).toEqual([
            expect.objectContaining({ amount: 2_400_000, weight: 66, weighted: 1_584_000 })
        ]);
        expect(
            growthOf('Kestrel Precision Manufacturing')
                .centers.find((center) => center.name === 'Finance')
                ?.baseItems[0]?.risks.map((risk) => risk.code)
        ).toEqual(['WEAK_RELATIONSHIP', 'SINGLE_THREADED', 'RETIRED_SOLUTION']);
    });

    it('measures the objectives that name their growth against the matching figure', () => {
        expect(growthOf('Meridian Global Bank').objectives).toEqual([
            expect.objectContaining({ kind: 'Retain', target: 1_010_000, achieved: 0, percent: 0 })
        ]);
        // Supply Chain's weighted pipeline: Supply Chain Integration 540,000 × 75%.
        expect(growthOf('Kestrel Precision Manufacturing').objectives).toEqual([
            expect.objectContaining({
                kind: 'Grow',
                target: 900_000,
                achieved: 405_000,
                percent: 45
            })
        ]);
        expect(growthOf('Cascade Valley Health').objectives).toEqual([
            expect.objectContaining({
                kind: 'Grow',
                buyingCenterId: null,
                target: 1_000_000,
                achieved: 1_657_900,
                percent: 100
            })
        ]);
    });
});
