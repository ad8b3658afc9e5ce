// The Deal Score panel's data: one GraphQL request for an opportunity with its evidence and score
// snapshots, every stage criterion, the members of the deal's buying center, the account's contacts
// (who can verify evidence), the sales process and the user's access; and the reader that turns the
// response into the typed records the dealScoring helper takes.
import { gql } from 'lightning/graphql';
import type {
    AgreedActionRecord,
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    DealScoreSnapshotRecord,
    IsoDate,
    OpportunityRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import type { DealScoringInput, PlanStepInput } from 'c/dealScoring';
import {
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    parentText,
    queryConnection,
    uniqueHiddenFields
} from 'c/atlasRecords';
import type { GraphQLConnection, GraphQLNode, HiddenField, OptionalFields } from 'c/atlasRecords';
import { fieldsUpdateable, objectAccessOf, picklistEntriesOf, salesProcessOf } from './dealStages';
import type { ScoringSettings } from 'c/scoringSettings';
import {
    SCORING_SETTINGS_FIELDS,
    hiddenSettingsFieldsOf,
    scoringSettingsFromGraphQL
} from './scoringSettingsData';

export const DEAL_EVIDENCE_OBJECT = 'Deal_Evidence__c';
export const DEAL_SCORE_SNAPSHOT_OBJECT = 'Deal_Score_Snapshot__c';
export const DEAL_SCORE_FIELDS = ['Deal_Score__c', 'Deal_Score_Band__c', 'Deal_Scored_At__c'];

/** The fields DEAL_SCORE_QUERY marks @optional: field-level security may hide them from a user. */
export const DEAL_SCORE_OPTIONAL_FIELDS: OptionalFields = {
    Opportunity: [
        'AccountId',
        'Amount',
        'Buying_Center__c',
        'Deal_Score__c',
        'Deal_Score_Band__c',
        'Deal_Scored_At__c',
        'Loss_Reason__c',
        'Competitor_Won__c'
    ],
    Deal_Evidence__c: ['State__c', 'Evidence__c', 'Verified_By__c', 'Verified_On__c'],
    Deal_Score_Snapshot__c: ['Score__c', 'Band__c', 'Stage__c', 'Taken_At__c'],
    Deal_Review__c: ['Score__c', 'Band__c', 'Next_Review_On__c'],
    Agreed_Action__c: ['Assigned_To__c', 'Due_Date__c', 'Status__c'],
    Mutual_Plan_Step__c: ['Status__c'],
    Stage_Criterion__c: [
        'Stage__c',
        'Category__c',
        'Guidance__c',
        'Importance__c',
        'Required__c',
        'Sort_Order__c',
        'Active__c'
    ],
    Buying_Center_Member__c: ['Buying_Role__c', 'Influence__c', 'Support__c', 'Coverage__c'],
    Contact: ['Title'],
    // The settings the panel scores with: the same list as SCORING_SETTINGS_FIELDS.
    Scoring_Settings__c: SCORING_SETTINGS_FIELDS
};

/**
 * Members come from the opportunity's buying center and contacts from its account through
 * semi-joins on the opportunity id, so the panel needs no second round trip for them. fieldNames
 * lists every Opportunity field whose access the panel reads, so their field infos come back
 * whether or not the API narrows the field list to the names given.
 */
export const DEAL_SCORE_QUERY = gql`
    query DealScore($opportunityId: ID) {
        uiapi {
            query {
                Opportunity(where: { Id: { eq: $opportunityId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            AccountId @optional {
                                value
                            }
                            Account @optional {
                                Name {
                                    value
                                }
                            }
                            OwnerId {
                                value
                            }
                            Owner {
                                Name {
                                    value
                                }
                            }
                            StageName {
                                value
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
                            IsWon {
                                value
                            }
                            Buying_Center__c @optional {
                                value
                            }
                            Buying_Center__r @optional {
                                Name {
                                    value
                                }
                            }
                            Loss_Reason__c @optional {
                                value
                            }
                            Competitor_Won__c @optional {
                                value
                            }
                            Deal_Score__c @optional {
                                value
                            }
                            Deal_Score_Band__c @optional {
                                value
                            }
                            Deal_Scored_At__c @optional {
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
                                        Verified_On__c @optional {
                                            value
                                        }
                                        Verified_By__r @optional {
                                            Name {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                            Deal_Reviews__r(
                                first: 1
                                orderBy: { Reviewed_On__c: { order: DESC } }
                            ) {
                                edges {
                                    node {
                                        Id
                                        Reviewed_On__c {
                                            value
                                        }
                                        Reviewer__r @optional {
                                            Name {
                                                value
                                            }
                                        }
                                        Score__c @optional {
                                            value
                                        }
                                        Band__c @optional {
                                            value
                                        }
                                        Next_Review_On__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                            Mutual_Plan_Steps__r(
                                first: 200
                                orderBy: { Due_Date__c: { order: ASC } }
                            ) {
                                edges {
                                    node {
                                        Id
                                        Name {
                                            value
                                        }
                                        Due_Date__c {
                                            value
                                        }
                                        Status__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                            Deal_Score_Snapshots__r(
                                first: 30
                                orderBy: { Taken_At__c: { order: DESC } }
                            ) {
                                edges {
                                    node {
                                        Id
                                        Opportunity__c {
                                            value
                                        }
                                        Score__c @optional {
                                            value
                                        }
                                        Band__c @optional {
                                            value
                                        }
                                        Stage__c @optional {
                                            value
                                        }
                                        Taken_At__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Agreed_Action__c(
                    where: { Deal_Review__r: { Opportunity__c: { eq: $opportunityId } } }
                    first: 200
                    orderBy: { Due_Date__c: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Deal_Review__c {
                                value
                            }
                            Assigned_To__c @optional {
                                value
                            }
                            Assigned_To__r @optional {
                                Name {
                                    value
                                }
                            }
                            Due_Date__c @optional {
                                value
                            }
                            Status__c @optional {
                                value
                            }
                        }
                    }
                }
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
                        }
                    }
                }
                Buying_Center_Member__c(
                    where: {
                        Buying_Center__c: {
                            inq: {
                                Opportunity: { Id: { eq: $opportunityId } }
                                ApiName: "Buying_Center__c"
                            }
                        }
                    }
                    first: 200
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
                        }
                    }
                }
                Contact(
                    where: {
                        AccountId: {
                            inq: {
                                Opportunity: { Id: { eq: $opportunityId } }
                                ApiName: "AccountId"
                            }
                        }
                    }
                    first: 500
                    orderBy: { LastName: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Title @optional {
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
                    {
                        apiName: "Opportunity"
                        fieldNames: [
                            "StageName"
                            "Deal_Score__c"
                            "Deal_Score_Band__c"
                            "Deal_Scored_At__c"
                            "Loss_Reason__c"
                        ]
                    }
                    { apiName: "Deal_Evidence__c" }
                    { apiName: "Deal_Score_Snapshot__c" }
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

/** A criterion with the guidance the checklist shows. */
export interface StageCriterionView extends StageCriterionRecord {
    Guidance__c?: string | null;
}

/** Evidence with the verifying contact's name. */
export interface DealEvidenceView extends DealEvidenceRecord {
    verifiedByName: string | null;
}

export interface ContactOption {
    Id: string;
    Name: string;
    Title?: string | null;
}

/** What the user may do on the panel (object and field access; record sharing is the server's). */
export interface DealAccess {
    canRecordEvidence: boolean;
    canEditEvidence: boolean;
    canAdvanceStage: boolean;
    canStoreScore: boolean;
    canSnapshot: boolean;
}

/** The deal's parents, by name, for the deal in view and the scoring messages. */
export interface DealParents {
    accountName: string | null;
    ownerName: string | null;
    buyingCenterName: string | null;
}

/** The deal's last review, as the panel shows it. */
export interface DealReviewView {
    Id: string;
    Reviewed_On__c: string;
    reviewerName: string | null;
    Score__c?: number | null;
    Band__c?: string | null;
    Next_Review_On__c?: string | null;
}

/** An agreed action of one of the deal's reviews, with the assignee's name. */
export interface DealAgreedActionView extends AgreedActionRecord {
    assignedToName: string | null;
}

export interface DealScoreData extends DealParents {
    opportunity: OpportunityRecord | null;
    /** The latest deal review, or null when the deal was never reviewed. */
    lastReview: DealReviewView | null;
    /** The agreed actions of all the deal's reviews, soonest due first. */
    agreedActions: DealAgreedActionView[];
    /** The deal's mutual plan steps by due date: the plan's risks (c/dealScoring planStepRisks). */
    planSteps: PlanStepInput[];
    evidence: DealEvidenceView[];
    criteria: StageCriterionView[];
    members: BuyingCenterMemberRecord[];
    contacts: ContactOption[];
    /** Oldest first. */
    snapshots: DealScoreSnapshotRecord[];
    stageOrder: string[];
    stageLabels: Record<string, string>;
    /** Loss_Reason__c value → its label. */
    lossReasonLabels: Record<string, string>;
    access: DealAccess;
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
    /** The scoring settings in force (the defaults when none are saved). */
    settings: ScoringSettings;
}

function evidenceView(node: GraphQLNode): DealEvidenceView {
    const record = flattenNode(node);
    return {
        ...(record as unknown as DealEvidenceRecord),
        verifiedByName: parentText(record, 'Verified_By__r', 'Name')
    };
}

function reviewView(node: GraphQLNode): DealReviewView {
    const record = flattenNode(node);
    return {
        ...(record as unknown as Omit<DealReviewView, 'reviewerName'>),
        reviewerName: parentText(record, 'Reviewer__r', 'Name')
    };
}

const byTakenAt = (a: DealScoreSnapshotRecord, b: DealScoreSnapshotRecord): number =>
    String(a.Taken_At__c ?? '').localeCompare(String(b.Taken_At__c ?? ''));

/** Reads the DealScore response; a missing part reads as no records and no access. */
export function dealScoreFromGraphQL(data: unknown): DealScoreData {
    const [node] = nodesOf(queryConnection(data, 'Opportunity'));
    const evidenceNodes = nodesOf(node?.Deal_Evidence__r as GraphQLConnection | undefined);
    const snapshotNodes = nodesOf(node?.Deal_Score_Snapshots__r as GraphQLConnection | undefined);
    const [reviewNode] = nodesOf(node?.Deal_Reviews__r as GraphQLConnection | undefined);
    const planStepNodes = nodesOf(node?.Mutual_Plan_Steps__r as GraphQLConnection | undefined);
    const actionNodes = nodesOf(queryConnection(data, 'Agreed_Action__c'));
    const criterionNodes = nodesOf(queryConnection(data, 'Stage_Criterion__c'));
    const memberNodes = nodesOf(queryConnection(data, 'Buying_Center_Member__c'));
    const contactNodes = nodesOf(queryConnection(data, 'Contact'));
    const hidden = (nodes: GraphQLNode[], objectApiName: string): HiddenField[] =>
        hiddenFieldsOf(nodes, objectApiName, DEAL_SCORE_OPTIONAL_FIELDS[objectApiName]);
    const opportunity = node ? (flattenNode(node) as unknown as OpportunityRecord) : null;
    const { stageOrder, stageLabels } = salesProcessOf(
        data,
        opportunity?.IsClosed === true && opportunity.StageName ? [opportunity.StageName] : []
    );
    const evidenceAccess = objectAccessOf(data, DEAL_EVIDENCE_OBJECT);
    const opportunityAccess = objectAccessOf(data, 'Opportunity');
    const flat = node ? flattenNode(node) : {};
    return {
        opportunity,
        accountName: parentText(flat, 'Account', 'Name'),
        ownerName: parentText(flat, 'Owner', 'Name'),
        buyingCenterName: parentText(flat, 'Buying_Center__r', 'Name'),
        lastReview: reviewNode ? reviewView(reviewNode) : null,
        agreedActions: actionNodes.map((action) => {
            const record = flattenNode(action);
            return {
                ...(record as unknown as AgreedActionRecord),
                assignedToName: parentText(record, 'Assigned_To__r', 'Name')
            };
        }),
        planSteps: planStepNodes.map((step) => flattenNode(step) as unknown as PlanStepInput),
        evidence: evidenceNodes.map(evidenceView),
        criteria: criterionNodes.map(
            (criterion) => flattenNode(criterion) as unknown as StageCriterionView
        ),
        members: memberNodes.map(
            (member) => flattenNode(member) as unknown as BuyingCenterMemberRecord
        ),
        contacts: contactNodes.map((contact) => flattenNode(contact) as unknown as ContactOption),
        snapshots: snapshotNodes
            .map((snapshot) => flattenNode(snapshot) as unknown as DealScoreSnapshotRecord)
            .sort(byTakenAt),
        stageOrder,
        stageLabels,
        lossReasonLabels: Object.fromEntries(
            picklistEntriesOf(data, 'Opportunity', 'Loss_Reason__c').map((entry) => [
                entry.value,
                entry.label
            ])
        ),
        settings: scoringSettingsFromGraphQL(data),
        access: {
            canRecordEvidence: evidenceAccess.canCreate,
            canEditEvidence: evidenceAccess.canEdit,
            canAdvanceStage:
                opportunityAccess.canEdit && fieldsUpdateable(data, 'Opportunity', ['StageName']),
            canStoreScore:
                opportunityAccess.canEdit &&
                fieldsUpdateable(data, 'Opportunity', DEAL_SCORE_FIELDS),
            canSnapshot: objectAccessOf(data, DEAL_SCORE_SNAPSHOT_OBJECT).canCreate
        },
        hiddenFields: uniqueHiddenFields(
            hidden(node ? [node] : [], 'Opportunity'),
            hidden(evidenceNodes, DEAL_EVIDENCE_OBJECT),
            hidden(snapshotNodes, DEAL_SCORE_SNAPSHOT_OBJECT),
            hidden(reviewNode ? [reviewNode] : [], 'Deal_Review__c'),
            hidden(actionNodes, 'Agreed_Action__c'),
            hidden(planStepNodes, 'Mutual_Plan_Step__c'),
            hidden(criterionNodes, 'Stage_Criterion__c'),
            hidden(memberNodes, 'Buying_Center_Member__c'),
            hidden(contactNodes, 'Contact'),
            hiddenSettingsFieldsOf(data)
        )
    };
}

// Stage history from the snapshots is the scoring core's (one rule for panels and the atlas command).
export { stageHistoryFromSnapshots };

/** The deal as the scoring core takes it, as of the given day. */
export function dealScoringInputOf(deal: DealScoreData, asOf: IsoDate): DealScoringInput | null {
    if (!deal.opportunity) {
        return null;
    }
    return {
        opportunity: deal.opportunity,
        evidence: deal.evidence,
        criteria: deal.criteria,
        stageOrder: deal.stageOrder,
        members: deal.members,
        stageHistory: stageHistoryFromSnapshots(deal.snapshots),
        // People and the buying center by name: reasons, risks and actions say who they mean.
        contacts: deal.contacts,
        buyingCenterName: deal.buyingCenterName,
        asOf,
        evidenceTextHidden: evidenceTextHidden(deal)
    };
}

/** Field-level security hides what the customer did or said (Evidence__c) from this user. */
export function evidenceTextHidden(deal: Pick<DealScoreData, 'hiddenFields'>): boolean {
    return deal.hiddenFields.some(
        (field) =>
            field.objectApiName === DEAL_EVIDENCE_OBJECT && field.fieldApiName === 'Evidence__c'
    );
}
