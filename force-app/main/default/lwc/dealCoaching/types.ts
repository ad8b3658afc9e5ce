// The deal review's coaching questions, queue rows and review drafts: typed plain data.
import type { Message } from 'c/atlasMessages';
import type {
    AgreedActionRecord,
    CoachingQuestionRecord,
    IsoDate,
    RecordId,
    ScoreBand
} from 'c/atlasModel';

/** The gap a coaching question comes from: what the deal's scoring result (or review) says. */
export type GapCode =
    | 'GATE_CRITERION'
    | 'UNMET_CRITERION'
    | 'CUSTOMER_SAID_NO'
    | 'QUALIFICATION_NO'
    | 'NO_DECISION_MAKER'
    | 'NO_SUPPORTIVE_DECISION_MAKER'
    | 'NO_COACH'
    | 'OPPOSITION'
    | 'NO_OPPOSITION_IDENTIFIED'
    | 'SINGLE_THREADED'
    | 'STALE_RELATIONSHIP'
    | 'ROLE_NOT_COVERED'
    | 'PEOPLE_UNKNOWN'
    | 'NO_COMPELLING_EVENT'
    | 'GONE_QUIET'
    | 'STUCK_IN_STAGE'
    | 'WENT_BACKWARDS'
    | 'NO_AMOUNT'
    | 'NO_BUYING_CENTER'
    | 'OVERDUE_ACTION'
    | 'CHAMPION_FAILED'
    | 'CHAMPION_UNTESTED'
    | 'NO_CHAMPION'
    | 'NO_ECONOMIC_BUYER'
    | 'STAGE_QUESTION';

/**
 * A question for the rep, tied to its gap. Generated questions are messages (custom labels); a
 * question sales ops wrote for the stage is their own text, shown as written.
 */
export type CoachingQuestion =
    | { key: string; gap: Exclude<GapCode, 'STAGE_QUESTION'>; message: Message }
    | { key: string; gap: 'STAGE_QUESTION'; text: string };

/** A question sales ops added for a stage (blank stage: every stage). */
export type StageQuestion = CoachingQuestionRecord;

/** Why a deal needs a conversation, most pressing first in each row. */
export type QueueReasonCode =
    | 'SCORE_FELL'
    | 'GATE_BLOCKED'
    | 'CLOSE_DATE_PASSED'
    | 'ACTIONS_OVERDUE'
    | 'CLOSE_DATE_SLIPPED'
    | 'REVIEW_DUE'
    | 'NEVER_REVIEWED'
    | 'NOT_REVIEWED_LATELY'
    | 'CLOSES_THIS_QUARTER'
    | 'LARGE_AMOUNT'
    | 'GONE_QUIET';

export interface QueueReason {
    code: QueueReasonCode;
    message: Message;
}

/** The last review of a deal, as the queue and the deal page need it. */
export interface LastReview {
    Id: RecordId;
    Reviewed_On__c: IsoDate;
    Score__c?: number | null;
    Close_Date__c?: IsoDate | null;
    Next_Review_On__c?: IsoDate | null;
}

/** One open deal as the queue ranks it: its live score and what the records say about it. */
export interface QueueDeal {
    id: RecordId;
    name: string;
    ownerId: RecordId | null;
    ownerName: string | null;
    stage: string | null;
    amount: number | null;
    closeDate: IsoDate | null;
    lastActivityDate: IsoDate | null;
    score: number;
    band: ScoreBand;
    gateBlocked: boolean;
    /** Required criteria not met yet (what blocks the gate). */
    blockingCount: number;
    /** The score a week or more ago, from the score snapshots: the trend's base. */
    earlierScore: { score: number; on: IsoDate } | null;
    lastReview: LastReview | null;
    actions: readonly AgreedActionRecord[];
}

export interface QueueSettings {
    /** A deal not reviewed for more days than this is due a conversation. */
    reviewEveryDays: number;
    /** A deal with no logged activity for more days than this has gone quiet. */
    staleActivityDays: number;
}

export interface QueueRow {
    deal: QueueDeal;
    /** Something went wrong or fell due (see isTalkFirst): shown ahead of the rest. */
    talkFirst: boolean;
    /** Higher: more pressing. */
    urgency: number;
    reasons: QueueReason[];
    /** Score change against earlierScore; null without one. */
    trend: number | null;
    /** How far the close date moved later since the last review, in days (0: it did not). */
    slipDays: number;
    overdueActions: AgreedActionRecord[];
}

/** One question of a review with the rep's answer, as the manager typed it. */
export interface AnsweredQuestion {
    question: string;
    answer: string;
}

/** An agreed action as typed in the review form. */
export interface ActionDraft {
    name: string;
    assignedTo: RecordId | null;
    dueDate: IsoDate | null;
}

export type DraftProblemCode =
    | 'NO_REVIEW_DATE'
    | 'ACTION_NO_NAME'
    | 'ACTION_NO_OWNER'
    | 'ACTION_NO_DUE_DATE'
    | 'ACTION_NAME_TOO_LONG'
    | 'NEXT_REVIEW_BEFORE_REVIEW'
    | 'EMPTY_REVIEW'
    | 'ANSWERS_TOO_LONG'
    | 'NOTES_TOO_LONG'
    | 'ACTION_DUE_BEFORE_REVIEW';

export interface DraftProblem {
    code: DraftProblemCode;
    /** The action's position in the form (0-based), for problems about one action. */
    actionIndex?: number;
}
