// The Deal Review Queue's data: one GraphQL request for the open deals the user can see (the
// platform's sharing decides whose) with their evidence, score snapshots and last review, the agreed
// actions of those deals, what scoring them needs (criteria, the people of their buying centers, the
// scoring settings, the sales process), sales ops' coaching questions and the active users.
import { gql } from 'lightning/graphql';
import type {
    AgreedActionRecord,
    BuyingCenterMemberRecord,
    CoachingQuestionRecord,
    DealEvidenceRecord,
    DealScoreSnapshotRecord,
    IsoDate,
    OpportunityRecord,
    RecordId,
    StageCriterionRecord
} from 'c/atlasModel';
import type { LastReview } from 'c/dealCoaching';
import type { DealScoringInput } from 'c/dealScoring';
import type { ScoringSettings } from 'c/scoringSettings';
import { flattenNode, nodesOf, parentText, queryConnection, recordsOf } from 'c/atlasRecords';
import type { GraphQLConnection } from 'c/atlasRecords';
import { objectAccessOf, salesProcessOf } from './dealStages';
import { stageHistoryFromSnapshots } from './dealScoreData';
import { scoringSettingsFromGraphQL } from './scoringSettingsData';

export const DEAL_REVIEW_OBJECT = 'Deal_Review__c';
export const AGREED_ACTION_OBJECT = 'Agreed_Action__c';

export const REVIEW_QUEUE_QUERY = gql`
    query ReviewQueue {
        uiapi {
            query {
                Opportunity(
                    where: { IsClosed: { eq: false } }
                    first: 200
                    orderBy: { CloseDate: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
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
                            Buying_Center__c @optional {
                                value
                            }
                            Buying_Center__r @optional {
                                Name {
                                    value
                                }
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
                                        Stage__c @optional {
                                            value
                                        }
                                        Taken_At__c @optional {
                                            value
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
                                        Score__c @optional {
                                            value
                                        }
                                        Close_Date__c @optional {
                                            value
                                        }
                                        Next_Review_On__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Agreed_Action__c(
                    where: { Deal_Review__r: { Opportunity__r: { IsClosed: { eq: false } } } }
                    first: 2000
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
                            Deal_Review__r {
                                Opportunity__c {
                                    value
                                }
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
                            Stage__c @optional {
                                value
                            }
                            Category__c @optional {
                                value
                            }
                            Question__c {
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
                            Contact__r {
                                Name {
                                    value
                                }
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
                Coaching_Question__c(
                    where: { Active__c: { eq: true } }
                    first: 200
                    orderBy: { Sort_Order__c: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Stage__c @optional {
                                value
                            }
                            Question__c {
                                value
                            }
                            Active__c @optional {
                                value
                            }
                            Sort_Order__c @optional {
                                value
                            }
                        }
                    }
                }
                User(
                    where: { IsActive: { eq: true } }
                    first: 500
                    orderBy: { LastName: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
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
                    { apiName: "Opportunity", fieldNames: ["StageName"] }
                    { apiName: "Deal_Review__c" }
                    { apiName: "Agreed_Action__c" }
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
                recordTypeInfos {
                    recordTypeId
                    name
                    master
                }
            }
        }
    }
`;

/** An agreed action with its deal and the assignee's name. */
export interface AgreedActionView extends AgreedActionRecord {
    opportunityId: RecordId | null;
    assignedToName: string | null;
}

/** One open deal of the queue with everything scoring it and asking about it needs. */
export interface QueueDealData {
    opportunity: OpportunityRecord;
    ownerName: string | null;
    buyingCenterName: string | null;
    evidence: DealEvidenceRecord[];
    /** Oldest first. */
    snapshots: DealScoreSnapshotRecord[];
    lastReview: LastReview | null;
    actions: AgreedActionView[];
}

export interface ReviewQueueData {
    deals: QueueDealData[];
    criteria: StageCriterionRecord[];
    members: BuyingCenterMemberRecord[];
    /** Member id → the person's name. */
    people: Map<RecordId, string>;
    coachingQuestions: CoachingQuestionRecord[];
    users: { id: RecordId; name: string }[];
    stageOrder: string[];
    stageLabels: Record<string, string>;
    settings: ScoringSettings;
    canRecordReview: boolean;
    canAgreeActions: boolean;
    /** More open deals than one queue shows (200, a manager's team): the list is cut. */
    truncated: boolean;
}

function actionView(node: Record<string, unknown>): AgreedActionView {
    const record = flattenNode(node);
    const review = record.Deal_Review__r as Record<string, unknown> | undefined;
    return {
        ...(record as unknown as AgreedActionRecord),
        opportunityId: (review?.Opportunity__c as string | undefined) ?? null,
        assignedToName: parentText(record, 'Assigned_To__r', 'Name')
    };
}

/** Reads the ReviewQueue response; a missing part reads as no records and no access. */
export function reviewQueueFromGraphQL(data: unknown): ReviewQueueData {
    const connection = queryConnection(data, 'Opportunity');
    const opportunityNodes = nodesOf(connection);
    const actions = nodesOf(queryConnection(data, AGREED_ACTION_OBJECT)).map(actionView);
    const memberNodes = nodesOf(queryConnection(data, 'Buying_Center_Member__c'));
    const people = new Map<RecordId, string>();
    const members = memberNodes.map((node) => {
        const record = flattenNode(node);
        const name = parentText(record, 'Contact__r', 'Name');
        if (name) {
            people.set(String(record.Id), name);
        }
        return record as unknown as BuyingCenterMemberRecord;
    });
    const deals = opportunityNodes.map((node): QueueDealData => {
        const flat = flattenNode(node);
        const opportunity = flat as unknown as OpportunityRecord;
        const [review] = recordsOf<LastReview>(
            node.Deal_Reviews__r as GraphQLConnection | undefined
        );
        return {
            opportunity,
            ownerName: parentText(flat, 'Owner', 'Name'),
            buyingCenterName: parentText(flat, 'Buying_Center__r', 'Name'),
            evidence: recordsOf<DealEvidenceRecord>(
                node.Deal_Evidence__r as GraphQLConnection | undefined
            ),
            snapshots: recordsOf<DealScoreSnapshotRecord>(
                node.Deal_Score_Snapshots__r as GraphQLConnection | undefined
            ).reverse(),
            lastReview: review ?? null,
            actions: actions.filter((action) => action.opportunityId === opportunity.Id)
        };
    });
    return {
        deals,
        criteria: recordsOf<StageCriterionRecord>(queryConnection(data, 'Stage_Criterion__c')),
        members,
        people,
        coachingQuestions: recordsOf<CoachingQuestionRecord>(
            queryConnection(data, 'Coaching_Question__c')
        ),
        users: recordsOf<{ Id: string; Name: string }>(queryConnection(data, 'User')).map(
            (user) => ({ id: user.Id, name: user.Name })
        ),
        ...salesProcessOf(data),
        settings: scoringSettingsFromGraphQL(data),
        canRecordReview: objectAccessOf(data, DEAL_REVIEW_OBJECT).canCreate,
        canAgreeActions: objectAccessOf(data, AGREED_ACTION_OBJECT).canCreate,
        truncated: connection.pageInfo?.hasNextPage === true
    };
}

/** One queue deal as the scoring core takes it, as of the given day. */
export function queueDealScoringInput(
    deal: QueueDealData,
    queue: Pick<ReviewQueueData, 'criteria' | 'members' | 'stageOrder'>,
    asOf: IsoDate
): DealScoringInput {
    const buyingCenterId = deal.opportunity.Buying_Center__c;
    return {
        opportunity: deal.opportunity,
        evidence: deal.evidence,
        criteria: queue.criteria,
        stageOrder: queue.stageOrder,
        members: buyingCenterId
            ? queue.members.filter((member) => member.Buying_Center__c === buyingCenterId)
            : [],
        stageHistory: stageHistoryFromSnapshots(deal.snapshots),
        buyingCenterName: deal.buyingCenterName,
        asOf
    };
}
