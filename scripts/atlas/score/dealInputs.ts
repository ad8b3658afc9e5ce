// The scoring input of each open deal, built from bulk-read records exactly as the Deal Score panel
// builds it from its GraphQL response (force-app/main/default/lwc/atlasData/dealScoreData.ts:
// dealScoringInputOf; dealStages.ts: salesProcessOf). Those modules import
// lightning/graphql at load time and cannot run in Node, so their rules are mirrored here, in this
// one place; __tests__/dealInputs.test.ts checks this mirror against the panel's own functions, and
// __tests__/inputParity.test.ts scores every deal of the local org both ways. Blank fields need no
// rule here: the scoring core reads null, '' and absent alike (dealScoring/values.ts blanksAsNull).
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    IsoDate,
    OpportunityRecord
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import { stageHistoryFromSnapshots } from '../../../force-app/main/default/lwc/dealScoring/dealScoring';
import type { DealScoringInput } from '../../../force-app/main/default/lwc/dealScoring/dealScoring';
import type { ContactRow, ScoringRecords, SnapshotRow } from './dealRecords';

/** The closed stages every new org has (dealStages.ts DEFAULT_CLOSED_STAGES). */
const DEFAULT_CLOSED_STAGES: readonly string[] = ['Closed Won', 'Closed Lost'];

/** The snapshots the panel reads per deal: the 30 most recent (DEAL_SCORE_QUERY, first: 30). */
export const PANEL_SNAPSHOT_LIMIT = 30;

/** The open stages in picklist order: closed = the default closed stages + those closed deals carry. */
export function stageOrderOf(
    stagePicklist: readonly string[],
    closedStages: readonly string[]
): string[] {
    const closed = new Set([...DEFAULT_CLOSED_STAGES, ...closedStages]);
    const order: string[] = [];
    for (const stage of stagePicklist) {
        if (!closed.has(stage) && !order.includes(stage)) {
            order.push(stage);
        }
    }
    return order;
}

const byTakenAt = (a: SnapshotRow, b: SnapshotRow): number =>
    String(a.Taken_At__c ?? '').localeCompare(String(b.Taken_At__c ?? ''));

function groupBy<T>(records: readonly T[], key: (record: T) => string | null | undefined) {
    const groups = new Map<string, T[]>();
    for (const record of records) {
        const value = key(record);
        if (value) {
            const group = groups.get(value);
            if (group) {
                group.push(record);
            } else {
                groups.set(value, [record]);
            }
        }
    }
    return groups;
}

export interface DealToScore {
    readonly opportunity: OpportunityRecord;
    readonly input: DealScoringInput;
    /** The deal's snapshots, oldest first (all of them, for the write plan). */
    readonly snapshots: readonly SnapshotRow[];
}

/**
 * Each open deal with its scoring input. `settled` picks the snapshots that count as history: a
 * snapshot whose opportunity write never landed (see scorePlan.ts) is left out, so a rerun scores
 * the deal on the same history as the run that was interrupted.
 */
export function dealsToScore(
    records: ScoringRecords,
    asOf: IsoDate,
    settled: (opportunity: OpportunityRecord, snapshot: SnapshotRow) => boolean
): DealToScore[] {
    const stageOrder = stageOrderOf(records.stagePicklist, records.closedStages);
    const evidence = groupBy<DealEvidenceRecord>(records.evidence, (row) => row.Opportunity__c);
    const members = groupBy<BuyingCenterMemberRecord>(
        records.members,
        (row) => row.Buying_Center__c
    );
    const snapshots = groupBy<SnapshotRow>(records.snapshots, (row) => row.Opportunity__c);
    const contacts = groupBy<ContactRow>(records.contacts, (row) => row.AccountId);
    return records.opportunities.map((opportunity) => {
        const own = (snapshots.get(opportunity.Id) ?? []).sort(byTakenAt);
        const history = own
            .filter((snapshot) => settled(opportunity, snapshot))
            .slice(-PANEL_SNAPSHOT_LIMIT);
        return {
            opportunity,
            snapshots: own,
            input: {
                opportunity,
                evidence: evidence.get(opportunity.Id) ?? [],
                criteria: records.criteria,
                stageOrder,
                members: opportunity.Buying_Center__c
                    ? (members.get(opportunity.Buying_Center__c) ?? [])
                    : [],
                stageHistory: stageHistoryFromSnapshots(history),
                // People and the buying center by name, as the panel has them, for the wording;
                // the contact's last activity for a stale decision maker or coach.
                contacts: (contacts.get(opportunity.AccountId ?? '') ?? []).map(
                    ({ Id, Name, LastActivityDate }) => ({
                        Id,
                        Name: Name ?? '',
                        LastActivityDate: LastActivityDate ?? null
                    })
                ),
                buyingCenterName:
                    (opportunity as unknown as Record<string, string | null>)[
                        'Buying_Center__r.Name'
                    ] ?? null,
                asOf
            }
        };
    });
}
