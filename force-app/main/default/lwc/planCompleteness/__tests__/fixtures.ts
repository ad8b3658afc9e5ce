// A small account plan worked out by hand (see planCompleteness.test.ts).
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    OpportunityMapCellRecord
} from 'c/atlasModel';
import type { PlanInput } from 'c/planCompleteness';

export const ACCOUNT: AccountRecord = { Id: 'a1', Name: 'Global Bank', Industry: 'Banking' };

/** Every item of the checklist filled in. */
export const FINANCE: BuyingCenterRecord = {
    Id: 'bc1',
    Name: 'Finance',
    Account__c: 'a1',
    Wallet_Size__c: 1_000_000,
    Wallet_Share__c: 20,
    Sales_Goal__c: 300_000,
    Key_Initiatives__c: 'Close the books in three days',
    Relationship_Status__c: 'Credible Source',
    Growth_Trend__c: 'Growing',
    Competitive_Environment__c: 'Rival holds planning',
    Last_Engagement_Date__c: '2026-11-01'
};

/** Only the wallet size. */
export const TREASURY: BuyingCenterRecord = {
    Id: 'bc2',
    Name: 'Treasury',
    Account__c: 'a1',
    Wallet_Size__c: 500_000
};

export const CONTACTS: ContactRecord[] = [{ Id: 'c1', Name: 'Ada CFO', AccountId: 'a1' }];

export const MEMBERS: BuyingCenterMemberRecord[] = [
    {
        Id: 'm1',
        Buying_Center__c: 'bc1',
        Contact__c: 'c1',
        Buying_Role__c: 'Decision Maker',
        Support__c: 'Supporter'
    }
];

export const CELLS: OpportunityMapCellRecord[] = [
    {
        Id: 'x1',
        Opportunity_Map__c: 'map1',
        Buying_Center__c: 'bc1',
        Solution__c: 's1',
        Status__c: 'Current'
    }
];

export function plan(overrides: Partial<PlanInput> = {}): PlanInput {
    return {
        account: ACCOUNT,
        buyingCenters: [TREASURY, FINANCE],
        members: MEMBERS,
        contacts: CONTACTS,
        mapCells: CELLS,
        ...overrides
    };
}
