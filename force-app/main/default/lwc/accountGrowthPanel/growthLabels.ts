// The custom labels of the Account Growth tab, and the sentence of each named growth risk.
import AT_RISK from '@salesforce/label/c.Atlas_AG_At_Risk';
import AT_RISK_HELP from '@salesforce/label/c.Atlas_AG_At_Risk_Help';
import AT_SCORE from '@salesforce/label/c.Atlas_AG_At_Score';
import BASE from '@salesforce/label/c.Atlas_AG_Base';
import BASE_HELP from '@salesforce/label/c.Atlas_AG_Base_Help';
import CENTERS from '@salesforce/label/c.Atlas_AG_Centers';
import CURRENT_BUSINESS from '@salesforce/label/c.Atlas_AG_Current_Business';
import FIGURES from '@salesforce/label/c.Atlas_AG_Figures';
import KEPT from '@salesforce/label/c.Atlas_AG_Kept';
import KEPT_BY from '@salesforce/label/c.Atlas_AG_Kept_By';
import KEPT_HELP from '@salesforce/label/c.Atlas_AG_Kept_Help';
import KEPT_SHORT from '@salesforce/label/c.Atlas_AG_Kept_Short';
import KIND_GROW from '@salesforce/label/c.Atlas_AG_Kind_Grow';
import KIND_RETAIN from '@salesforce/label/c.Atlas_AG_Kind_Retain';
import LOAD_FAILED from '@salesforce/label/c.Atlas_AG_Load_Failed';
import LOADING from '@salesforce/label/c.Atlas_AG_Loading';
import NET_GROWTH from '@salesforce/label/c.Atlas_AG_Net_Growth';
import NET_GROWTH_HELP from '@salesforce/label/c.Atlas_AG_Net_Growth_Help';
import NEW_BUSINESS from '@salesforce/label/c.Atlas_AG_New_Business';
import NEW_BUSINESS_HELP from '@salesforce/label/c.Atlas_AG_New_Business_Help';
import NO_BASE from '@salesforce/label/c.Atlas_AG_No_Base';
import NO_CENTER from '@salesforce/label/c.Atlas_AG_No_Center';
import NO_RISK from '@salesforce/label/c.Atlas_AG_No_Risk';
import NO_TARGETS from '@salesforce/label/c.Atlas_AG_No_Targets';
import NOT_KEPT from '@salesforce/label/c.Atlas_AG_Not_Kept';
import NOT_SCORED from '@salesforce/label/c.Atlas_AG_Not_Scored';
import NOTHING from '@salesforce/label/c.Atlas_AG_Nothing';
import OF_BASE from '@salesforce/label/c.Atlas_AG_Of_Base';
import PIPELINE from '@salesforce/label/c.Atlas_AG_Pipeline';
import RENEWING from '@salesforce/label/c.Atlas_AG_Renewing';
import RENEWING_HELP from '@salesforce/label/c.Atlas_AG_Renewing_Help';
import RENEWS from '@salesforce/label/c.Atlas_AG_Renews';
import RISK_COMPETITOR_ADJACENT from '@salesforce/label/c.Atlas_AG_Risk_COMPETITOR_ADJACENT';
import RISK_COMPETITOR_PURSUING from '@salesforce/label/c.Atlas_AG_Risk_COMPETITOR_PURSUING';
import RISK_DECLINING from '@salesforce/label/c.Atlas_AG_Risk_DECLINING';
import RISK_DETRACTOR from '@salesforce/label/c.Atlas_AG_Risk_DETRACTOR';
import RISK_RETIRED_SOLUTION from '@salesforce/label/c.Atlas_AG_Risk_RETIRED_SOLUTION';
import RISK_SINGLE_THREADED from '@salesforce/label/c.Atlas_AG_Risk_SINGLE_THREADED';
import RISK_WEAK_RELATIONSHIP from '@salesforce/label/c.Atlas_AG_Risk_WEAK_RELATIONSHIP';
import TARGET_OF from '@salesforce/label/c.Atlas_AG_Target_Of';
import TARGETS from '@salesforce/label/c.Atlas_AG_Targets';
import TITLE from '@salesforce/label/c.Atlas_AG_Title';
import WEIGHTED_PIPELINE from '@salesforce/label/c.Atlas_AG_Weighted_Pipeline';
import WHITE_SPACE from '@salesforce/label/c.Atlas_AG_White_Space';
import WHOLE_ACCOUNT from '@salesforce/label/c.Atlas_AG_Whole_Account';
import WON_DEAL from '@salesforce/label/c.Atlas_AG_Won_Deal';
import type { GrowthRiskCode } from 'c/accountGrowth';

export const GROWTH_LABELS = {
    atRisk: AT_RISK,
    atRiskHelp: AT_RISK_HELP,
    atScore: AT_SCORE,
    base: BASE,
    baseHelp: BASE_HELP,
    centers: CENTERS,
    currentBusiness: CURRENT_BUSINESS,
    figures: FIGURES,
    kept: KEPT,
    keptBy: KEPT_BY,
    keptHelp: KEPT_HELP,
    keptShort: KEPT_SHORT,
    kindGrow: KIND_GROW,
    kindRetain: KIND_RETAIN,
    loadFailed: LOAD_FAILED,
    loading: LOADING,
    netGrowth: NET_GROWTH,
    netGrowthHelp: NET_GROWTH_HELP,
    newBusiness: NEW_BUSINESS,
    newBusinessHelp: NEW_BUSINESS_HELP,
    noBase: NO_BASE,
    noCenter: NO_CENTER,
    noRisk: NO_RISK,
    noTargets: NO_TARGETS,
    notKept: NOT_KEPT,
    notScored: NOT_SCORED,
    nothing: NOTHING,
    ofBase: OF_BASE,
    pipeline: PIPELINE,
    renewing: RENEWING,
    renewingHelp: RENEWING_HELP,
    renews: RENEWS,
    targetOf: TARGET_OF,
    targets: TARGETS,
    title: TITLE,
    weightedPipeline: WEIGHTED_PIPELINE,
    whiteSpace: WHITE_SPACE,
    wholeAccount: WHOLE_ACCOUNT,
    wonDeal: WON_DEAL
} as const;

export const RISK_LABELS: Record<GrowthRiskCode, string> = {
    COMPETITOR_ADJACENT: RISK_COMPETITOR_ADJACENT,
    COMPETITOR_PURSUING: RISK_COMPETITOR_PURSUING,
    DECLINING: RISK_DECLINING,
    DETRACTOR: RISK_DETRACTOR,
    RETIRED_SOLUTION: RISK_RETIRED_SOLUTION,
    SINGLE_THREADED: RISK_SINGLE_THREADED,
    WEAK_RELATIONSHIP: RISK_WEAK_RELATIONSHIP
};
