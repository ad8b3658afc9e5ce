// Every custom label the deal score's messages are worded by: panels import each one (their map is
// typed by this list, so none is missed) and a test checks each has its label file.
import { msg } from 'c/atlasMessages';
import type { Message, MessageParam } from 'c/atlasMessages';

export const DEAL_MESSAGE_LABELS = [
    'Atlas_DSM_Action_Ask_Evidence',
    'Atlas_DSM_Action_Ask_Evidence_At',
    'Atlas_DSM_Action_Finish_Evidence',
    'Atlas_DSM_Action_Finish_Evidence_At',
    'Atlas_DSM_Action_Change_No',
    'Atlas_DSM_Action_Change_No_At',
    'Atlas_DSM_Criterion_Stage',
    'Atlas_DSM_Criterion_Stage_Required',
    'Atlas_DSM_Question_With_Category',
    'Atlas_DSM_Action_Map_People',
    'Atlas_DSM_Action_Map_People_In',
    'Atlas_DSM_Action_Find_Decider',
    'Atlas_DSM_Action_Find_Decider_In',
    'Atlas_DSM_Action_Meet_Supporter_Again',
    'Atlas_DSM_Action_Win_Over',
    'Atlas_DSM_Action_Meet_Decider',
    'Atlas_DSM_Action_Ask_Coach',
    'Atlas_DSM_Action_Find_Coach',
    'Atlas_DSM_Action_Find_Coach_In',
    'Atlas_DSM_Action_Address_Opposition',
    'Atlas_DSM_Action_Second_Thread',
    'Atlas_DSM_Action_Find_Second_Thread',
    'Atlas_DSM_Action_Update_Close_Date',
    'Atlas_DSM_Action_Set_Close_Date',
    'Atlas_DSM_Action_Log_Activity',
    'Atlas_DSM_Action_Set_Amount',
    'Atlas_DSM_Action_Link_Buying_Center',
    'Atlas_DSM_Action_Link_A_Buying_Center',
    'Atlas_DSM_Person_With_Role',
    'Atlas_DSM_Person_The_Role',
    'Atlas_DSM_Person_Unnamed'
] as const;

export type DealMessageLabel = (typeof DEAL_MESSAGE_LABELS)[number];

/** A deal score message: only labels of the list above can be named. */
export function say(label: DealMessageLabel, ...params: MessageParam[]): Message {
    return msg(label, ...params);
}
