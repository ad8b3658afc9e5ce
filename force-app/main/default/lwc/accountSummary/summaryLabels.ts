// The custom labels of the Account Summary.
import TITLE from '@salesforce/label/c.Atlas_AS_Title';
import LOADING from '@salesforce/label/c.Atlas_AS_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_AS_Load_Failed';
import FIGURES from '@salesforce/label/c.Atlas_AS_Figures';
import WALLET from '@salesforce/label/c.Atlas_AS_Wallet';
import WALLET_HELP from '@salesforce/label/c.Atlas_AS_Wallet_Help';
import CURRENT from '@salesforce/label/c.Atlas_AS_Current';
import CURRENT_HELP from '@salesforce/label/c.Atlas_AS_Current_Help';
import NO_MAP from '@salesforce/label/c.Atlas_AS_No_Map';
import SALES_GOAL from '@salesforce/label/c.Atlas_AS_Sales_Goal';
import GOAL_GAP from '@salesforce/label/c.Atlas_AS_Goal_Gap';
import SHARE from '@salesforce/label/c.Atlas_AS_Share';
import SHARE_FROM_MAP from '@salesforce/label/c.Atlas_AS_Share_From_Map';
import SHARE_ENTERED from '@salesforce/label/c.Atlas_AS_Share_Entered';
import SHARE_DIFFER from '@salesforce/label/c.Atlas_AS_Share_Differ';
import SHARE_ENTERED_SHORT from '@salesforce/label/c.Atlas_AS_Share_Entered_Short';
import SHARE_MAP_SHORT from '@salesforce/label/c.Atlas_AS_Share_Map_Short';
import PIPELINE from '@salesforce/label/c.Atlas_AS_Pipeline';
import PIPELINE_DEALS from '@salesforce/label/c.Atlas_AS_Pipeline_Deals';
import PIPELINE_DEAL from '@salesforce/label/c.Atlas_AS_Pipeline_Deal';
import HEALTH from '@salesforce/label/c.Atlas_AS_Health';
import BAND_HEALTHY from '@salesforce/label/c.Atlas_DS_Band_Healthy';
import BAND_WATCH from '@salesforce/label/c.Atlas_DS_Band_Watch';
import BAND_AT_RISK from '@salesforce/label/c.Atlas_DS_Band_At_Risk';
import BAND_NOT_SCORED from '@salesforce/label/c.Atlas_AS_Band_Not_Scored';
import BAND_COUNT from '@salesforce/label/c.Atlas_AS_Band_Count';
import RELATIONSHIP from '@salesforce/label/c.Atlas_AS_Relationship';
import RELATIONSHIP_COUNTS from '@salesforce/label/c.Atlas_AS_Relationship_Counts';
import PLAN from '@salesforce/label/c.Atlas_AS_Plan';
import PLAN_OVERALL from '@salesforce/label/c.Atlas_AP_Completeness_Overall';
import RISKS from '@salesforce/label/c.Atlas_AS_Risks';
import NO_RISKS from '@salesforce/label/c.Atlas_AS_No_Risks';
import RISK_DEAL from '@salesforce/label/c.Atlas_AS_Risk_Deal';
import RISK_RELATIONSHIP from '@salesforce/label/c.Atlas_AS_Risk_Relationship';
import RISK_OVERDUE from '@salesforce/label/c.Atlas_AS_Risk_Overdue';
import NO_DECISION_MAKER from '@salesforce/label/c.Atlas_RM_Flag_NO_DECISION_MAKER';
import NO_SUPPORTIVE_DECISION_MAKER from '@salesforce/label/c.Atlas_RM_Flag_NO_SUPPORTIVE_DECISION_MAKER';
import NO_COACH from '@salesforce/label/c.Atlas_RM_Flag_NO_COACH';
import NO_OPPOSITION_IDENTIFIED from '@salesforce/label/c.Atlas_RM_Flag_NO_OPPOSITION_IDENTIFIED';
import ENEMY_WITH_HIGH_INFLUENCE from '@salesforce/label/c.Atlas_RM_Flag_ENEMY_WITH_HIGH_INFLUENCE';
import SINGLE_THREADED from '@salesforce/label/c.Atlas_RM_Flag_SINGLE_THREADED';
import ROLE_NOT_COVERED from '@salesforce/label/c.Atlas_RM_Flag_ROLE_NOT_COVERED';
import UNKNOWN_VALUES from '@salesforce/label/c.Atlas_RM_Flag_UNKNOWN_VALUES';

export const SUMMARY_LABELS = {
    title: TITLE,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    figures: FIGURES,
    wallet: WALLET,
    walletHelp: WALLET_HELP,
    current: CURRENT,
    currentHelp: CURRENT_HELP,
    noMap: NO_MAP,
    salesGoal: SALES_GOAL,
    goalGap: GOAL_GAP,
    share: SHARE,
    shareFromMap: SHARE_FROM_MAP,
    shareEntered: SHARE_ENTERED,
    shareDiffer: SHARE_DIFFER,
    shareEnteredShort: SHARE_ENTERED_SHORT,
    shareMapShort: SHARE_MAP_SHORT,
    pipeline: PIPELINE,
    pipelineDeals: PIPELINE_DEALS,
    pipelineDeal: PIPELINE_DEAL,
    health: HEALTH,
    bandCount: BAND_COUNT,
    relationship: RELATIONSHIP,
    relationshipCounts: RELATIONSHIP_COUNTS,
    plan: PLAN,
    planOverall: PLAN_OVERALL,
    risks: RISKS,
    noRisks: NO_RISKS,
    riskDeal: RISK_DEAL,
    riskRelationship: RISK_RELATIONSHIP,
    riskOverdue: RISK_OVERDUE
};

/** The band names as the Deal Score panel shows them. */
export const BAND_LABELS: Record<string, string> = {
    Healthy: BAND_HEALTHY,
    Watch: BAND_WATCH,
    'At Risk': BAND_AT_RISK,
    'Not scored': BAND_NOT_SCORED
};

/** The relationship map's coaching flags, worded as its status list words them. */
export const FLAG_LABELS: Record<string, string> = {
    NO_DECISION_MAKER,
    NO_SUPPORTIVE_DECISION_MAKER,
    NO_COACH,
    NO_OPPOSITION_IDENTIFIED,
    ENEMY_WITH_HIGH_INFLUENCE,
    SINGLE_THREADED,
    ROLE_NOT_COVERED,
    UNKNOWN_VALUES
};
