// How a change would move the open deals: each deal scored as things are and as they would be, by
// the scoring core, and the deals whose band would change listed. One function serves both previews
// of the Stage Criteria Setup page: a criteria draft (other inputs) and a settings draft (another
// configuration).
import type { ScoreBand } from 'c/atlasModel';
import { scoreDeal } from 'c/dealScoring';
import type { DealScoringInput, DealScoringOverrides } from 'c/dealScoring';

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

/** Deal i of `before` is compared with deal i of `after`. */
export function previewBandChanges(before: ScoringVersion, after: ScoringVersion): PreviewResult {
    const bandChanges: BandChange[] = [];
    let scoreChanges = 0;
    before.inputs.forEach((input, index) => {
        const draftInput = after.inputs[index];
        if (!draftInput) {
            return;
        }
        // Only the score and band matter here: skip ranking the next best actions.
        const was = scoreDeal(input, before.config, { nextActions: false });
        const would = scoreDeal(draftInput, after.config, { nextActions: false });
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
    });
    return { sampleSize: before.inputs.length, scoreChanges, bandChanges };
}
