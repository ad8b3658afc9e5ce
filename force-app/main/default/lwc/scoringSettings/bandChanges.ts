// How a change would move the open deals: each deal scored as things are and as they would be, by
// the scoring core, and the deals whose band would change listed. One function serves both previews
// of the Stage Criteria Setup page: a criteria draft (other inputs) and a settings draft (another
// configuration).
import type { ScoreBand } from 'c/atlasModel';
import { scoreDeal } from 'c/dealScoring';
import type { DealScore, DealScoringInput, DealScoringOverrides } from 'c/dealScoring';

export interface BandChange {
    opportunityId: string;
    name: string;
    scoreBefore: number;
    scoreAfter: number;
    bandBefore: ScoreBand;
    bandAfter: ScoreBand;
}

export interface PreviewResult {
    sampleSize: number;
    /** Deals whose score moves at all. */
    scoreChanges: number;
    bandChanges: BandChange[];
}

/** The deals as scored one way: their inputs, and the configuration (null: the defaults). */
export interface ScoringVersion {
    inputs: readonly DealScoringInput[];
    config: DealScoringOverrides | null;
}

/** One deal scored both ways. */
export interface ScoredPair {
    input: DealScoringInput;
    was: DealScore;
    would: DealScore;
}

/** Deal i of `before` is scored beside deal i of `after`; the criteria preview reads gates too. */
export function scorePairs(before: ScoringVersion, after: ScoringVersion): ScoredPair[] {
    const pairs: ScoredPair[] = [];
    before.inputs.forEach((input, index) => {
        const draftInput = after.inputs[index];
        if (!draftInput) {
            return;
        }
        // Only the score, band and gate matter here: skip ranking the next best actions.
        pairs.push({
            input,
            was: scoreDeal(input, before.config, { nextActions: false }),
            would: scoreDeal(draftInput, after.config, { nextActions: false })
        });
    });
    return pairs;
}

/** The deals whose band moves, of a sample of `sampleSize` deals scored both ways. */
export function bandChangesOf(pairs: readonly ScoredPair[], sampleSize: number): PreviewResult {
    const bandChanges: BandChange[] = [];
    let scoreChanges = 0;
    for (const { input, was, would } of pairs) {
        if (was.score !== would.score) {
            scoreChanges += 1;
        }
        if (was.band !== would.band) {
            bandChanges.push({
                opportunityId: input.opportunity.Id,
                name: input.opportunity.Name,
                scoreBefore: was.score,
                scoreAfter: would.score,
                bandBefore: was.band,
                bandAfter: would.band
            });
        }
    }
    return { sampleSize, scoreChanges, bandChanges };
}

/** Deal i of `before` is compared with deal i of `after`. */
export function previewBandChanges(before: ScoringVersion, after: ScoringVersion): PreviewResult {
    return bandChangesOf(scorePairs(before, after), before.inputs.length);
}
