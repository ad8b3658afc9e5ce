// The custom labels the next best actions are worded by (c/dealScoring's actionMessages.ts and
// wording.ts), and the labels that join parts of any message.
import Atlas_MSG_List_Comma from '@salesforce/label/c.Atlas_MSG_List_Comma';
import Atlas_MSG_List_And from '@salesforce/label/c.Atlas_MSG_List_And';
import Atlas_MSG_List_Semicolon from '@salesforce/label/c.Atlas_MSG_List_Semicolon';
import Atlas_MSG_Sentences from '@salesforce/label/c.Atlas_MSG_Sentences';
import Atlas_DSM_Action_Ask_Evidence from '@salesforce/label/c.Atlas_DSM_Action_Ask_Evidence';
import Atlas_DSM_Action_Ask_Evidence_At from '@salesforce/label/c.Atlas_DSM_Action_Ask_Evidence_At';
import Atlas_DSM_Action_Finish_Evidence from '@salesforce/label/c.Atlas_DSM_Action_Finish_Evidence';
import Atlas_DSM_Action_Finish_Evidence_At from '@salesforce/label/c.Atlas_DSM_Action_Finish_Evidence_At';
import Atlas_DSM_Action_Change_No from '@salesforce/label/c.Atlas_DSM_Action_Change_No';
import Atlas_DSM_Action_Change_No_At from '@salesforce/label/c.Atlas_DSM_Action_Change_No_At';
import Atlas_DSM_Criterion_Stage from '@salesforce/label/c.Atlas_DSM_Criterion_Stage';
import Atlas_DSM_Criterion_Stage_Required from '@salesforce/label/c.Atlas_DSM_Criterion_Stage_Required';
import Atlas_DSM_Criterion_Stage_Waived from '@salesforce/label/c.Atlas_DSM_Criterion_Stage_Waived';
import Atlas_DSM_Question_With_Category from '@salesforce/label/c.Atlas_DSM_Question_With_Category';
import Atlas_DSM_Action_Map_People from '@salesforce/label/c.Atlas_DSM_Action_Map_People';
import Atlas_DSM_Action_Map_People_In from '@salesforce/label/c.Atlas_DSM_Action_Map_People_In';
import Atlas_DSM_Action_Find_Decider from '@salesforce/label/c.Atlas_DSM_Action_Find_Decider';
import Atlas_DSM_Action_Find_Decider_In from '@salesforce/label/c.Atlas_DSM_Action_Find_Decider_In';
import Atlas_DSM_Action_Meet_Supporter_Again from '@salesforce/label/c.Atlas_DSM_Action_Meet_Supporter_Again';
import Atlas_DSM_Action_Win_Over from '@salesforce/label/c.Atlas_DSM_Action_Win_Over';
import Atlas_DSM_Action_Meet_Decider from '@salesforce/label/c.Atlas_DSM_Action_Meet_Decider';
import Atlas_DSM_Action_Meet_Stale from '@salesforce/label/c.Atlas_DSM_Action_Meet_Stale';
import Atlas_DSM_Action_Ask_Coach from '@salesforce/label/c.Atlas_DSM_Action_Ask_Coach';
import Atlas_DSM_Action_Find_Coach from '@salesforce/label/c.Atlas_DSM_Action_Find_Coach';
import Atlas_DSM_Action_Find_Coach_In from '@salesforce/label/c.Atlas_DSM_Action_Find_Coach_In';
import Atlas_DSM_Action_Address_Opposition from '@salesforce/label/c.Atlas_DSM_Action_Address_Opposition';
import Atlas_DSM_Action_Second_Thread from '@salesforce/label/c.Atlas_DSM_Action_Second_Thread';
import Atlas_DSM_Action_Find_Second_Thread from '@salesforce/label/c.Atlas_DSM_Action_Find_Second_Thread';
import Atlas_DSM_Action_Update_Close_Date from '@salesforce/label/c.Atlas_DSM_Action_Update_Close_Date';
import Atlas_DSM_Action_Set_Close_Date from '@salesforce/label/c.Atlas_DSM_Action_Set_Close_Date';
import Atlas_DSM_Action_Log_Activity from '@salesforce/label/c.Atlas_DSM_Action_Log_Activity';
import Atlas_DSM_Action_Set_Amount from '@salesforce/label/c.Atlas_DSM_Action_Set_Amount';
import Atlas_DSM_Action_Link_Buying_Center from '@salesforce/label/c.Atlas_DSM_Action_Link_Buying_Center';
import Atlas_DSM_Action_Link_A_Buying_Center from '@salesforce/label/c.Atlas_DSM_Action_Link_A_Buying_Center';
import Atlas_DSM_Person_With_Role from '@salesforce/label/c.Atlas_DSM_Person_With_Role';
import Atlas_DSM_Person_The_Role from '@salesforce/label/c.Atlas_DSM_Person_The_Role';
import Atlas_DSM_Person_Unnamed from '@salesforce/label/c.Atlas_DSM_Person_Unnamed';

export const ACTION_TEXTS = {
    Atlas_MSG_List_Comma,
    Atlas_MSG_List_And,
    Atlas_MSG_List_Semicolon,
    Atlas_MSG_Sentences,
    Atlas_DSM_Action_Ask_Evidence,
    Atlas_DSM_Action_Ask_Evidence_At,
    Atlas_DSM_Action_Finish_Evidence,
    Atlas_DSM_Action_Finish_Evidence_At,
    Atlas_DSM_Action_Change_No,
    Atlas_DSM_Action_Change_No_At,
    Atlas_DSM_Criterion_Stage,
    Atlas_DSM_Criterion_Stage_Required,
    Atlas_DSM_Criterion_Stage_Waived,
    Atlas_DSM_Question_With_Category,
    Atlas_DSM_Action_Map_People,
    Atlas_DSM_Action_Map_People_In,
    Atlas_DSM_Action_Find_Decider,
    Atlas_DSM_Action_Find_Decider_In,
    Atlas_DSM_Action_Meet_Supporter_Again,
    Atlas_DSM_Action_Win_Over,
    Atlas_DSM_Action_Meet_Decider,
    Atlas_DSM_Action_Meet_Stale,
    Atlas_DSM_Action_Ask_Coach,
    Atlas_DSM_Action_Find_Coach,
    Atlas_DSM_Action_Find_Coach_In,
    Atlas_DSM_Action_Address_Opposition,
    Atlas_DSM_Action_Second_Thread,
    Atlas_DSM_Action_Find_Second_Thread,
    Atlas_DSM_Action_Update_Close_Date,
    Atlas_DSM_Action_Set_Close_Date,
    Atlas_DSM_Action_Log_Activity,
    Atlas_DSM_Action_Set_Amount,
    Atlas_DSM_Action_Link_Buying_Center,
    Atlas_DSM_Action_Link_A_Buying_Center,
    Atlas_DSM_Person_With_Role,
    Atlas_DSM_Person_The_Role,
    Atlas_DSM_Person_Unnamed
};
