// Words and arrangement for the Stage Criteria Setup page's parts: group headings, row labels,
// stage choices and the preview's band names. No scoring here.
import { DEFAULT_PIPELINE_CONFIG } from 'c/pipelineHealth';
import { formatLabel } from 'c/atlasData';
import { previewViewOf } from 'c/scoringSettingsText';
import type { RecordFields, StageCriteriaSetupData, StageCriterionView } from 'c/atlasData';
import type { CriteriaGroupView } from 'c/stageCriteriaList';
import type { PreviewView } from 'c/criteriaChangePreview';
import { criteriaGroups } from './criteriaGroups';
import type { PreviewResult } from './criteriaPreview';
import { SETUP_LABELS as LABELS } from './setupLabels';

/**
 * A new criterion's starting values: the form shows them and the preview scores them. It starts as
 * a verifiable outcome of the sales process's first stage: "every stage" is for qualification
 * questions, so starting there beside "Verifiable Outcome" contradicted itself.
 */
export const newCriterionDefaults = (firstStage: string | null): RecordFields => ({
    Stage__c: firstStage,
    Category__c: 'Verifiable Outcome',
    Question__c: null,
    Guidance__c: null,
    Importance__c: 'Important',
    Required__c: false,
    Active__c: true
});

/** The fields of a saved criterion the form edits (and the preview starts from). */
export function editableValuesOf(criterion: StageCriterionView): RecordFields {
    return {
        Stage__c: criterion.Stage__c ?? null,
        Category__c: criterion.Category__c ?? null,
        Question__c: criterion.Question__c,
        Guidance__c: criterion.Guidance__c ?? null,
        Importance__c: criterion.Importance__c ?? null,
        Required__c: criterion.Required__c === true,
        Active__c: criterion.Active__c !== false
    };
}

const stageLabelOf = (setup: StageCriteriaSetupData, stage: string): string =>
    setup.stageLabels[stage] ?? stage;

export function groupViews(setup: StageCriteriaSetupData): CriteriaGroupView[] {
    return criteriaGroups(setup.criteria, setup.stageOrder).map((group) => {
        let heading = LABELS.qualificationHeading;
        if (group.stage && group.known) {
            heading = stageLabelOf(setup, group.stage);
        } else if (group.stage) {
            heading = formatLabel(LABELS.unknownStageHeading, group.stage);
        }
        return {
            key: group.stage || 'qualification',
            heading,
            unknownStage: !group.known,
            rows: group.criteria.map((criterion) => ({
                id: criterion.Id,
                question: criterion.Question__c,
                categoryLabel: LABELS.categories[criterion.Category__c ?? ''] ?? LABELS.noCategory,
                importanceLabel:
                    LABELS.importances[criterion.Importance__c ?? 'Important'] ??
                    LABELS.importances.Important ??
                    '',
                required: criterion.Required__c === true,
                active: criterion.Active__c !== false
            }))
        };
    });
}

export function stageOptions(setup: StageCriteriaSetupData): { label: string; value: string }[] {
    return setup.stageOrder.map((stage) => ({ label: stageLabelOf(setup, stage), value: stage }));
}

/** The criteria preview: the settings preview's band view (one mapping, one set of labels) and gates. */
export function previewView(setup: StageCriteriaSetupData, result: PreviewResult): PreviewView {
    return {
        ...previewViewOf(result),
        gateRows: result.gateChanges.map((change) => ({
            opportunityId: change.opportunityId,
            name: change.name,
            stageLabel: stageLabelOf(setup, change.stage),
            ownerName: change.ownerName,
            becomes: change.becomes
        }))
    };
}

/** The warning for a sales process with more than about six open stages (the field's advice). */
export function tooManyStagesMessage(setup: StageCriteriaSetupData): string | null {
    const count = setup.stageOrder.length;
    const max = DEFAULT_PIPELINE_CONFIG.maxStages;
    return count > max ? formatLabel(LABELS.tooManyStages, count, max) : null;
}
