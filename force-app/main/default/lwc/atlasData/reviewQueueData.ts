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
import {
    REVIEW_QUEUE_TEXT,
    flattenNode,
    nodesOf,
    parentText,
    queryConnection,
    recordsOf
} from 'c/atlasRecords';
import type { GraphQLConnection } from 'c/atlasRecords';
import { objectAccessOf, salesProcessOf } from './dealStages';
import { stageHistoryFromSnapshots } from './dealScoreData';
import { scoringSettingsFromGraphQL } from './scoringSettingsData';

export const DEAL_REVIEW_OBJECT = 'Deal_Review__c';
export const AGREED_ACTION_OBJECT = 'Agreed_Action__c';

/** The queue's one request (its text is built in c/atlasRecords: REVIEW_QUEUE_TEXT). */
export const REVIEW_QUEUE_QUERY = gql`
    ${REVIEW_QUEUE_TEXT}
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
