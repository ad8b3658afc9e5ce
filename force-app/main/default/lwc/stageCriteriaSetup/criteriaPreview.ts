// The preview of a criteria change: each sample deal is scored with the saved criteria and with the
// draft, by the scoring core; the deals whose band would change are listed, and so are the deals
// whose stage gate would close (a new required criterion they have not met) or open.
import type { IsoDate, RecordId } from 'c/atlasModel';
import type { DealScoringInput, DealScoringOverrides } from 'c/dealScoring';
import { bandChangesOf, dealScoringOverridesOf, scorePairs } from 'c/scoringSettings';
import type { PreviewResult as BandPreview, ScoredPair } from 'c/scoringSettings';
import { sampleScoringInputs } from 'c/atlasData';
import type { RecordFields, StageCriteriaSetupData, StageCriterionView } from 'c/atlasData';
import { withDraft } from './criteriaGroups';

export type { BandChange } from 'c/scoringSettings';

export interface GateChange {
    opportunityId: string;
    name: string;
    stage: string;
    ownerName: string;
    /** The deal could leave its stage and would be blocked, or the other way round. */
    becomes: 'blocked' | 'unblocked';
}

export interface PreviewResult extends BandPreview {
    /** In the sales process's stage order, then by owner and deal name. */
    gateChanges: GateChange[];
}

/** A deal of the sample: how the scoring core takes it, and whose it is. */
export interface PreviewDeal {
    before: DealScoringInput;
    after: DealScoringInput;
    ownerName: string | null;
}

function gateChangesOf(
    pairs: readonly ScoredPair[],
    ownerNames: readonly (string | null)[],
    stageOrder: readonly string[]
): GateChange[] {
    const gateChanges: GateChange[] = [];
    pairs.forEach(({ input, was, would }, index) => {
        const blockedBefore = was.stageGate.blocking.length > 0;
        const blockedAfter = would.stageGate.blocking.length > 0;
        if (!was.closed && blockedBefore !== blockedAfter) {
            gateChanges.push({
                opportunityId: input.opportunity.Id,
                name: input.opportunity.Name,
                stage: input.opportunity.StageName ?? '',
                ownerName: ownerNames[index] ?? '',
                becomes: blockedAfter ? 'blocked' : 'unblocked'
            });
        }
    });
    const position = (stage: string): number => {
        const index = stageOrder.indexOf(stage);
        return index < 0 ? stageOrder.length : index;
    };
    return gateChanges.sort(
        (a, b) =>
            position(a.stage) - position(b.stage) ||
            a.ownerName.localeCompare(b.ownerName) ||
            a.name.localeCompare(b.name)
    );
}

/** Both sides scored with the same settings (the saved ones; null: the defaults). */
export function previewCriteriaChange(
    deals: readonly PreviewDeal[],
    stageOrder: readonly string[] = [],
    config: DealScoringOverrides | null = null
): PreviewResult {
    const pairs = scorePairs(
        { inputs: deals.map((deal) => deal.before), config },
        { inputs: deals.map((deal) => deal.after), config }
    );
    return {
        ...bandChangesOf(pairs, deals.length),
        gateChanges: gateChangesOf(
            pairs,
            deals.map((deal) => deal.ownerName),
            stageOrder
        )
    };
}

/** The sample scored with the saved criteria and with the form's draft played into them. */
export function previewDraft(
    setup: StageCriteriaSetupData,
    recordId: RecordId | null,
    draft: RecordFields,
    asOf: IsoDate
): PreviewResult {
    const draftCriteria = withDraft(setup.criteria, recordId, draft as Partial<StageCriterionView>);
    const before = sampleScoringInputs(setup, setup.criteria, asOf);
    const after = sampleScoringInputs(setup, draftCriteria, asOf);
    const deals = before.map((input, index) => ({
        before: input,
        after: after[index] ?? input,
        ownerName: setup.sample[index]?.ownerName ?? null
    }));
    // Scored as the panels score them: with the saved settings, unless those are unusable (the
    // settings form says why), when the defaults are the fairer guess.
    const usable = setup.settings.problems.length === 0;
    return previewCriteriaChange(
        deals,
        setup.stageOrder,
        usable ? dealScoringOverridesOf(setup.settings) : null
    );
}
