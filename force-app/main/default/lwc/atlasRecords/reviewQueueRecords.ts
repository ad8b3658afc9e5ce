// Reads the Deal Review Queue's answer (REVIEW_QUEUE_TEXT) into typed records: the open deals the
// user can see with their evidence, score snapshots, last review and agreed actions, what scoring
// them needs (criteria, the people of their buying centers, the settings, the sales process), sales
// ops' coaching questions, the active users and the sales targets the user can see. Every record is
// read through its field list.
import type {
    AgreedActionRecord,
    BuyingCenterMemberRecord,
    CoachingQuestionRecord,
    DealEvidenceRecord,
    DealScoreSnapshotRecord,
    IsoDate,
    OpportunityRecord,
    FrameworkGroupRecord,
    RecordId,
    SalesTargetRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import type { LastReview } from 'c/dealCoaching';
import type { DealCompetitorInput, DealScoringInput } from 'c/dealScoring';
import type { ScoringSettings } from 'c/scoringSettings';
import {
    childNodesOf,
    flattenNode,
    nodesOf,
    parentText,
    queryConnection,
    recordOf
} from './graphqlRecords';
import type { GraphQLNode } from './graphqlRecords';
import {
    AGREED_ACTION_FIELDS,
    BUYING_CENTER_MEMBER_FIELDS,
    FRAMEWORK_GROUP_FIELDS,
    COACHING_QUESTION_FIELDS,
    DEAL_EVIDENCE_FIELDS,
    DEAL_REVIEW_FIELDS,
    DEAL_SCORE_SNAPSHOT_FIELDS,
    OPPORTUNITY_FIELDS,
    SALES_TARGET_FIELDS,
    STAGE_CRITERION_FIELDS,
    USER_FIELDS
} from './objectFields';
import type { ObjectFields } from './objectFields';
import { objectAccessOf, salesProcessOf } from './salesProcess';
import { scoringSettingsFromGraphQL } from './scoringSettingsRecords';
import { membersOfDeal, scoringInputOf } from './dealInputs';
import { dealCompetitorsOf } from './competitorRecords';

export const DEAL_REVIEW_OBJECT = 'Deal_Review__c';
export const AGREED_ACTION_OBJECT = 'Agreed_Action__c';

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
    /** The deal's competitors: they cap its competition questions, as on the Deal Score panel. */
    competitors: DealCompetitorInput[];
}

export interface ReviewQueueData {
    deals: QueueDealData[];
    criteria: StageCriterionRecord[];
    /** The active sales framework's groups, as the Deal Score panel reads them (none: TAS). */
    frameworkGroups: FrameworkGroupRecord[];
    members: BuyingCenterMemberRecord[];
    /** Member id → the person's name. */
    people: Map<RecordId, string>;
    coachingQuestions: CoachingQuestionRecord[];
    users: { id: RecordId; name: string }[];
    /** The sales targets the user can see: their periods say what "this period" is. */
    targets: SalesTargetRecord[];
    stageOrder: string[];
    stageLabels: Record<string, string>;
    settings: ScoringSettings;
    canRecordReview: boolean;
    canAgreeActions: boolean;
    /** More open deals than one queue shows (200, a manager's team): the list is cut. */
    truncated: boolean;
}

function actionView(node: GraphQLNode): AgreedActionView {
    const record = flattenNode(node);
    return {
        ...recordOf(node, AGREED_ACTION_FIELDS),
        opportunityId: parentText(record, 'Deal_Review__r', 'Opportunity__c'),
        assignedToName: parentText(record, 'Assigned_To__r', 'Name')
    };
}

function queueDealOf(node: GraphQLNode, actions: readonly AgreedActionView[]): QueueDealData {
    const flat = flattenNode(node);
    const opportunity = recordOf(node, OPPORTUNITY_FIELDS);
    const [review] = childNodesOf(node, 'Deal_Reviews__r').map((child) =>
        recordOf(child, DEAL_REVIEW_FIELDS)
    );
    return {
        opportunity,
        ownerName: parentText(flat, 'Owner', 'Name'),
        buyingCenterName: parentText(flat, 'Buying_Center__r', 'Name'),
        evidence: childNodesOf(node, 'Deal_Evidence__r').map((child) =>
            recordOf(child, DEAL_EVIDENCE_FIELDS)
        ),
        // Newest first in the answer: oldest first here.
        snapshots: childNodesOf(node, 'Deal_Score_Snapshots__r')
            .map((child) => recordOf(child, DEAL_SCORE_SNAPSHOT_FIELDS))
            .reverse(),
        lastReview: review ?? null,
        actions: actions.filter((action) => action.opportunityId === opportunity.Id),
        competitors: dealCompetitorsOf(node)
    };
}

/** Reads the ReviewQueue response; a missing part reads as no records and no access. */
export function reviewQueueFromGraphQL(data: unknown): ReviewQueueData {
    const connection = queryConnection(data, 'Opportunity');
    const actions = nodesOf(queryConnection(data, AGREED_ACTION_OBJECT)).map(actionView);
    const people = new Map<RecordId, string>();
    const members = nodesOf(queryConnection(data, 'Buying_Center_Member__c')).map((node) => {
        const member = recordOf(node, BUYING_CENTER_MEMBER_FIELDS);
        const name = parentText(flattenNode(node), 'Contact__r', 'Name');
        if (name) {
            people.set(member.Id, name);
        }
        return member;
    });
    const recordsOfQuery = <R>(objectApiName: string, list: ObjectFields<R>) =>
        nodesOf(queryConnection(data, objectApiName)).map((node) => recordOf(node, list));
    return {
        deals: nodesOf(connection).map((node) => queueDealOf(node, actions)),
        criteria: recordsOfQuery('Stage_Criterion__c', STAGE_CRITERION_FIELDS),
        frameworkGroups: recordsOfQuery('Framework_Group__c', FRAMEWORK_GROUP_FIELDS),
        members,
        people,
        coachingQuestions: recordsOfQuery('Coaching_Question__c', COACHING_QUESTION_FIELDS),
        users: recordsOfQuery('User', USER_FIELDS).map((user) => ({
            id: user.Id,
            name: user.Name
        })),
        targets: recordsOfQuery('Sales_Target__c', SALES_TARGET_FIELDS),
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
    queue: Pick<ReviewQueueData, 'criteria' | 'frameworkGroups' | 'members' | 'stageOrder'>,
    asOf: IsoDate
): DealScoringInput {
    return scoringInputOf(
        {
            opportunity: deal.opportunity,
            evidence: deal.evidence,
            members: membersOfDeal(deal.opportunity, queue.members),
            competitors: deal.competitors,
            snapshots: deal.snapshots,
            buyingCenterName: deal.buyingCenterName
        },
        {
            criteria: queue.criteria,
            frameworkGroups: queue.frameworkGroups,
            stageOrder: queue.stageOrder,
            asOf
        }
    );
}
