// The custom labels of the champion and economic buyer messages (c/dealScoring's championRisks.ts):
// the risks, the relationship line and the Test champion action; and the stage gate opened by a waiver.
import Atlas_DSM_Action_Test_Champion from '@salesforce/label/c.Atlas_DSM_Action_Test_Champion';
import Atlas_DSM_Champion_Test_Access from '@salesforce/label/c.Atlas_DSM_Champion_Test_Access';
import Atlas_DSM_Champion_Test_Sells from '@salesforce/label/c.Atlas_DSM_Champion_Test_Sells';
import Atlas_DSM_Champion_Test_Gains from '@salesforce/label/c.Atlas_DSM_Champion_Test_Gains';
import Atlas_DSM_Risk_Champion_Failed from '@salesforce/label/c.Atlas_DSM_Risk_Champion_Failed';
import Atlas_DSM_Risk_Champion_Untested from '@salesforce/label/c.Atlas_DSM_Risk_Champion_Untested';
import Atlas_DSM_Risk_No_Champion from '@salesforce/label/c.Atlas_DSM_Risk_No_Champion';
import Atlas_DSM_Risk_No_Economic_Buyer from '@salesforce/label/c.Atlas_DSM_Risk_No_Economic_Buyer';
import Atlas_DSM_Line_Champion_Tested from '@salesforce/label/c.Atlas_DSM_Line_Champion_Tested';
import Atlas_DSM_Line_Coach_Untested from '@salesforce/label/c.Atlas_DSM_Line_Coach_Untested';
import Atlas_DSM_Gate_Open_Waived from '@salesforce/label/c.Atlas_DSM_Gate_Open_Waived';
import Atlas_DSM_Gate_Ready_To_Close_Waived from '@salesforce/label/c.Atlas_DSM_Gate_Ready_To_Close_Waived';

export const CHAMPION_TEXTS = {
    Atlas_DSM_Gate_Open_Waived,
    Atlas_DSM_Gate_Ready_To_Close_Waived,
    Atlas_DSM_Action_Test_Champion,
    Atlas_DSM_Champion_Test_Access,
    Atlas_DSM_Champion_Test_Sells,
    Atlas_DSM_Champion_Test_Gains,
    Atlas_DSM_Risk_Champion_Failed,
    Atlas_DSM_Risk_Champion_Untested,
    Atlas_DSM_Risk_No_Champion,
    Atlas_DSM_Risk_No_Economic_Buyer,
    Atlas_DSM_Line_Champion_Tested,
    Atlas_DSM_Line_Coach_Untested
};
