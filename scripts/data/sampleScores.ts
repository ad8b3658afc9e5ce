// The scores the sample data stores for its open deals, worked out by the scoring core the panel and
// `atlas score` run: each weekly snapshot is the deal scored as it stood that week (its stage then,
// the Yes answers verified by then), and the newest one, on the story's "today", is the score stored
// on the opportunity. `npm run data:scores` writes them; __tests__/sampleScores.test.ts fails when
// the data drifts from what today's scoring gives.
import {
    scoreDeal,
    stageHistoryFromSnapshots
} from '../../force-app/main/default/lwc/dealScoring/dealScoring';
import type { DealScoringInput } from '../../force-app/main/default/lwc/dealScoring/dealScoring';
import type { ScoreBand } from '../../force-app/main/default/lwc/atlasModel/atlasModel';
import { openDealNames, sampleDealInput, SAMPLE_TODAY } from '../docs/sampleDeal';
import type { SamplePlan } from '../docs/sampleDeal';

export interface SampleScore {
    /** The record's referenceId in the data files (OpportunityRef26, SnapshotRef3). */
    referenceId: string;
    score: number;
    band: ScoreBand;
    /** When it was taken: the snapshot's Taken_At__c. */
    takenAt: string;
}

export interface SampleDealScores {
    /** The opportunity: Deal_Score__c, Deal_Score_Band__c, Deal_Scored_At__c. */
    stored: SampleScore;
    /** Its snapshots, oldest first. */
    snapshots: SampleScore[];
}

interface SnapshotRow {
    Id: string;
    Opportunity__c?: unknown;
    Stage__c?: unknown;
    Taken_At__c?: unknown;
}

/** The deal as it stood when a snapshot was taken: that week's stage and what was verified by then. */
function inputAsOf(
    today: DealScoringInput,
    snapshot: SnapshotRow & { Taken_At__c: string },
    earlier: readonly SnapshotRow[]
): DealScoringInput {
    const day = snapshot.Taken_At__c.slice(0, 10);
    return {
        ...today,
        opportunity: {
            ...today.opportunity,
            StageName:
                typeof snapshot.Stage__c === 'string'
                    ? snapshot.Stage__c
                    : today.opportunity.StageName
        },
        // A Yes verified after that week was not yet recorded then; open answers carry no date.
        evidence: today.evidence.filter(
            (answer) =>
                answer.State__c !== 'Yes' ||
                typeof answer.Verified_On__c !== 'string' ||
                answer.Verified_On__c <= day
        ),
        stageHistory: stageHistoryFromSnapshots([...earlier, snapshot]),
        asOf: day
    };
}

/** Every open deal's snapshots and stored score as the scoring core gives them. */
export function sampleDealScores(plan: SamplePlan): Map<string, SampleDealScores> {
    const allSnapshots: readonly SnapshotRow[] = plan.get('Deal_Score_Snapshot__c') ?? [];
    const result = new Map<string, SampleDealScores>();
    for (const name of openDealNames(plan)) {
        const latest = sampleDealInput(plan, name, SAMPLE_TODAY);
        const opportunityId = String(latest.opportunity.Id);
        const snapshots = allSnapshots
            .filter(
                (snapshot): snapshot is SnapshotRow & { Taken_At__c: string } =>
                    snapshot.Opportunity__c === opportunityId &&
                    typeof snapshot.Taken_At__c === 'string'
            )
            .sort((a, b) => a.Taken_At__c.localeCompare(b.Taken_At__c));
        const scored = snapshots.map((snapshot, index) => {
            const { score, band } = scoreDeal(
                inputAsOf(latest, snapshot, snapshots.slice(0, index))
            );
            return { referenceId: snapshot.Id, score, band, takenAt: snapshot.Taken_At__c };
        });
        const newest = scored.at(-1);
        if (newest) {
            result.set(name, {
                stored: { ...newest, referenceId: opportunityId },
                snapshots: scored
            });
        }
    }
    return result;
}
