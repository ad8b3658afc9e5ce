// Reads the sample data plan (data/sample-data-plan.json and the `sf data import tree` files it
// lists) into typed records for the golden tests of pipelineHealth, whiteSpace, relationshipGraph
// and planCompleteness. Reference ids stand in for record ids ("@AccountRef1" → "AccountRef1"), and
// the fields the platform computes on insert (Contact.Name, Opportunity.IsClosed and IsWon) are
// filled in the way the platform would.
import { readFileSync } from 'node:fs';
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

function readRows(dataDir: string): Map<string, Row[]> {
    const plan = JSON.parse(readFileSync(join(dataDir, 'sample-data-plan.json'), 'utf8')) as {
        sobject: string;
        files: string[];
    }[];
    const bySobject = new Map<string, Row[]>();
    for (const step of plan) {
        for (const file of step.files) {
            const { records } = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as {
                records: { attributes: { type: string; referenceId: string } }[];
            };
            for (const { attributes, ...fields } of records) {
                const row: Row = { Id: attributes.referenceId };
                for (const [name, value] of Object.entries(fields)) {
                    row[name] =
                        typeof value === 'string' && value.startsWith('@') ? value.slice(1) : value;
                }
                bySobject.set(attributes.type, [...(bySobject.get(attributes.type) ?? []), row]);
            }
        }
    }
    return bySobject;
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
    const rows = readRows(dataDir);
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
