// The Stage Criteria Setup page's data: one GraphQL request for every stage criterion, the sales
// process, a sample of open opportunities (with their evidence, buying-center members and competitors) to
// preview a change on, and the user's access; and the writes that add, edit, reorder and
// deactivate criteria.
import { gql } from 'lightning/graphql';
import { updateRecord } from 'lightning/uiRecordApi';
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    FrameworkGroupRecord,
    IsoDate,
    OpportunityRecord,
    RecordId,
    SalesFrameworkRecord
} from 'c/atlasModel';
import type { DealCompetitorInput, DealScoringInput } from 'c/dealScoring';
import {
    DEAL_COMPETITOR_OBJECT,
    FRAMEWORK_GROUP_FIELDS,
    dealCompetitorsOf,
    scoringInputOf,
    SALES_FRAMEWORK_FIELDS,
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    parentText,
    queryConnection,
    recordOf,
    recordsOf,
    uniqueHiddenFields
} from 'c/atlasRecords';
import type { GraphQLConnection, HiddenField, OptionalFields } from 'c/atlasRecords';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';
import type { ObjectAccess } from 'c/atlasRecords';
import { objectAccessOf, salesProcessOf } from 'c/atlasRecords';
import type { StageCriterionView } from 'c/atlasRecords';
import { SCORING_SETTINGS_FIELDS, SCORING_SETTINGS_OBJECT } from 'c/scoringSettings';
import type { ScoringSettings } from 'c/scoringSettings';
import { hiddenSettingsFieldsOf, scoringSettingsFromGraphQL } from 'c/atlasRecords';
import {
    PREVIEW_SAMPLE_SIZE,
    SAMPLE_COMPETITOR_FIELDS,
    SAMPLE_MEMBER_FIELDS,
    STAGE_CRITERIA_SETUP_TEXT,
    STAGE_CRITERION_FIELDS
} from 'c/atlasRecords';

export { PREVIEW_SAMPLE_SIZE };

export const STAGE_CRITERION_OBJECT = 'Stage_Criterion__c';
export const SALES_FRAMEWORK_OBJECT = 'Sales_Framework__c';
export const FRAMEWORK_GROUP_OBJECT = 'Framework_Group__c';

/** The fields STAGE_CRITERIA_SETUP_QUERY marks @optional: field-level security may hide them. */
export const STAGE_CRITERIA_SETUP_OPTIONAL_FIELDS: OptionalFields = {
    Stage_Criterion__c: STAGE_CRITERION_FIELDS.optional,
    Sales_Framework__c: SALES_FRAMEWORK_FIELDS.optional,
    Framework_Group__c: FRAMEWORK_GROUP_FIELDS.optional,
    Opportunity: ['Amount', 'Buying_Center__c'],
    Deal_Evidence__c: ['State__c', 'Evidence__c', 'Verified_By__c'],
    Deal_Competitor__c: SAMPLE_COMPETITOR_FIELDS,
    Buying_Center_Member__c: SAMPLE_MEMBER_FIELDS,
    // The settings the panel scores with: the same list as SCORING_SETTINGS_FIELDS.
    Scoring_Settings__c: SCORING_SETTINGS_FIELDS
};

/** The Stage Criteria Setup panel's one request (its text is built in c/atlasRecords: STAGE_CRITERIA_SETUP_TEXT). */
export const STAGE_CRITERIA_SETUP_QUERY = gql`
    ${STAGE_CRITERIA_SETUP_TEXT}
`;

/** An open deal of the preview sample, everything but the criteria. */
export interface SampleDeal {
    opportunity: OpportunityRecord;
    /** Who owns the deal, so a preview can say whose deals a change touches. */
    ownerName: string | null;
    evidence: DealEvidenceRecord[];
    members: BuyingCenterMemberRecord[];
    /** The deal's competitors: they cap its competition questions, as on the Deal Score panel. */
    competitors: DealCompetitorInput[];
}

export interface StageCriteriaSetupData {
    criteria: StageCriterionView[];
    stageOrder: string[];
    stageLabels: Record<string, string>;
    sample: SampleDeal[];
    access: ObjectAccess;
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
    /** The scoring settings in force (the defaults when none are saved). */
    settings: ScoringSettings;
    /** What the user may do with the settings record. */
    settingsAccess: ObjectAccess;
    /** Every sales framework, active or not (c/salesFrameworkSetup shows and switches them). */
    frameworks: SalesFrameworkRecord[];
    /** Every framework's groups, in their order. */
    frameworkGroups: FrameworkGroupRecord[];
    /** What the user may do with frameworks and with their groups. */
    frameworkAccess: ObjectAccess;
    groupAccess: ObjectAccess;
}

/** Reads the StageCriteriaSetup response; a missing part reads as no records and no access. */
export function stageCriteriaSetupFromGraphQL(data: unknown): StageCriteriaSetupData {
    const memberNodes = nodesOf(queryConnection(data, 'Buying_Center_Member__c'));
    const members = memberNodes.map(
        (node) => flattenNode(node) as unknown as BuyingCenterMemberRecord
    );
    const opportunityNodes = nodesOf(queryConnection(data, 'Opportunity'));
    const evidenceNodes = opportunityNodes.flatMap((node) =>
        nodesOf(node.Deal_Evidence__r as GraphQLConnection | undefined)
    );
    const competitorNodes = opportunityNodes.flatMap((node) =>
        nodesOf(node.Deal_Competitors__r as GraphQLConnection | undefined)
    );
    const criterionNodes = nodesOf(queryConnection(data, STAGE_CRITERION_OBJECT));
    const frameworkNodes = nodesOf(queryConnection(data, SALES_FRAMEWORK_OBJECT));
    const groupNodes = nodesOf(queryConnection(data, FRAMEWORK_GROUP_OBJECT));
    const optional = STAGE_CRITERIA_SETUP_OPTIONAL_FIELDS;
    const sample = opportunityNodes.map((node) => {
        const opportunity = flattenNode(node) as unknown as OpportunityRecord;
        return {
            opportunity,
            ownerName: parentText(flattenNode(node), 'Owner', 'Name'),
            evidence: recordsOf<DealEvidenceRecord>(
                node.Deal_Evidence__r as GraphQLConnection | undefined
            ),
            members: opportunity.Buying_Center__c
                ? members.filter(
                      (member) => member.Buying_Center__c === opportunity.Buying_Center__c
                  )
                : [],
            competitors: dealCompetitorsOf(node)
        };
    });
    return {
        criteria: criterionNodes.map((node) => flattenNode(node) as unknown as StageCriterionView),
        ...salesProcessOf(data),
        sample,
        access: objectAccessOf(data, STAGE_CRITERION_OBJECT),
        hiddenFields: uniqueHiddenFields(
            hiddenFieldsOf(criterionNodes, STAGE_CRITERION_OBJECT, optional.Stage_Criterion__c),
            hiddenFieldsOf(frameworkNodes, SALES_FRAMEWORK_OBJECT, optional.Sales_Framework__c),
            hiddenFieldsOf(groupNodes, FRAMEWORK_GROUP_OBJECT, optional.Framework_Group__c),
            hiddenFieldsOf(opportunityNodes, 'Opportunity', optional.Opportunity),
            hiddenFieldsOf(evidenceNodes, 'Deal_Evidence__c', optional.Deal_Evidence__c),
            hiddenFieldsOf(competitorNodes, DEAL_COMPETITOR_OBJECT, optional.Deal_Competitor__c),
            hiddenFieldsOf(
                memberNodes,
                'Buying_Center_Member__c',
                optional.Buying_Center_Member__c
            ),
            hiddenSettingsFieldsOf(data)
        ),
        settings: scoringSettingsFromGraphQL(data),
        settingsAccess: objectAccessOf(data, SCORING_SETTINGS_OBJECT),
        frameworks: frameworkNodes.map((node) => recordOf(node, SALES_FRAMEWORK_FIELDS)),
        frameworkGroups: groupNodes.map((node) => recordOf(node, FRAMEWORK_GROUP_FIELDS)),
        frameworkAccess: objectAccessOf(data, SALES_FRAMEWORK_OBJECT),
        groupAccess: objectAccessOf(data, FRAMEWORK_GROUP_OBJECT)
    };
}

/**
 * The groups of the active framework(s), as the panel's query reads them (Sales_Framework__r.Active__c):
 * the scoring core picks one framework if two are active (c/salesFramework chosenFrameworkId).
 */
export function activeFrameworkGroups(
    setup: Pick<StageCriteriaSetupData, 'frameworks' | 'frameworkGroups'>
): FrameworkGroupRecord[] {
    const active = new Set(
        setup.frameworks
            .filter((framework) => framework.Active__c === true)
            .map((framework) => framework.Id)
    );
    return setup.frameworkGroups.filter((group) => active.has(group.Sales_Framework__c));
}

/**
 * The sample deals as the scoring core takes them, with the given criteria and framework groups
 * (omitted: the active framework's, as every panel scores today).
 */
export function sampleScoringInputs(
    setup: Pick<StageCriteriaSetupData, 'sample' | 'stageOrder' | 'frameworks' | 'frameworkGroups'>,
    criteria: readonly StageCriterionView[],
    asOf: IsoDate,
    frameworkGroups: readonly FrameworkGroupRecord[] = activeFrameworkGroups(setup)
): DealScoringInput[] {
    return setup.sample.map((deal) =>
        scoringInputOf(deal, {
            criteria,
            frameworkGroups,
            stageOrder: setup.stageOrder,
            asOf
        })
    );
}

/** The criterion fields sales ops edit. */
export const STAGE_CRITERION_EDITABLE_FIELDS = [
    'Stage__c',
    'Category__c',
    'Question__c',
    'Guidance__c',
    'Importance__c',
    'Required__c',
    'Sort_Order__c',
    'Active__c'
] as const;

/** Creates (recordId blank) or updates a criterion; resolves to its id. */
export function saveStageCriterion(
    recordId: RecordId | null | undefined,
    values: RecordFields
): Promise<string> {
    const fields: RecordFields = {};
    for (const name of STAGE_CRITERION_EDITABLE_FIELDS) {
        if (name in values) {
            fields[name] = values[name] ?? null;
        }
    }
    if (!recordId && typeof fields.Question__c === 'string') {
        // Name is a Text(80) label for list views; the question itself is the criterion.
        const question = fields.Question__c;
        fields.Name = question.length > 80 ? `${question.slice(0, 79)}…` : question;
    }
    return saveRecord(STAGE_CRITERION_OBJECT, recordId, fields);
}

/** Writes new sort orders, one update per criterion whose order changed. */
export async function saveCriterionOrder(
    changes: readonly { Id: RecordId; Sort_Order__c: number }[]
): Promise<void> {
    await Promise.all(changes.map((change) => updateRecord({ fields: { ...change } })));
}

/** Deactivates (or reactivates) a criterion: deals stop (or start) being scored on it. */
export async function setCriterionActive(recordId: RecordId, active: boolean): Promise<void> {
    await updateRecord({ fields: { Id: recordId, Active__c: active } });
}

/** The restricted picklist values of a criterion, in their order (c/atlasModel). */
export { CRITERION_CATEGORIES, CRITERION_IMPORTANCES } from 'c/atlasModel';
