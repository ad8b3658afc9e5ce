// A deal's stage history from its score snapshots, for orgs where OpportunityHistory cannot be read
// (it is not a confirmed UI API object): the panels, the atlas command and the sample data all
// build it here, so they agree on what a deal's history was.
import type { StageChange } from 'c/atlasModel';

/** The fields of a snapshot (or an OpportunityHistory row mapped onto them) that carry a stage. */
export interface StageObservation {
    readonly Stage__c?: unknown;
    readonly Taken_At__c?: unknown;
}

/**
 * When the deal entered each stage, oldest first: the first observation in each new stage.
 * Observations without a stage or a time are skipped.
 */
export function stageHistoryFromSnapshots<T extends StageObservation>(
    snapshots: readonly T[]
): StageChange[] {
    const dated = snapshots.filter(
        (snapshot): snapshot is T & { Stage__c: string; Taken_At__c: string } =>
            typeof snapshot.Stage__c === 'string' &&
            snapshot.Stage__c !== '' &&
            typeof snapshot.Taken_At__c === 'string' &&
            snapshot.Taken_At__c !== ''
    );
    dated.sort((a, b) => a.Taken_At__c.localeCompare(b.Taken_At__c));
    const changes: StageChange[] = [];
    for (const snapshot of dated) {
        if (changes[changes.length - 1]?.StageName !== snapshot.Stage__c) {
            changes.push({ StageName: snapshot.Stage__c, EnteredAt: snapshot.Taken_At__c });
        }
    }
    return changes;
}
