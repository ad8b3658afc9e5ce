// The preview of a criteria change: each sample deal is scored with the saved criteria and with the
// draft, by the scoring core, and the deals whose band would change are listed.
import type { IsoDate, RecordId } from 'c/atlasModel';
import type { DealScoringInput, DealScoringOverrides } from 'c/dealScoring';
import { dealScoringOverridesOf, previewBandChanges } from 'c/scoringSettings';
import type { PreviewResult } from 'c/scoringSettings';
import { sampleScoringInputs } from 'c/atlasData';
import type { RecordFields, StageCriteriaSetupData, StageCriterionView } from 'c/atlasData';
import { withDraft } from './criteriaGroups';

export type { BandChange, PreviewResult } from 'c/scoringSettings';

/** Both sides scored with the same settings (the saved ones; null: the defaults). */
export function previewCriteriaChange(
    before: readonly DealScoringInput[],
    after: readonly DealScoringInput[],
    config: DealScoringOverrides | null = null
): PreviewResult {
    return previewBandChanges({ inputs: before, config }, { inputs: after, config });
}

/** The sample scored with the saved criteria and with the form's draft played into them. */
export function previewDraft(
    setup: StageCriteriaSetupData,
    recordId: RecordId | null,
    draft: RecordFields,
    asOf: IsoDate
): PreviewResult {
    const draftCriteria = withDraft(setup.criteria, recordId, draft as Partial<StageCriterionView>);
    // Scored as the panels score them: with the saved settings, unless those are unusable (the
    // settings form says why), when the defaults are the fairer guess.
    const usable = setup.settings.problems.length === 0;
    return previewCriteriaChange(
        sampleScoringInputs(setup, setup.criteria, asOf),
        sampleScoringInputs(setup, draftCriteria, asOf),
        usable ? dealScoringOverridesOf(setup.settings) : null
    );
}
