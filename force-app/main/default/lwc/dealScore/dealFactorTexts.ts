// The custom labels the factors' names, reasons and lines are worded by (c/dealScoring's
// messages.ts and criterionMessages.ts).
import Atlas_DSM_Factor_Evidence from '@salesforce/label/c.Atlas_DSM_Factor_Evidence';
import Atlas_DSM_Factor_Qualification from '@salesforce/label/c.Atlas_DSM_Factor_Qualification';
import Atlas_DSM_Factor_Relationships from '@salesforce/label/c.Atlas_DSM_Factor_Relationships';
import Atlas_DSM_Factor_Hygiene from '@salesforce/label/c.Atlas_DSM_Factor_Hygiene';
import Atlas_DSM_Share_Half from '@salesforce/label/c.Atlas_DSM_Share_Half';
import Atlas_DSM_Share_Of from '@salesforce/label/c.Atlas_DSM_Share_Of';
import Atlas_DSM_Reason_No_Stage from '@salesforce/label/c.Atlas_DSM_Reason_No_Stage';
import Atlas_DSM_Reason_No_Criteria from '@salesforce/label/c.Atlas_DSM_Reason_No_Criteria';
import Atlas_DSM_This_Stage from '@salesforce/label/c.Atlas_DSM_This_Stage';
import Atlas_DSM_Reason_No_Questions from '@salesforce/label/c.Atlas_DSM_Reason_No_Questions';
import Atlas_DSM_Line_Question_Not_Set_Up from '@salesforce/label/c.Atlas_DSM_Line_Question_Not_Set_Up';
import Atlas_DSM_State_Met from '@salesforce/label/c.Atlas_DSM_State_Met';
import Atlas_DSM_State_In_Progress from '@salesforce/label/c.Atlas_DSM_State_In_Progress';
import Atlas_DSM_State_Said_No from '@salesforce/label/c.Atlas_DSM_State_Said_No';
import Atlas_DSM_State_Not_Assessed from '@salesforce/label/c.Atlas_DSM_State_Not_Assessed';
import Atlas_DSM_Verified_By_On from '@salesforce/label/c.Atlas_DSM_Verified_By_On';
import Atlas_DSM_Verified_By from '@salesforce/label/c.Atlas_DSM_Verified_By';
import Atlas_DSM_Verified_On from '@salesforce/label/c.Atlas_DSM_Verified_On';
import Atlas_DSM_Stage_Required from '@salesforce/label/c.Atlas_DSM_Stage_Required';
import Atlas_DSM_Line_Criterion from '@salesforce/label/c.Atlas_DSM_Line_Criterion';
import Atlas_DSM_Line_Question from '@salesforce/label/c.Atlas_DSM_Line_Question';
import Atlas_DSM_Count_In_Progress from '@salesforce/label/c.Atlas_DSM_Count_In_Progress';
import Atlas_DSM_Count_Said_No from '@salesforce/label/c.Atlas_DSM_Count_Said_No';
import Atlas_DSM_Count_Not_Assessed from '@salesforce/label/c.Atlas_DSM_Count_Not_Assessed';
import Atlas_DSM_Criteria_One from '@salesforce/label/c.Atlas_DSM_Criteria_One';
import Atlas_DSM_Criteria_Other from '@salesforce/label/c.Atlas_DSM_Criteria_Other';
import Atlas_DSM_Reason_Evidence from '@salesforce/label/c.Atlas_DSM_Reason_Evidence';
import Atlas_DSM_Reason_Evidence_Counts from '@salesforce/label/c.Atlas_DSM_Reason_Evidence_Counts';
import Atlas_DSM_Question_Not_Asked from '@salesforce/label/c.Atlas_DSM_Question_Not_Asked';
import Atlas_DSM_Question_Not_Assessed from '@salesforce/label/c.Atlas_DSM_Question_Not_Assessed';
import Atlas_DSM_Question_Share from '@salesforce/label/c.Atlas_DSM_Question_Share';
import Atlas_DSM_Reason_Qualification from '@salesforce/label/c.Atlas_DSM_Reason_Qualification';
import Atlas_DSM_Reason_Qualification_Counts from '@salesforce/label/c.Atlas_DSM_Reason_Qualification_Counts';
import Atlas_DSM_Reason_Relationships_Unknown from '@salesforce/label/c.Atlas_DSM_Reason_Relationships_Unknown';
import Atlas_DSM_Line_Decider_Supports from '@salesforce/label/c.Atlas_DSM_Line_Decider_Supports';
import Atlas_DSM_Line_Deciders_Support from '@salesforce/label/c.Atlas_DSM_Line_Deciders_Support';
import Atlas_DSM_Line_Decider_Known from '@salesforce/label/c.Atlas_DSM_Line_Decider_Known';
import Atlas_DSM_Line_No_Decider from '@salesforce/label/c.Atlas_DSM_Line_No_Decider';
import Atlas_DSM_Line_Coach from '@salesforce/label/c.Atlas_DSM_Line_Coach';
import Atlas_DSM_Line_Coaches from '@salesforce/label/c.Atlas_DSM_Line_Coaches';
import Atlas_DSM_Line_No_Coach from '@salesforce/label/c.Atlas_DSM_Line_No_Coach';
import Atlas_DSM_Line_Opponent from '@salesforce/label/c.Atlas_DSM_Line_Opponent';
import Atlas_DSM_Line_Opponents from '@salesforce/label/c.Atlas_DSM_Line_Opponents';
import Atlas_DSM_Line_Opponents_Engaged from '@salesforce/label/c.Atlas_DSM_Line_Opponents_Engaged';
import Atlas_DSM_Line_No_Opposition from '@salesforce/label/c.Atlas_DSM_Line_No_Opposition';
import Atlas_DSM_Line_Threads from '@salesforce/label/c.Atlas_DSM_Line_Threads';
import Atlas_DSM_Line_One_Thread from '@salesforce/label/c.Atlas_DSM_Line_One_Thread';
import Atlas_DSM_Line_No_Thread from '@salesforce/label/c.Atlas_DSM_Line_No_Thread';
import Atlas_DSM_Reason_Relationships_One from '@salesforce/label/c.Atlas_DSM_Reason_Relationships_One';
import Atlas_DSM_Reason_Relationships_Other from '@salesforce/label/c.Atlas_DSM_Reason_Relationships_Other';
import Atlas_DSM_Map_Red from '@salesforce/label/c.Atlas_DSM_Map_Red';
import Atlas_DSM_Map_Amber from '@salesforce/label/c.Atlas_DSM_Map_Amber';
import Atlas_DSM_Map_Green from '@salesforce/label/c.Atlas_DSM_Map_Green';
import Atlas_DSM_Line_No_Close_Date from '@salesforce/label/c.Atlas_DSM_Line_No_Close_Date';
import Atlas_DSM_Line_Close_Date_Past from '@salesforce/label/c.Atlas_DSM_Line_Close_Date_Past';
import Atlas_DSM_Line_Close_Date_Unknown from '@salesforce/label/c.Atlas_DSM_Line_Close_Date_Unknown';
import Atlas_DSM_Line_Close_Date_Closed from '@salesforce/label/c.Atlas_DSM_Line_Close_Date_Closed';
import Atlas_DSM_Line_Close_Date_Ahead from '@salesforce/label/c.Atlas_DSM_Line_Close_Date_Ahead';
import Atlas_DSM_Line_Activity_Closed from '@salesforce/label/c.Atlas_DSM_Line_Activity_Closed';
import Atlas_DSM_Line_Activity_Unknown from '@salesforce/label/c.Atlas_DSM_Line_Activity_Unknown';
import Atlas_DSM_Line_Activity_Stale from '@salesforce/label/c.Atlas_DSM_Line_Activity_Stale';
import Atlas_DSM_Line_Activity_Today from '@salesforce/label/c.Atlas_DSM_Line_Activity_Today';
import Atlas_DSM_Line_Activity_Ago from '@salesforce/label/c.Atlas_DSM_Line_Activity_Ago';
import Atlas_DSM_Days_One from '@salesforce/label/c.Atlas_DSM_Days_One';
import Atlas_DSM_Days_Other from '@salesforce/label/c.Atlas_DSM_Days_Other';
import Atlas_DSM_Line_Stage_Time_Closed from '@salesforce/label/c.Atlas_DSM_Line_Stage_Time_Closed';
import Atlas_DSM_Line_Stage_Time_Unknown from '@salesforce/label/c.Atlas_DSM_Line_Stage_Time_Unknown';
import Atlas_DSM_Line_Stage_Time_Long from '@salesforce/label/c.Atlas_DSM_Line_Stage_Time_Long';
import Atlas_DSM_Line_Stage_Time_Normal from '@salesforce/label/c.Atlas_DSM_Line_Stage_Time_Normal';
import Atlas_DSM_Line_No_Amount from '@salesforce/label/c.Atlas_DSM_Line_No_Amount';
import Atlas_DSM_Line_Zero_Amount from '@salesforce/label/c.Atlas_DSM_Line_Zero_Amount';
import Atlas_DSM_Line_Amount from '@salesforce/label/c.Atlas_DSM_Line_Amount';
import Atlas_DSM_Line_No_Buying_Center from '@salesforce/label/c.Atlas_DSM_Line_No_Buying_Center';
import Atlas_DSM_Line_Buying_Center from '@salesforce/label/c.Atlas_DSM_Line_Buying_Center';
import Atlas_DSM_Line_A_Buying_Center from '@salesforce/label/c.Atlas_DSM_Line_A_Buying_Center';
import Atlas_DSM_Line_Went_Back from '@salesforce/label/c.Atlas_DSM_Line_Went_Back';
import Atlas_DSM_Line_Only_Forward from '@salesforce/label/c.Atlas_DSM_Line_Only_Forward';
import Atlas_DSM_Line_Moves_Unknown from '@salesforce/label/c.Atlas_DSM_Line_Moves_Unknown';
import Atlas_DSM_Reason_Hygiene_In_Order from '@salesforce/label/c.Atlas_DSM_Reason_Hygiene_In_Order';
import Atlas_DSM_Reason_Hygiene_Problem from '@salesforce/label/c.Atlas_DSM_Reason_Hygiene_Problem';
import Atlas_DSM_Reason_Hygiene_Problems from '@salesforce/label/c.Atlas_DSM_Reason_Hygiene_Problems';

export const FACTOR_TEXTS = {
    Atlas_DSM_Factor_Evidence,
    Atlas_DSM_Factor_Qualification,
    Atlas_DSM_Factor_Relationships,
    Atlas_DSM_Factor_Hygiene,
    Atlas_DSM_Share_Half,
    Atlas_DSM_Share_Of,
    Atlas_DSM_Reason_No_Stage,
    Atlas_DSM_Reason_No_Criteria,
    Atlas_DSM_This_Stage,
    Atlas_DSM_Reason_No_Questions,
    Atlas_DSM_Line_Question_Not_Set_Up,
    Atlas_DSM_State_Met,
    Atlas_DSM_State_In_Progress,
    Atlas_DSM_State_Said_No,
    Atlas_DSM_State_Not_Assessed,
    Atlas_DSM_Verified_By_On,
    Atlas_DSM_Verified_By,
    Atlas_DSM_Verified_On,
    Atlas_DSM_Stage_Required,
    Atlas_DSM_Line_Criterion,
    Atlas_DSM_Line_Question,
    Atlas_DSM_Count_In_Progress,
    Atlas_DSM_Count_Said_No,
    Atlas_DSM_Count_Not_Assessed,
    Atlas_DSM_Criteria_One,
    Atlas_DSM_Criteria_Other,
    Atlas_DSM_Reason_Evidence,
    Atlas_DSM_Reason_Evidence_Counts,
    Atlas_DSM_Question_Not_Asked,
    Atlas_DSM_Question_Not_Assessed,
    Atlas_DSM_Question_Share,
    Atlas_DSM_Reason_Qualification,
    Atlas_DSM_Reason_Qualification_Counts,
    Atlas_DSM_Reason_Relationships_Unknown,
    Atlas_DSM_Line_Decider_Supports,
    Atlas_DSM_Line_Deciders_Support,
    Atlas_DSM_Line_Decider_Known,
    Atlas_DSM_Line_No_Decider,
    Atlas_DSM_Line_Coach,
    Atlas_DSM_Line_Coaches,
    Atlas_DSM_Line_No_Coach,
    Atlas_DSM_Line_Opponent,
    Atlas_DSM_Line_Opponents,
    Atlas_DSM_Line_Opponents_Engaged,
    Atlas_DSM_Line_No_Opposition,
    Atlas_DSM_Line_Threads,
    Atlas_DSM_Line_One_Thread,
    Atlas_DSM_Line_No_Thread,
    Atlas_DSM_Reason_Relationships_One,
    Atlas_DSM_Reason_Relationships_Other,
    Atlas_DSM_Map_Red,
    Atlas_DSM_Map_Amber,
    Atlas_DSM_Map_Green,
    Atlas_DSM_Line_No_Close_Date,
    Atlas_DSM_Line_Close_Date_Past,
    Atlas_DSM_Line_Close_Date_Unknown,
    Atlas_DSM_Line_Close_Date_Closed,
    Atlas_DSM_Line_Close_Date_Ahead,
    Atlas_DSM_Line_Activity_Closed,
    Atlas_DSM_Line_Activity_Unknown,
    Atlas_DSM_Line_Activity_Stale,
    Atlas_DSM_Line_Activity_Today,
    Atlas_DSM_Line_Activity_Ago,
    Atlas_DSM_Days_One,
    Atlas_DSM_Days_Other,
    Atlas_DSM_Line_Stage_Time_Closed,
    Atlas_DSM_Line_Stage_Time_Unknown,
    Atlas_DSM_Line_Stage_Time_Long,
    Atlas_DSM_Line_Stage_Time_Normal,
    Atlas_DSM_Line_No_Amount,
    Atlas_DSM_Line_Zero_Amount,
    Atlas_DSM_Line_Amount,
    Atlas_DSM_Line_No_Buying_Center,
    Atlas_DSM_Line_Buying_Center,
    Atlas_DSM_Line_A_Buying_Center,
    Atlas_DSM_Line_Went_Back,
    Atlas_DSM_Line_Only_Forward,
    Atlas_DSM_Line_Moves_Unknown,
    Atlas_DSM_Reason_Hygiene_In_Order,
    Atlas_DSM_Reason_Hygiene_Problem,
    Atlas_DSM_Reason_Hygiene_Problems
};
