// Reads the sample data plan (data/sample-data-plan.json and the `sf data import tree` files it
// lists) into typed records for the golden tests of pipelineHealth, whiteSpace, relationshipGraph
// and planCompleteness. Reference ids stand in for record ids ("@AccountRef1" → "AccountRef1"), and
// the fields the platform computes on insert (Contact.Name, Opportunity.IsClosed and IsWon) are
// filled in the way the platform would.
import { join } from 'node:path';
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    DealScoreSnapshotRecord,
    MarketingObjectiveRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    SalesTargetRecord,
    SolutionRecord,
    StageChange
} from 'c/atlasModel';
import { SAMPLE_SALES_PROCESS } from '../../../../../../data/sampleSalesProcess';
import { loadSamplePlan as readSamplePlan } from '../../../../../../scripts/docs/sampleDeal';
import { stageHistoryFromSnapshots } from 'c/dealScoring';

export const SAMPLE_DIR = join(__dirname, '../../../../../../data');
export const SAMPLE_AS_OF = '2026-11-22';
export const SAMPLE_STAGES = [...SAMPLE_SALES_PROCESS];

type Row = Record<string, unknown> & { Id: string };

export interface SamplePlan {
    accounts: AccountRecord[];
    contacts: ContactRecord[];
    buyingCenters: BuyingCenterRecord[];
    members: BuyingCenterMemberRecord[];
    solutions: SolutionRecord[];
    maps: OpportunityMapRecord[];
    cells: OpportunityMapCellRecord[];
    opportunities: OpportunityRecord[];
    objectives: MarketingObjectiveRecord[];
    targets: SalesTargetRecord[];
    /** Stage changes of the open deals, as their weekly score snapshots saw them. */
    stageHistories: Record<string, StageChange[]>;
    snapshots: DealScoreSnapshotRecord[];
}

function stageHistories(snapshots: DealScoreSnapshotRecord[]): Record<string, StageChange[]> {
    const byDeal: Record<string, DealScoreSnapshotRecord[]> = {};
    for (const snapshot of snapshots) {
        (byDeal[snapshot.Opportunity__c] ??= []).push(snapshot);
    }
    const histories: Record<string, StageChange[]> = {};
    for (const [dealId, ofDeal] of Object.entries(byDeal)) {
        const history = stageHistoryFromSnapshots(ofDeal);
        if (history.length > 0) {
            histories[dealId] = history;
        }
    }
    return histories;
}

export function loadSamplePlan(dataDir = SAMPLE_DIR): SamplePlan {
    const rows = readSamplePlan(dataDir);
    const of = <T>(sobject: string): T[] => (rows.get(sobject) ?? []) as unknown as T[];
    return {
        accounts: of<AccountRecord>('Account'),
        contacts: of<Row>('Contact').map((contact) => ({
            ...contact,
            Name: [contact.FirstName, contact.LastName].filter(Boolean).join(' ')
        })),
        buyingCenters: of<BuyingCenterRecord>('Buying_Center__c'),
        members: of<BuyingCenterMemberRecord>('Buying_Center_Member__c'),
        solutions: of<SolutionRecord>('Solution__c'),
        maps: of<OpportunityMapRecord>('Opportunity_Map__c'),
        cells: of<OpportunityMapCellRecord>('Opportunity_Map_Cell__c'),
        opportunities: of<OpportunityRecord>('Opportunity').map((opportunity) => ({
            ...opportunity,
            IsClosed: String(opportunity.StageName).startsWith('Closed'),
            IsWon: opportunity.StageName === 'Closed Won'
        })),
        objectives: of<MarketingObjectiveRecord>('Marketing_Objective__c'),
        targets: of<SalesTargetRecord>('Sales_Target__c'),
        stageHistories: stageHistories(of<DealScoreSnapshotRecord>('Deal_Score_Snapshot__c')),
        snapshots: of<DealScoreSnapshotRecord>('Deal_Score_Snapshot__c')
    };
}
