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

export const STAGE_CRITERION_OBJECT = 'Stage_Criterion__c';
export const SALES_FRAMEWORK_OBJECT = 'Sales_Framework__c';
export const FRAMEWORK_GROUP_OBJECT = 'Framework_Group__c';

/** The fields STAGE_CRITERIA_SETUP_QUERY marks @optional: field-level security may hide them. */
export const STAGE_CRITERIA_SETUP_OPTIONAL_FIELDS: OptionalFields = {
    Stage_Criterion__c: [
        'Stage__c',
        'Category__c',
        'Guidance__c',
        'Importance__c',
        'Required__c',
        'Sort_Order__c',
        'Active__c',
        'Framework_Group__c'
    ],
    Sales_Framework__c: ['Active__c', 'Template__c', 'Description__c'],
    Framework_Group__c: ['Order__c', 'Question__c', 'Help__c'],
    Opportunity: ['Amount', 'Buying_Center__c'],
    Deal_Evidence__c: ['State__c', 'Evidence__c', 'Verified_By__c'],
    // The fields scoring reads (DEAL_COMPETITOR_FIELDS has more, for the deal page).
    Deal_Competitor__c: [
        'Competitor_Account__c',
        'Competitor_Name__c',
        'Can_We_Compete__c',
        'Compete_Evidence__c',
        'Can_We_Win__c',
        'Win_Evidence__c',
        'Verified_By__c'
    ],
    Buying_Center_Member__c: [
        'Buying_Role__c',
        'Influence__c',
        'Support__c',
        'Coverage__c',
        'Champion_Access_Test__c',
        'Champion_Access_Verified_By__c',
        'Champion_Access_Verified_On__c',
        'Champion_Sells_Test__c',
        'Champion_Sells_Verified_By__c',
        'Champion_Sells_Verified_On__c',
        'Champion_Gains_Test__c',
        'Champion_Gains_Verified_By__c',
        'Champion_Gains_Verified_On__c'
    ],
    // The settings the panel scores with: the same list as SCORING_SETTINGS_FIELDS.
    Scoring_Settings__c: SCORING_SETTINGS_FIELDS
};

/** How many open deals the preview re-scores: the most recently changed ones the user can see. */
export const PREVIEW_SAMPLE_SIZE = 100;

export const STAGE_CRITERIA_SETUP_QUERY = gql`
    query StageCriteriaSetup {
        uiapi {
            query {
                Stage_Criterion__c(first: 500, orderBy: { Sort_Order__c: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Stage__c @optional {
                                value
                            }
                            Category__c @optional {
                                value
                            }
                            Question__c {
                                value
                            }
                            Guidance__c @optional {
                                value
                            }
                            Importance__c @optional {
                                value
                            }
                            Required__c @optional {
                                value
                            }
                            Sort_Order__c @optional {
                                value
                            }
                            Active__c @optional {
                                value
                            }
                            Framework_Group__c @optional {
                                value
                            }
                        }
                    }
                }
                Sales_Framework__c(first: 200, orderBy: { Name: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Active__c @optional {
                                value
                            }
                            Template__c @optional {
                                value
                            }
                            Description__c @optional {
                                value
                            }
                        }
                    }
                }
                Framework_Group__c(first: 2000, orderBy: { Order__c: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Sales_Framework__c {
                                value
                            }
                            Key__c {
                                value
                            }
                            Weight__c {
                                value
                            }
                            Order__c @optional {
                                value
                            }
                            Question__c @optional {
                                value
                            }
                            Help__c @optional {
                                value
                            }
                        }
                    }
                }
                Opportunity(
                    where: { IsClosed: { eq: false } }
                    first: 100
                    orderBy: { LastModifiedDate: { order: DESC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            StageName {
                                value
                            }
                            Owner {
                                Name {
                                    value
                                }
                            }
                            Amount @optional {
                                value
                            }
                            CloseDate {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            LastActivityDate {
                                value
                            }
                            IsClosed {
                                value
                            }
                            Buying_Center__c @optional {
                                value
                            }
                            Deal_Evidence__r(first: 200) {
                                edges {
                                    node {
                                        Id
                                        Opportunity__c {
                                            value
                                        }
                                        Stage_Criterion__c {
                                            value
                                        }
                                        State__c @optional {
                                            value
                                        }
                                        Evidence__c @optional {
                                            value
                                        }
                                        Verified_By__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                            Deal_Competitors__r(first: 100, orderBy: { Name: { order: ASC } }) {
                                edges {
                                    node {
                                        Id
                                        Name {
                                            value
                                        }
                                        Opportunity__c {
                                            value
                                        }
                                        Competitor_Account__c @optional {
                                            value
                                        }
                                        Competitor_Name__c @optional {
                                            value
                                        }
                                        Can_We_Compete__c @optional {
                                            value
                                        }
                                        Compete_Evidence__c @optional {
                                            value
                                        }
                                        Can_We_Win__c @optional {
                                            value
                                        }
                                        Win_Evidence__c @optional {
                                            value
                                        }
                                        Verified_By__c @optional {
                                            value
                                        }
                                        Competitor_Account__r @optional {
                                            Name {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Buying_Center_Member__c(
                    where: {
                        Buying_Center__c: {
                            inq: {
                                Opportunity: { IsClosed: { eq: false } }
                                ApiName: "Buying_Center__c"
                            }
                        }
                    }
                    first: 2000
                ) {
                    edges {
                        node {
                            Id
                            Buying_Center__c {
                                value
                            }
                            Contact__c {
                                value
                            }
                            Buying_Role__c @optional {
                                value
                            }
                            Influence__c @optional {
                                value
                            }
                            Support__c @optional {
                                value
                            }
                            Coverage__c @optional {
                                value
                            }
                            Champion_Access_Test__c @optional {
                                value
                            }
                            Champion_Access_Verified_By__c @optional {
                                value
                            }
                            Champion_Access_Verified_On__c @optional {
                                value
                            }
                            Champion_Sells_Test__c @optional {
                                value
                            }
                            Champion_Sells_Verified_By__c @optional {
                                value
                            }
                            Champion_Sells_Verified_On__c @optional {
                                value
                            }
                            Champion_Gains_Test__c @optional {
                                value
                            }
                            Champion_Gains_Verified_By__c @optional {
                                value
                            }
                            Champion_Gains_Verified_On__c @optional {
                                value
                            }
                        }
                    }
                }
                Scoring_Settings__c(where: { Settings_Key__c: { eq: "Active" } }, first: 1) {
                    edges {
                        node {
                            Id
                            Evidence_Weight__c @optional {
                                value
                            }
                            Qualification_Weight__c @optional {
                                value
                            }
                            Relationships_Weight__c @optional {
                                value
                            }
                            Hygiene_Weight__c @optional {
                                value
                            }
                            At_Risk_Below__c @optional {
                                value
                            }
                            Watch_Below__c @optional {
                                value
                            }
                            Stale_Activity_Days__c @optional {
                                value
                            }
                            Stale_Relationship_Days__c @optional {
                                value
                            }
                            Days_In_Stage__c @optional {
                                value
                            }
                            History_Quarters__c @optional {
                                value
                            }
                            Unknown_Evidence_Credit__c @optional {
                                value
                            }
                            Unknown_Qualification_Credit__c @optional {
                                value
                            }
                            Unknown_Relationships_Credit__c @optional {
                                value
                            }
                        }
                    }
                }
            }
            aggregate {
                Opportunity(
                    where: { IsClosed: { eq: true } }
                    groupBy: { StageName: { group: true } }
                ) {
                    edges {
                        node {
                            aggregate {
                                StageName {
                                    value
                                }
                            }
                        }
                    }
                }
            }
            objectInfos(
                objectInfoInputs: [
                    { apiName: "Opportunity", fieldNames: ["StageName"] }
                    { apiName: "Stage_Criterion__c" }
                    { apiName: "Scoring_Settings__c" }
                    { apiName: "Sales_Framework__c" }
                    { apiName: "Framework_Group__c" }
                ]
            ) {
                ApiName
                createable
                updateable
                deletable
                defaultRecordTypeId
                fields {
                    ApiName
                    updateable
                    ... on PicklistField {
                        picklistValuesByRecordTypeIDs {
                            recordTypeID
                            picklistValues {
                                label
                                value
                            }
                        }
                    }
                }
            }
        }
    }
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
