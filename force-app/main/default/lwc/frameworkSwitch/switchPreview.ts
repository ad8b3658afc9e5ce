// The preview of a framework switch: each open deal of the setup page's sample scored as today (the
// active framework's groups) and as it would be with the framework shown active (its groups, the
// questions moved by its mapping), by the same scoring core and settings the criteria preview uses.
import type { IsoDate } from 'c/atlasModel';
import { activeFrameworkGroups, sampleScoringInputs } from 'c/atlasData';
import type { StageCriteriaSetupData } from 'c/atlasData';
import { criteriaOnceActive } from 'c/salesFramework';
import { bandChangesOf, dealScoringOverridesOf, scorePairs } from 'c/scoringSettings';
import { previewViewOf } from 'c/scoringSettingsText';
import type { PreviewView } from 'c/criteriaChangePreview';

type SetupData = StageCriteriaSetupData;

/**
 * The sample scored as today and as it would be with `frameworkId` active (its groups, the
 * questions moved), with the saved settings as the panels use them: every deal whose score moves.
 */
export function switchPreview(setup: SetupData, frameworkId: string, asOf: IsoDate): PreviewView {
    const config =
        setup.settings.problems.length === 0 ? dealScoringOverridesOf(setup.settings) : null;
    const before = sampleScoringInputs(setup, setup.criteria, asOf, activeFrameworkGroups(setup));
    const after = sampleScoringInputs(
        setup,
        criteriaOnceActive(
            setup.criteria,
            setup.frameworks,
            setup.frameworkGroups,
            frameworkId,
            null
        ),
        asOf,
        setup.frameworkGroups.filter((group) => group.Sales_Framework__c === frameworkId)
    );
    const pairs = scorePairs({ inputs: before, config }, { inputs: after, config });
    const result = bandChangesOf(pairs, before.length);
    const moved = pairs
        .filter(({ was, would }) => was.score !== would.score)
        .sort(
            (a, b) =>
                Math.abs(b.would.score - b.was.score) - Math.abs(a.would.score - a.was.score) ||
                a.input.opportunity.Name.localeCompare(b.input.opportunity.Name)
        )
        .map(({ input, was, would }) => ({
            opportunityId: input.opportunity.Id,
            name: input.opportunity.Name,
            scoreBefore: was.score,
            scoreAfter: would.score,
            bandBefore: was.band,
            bandAfter: would.band
        }));
    // The band labels come from the one mapping every preview uses.
    const scoreRows = previewViewOf({ ...result, bandChanges: moved }).rows;
    return { ...previewViewOf(result), scoreRows };
}
