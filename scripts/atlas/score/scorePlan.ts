// Which deals to write, and with which snapshot key, so that a rerun after any interruption
// converges and never duplicates a snapshot.
//
// Every changed deal is written in two steps, always in this order:
//   1. upsert its Deal_Score_Snapshot__c on Snapshot_Key__c (an external id, unique), the key being
//      `<OpportunityId>:<Taken_At>` as the data model and the panel define it;
//   2. update the Opportunity: Deal_Score__c, Deal_Score_Band__c and Deal_Scored_At__c = Taken_At.
// After step 2 the snapshot's Taken_At__c equals the deal's Deal_Scored_At__c. A snapshot carrying the
// deal's key form and a Taken_At__c later than the deal's Deal_Scored_At__c (or any, when the deal has
// never been scored) is therefore one whose step 2 never landed: the run was killed, the server failed
// the row, or the session ran out in between. The next run finds that "pending" snapshot, leaves it
// out of the stage history it scores with (as the interrupted run did), and writes the deal again
// with the SAME key: the upsert updates that snapshot instead of adding a second one. A kill during
// step 1 leaves some snapshots written and some not: the written ones are pending and reused, the
// others are created once. A kill during step 2 leaves some deals settled (not written again: their
// score is stored) and the rest pending. So however a run ends, the next one finishes its work and
// each change of a deal's score gets exactly one snapshot. Snapshots with other keys (the sample
// data's `SAMPLE:…`) are never pending. Only the three score fields and the snapshot are written.
import type {
    OpportunityRecord,
    ScoreBand
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import type { SnapshotRow } from './dealRecords';

export interface PlannedWrite {
    readonly opportunityId: string;
    readonly name: string;
    readonly stage: string | null;
    readonly score: number;
    readonly band: ScoreBand;
    readonly previousScore: number | null;
    readonly previousBand: string | null;
    /** ISO date-time, whole seconds (Salesforce keeps date-times to the second). */
    readonly takenAt: string;
    readonly snapshotKey: string;
    /** True when this finishes a write an earlier run began (its pending snapshot is reused). */
    readonly resumed: boolean;
}

const timeOf = (value: string | null | undefined): number | null => {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? null : time;
};

/** Whether the snapshot was written by a score write whose opportunity update never landed. */
export function isPendingSnapshot(opportunity: OpportunityRecord, snapshot: SnapshotRow): boolean {
    const key = snapshot.Snapshot_Key__c ?? '';
    if (!key.toLowerCase().startsWith(`${opportunity.Id.toLowerCase()}:`)) {
        return false;
    }
    const taken = timeOf(snapshot.Taken_At__c);
    const scored = timeOf(opportunity.Deal_Scored_At__c);
    return taken !== null && (scored === null || taken > scored);
}

/** The latest pending snapshot of the deal, if any (snapshots in any order). */
export function pendingSnapshotOf(
    opportunity: OpportunityRecord,
    snapshots: readonly SnapshotRow[]
): SnapshotRow | null {
    let latest: SnapshotRow | null = null;
    for (const snapshot of snapshots) {
        if (
            isPendingSnapshot(opportunity, snapshot) &&
            (latest === null ||
                (timeOf(snapshot.Taken_At__c) ?? 0) > (timeOf(latest.Taken_At__c) ?? 0))
        ) {
            latest = snapshot;
        }
    }
    return latest;
}

/** The run's time to the second, later than the deal's last score so a key never repeats. */
export function takenAtFor(opportunity: OpportunityRecord, runAt: Date): string {
    const run = Math.floor(runAt.getTime() / 1000) * 1000;
    const scored = timeOf(opportunity.Deal_Scored_At__c);
    const after = scored === null ? run : Math.max(run, Math.floor(scored / 1000) * 1000 + 1000);
    return new Date(after).toISOString();
}

/** The write a deal needs, or null when its stored score and band are current and nothing is pending. */
export function planWrite(
    opportunity: OpportunityRecord,
    snapshots: readonly SnapshotRow[],
    scored: { score: number; band: ScoreBand },
    runAt: Date
): PlannedWrite | null {
    const pending = pendingSnapshotOf(opportunity, snapshots);
    const changed =
        opportunity.Deal_Score__c !== scored.score ||
        opportunity.Deal_Score_Band__c !== scored.band;
    if (!changed && !pending) {
        return null;
    }
    const takenAt = takenAtFor(opportunity, runAt);
    return {
        opportunityId: opportunity.Id,
        name: opportunity.Name,
        stage: opportunity.StageName ?? null,
        score: scored.score,
        band: scored.band,
        previousScore: opportunity.Deal_Score__c ?? null,
        previousBand: opportunity.Deal_Score_Band__c ?? null,
        takenAt,
        snapshotKey: pending?.Snapshot_Key__c ?? `${opportunity.Id}:${takenAt}`,
        resumed: pending !== null
    };
}

export const SNAPSHOT_COLUMNS = [
    'Snapshot_Key__c',
    'Opportunity__c',
    'Score__c',
    'Band__c',
    'Stage__c',
    'Taken_At__c'
] as const;

/** Never other fields: the opportunity update carries the Id and the three score fields only. */
export const OPPORTUNITY_COLUMNS = [
    'Id',
    'Deal_Score__c',
    'Deal_Score_Band__c',
    'Deal_Scored_At__c'
] as const;

export function snapshotRow(write: PlannedWrite): Record<string, string> {
    return {
        Snapshot_Key__c: write.snapshotKey,
        Opportunity__c: write.opportunityId,
        Score__c: String(write.score),
        Band__c: write.band,
        // A blank cell would leave an old stage in place on update; #N/A clears it.
        Stage__c: write.stage ?? '#N/A',
        Taken_At__c: write.takenAt
    };
}

export function opportunityRow(write: PlannedWrite): Record<string, string> {
    return {
        Id: write.opportunityId,
        Deal_Score__c: String(write.score),
        Deal_Score_Band__c: write.band,
        Deal_Scored_At__c: write.takenAt
    };
}
