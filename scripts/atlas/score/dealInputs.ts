// The scoring input of each open deal, built from bulk-read records by the same rules as the panels:
// the open stages and the record mapping are c/atlasRecords dealInputs.ts (openStagesOf,
// membersOfDeal, scoringInputOf), which the Deal Score panel and the Deal Review Queue use too; this
// module only groups the bulk rows by deal. __tests__/inputParity.test.ts scores every deal of the
// local org both ways. Blank fields need no rule here: the scoring core reads null, '' and absent
// alike (dealScoring/values.ts blanksAsNull).
import type {
    DealEvidenceRecord,
    IsoDate,
    OpportunityRecord
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import type { DealScoringInput } from '../../../force-app/main/default/lwc/dealScoring/dealScoring';
import {
    membersOfDeal,
    openStagesOf,
    scoringInputOf
} from '../../../force-app/main/default/lwc/atlasRecords/dealInputs';
import { groupedBy } from '../../../force-app/main/default/lwc/atlasValues/atlasValues';
import type { CompetitorRow, ContactRow, ScoringRecords, SnapshotRow } from './dealRecords';

/** The open stages in picklist order (c/atlasRecords openStagesOf, the panels' rule). */
export const stageOrderOf = openStagesOf;

const byTakenAt = (a: SnapshotRow, b: SnapshotRow): number =>
    String(a.Taken_At__c ?? '').localeCompare(String(b.Taken_At__c ?? ''));

/** Bulk rows by the parent they name; a row naming none (a blank column) is in no parent's group. */
function byParent<T>(rows: readonly T[], parentOf: (row: T) => string | null | undefined) {
    return groupedBy(rows, (row) => parentOf(row) || null);
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
    const stageOrder = openStagesOf(records.stagePicklist, records.closedStages);
    const evidence = byParent<DealEvidenceRecord>(records.evidence, (row) => row.Opportunity__c);
    const snapshots = byParent<SnapshotRow>(records.snapshots, (row) => row.Opportunity__c);
    const contacts = byParent<ContactRow>(records.contacts, (row) => row.AccountId);
    const competitors = byParent<CompetitorRow>(
        records.competitors ?? [],
        (row) => row.Opportunity__c
    );
    return records.opportunities.map((opportunity) => {
        const own = (snapshots.get(opportunity.Id) ?? []).sort(byTakenAt);
        return {
            opportunity,
            snapshots: own,
            input: scoringInputOf(
                {
                    opportunity,
                    evidence: evidence.get(opportunity.Id) ?? [],
                    members: membersOfDeal(opportunity, records.members),
                    // Named by the account when it has one, as the panel reads Competitor_Account__r.
                    competitors: (competitors.get(opportunity.Id) ?? []).map(
                        ({ 'Competitor_Account__r.Name': accountName, ...record }) => ({
                            ...record,
                            Competitor_Account_Name: accountName ?? null
                        })
                    ),
                    snapshots: own.filter((snapshot) => settled(opportunity, snapshot)),
                    // People and the buying center by name, as the panel has them, for the wording;
                    // the contact's last activity for a stale decision maker or coach.
                    contacts: (contacts.get(opportunity.AccountId ?? '') ?? []).map(
                        ({ Id, Name, LastActivityDate }) => ({
                            Id,
                            Name: Name ?? '',
                            LastActivityDate: LastActivityDate ?? null
                        })
                    ),
                    buyingCenterName: buyingCenterNameOf(opportunity)
                },
                {
                    criteria: records.criteria,
                    ...(records.frameworkGroups
                        ? { frameworkGroups: records.frameworkGroups }
                        : {}),
                    stageOrder,
                    asOf
                }
            )
        };
    });
}

/** The deal's buying center by name, read as the Bulk CSV column Buying_Center__r.Name. */
function buyingCenterNameOf(opportunity: OpportunityRecord): string | null {
    const name: unknown = (opportunity as OpportunityRecord & Record<string, unknown>)[
        'Buying_Center__r.Name'
    ];
    return typeof name === 'string' ? name : null;
}
