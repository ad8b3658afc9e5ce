// The preview of a criteria change: each sample deal is scored with the saved criteria and with the
// draft, by the scoring core, and the deals whose band would change are listed.
import type { IsoDate, RecordId, ScoreBand } from 'c/atlasModel';
import { scoreDeal } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { sampleScoringInputs } from 'c/atlasData';
import type { RecordFields, StageCriteriaSetupData, StageCriterionView } from 'c/atlasData';
import { withDraft } from './criteriaGroups';

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

export function previewCriteriaChange(
    before: readonly DealScoringInput[],
    after: readonly DealScoringInput[]
): PreviewResult {
    const bandChanges: BandChange[] = [];
    let scoreChanges = 0;
    before.forEach((input, index) => {
        const draftInput = after[index];
        if (!draftInput) {
            return;
        }
        // Only the score and band matter here: skip ranking the next best actions.
        const was = scoreDeal(input, undefined, { nextActions: false });
        const would = scoreDeal(draftInput, undefined, { nextActions: false });
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
    return { sampleSize: before.length, scoreChanges, bandChanges };
}

/** The sample scored with the saved criteria and with the form's draft played into them. */
export function previewDraft(
    setup: StageCriteriaSetupData,
    recordId: RecordId | null,
    draft: RecordFields,
    asOf: IsoDate
): PreviewResult {
    const draftCriteria = withDraft(setup.criteria, recordId, draft as Partial<StageCriterionView>);
    return previewCriteriaChange(
        sampleScoringInputs(setup, setup.criteria, asOf),
        sampleScoringInputs(setup, draftCriteria, asOf)
    );
}
