// The custom labels the risks, the stage gate and the closed-deal note are worded by, the
// relationship risks in the coverage's words (c/buyingCenterCoverage's messages.ts).
import Atlas_DSM_Closed_Note_Won from '@salesforce/label/c.Atlas_DSM_Closed_Note_Won';
import Atlas_DSM_Closed_Note_Lost from '@salesforce/label/c.Atlas_DSM_Closed_Note_Lost';
import Atlas_DSM_Outcome_Won from '@salesforce/label/c.Atlas_DSM_Outcome_Won';
import Atlas_DSM_Outcome_Lost from '@salesforce/label/c.Atlas_DSM_Outcome_Lost';
import Atlas_DSM_Risk_Left_Without_Required from '@salesforce/label/c.Atlas_DSM_Risk_Left_Without_Required';
import Atlas_DSM_Risk_Said_No from '@salesforce/label/c.Atlas_DSM_Risk_Said_No';
import Atlas_DSM_Risk_Said_No_Required from '@salesforce/label/c.Atlas_DSM_Risk_Said_No_Required';
import Atlas_DSM_Risk_Qualification_No from '@salesforce/label/c.Atlas_DSM_Risk_Qualification_No';
import Atlas_DSM_Risk_Relationships_Unknown from '@salesforce/label/c.Atlas_DSM_Risk_Relationships_Unknown';
import Atlas_DSM_Risk_Plan_Step_After_Close from '@salesforce/label/c.Atlas_DSM_Risk_Plan_Step_After_Close';
import Atlas_DSM_Risk_Plan_Step_Overdue from '@salesforce/label/c.Atlas_DSM_Risk_Plan_Step_Overdue';
import Atlas_DSM_Risk_Stale_Relationship from '@salesforce/label/c.Atlas_DSM_Risk_Stale_Relationship';
import Atlas_DSM_Gate_Closed from '@salesforce/label/c.Atlas_DSM_Gate_Closed';
import Atlas_DSM_Stage_Unknown from '@salesforce/label/c.Atlas_DSM_Stage_Unknown';
import Atlas_DSM_Stage_Missing from '@salesforce/label/c.Atlas_DSM_Stage_Missing';
import Atlas_DSM_Gate_Open from '@salesforce/label/c.Atlas_DSM_Gate_Open';
import Atlas_DSM_Gate_Ready_To_Close from '@salesforce/label/c.Atlas_DSM_Gate_Ready_To_Close';
import Atlas_DSM_Gate_Blocked_One from '@salesforce/label/c.Atlas_DSM_Gate_Blocked_One';
import Atlas_DSM_Gate_Blocked_Other from '@salesforce/label/c.Atlas_DSM_Gate_Blocked_Other';
import Atlas_BCC_Person_With_Role from '@salesforce/label/c.Atlas_BCC_Person_With_Role';
import Atlas_BCC_Person_The_Role from '@salesforce/label/c.Atlas_BCC_Person_The_Role';
import Atlas_BCC_Person_The_Role_Start from '@salesforce/label/c.Atlas_BCC_Person_The_Role_Start';
import Atlas_BCC_Person_Unnamed from '@salesforce/label/c.Atlas_BCC_Person_Unnamed';
import Atlas_BCC_Person_Unnamed_Start from '@salesforce/label/c.Atlas_BCC_Person_Unnamed_Start';
import Atlas_BCC_No_Decision_Maker from '@salesforce/label/c.Atlas_BCC_No_Decision_Maker';
import Atlas_BCC_No_Decision_Maker_In from '@salesforce/label/c.Atlas_BCC_No_Decision_Maker_In';
import Atlas_BCC_No_Supportive_Decider from '@salesforce/label/c.Atlas_BCC_No_Supportive_Decider';
import Atlas_BCC_No_Supportive_Decider_In from '@salesforce/label/c.Atlas_BCC_No_Supportive_Decider_In';
import Atlas_BCC_Supports_Distant_One from '@salesforce/label/c.Atlas_BCC_Supports_Distant_One';
import Atlas_BCC_Supports_Distant_Other from '@salesforce/label/c.Atlas_BCC_Supports_Distant_Other';
import Atlas_BCC_Decides_Unconvinced_One from '@salesforce/label/c.Atlas_BCC_Decides_Unconvinced_One';
import Atlas_BCC_Decides_Unconvinced_Other from '@salesforce/label/c.Atlas_BCC_Decides_Unconvinced_Other';
import Atlas_BCC_No_Coach from '@salesforce/label/c.Atlas_BCC_No_Coach';
import Atlas_BCC_No_Coach_In from '@salesforce/label/c.Atlas_BCC_No_Coach_In';
import Atlas_BCC_Enemy_One from '@salesforce/label/c.Atlas_BCC_Enemy_One';
import Atlas_BCC_Enemy_One_In from '@salesforce/label/c.Atlas_BCC_Enemy_One_In';
import Atlas_BCC_Enemy_Other from '@salesforce/label/c.Atlas_BCC_Enemy_Other';
import Atlas_BCC_Enemy_Other_In from '@salesforce/label/c.Atlas_BCC_Enemy_Other_In';
import Atlas_BCC_No_Opposition from '@salesforce/label/c.Atlas_BCC_No_Opposition';
import Atlas_BCC_No_Opposition_In from '@salesforce/label/c.Atlas_BCC_No_Opposition_In';
import Atlas_BCC_Single_Threaded_None from '@salesforce/label/c.Atlas_BCC_Single_Threaded_None';
import Atlas_BCC_Single_Threaded_None_In from '@salesforce/label/c.Atlas_BCC_Single_Threaded_None_In';
import Atlas_BCC_Single_Threaded_One from '@salesforce/label/c.Atlas_BCC_Single_Threaded_One';
import Atlas_BCC_Single_Threaded_One_In from '@salesforce/label/c.Atlas_BCC_Single_Threaded_One_In';
import Atlas_BCC_Single_Threaded_Other from '@salesforce/label/c.Atlas_BCC_Single_Threaded_Other';
import Atlas_BCC_Single_Threaded_Other_In from '@salesforce/label/c.Atlas_BCC_Single_Threaded_Other_In';
import Atlas_BCC_Role_Not_Covered from '@salesforce/label/c.Atlas_BCC_Role_Not_Covered';
import Atlas_BCC_Role_Not_Covered_In from '@salesforce/label/c.Atlas_BCC_Role_Not_Covered_In';
import Atlas_BCC_Role_Evaluator from '@salesforce/label/c.Atlas_BCC_Role_Evaluator';
import Atlas_BCC_Role_User from '@salesforce/label/c.Atlas_BCC_Role_User';
import Atlas_BCC_Role_Other from '@salesforce/label/c.Atlas_BCC_Role_Other';
import Atlas_BCC_Ask_Evaluator from '@salesforce/label/c.Atlas_BCC_Ask_Evaluator';
import Atlas_BCC_Ask_User from '@salesforce/label/c.Atlas_BCC_Ask_User';
import Atlas_BCC_Ask_Other from '@salesforce/label/c.Atlas_BCC_Ask_Other';
import Atlas_BCC_Unknown_Values_One from '@salesforce/label/c.Atlas_BCC_Unknown_Values_One';
import Atlas_BCC_Unknown_Values_Other from '@salesforce/label/c.Atlas_BCC_Unknown_Values_Other';

export const RISK_TEXTS = {
    Atlas_DSM_Closed_Note_Won,
    Atlas_DSM_Closed_Note_Lost,
    Atlas_DSM_Outcome_Won,
    Atlas_DSM_Outcome_Lost,
    Atlas_DSM_Risk_Left_Without_Required,
    Atlas_DSM_Risk_Said_No,
    Atlas_DSM_Risk_Said_No_Required,
    Atlas_DSM_Risk_Qualification_No,
    Atlas_DSM_Risk_Relationships_Unknown,
    Atlas_DSM_Risk_Plan_Step_After_Close,
    Atlas_DSM_Risk_Plan_Step_Overdue,
    Atlas_DSM_Risk_Stale_Relationship,
    Atlas_DSM_Gate_Closed,
    Atlas_DSM_Stage_Unknown,
    Atlas_DSM_Stage_Missing,
    Atlas_DSM_Gate_Open,
    Atlas_DSM_Gate_Ready_To_Close,
    Atlas_DSM_Gate_Blocked_One,
    Atlas_DSM_Gate_Blocked_Other,
    Atlas_BCC_Person_With_Role,
    Atlas_BCC_Person_The_Role,
    Atlas_BCC_Person_The_Role_Start,
    Atlas_BCC_Person_Unnamed,
    Atlas_BCC_Person_Unnamed_Start,
    Atlas_BCC_No_Decision_Maker,
    Atlas_BCC_No_Decision_Maker_In,
    Atlas_BCC_No_Supportive_Decider,
    Atlas_BCC_No_Supportive_Decider_In,
    Atlas_BCC_Supports_Distant_One,
    Atlas_BCC_Supports_Distant_Other,
    Atlas_BCC_Decides_Unconvinced_One,
    Atlas_BCC_Decides_Unconvinced_Other,
    Atlas_BCC_No_Coach,
    Atlas_BCC_No_Coach_In,
    Atlas_BCC_Enemy_One,
    Atlas_BCC_Enemy_One_In,
    Atlas_BCC_Enemy_Other,
    Atlas_BCC_Enemy_Other_In,
    Atlas_BCC_No_Opposition,
    Atlas_BCC_No_Opposition_In,
    Atlas_BCC_Single_Threaded_None,
    Atlas_BCC_Single_Threaded_None_In,
    Atlas_BCC_Single_Threaded_One,
    Atlas_BCC_Single_Threaded_One_In,
    Atlas_BCC_Single_Threaded_Other,
    Atlas_BCC_Single_Threaded_Other_In,
    Atlas_BCC_Role_Not_Covered,
    Atlas_BCC_Role_Not_Covered_In,
    Atlas_BCC_Role_Evaluator,
    Atlas_BCC_Role_User,
    Atlas_BCC_Role_Other,
    Atlas_BCC_Ask_Evaluator,
    Atlas_BCC_Ask_User,
    Atlas_BCC_Ask_Other,
    Atlas_BCC_Unknown_Values_One,
    Atlas_BCC_Unknown_Values_Other
};
