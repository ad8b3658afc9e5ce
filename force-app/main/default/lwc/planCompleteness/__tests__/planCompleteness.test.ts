/** @jest-environment node */
import fc from 'fast-check';
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    OpportunityMapCellRecord
} from 'c/atlasModel';
import { assessPlanCompleteness } from 'c/planCompleteness';
import { loadSamplePlan } from '../../dealScoring/__tests__/sampleDeals';

const account: AccountRecord = { Id: 'a1', Name: 'Global Bank', Industry: 'Banking' };
const complete: BuyingCenterRecord = {
    Id: 'bc1',
    Name: 'Finance',
    Account__c: 'a1',
    Wallet_Size__c: 1000000,
    Wallet_Share__c: 20,
    Sales_Goal__c: 300000,
    Key_Initiatives__c: 'Close the books in three days',
    Relationship_Status__c: 'Credible Source',
    Growth_Trend__c: 'Growing',
    Competitive_Environment__c: 'Rival holds planning',
    Last_Engagement_Date__c: '2026-11-01'
};
const bare: BuyingCenterRecord = {
    Id: 'bc2',
    Name: 'Treasury',
    Account__c: 'a1',
    Wallet_Size__c: 500000
};
const members: BuyingCenterMemberRecord[] = [
    {
        Id: 'm1',
        Buying_Center__c: 'bc1',
        Contact__c: 'c1',
        Buying_Role__c: 'Decision Maker',
        Support__c: 'Supporter'
    }
];
const cells: OpportunityMapCellRecord[] = [
    {
        Id: 'x1',
        Opportunity_Map__c: 'map1',
        Buying_Center__c: 'bc1',
        Solution__c: 's1',
        Status__c: 'Current'
    }
];

describe('assessPlanCompleteness', () => {
    it('scores each tier and lists what is missing with the record and field to fill', () => {
        const result = assessPlanCompleteness({
            account,
            buyingCenters: [bare, complete],
            members,
            mapCells: cells
        });
        // Required: industry, buying centers, and per center wallet, goal, opportunity status, contacts:
        // Finance meets all 4, Treasury none → 6 of 10.
        expect(result.tiers).toEqual([
            { tier: 'required', met: 6, total: 10, percent: 60 },
            { tier: 'recommended', met: 3, total: 6, percent: 50 },
            { tier: 'bestPractice', met: 3, total: 6, percent: 50 }
        ]);
        expect(result.overall).toBe(55);
        expect(result.missing[0]).toEqual({
            tier: 'required',
            code: 'WALLET_SHARE',
            message: 'Treasury: record the wallet size and our share of it.',
            objectApiName: 'Buying_Center__c',
            recordId: 'bc2',
            field: 'Wallet_Share__c'
        });
        expect(result.missing.map((item) => item.code)).toEqual([
            'WALLET_SHARE',
            'SALES_GOAL',
            'OPPORTUNITY_STATUS',
            'CONTACTS',
            'KEY_INITIATIVES',
            'RELATIONSHIP_STATUS',
            'RELATIONSHIP_MAP',
            'GROWTH_TREND',
            'COMPETITIVE_ENVIRONMENT',
            'ENGAGEMENT_HISTORY'
        ]);
    });

    it('asks for buying centers first when there are none, and claims nothing done', () => {
        const result = assessPlanCompleteness({
            account: { Id: 'a1', Name: 'New' },
            buyingCenters: [],
            members: []
        });
        expect(result.missing.map((item) => item.code)).toEqual(['INDUSTRY', 'BUYING_CENTERS']);
        expect(result.tiers.map((tier) => tier.percent)).toEqual([0, 0, 0]);
        expect(result.overall).toBe(0);
    });

    it('keeps every percentage within 0–100 and never throws on malformed records', () => {
        fc.assert(
            fc.property(fc.array(fc.anything()), fc.array(fc.anything()), (centers, people) => {
                const result = assessPlanCompleteness({
                    account,
                    buyingCenters: centers as BuyingCenterRecord[],
                    members: people as BuyingCenterMemberRecord[]
                });
                for (const tier of result.tiers) {
                    expect(tier.percent).toBeGreaterThanOrEqual(0);
                    expect(tier.percent).toBeLessThanOrEqual(100);
                }
            })
        );
    });

    it('gives the same result whatever the order of the buying centers', () => {
        const forward = assessPlanCompleteness({
            account,
            buyingCenters: [complete, bare],
            members,
            mapCells: cells
        });
        const backward = assessPlanCompleteness({
            account,
            buyingCenters: [bare, complete],
            members,
            mapCells: cells
        });
        expect(backward).toEqual(forward);
    });

    it('assesses each sample account as frozen in the golden output', () => {
        const plan = loadSamplePlan();
        const rows = <T>(sobject: string): T[] => (plan.get(sobject) ?? []) as T[];
        const summary = rows<AccountRecord>('Account').map((sample) => {
            const centers = rows<BuyingCenterRecord>('Buying_Center__c').filter(
                (c) => c.Account__c === sample.Id
            );
            const ids = new Set(centers.map((c) => c.Id));
            const result = assessPlanCompleteness({
                account: sample,
                buyingCenters: centers,
                members: rows<BuyingCenterMemberRecord>('Buying_Center_Member__c').filter((m) =>
                    ids.has(m.Buying_Center__c)
                ),
                mapCells: rows<OpportunityMapCellRecord>('Opportunity_Map_Cell__c').filter((c) =>
                    ids.has(c.Buying_Center__c)
                )
            });
            return {
                account: sample.Name,
                tiers: result.tiers.map((t) => `${t.tier} ${t.percent}%`),
                overall: result.overall,
                missing: result.missing.map((m) => m.message)
            };
        });
        expect(summary).toHaveLength(3);
        expect(summary).toMatchSnapshot();
    });
});
