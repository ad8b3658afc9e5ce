// Every custom label the deal review's questions, gaps and queue reasons are worded by: panels map
// each one to its text (typed by this list, so none is missed) and a test checks each label file.
import { msg } from 'c/atlasMessages';
import type { Message, MessageParam } from 'c/atlasMessages';

export const COACHING_LABELS = [
    'Atlas_DRQ_Criterion',
    'Atlas_DRQ_Customer_Said_No',
    'Atlas_DRQ_Qualification_No',
    'Atlas_DRQ_Decision_Maker',
    'Atlas_DRQ_Supportive_Decider',
    'Atlas_DRQ_Coach',
    'Atlas_DRQ_Opposition',
    'Atlas_DRQ_No_Opposition',
    'Atlas_DRQ_Single_Thread',
    'Atlas_DRQ_Stale_Relationship',
    'Atlas_DRQ_Role_Not_Covered',
    'Atlas_DRQ_People_Unknown',
    'Atlas_DRQ_Compelling_Event',
    'Atlas_DRQ_Close_Date_Past',
    'Atlas_DRQ_Quiet',
    'Atlas_DRQ_Stuck',
    'Atlas_DRQ_Went_Back',
    'Atlas_DRQ_Amount',
    'Atlas_DRQ_Buying_Center',
    'Atlas_DRQ_Overdue_Action',
    'Atlas_DRQ_Champion_Failed',
    'Atlas_DRQ_Champion_Untested',
    'Atlas_DRQ_No_Champion',
    'Atlas_DRQ_No_Economic_Buyer',
    'Atlas_DRR_Score_Fell',
    'Atlas_DRR_Gate_Blocked',
    'Atlas_DRR_Gate_Blocked_One',
    'Atlas_DRR_Close_Date_Passed',
    'Atlas_DRR_Actions_Overdue',
    'Atlas_DRR_Actions_Overdue_One',
    'Atlas_DRR_Close_Date_Slipped',
    'Atlas_DRR_Review_Due',
    'Atlas_DRR_Never_Reviewed',
    'Atlas_DRR_Not_Reviewed_Lately',
    'Atlas_DRR_Closes_This_Quarter',
    'Atlas_DRR_Large_Amount',
    'Atlas_DRR_Gone_Quiet'
] as const;

export type CoachingLabel = (typeof COACHING_LABELS)[number];

/** A coaching message: only the labels listed above may word one. */
export function say(label: CoachingLabel, ...params: MessageParam[]): Message {
    return msg(label, ...params);
}
