// The scoring settings in the user's language: what each problem says (custom labels, filled with
// its numbers), band-change previews as the preview component shows them, and the configuration a
// panel scores with — refused with a clear error when the
// saved settings cannot be used, rather than scoring with numbers sales ops did not choose.
import { formatLabel } from 'c/atlasData';
import { dealScoringOverridesOf, pipelineOverridesOf } from 'c/scoringSettings';
import type {
    PreviewResult,
    ScoringSettings,
    SettingProblem,
    SettingProblemCode
} from 'c/scoringSettings';
import type { ScoreBand } from 'c/atlasModel';
import type { PreviewView } from 'c/criteriaChangePreview';
import type { DealScoringOverrides } from 'c/dealScoring';
import type { PipelineConfig } from 'c/pipelineHealth';
import PROBLEM_RANGE from '@salesforce/label/c.Atlas_SS_Problem_Range';
import PROBLEM_WEIGHTS_TOTAL from '@salesforce/label/c.Atlas_SS_Problem_Weights_Total';
import PROBLEM_BANDS_ORDER from '@salesforce/label/c.Atlas_SS_Problem_Bands_Order';
import PROBLEM_UNKNOWN_CREDIT from '@salesforce/label/c.Atlas_SS_Problem_Unknown_Relationships_Credit';
import SAVED_INVALID from '@salesforce/label/c.Atlas_SS_Saved_Invalid';
import BAND_AT_RISK from '@salesforce/label/c.Atlas_DS_Band_At_Risk';
import BAND_WATCH from '@salesforce/label/c.Atlas_DS_Band_Watch';
import BAND_HEALTHY from '@salesforce/label/c.Atlas_DS_Band_Healthy';

const PROBLEM_LABELS: Readonly<Record<SettingProblemCode, string>> = {
    RANGE: PROBLEM_RANGE,
    WEIGHTS_TOTAL: PROBLEM_WEIGHTS_TOTAL,
    BANDS_ORDER: PROBLEM_BANDS_ORDER,
    UNKNOWN_RELATIONSHIPS_CREDIT: PROBLEM_UNKNOWN_CREDIT
};

/** One problem as the user reads it, e.g. "The weights add up to 95; make them add up to 100." */
export function problemText(problem: SettingProblem): string {
    return formatLabel(PROBLEM_LABELS[problem.code], ...problem.params);
}

function refuseUnusable(settings: ScoringSettings): void {
    if (settings.problems.length > 0) {
        throw new Error(formatLabel(SAVED_INVALID, settings.problems.map(problemText).join(' ')));
    }
}

/** The deal score configuration to score with; throws an Error the panel shows when unusable. */
export function dealScoringConfigFor(settings: ScoringSettings): DealScoringOverrides | null {
    refuseUnusable(settings);
    return dealScoringOverridesOf(settings);
}

/** The pipeline configuration to assess with; throws an Error the panel shows when unusable. */
export function pipelineConfigFor(settings: ScoringSettings): Partial<PipelineConfig> | null {
    refuseUnusable(settings);
    return pipelineOverridesOf(settings);
}

const BAND_LABELS: Readonly<Record<ScoreBand, string>> = {
    'At Risk': BAND_AT_RISK,
    Watch: BAND_WATCH,
    Healthy: BAND_HEALTHY
};

/** A preview of band changes as c-criteria-change-preview shows it (criteria or settings drafts). */
export function previewViewOf(result: PreviewResult): PreviewView {
    return {
        sampleSize: result.sampleSize,
        scoreChanges: result.scoreChanges,
        rows: result.bandChanges.map((change) => ({
            opportunityId: change.opportunityId,
            name: change.name,
            scoreBefore: change.scoreBefore,
            scoreAfter: change.scoreAfter,
            bandBeforeLabel: BAND_LABELS[change.bandBefore],
            bandAfterLabel: BAND_LABELS[change.bandAfter]
        }))
    };
}
