// The custom labels the pipeline assessment's messages are worded by (c/pipelineHealth's
// messageLabels.ts). Typed by the helper's list of labels, so a label added there and not here fails
// to compile.
import type { PipelineMessageLabel } from 'c/pipelineHealth';
import Atlas_MSG_List_Comma from '@salesforce/label/c.Atlas_MSG_List_Comma';
import Atlas_MSG_List_And from '@salesforce/label/c.Atlas_MSG_List_And';
import Atlas_MSG_List_Semicolon from '@salesforce/label/c.Atlas_MSG_List_Semicolon';
import Atlas_MSG_Sentences from '@salesforce/label/c.Atlas_MSG_Sentences';
import Atlas_PHM_As_Of_Missing from '@salesforce/label/c.Atlas_PHM_As_Of_Missing';
import Atlas_PHM_As_Of_Not_A_Date from '@salesforce/label/c.Atlas_PHM_As_Of_Not_A_Date';
import Atlas_PHM_Average_Cycle from '@salesforce/label/c.Atlas_PHM_Average_Cycle';
import Atlas_PHM_Average_Cycle_Left_Out from '@salesforce/label/c.Atlas_PHM_Average_Cycle_Left_Out';
import Atlas_PHM_Average_Won_In_Window_One from '@salesforce/label/c.Atlas_PHM_Average_Won_In_Window_One';
import Atlas_PHM_Average_Won_In_Window_Other from '@salesforce/label/c.Atlas_PHM_Average_Won_In_Window_Other';
import Atlas_PHM_Average_Won_One from '@salesforce/label/c.Atlas_PHM_Average_Won_One';
import Atlas_PHM_Average_Won_Other from '@salesforce/label/c.Atlas_PHM_Average_Won_Other';
import Atlas_PHM_Balance_Unknown from '@salesforce/label/c.Atlas_PHM_Balance_Unknown';
import Atlas_PHM_Balanced from '@salesforce/label/c.Atlas_PHM_Balanced';
import Atlas_PHM_Balanced_Evenness from '@salesforce/label/c.Atlas_PHM_Balanced_Evenness';
import Atlas_PHM_Close_Date_Past from '@salesforce/label/c.Atlas_PHM_Close_Date_Past';
import Atlas_PHM_Closed_Before_Created from '@salesforce/label/c.Atlas_PHM_Closed_Before_Created';
import Atlas_PHM_Closed_In_Window_One from '@salesforce/label/c.Atlas_PHM_Closed_In_Window_One';
import Atlas_PHM_Closed_In_Window_Other from '@salesforce/label/c.Atlas_PHM_Closed_In_Window_Other';
import Atlas_PHM_Closed_One from '@salesforce/label/c.Atlas_PHM_Closed_One';
import Atlas_PHM_Closed_Other from '@salesforce/label/c.Atlas_PHM_Closed_Other';
import Atlas_PHM_Competitive_Loss_Rate from '@salesforce/label/c.Atlas_PHM_Competitive_Loss_Rate';
import Atlas_PHM_Competitive_Loss_Rate_Named from '@salesforce/label/c.Atlas_PHM_Competitive_Loss_Rate_Named';
import Atlas_PHM_Competitor_Deals from '@salesforce/label/c.Atlas_PHM_Competitor_Deals';
import Atlas_PHM_Competitor_Unnamed from '@salesforce/label/c.Atlas_PHM_Competitor_Unnamed';
import Atlas_PHM_Confidence_High from '@salesforce/label/c.Atlas_PHM_Confidence_High';
import Atlas_PHM_Confidence_Low from '@salesforce/label/c.Atlas_PHM_Confidence_Low';
import Atlas_PHM_Confidence_Medium from '@salesforce/label/c.Atlas_PHM_Confidence_Medium';
import Atlas_PHM_Confidence_None from '@salesforce/label/c.Atlas_PHM_Confidence_None';
import Atlas_PHM_Days_One from '@salesforce/label/c.Atlas_PHM_Days_One';
import Atlas_PHM_Days_Other from '@salesforce/label/c.Atlas_PHM_Days_Other';
import Atlas_PHM_Duplicate_Opportunity from '@salesforce/label/c.Atlas_PHM_Duplicate_Opportunity';
import Atlas_PHM_Duplicate_Stage from '@salesforce/label/c.Atlas_PHM_Duplicate_Stage';
import Atlas_PHM_History_Unknown_Opportunity from '@salesforce/label/c.Atlas_PHM_History_Unknown_Opportunity';
import Atlas_PHM_History_Unknown_Stage from '@salesforce/label/c.Atlas_PHM_History_Unknown_Stage';
import Atlas_PHM_Invalid_Config from '@salesforce/label/c.Atlas_PHM_Invalid_Config';
import Atlas_PHM_Invalid_Records_One from '@salesforce/label/c.Atlas_PHM_Invalid_Records_One';
import Atlas_PHM_Invalid_Records_Other from '@salesforce/label/c.Atlas_PHM_Invalid_Records_Other';
import Atlas_PHM_Learnt_From_One from '@salesforce/label/c.Atlas_PHM_Learnt_From_One';
import Atlas_PHM_Learnt_From_Other from '@salesforce/label/c.Atlas_PHM_Learnt_From_Other';
import Atlas_PHM_Lost_Without_History_One from '@salesforce/label/c.Atlas_PHM_Lost_Without_History_One';
import Atlas_PHM_Lost_Without_History_Other from '@salesforce/label/c.Atlas_PHM_Lost_Without_History_Other';
import Atlas_PHM_Negative_Amount from '@salesforce/label/c.Atlas_PHM_Negative_Amount';
import Atlas_PHM_No_Amount_Closed from '@salesforce/label/c.Atlas_PHM_No_Amount_Closed';
import Atlas_PHM_No_Amount_Open from '@salesforce/label/c.Atlas_PHM_No_Amount_Open';
import Atlas_PHM_No_Close_Date from '@salesforce/label/c.Atlas_PHM_No_Close_Date';
import Atlas_PHM_No_Closed_Deals from '@salesforce/label/c.Atlas_PHM_No_Closed_Deals';
import Atlas_PHM_No_Closed_Deals_In_Window from '@salesforce/label/c.Atlas_PHM_No_Closed_Deals_In_Window';
import Atlas_PHM_No_Dated_Deals from '@salesforce/label/c.Atlas_PHM_No_Dated_Deals';
import Atlas_PHM_No_Decision_Rate from '@salesforce/label/c.Atlas_PHM_No_Decision_Rate';
import Atlas_PHM_No_Stage from '@salesforce/label/c.Atlas_PHM_No_Stage';
import Atlas_PHM_No_Stages from '@salesforce/label/c.Atlas_PHM_No_Stages';
import Atlas_PHM_No_Target from '@salesforce/label/c.Atlas_PHM_No_Target';
import Atlas_PHM_No_Won_Amounts from '@salesforce/label/c.Atlas_PHM_No_Won_Amounts';
import Atlas_PHM_Pebbles_One from '@salesforce/label/c.Atlas_PHM_Pebbles_One';
import Atlas_PHM_Pebbles_Other from '@salesforce/label/c.Atlas_PHM_Pebbles_Other';
import Atlas_PHM_Period_Ends_Before_Start from '@salesforce/label/c.Atlas_PHM_Period_Ends_Before_Start';
import Atlas_PHM_Period_Invalid from '@salesforce/label/c.Atlas_PHM_Period_Invalid';
import Atlas_PHM_Rock_Heavy from '@salesforce/label/c.Atlas_PHM_Rock_Heavy';
import Atlas_PHM_Rocks_One from '@salesforce/label/c.Atlas_PHM_Rocks_One';
import Atlas_PHM_Rocks_Other from '@salesforce/label/c.Atlas_PHM_Rocks_Other';
import Atlas_PHM_Rule_Above_One from '@salesforce/label/c.Atlas_PHM_Rule_Above_One';
import Atlas_PHM_Rule_Above_Zero from '@salesforce/label/c.Atlas_PHM_Rule_Above_Zero';
import Atlas_PHM_Rule_At_Least_Medium from '@salesforce/label/c.Atlas_PHM_Rule_At_Least_Medium';
import Atlas_PHM_Rule_Between_Zero_And_One from '@salesforce/label/c.Atlas_PHM_Rule_Between_Zero_And_One';
import Atlas_PHM_Rule_Share from '@salesforce/label/c.Atlas_PHM_Rule_Share';
import Atlas_PHM_Rule_Whole_Days from '@salesforce/label/c.Atlas_PHM_Rule_Whole_Days';
import Atlas_PHM_Rule_Whole_One_Or_More from '@salesforce/label/c.Atlas_PHM_Rule_Whole_One_Or_More';
import Atlas_PHM_Rule_Whole_Quarters from '@salesforce/label/c.Atlas_PHM_Rule_Whole_Quarters';
import Atlas_PHM_Rule_Whole_Zero_Or_More from '@salesforce/label/c.Atlas_PHM_Rule_Whole_Zero_Or_More';
import Atlas_PHM_Size_Mix from '@salesforce/label/c.Atlas_PHM_Size_Mix';
import Atlas_PHM_Size_Mix_Empty from '@salesforce/label/c.Atlas_PHM_Size_Mix_Empty';
import Atlas_PHM_Stage_Needed from '@salesforce/label/c.Atlas_PHM_Stage_Needed';
import Atlas_PHM_Stage_Never_Won_One from '@salesforce/label/c.Atlas_PHM_Stage_Never_Won_One';
import Atlas_PHM_Stage_Never_Won_Other from '@salesforce/label/c.Atlas_PHM_Stage_Never_Won_Other';
import Atlas_PHM_Stage_Not_Enough_History from '@salesforce/label/c.Atlas_PHM_Stage_Not_Enough_History';
import Atlas_PHM_Stage_Set_Target from '@salesforce/label/c.Atlas_PHM_Stage_Set_Target';
import Atlas_PHM_Stage_Short_By from '@salesforce/label/c.Atlas_PHM_Stage_Short_By';
import Atlas_PHM_Stage_Value_Factor from '@salesforce/label/c.Atlas_PHM_Stage_Value_Factor';
import Atlas_PHM_Stale_Activity from '@salesforce/label/c.Atlas_PHM_Stale_Activity';
import Atlas_PHM_Stale_Since_Created from '@salesforce/label/c.Atlas_PHM_Stale_Since_Created';
import Atlas_PHM_Stones_One from '@salesforce/label/c.Atlas_PHM_Stones_One';
import Atlas_PHM_Stones_Other from '@salesforce/label/c.Atlas_PHM_Stones_Other';
import Atlas_PHM_Target_Not_Positive from '@salesforce/label/c.Atlas_PHM_Target_Not_Positive';
import Atlas_PHM_Thin_Stage from '@salesforce/label/c.Atlas_PHM_Thin_Stage';
import Atlas_PHM_Thin_Stages from '@salesforce/label/c.Atlas_PHM_Thin_Stages';
import Atlas_PHM_Thin_Stages_Tied from '@salesforce/label/c.Atlas_PHM_Thin_Stages_Tied';
import Atlas_PHM_Too_Many_Stages from '@salesforce/label/c.Atlas_PHM_Too_Many_Stages';
import Atlas_PHM_Unknown_Loss_Reason from '@salesforce/label/c.Atlas_PHM_Unknown_Loss_Reason';
import Atlas_PHM_Unknown_Stage from '@salesforce/label/c.Atlas_PHM_Unknown_Stage';
import Atlas_PHM_Velocity_Inputs from '@salesforce/label/c.Atlas_PHM_Velocity_Inputs';
import Atlas_PHM_Velocity_One from '@salesforce/label/c.Atlas_PHM_Velocity_One';
import Atlas_PHM_Velocity_Other from '@salesforce/label/c.Atlas_PHM_Velocity_Other';
import Atlas_PHM_Velocity_Per_Period from '@salesforce/label/c.Atlas_PHM_Velocity_Per_Period';
import Atlas_PHM_Velocity_Period_Inputs from '@salesforce/label/c.Atlas_PHM_Velocity_Period_Inputs';
import Atlas_PHM_What_Average_Won from '@salesforce/label/c.Atlas_PHM_What_Average_Won';
import Atlas_PHM_What_Competitive_Loss_Rate from '@salesforce/label/c.Atlas_PHM_What_Competitive_Loss_Rate';
import Atlas_PHM_What_Cycle from '@salesforce/label/c.Atlas_PHM_What_Cycle';
import Atlas_PHM_What_No_Decision_Rate from '@salesforce/label/c.Atlas_PHM_What_No_Decision_Rate';
import Atlas_PHM_What_Win_Rate from '@salesforce/label/c.Atlas_PHM_What_Win_Rate';
import Atlas_PHM_Win_Rate from '@salesforce/label/c.Atlas_PHM_Win_Rate';

export const PIPELINE_MESSAGE_TEXTS: Readonly<Record<PipelineMessageLabel, string>> = {
    Atlas_MSG_List_Comma,
    Atlas_MSG_List_And,
    Atlas_MSG_List_Semicolon,
    Atlas_MSG_Sentences,
    Atlas_PHM_As_Of_Missing,
    Atlas_PHM_As_Of_Not_A_Date,
    Atlas_PHM_Average_Cycle,
    Atlas_PHM_Average_Cycle_Left_Out,
    Atlas_PHM_Average_Won_In_Window_One,
    Atlas_PHM_Average_Won_In_Window_Other,
    Atlas_PHM_Average_Won_One,
    Atlas_PHM_Average_Won_Other,
    Atlas_PHM_Balance_Unknown,
    Atlas_PHM_Balanced,
    Atlas_PHM_Balanced_Evenness,
    Atlas_PHM_Close_Date_Past,
    Atlas_PHM_Closed_Before_Created,
    Atlas_PHM_Closed_In_Window_One,
    Atlas_PHM_Closed_In_Window_Other,
    Atlas_PHM_Closed_One,
    Atlas_PHM_Closed_Other,
    Atlas_PHM_Competitive_Loss_Rate,
    Atlas_PHM_Competitive_Loss_Rate_Named,
    Atlas_PHM_Competitor_Deals,
    Atlas_PHM_Competitor_Unnamed,
    Atlas_PHM_Confidence_High,
    Atlas_PHM_Confidence_Low,
    Atlas_PHM_Confidence_Medium,
    Atlas_PHM_Confidence_None,
    Atlas_PHM_Days_One,
    Atlas_PHM_Days_Other,
    Atlas_PHM_Duplicate_Opportunity,
    Atlas_PHM_Duplicate_Stage,
    Atlas_PHM_History_Unknown_Opportunity,
    Atlas_PHM_History_Unknown_Stage,
    Atlas_PHM_Invalid_Config,
    Atlas_PHM_Invalid_Records_One,
    Atlas_PHM_Invalid_Records_Other,
    Atlas_PHM_Learnt_From_One,
    Atlas_PHM_Learnt_From_Other,
    Atlas_PHM_Lost_Without_History_One,
    Atlas_PHM_Lost_Without_History_Other,
    Atlas_PHM_Negative_Amount,
    Atlas_PHM_No_Amount_Closed,
    Atlas_PHM_No_Amount_Open,
    Atlas_PHM_No_Close_Date,
    Atlas_PHM_No_Closed_Deals,
    Atlas_PHM_No_Closed_Deals_In_Window,
    Atlas_PHM_No_Dated_Deals,
    Atlas_PHM_No_Decision_Rate,
    Atlas_PHM_No_Stage,
    Atlas_PHM_No_Stages,
    Atlas_PHM_No_Target,
    Atlas_PHM_No_Won_Amounts,
    Atlas_PHM_Pebbles_One,
    Atlas_PHM_Pebbles_Other,
    Atlas_PHM_Period_Ends_Before_Start,
    Atlas_PHM_Period_Invalid,
    Atlas_PHM_Rock_Heavy,
    Atlas_PHM_Rocks_One,
    Atlas_PHM_Rocks_Other,
    Atlas_PHM_Rule_Above_One,
    Atlas_PHM_Rule_Above_Zero,
    Atlas_PHM_Rule_At_Least_Medium,
    Atlas_PHM_Rule_Between_Zero_And_One,
    Atlas_PHM_Rule_Share,
    Atlas_PHM_Rule_Whole_Days,
    Atlas_PHM_Rule_Whole_One_Or_More,
    Atlas_PHM_Rule_Whole_Quarters,
    Atlas_PHM_Rule_Whole_Zero_Or_More,
    Atlas_PHM_Size_Mix,
    Atlas_PHM_Size_Mix_Empty,
    Atlas_PHM_Stage_Needed,
    Atlas_PHM_Stage_Never_Won_One,
    Atlas_PHM_Stage_Never_Won_Other,
    Atlas_PHM_Stage_Not_Enough_History,
    Atlas_PHM_Stage_Set_Target,
    Atlas_PHM_Stage_Short_By,
    Atlas_PHM_Stage_Value_Factor,
    Atlas_PHM_Stale_Activity,
    Atlas_PHM_Stale_Since_Created,
    Atlas_PHM_Stones_One,
    Atlas_PHM_Stones_Other,
    Atlas_PHM_Target_Not_Positive,
    Atlas_PHM_Thin_Stage,
    Atlas_PHM_Thin_Stages,
    Atlas_PHM_Thin_Stages_Tied,
    Atlas_PHM_Too_Many_Stages,
    Atlas_PHM_Unknown_Loss_Reason,
    Atlas_PHM_Unknown_Stage,
    Atlas_PHM_Velocity_Inputs,
    Atlas_PHM_Velocity_One,
    Atlas_PHM_Velocity_Other,
    Atlas_PHM_Velocity_Per_Period,
    Atlas_PHM_Velocity_Period_Inputs,
    Atlas_PHM_What_Average_Won,
    Atlas_PHM_What_Competitive_Loss_Rate,
    Atlas_PHM_What_Cycle,
    Atlas_PHM_What_No_Decision_Rate,
    Atlas_PHM_What_Win_Rate,
    Atlas_PHM_Win_Rate
};
