// The scoring loop of `atlas score` in bounded memory: the open deals come one slice at a time (a
// run of Ids with their evidence, members, snapshots and contacts), and each slice is scored and
// its changes written before the next is read, so memory holds one slice whatever the org's size.
// Where the records come from is a DealSource: Bulk API 2.0 for a run (scoreRun.ts), a generator
// for the benchmark.
import { performance } from 'node:perf_hooks';
import { scoreDealBand } from '../../../force-app/main/default/lwc/dealScoring/dealScoring';
import type { dealScoringOverridesOf } from '../../../force-app/main/default/lwc/scoringSettings/scoringSettings';
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    OpportunityRecord
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import { dealsToScore } from './dealInputs';
import type { CompetitorRow, ContactRow, ScoringRecords, SnapshotRow } from './dealRecords';
import { isPendingSnapshot, planWrite } from './scorePlan';
import type { PlannedWrite } from './scorePlan';
import type { ScoreProgress } from './progress';

type ScoringOverrides = ReturnType<typeof dealScoringOverridesOf>;

/** What every slice is scored with: read once per run. */
export type SharedRecords = Pick<
    ScoringRecords,
    'criteria' | 'frameworkGroups' | 'stagePicklist' | 'closedStages'
>;

/** One slice of open deals (in Id order) and what scoring needs about them. */
export interface SliceRecords {
    /** The slice's last Id in the org's order: the next slice starts after it. */
    readonly lastId: string;
    readonly opportunities: OpportunityRecord[];
    readonly evidence: DealEvidenceRecord[];
    readonly members: BuyingCenterMemberRecord[];
    readonly snapshots: SnapshotRow[];
    readonly contacts: ContactRow[];
    /** The slice's deals' competitors (absent: none read). */
    readonly competitors?: CompetitorRow[];
}

export interface DealSource {
    /** The next slice: open deals after `afterId` (null: from the first), at most `size`; null when none are left. */
    readSlice(afterId: string | null, size: number): Promise<SliceRecords | null>;
}

export interface SliceOptions {
    readonly sliceSize: number;
    readonly runAt: Date;
    readonly scoring: ScoringOverrides;
    /** Run after each slice is written, before the next is read (sliceHeap.ts collectGarbage). */
    readonly betweenSlices?: () => void;
}

/** Writes one slice's changes (snapshot, then opportunity); a throw stops the run. */
export type SliceWriter = (writes: readonly PlannedWrite[]) => Promise<void>;

/** How many of the changes a dry run lists; the rest are counted. */
export const LISTED_CHANGES = 50;

export interface SliceTotals {
    readonly read: Record<'opportunities' | 'evidence' | 'members' | 'snapshots', number>;
    scored: number;
    changed: number;
    resumed: number;
    slices: number;
    /** The first LISTED_CHANGES changes, for a dry run's list. */
    readonly listedChanges: PlannedWrite[];
    readonly ms: { query: number; score: number; write: number };
}

export function emptyTotals(): SliceTotals {
    return {
        read: { opportunities: 0, evidence: 0, members: 0, snapshots: 0 },
        scored: 0,
        changed: 0,
        resumed: 0,
        slices: 0,
        listedChanges: [],
        ms: { query: 0, score: 0, write: 0 }
    };
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** Scores one slice and plans its writes (exported for the benchmark's scoring-only figure). */
export function planSlice(
    shared: SharedRecords,
    slice: SliceRecords,
    scoring: ScoringOverrides,
    runAt: Date,
    totals: SliceTotals
): PlannedWrite[] {
    const deals = dealsToScore(
        { ...shared, ...slice, opportunities: slice.opportunities },
        day(runAt),
        (opportunity, snapshot) => !isPendingSnapshot(opportunity, snapshot)
    );
    const writes: PlannedWrite[] = [];
    for (const deal of deals) {
        // Bulk rescoring stores the score and band only: no reasons, risks or next actions.
        const result = scoreDealBand(deal.input, scoring);
        totals.scored++;
        const write = planWrite(
            deal.opportunity,
            deal.snapshots,
            { score: result.score, band: result.band },
            runAt
        );
        if (write) {
            writes.push(write);
            totals.changed++;
            totals.resumed += write.resumed ? 1 : 0;
            if (totals.listedChanges.length < LISTED_CHANGES) {
                totals.listedChanges.push(write);
            }
        }
    }
    return writes;
}

/**
 * Reads, scores and writes slice after slice until the source has no more open deals. A throw
 * from the source or the writer ends the loop (the caller reports it); everything written before
 * it stays written, and a rerun finishes the rest (scorePlan.ts).
 */
export async function scoreSlices(
    source: DealSource,
    shared: SharedRecords,
    write: SliceWriter | null,
    options: SliceOptions,
    progress: ScoreProgress,
    totals: SliceTotals
): Promise<void> {
    let afterId: string | null = null;
    for (;;) {
        const lastId = await scoreOneSlice(
            source,
            afterId,
            shared,
            write,
            options,
            progress,
            totals
        );
        if (lastId === null) {
            return;
        }
        afterId = lastId;
        // The slice just written is unreachable now (it lived in scoreOneSlice's frame only).
        options.betweenSlices?.();
    }
}

/** Reads, scores and writes the slice after `afterId`; its last Id, or null when none was left. */
async function scoreOneSlice(
    source: DealSource,
    afterId: string | null,
    shared: SharedRecords,
    write: SliceWriter | null,
    options: SliceOptions,
    progress: ScoreProgress,
    totals: SliceTotals
): Promise<string | null> {
    let phase = performance.now();
    const slice = await source.readSlice(afterId, options.sliceSize);
    totals.ms.query += performance.now() - phase;
    if (slice === null) {
        return null;
    }
    totals.slices++;
    totals.read.opportunities += slice.opportunities.length;
    totals.read.evidence += slice.evidence.length;
    totals.read.members += slice.members.length;
    totals.read.snapshots += slice.snapshots.length;

    phase = performance.now();
    progress.start(`score slice ${totals.slices}`, slice.opportunities.length);
    const writes = planSlice(shared, slice, options.scoring, options.runAt, totals);
    progress.finish(
        `${slice.opportunities.length} scored, ${writes.length} to write (${totals.scored} so far)`
    );
    totals.ms.score += performance.now() - phase;

    phase = performance.now();
    try {
        if (write !== null && writes.length > 0) {
            await write(writes);
        }
    } finally {
        totals.ms.write += performance.now() - phase;
    }
    return slice.lastId;
}
