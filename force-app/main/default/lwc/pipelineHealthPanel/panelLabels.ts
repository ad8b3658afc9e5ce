// The custom labels of the Pipeline Health panel's container and the wording it prepares.
import TITLE from '@salesforce/label/c.Atlas_PH_Title';
import LOADING from '@salesforce/label/c.Atlas_PH_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_PH_Load_Failed';
import OWNER from '@salesforce/label/c.Atlas_PH_Owner';
import PERIOD from '@salesforce/label/c.Atlas_PH_Period';
import EMPTY from '@salesforce/label/c.Atlas_PH_Empty';
import WARNINGS from '@salesforce/label/c.Atlas_PH_Warnings';
import DEALS_COUNT from '@salesforce/label/c.Atlas_PH_Deals_Count';
import DEALS_COUNT_NEEDED from '@salesforce/label/c.Atlas_PH_Deals_Count_Needed';
import DEAL_COUNT_ONE from '@salesforce/label/c.Atlas_PH_Deal_Count_One';
import DEAL_COUNT_ONE_NEEDED from '@salesforce/label/c.Atlas_PH_Deal_Count_One_Needed';
import MULTIPLE from '@salesforce/label/c.Atlas_PH_Multiple';
import CLOSED_DEALS from '@salesforce/label/c.Atlas_PH_Closed_Deals';
import CLOSED_DEALS_ONE from '@salesforce/label/c.Atlas_PH_Closed_Deals_One';
import CLOSED_DEALS_NONE from '@salesforce/label/c.Atlas_PH_Closed_Deals_None';
import WIN_RATE from '@salesforce/label/c.Atlas_PH_Win_Rate';
import NO_DECISION_RATE from '@salesforce/label/c.Atlas_PH_No_Decision_Rate';
import COMPETITIVE_LOSS_RATE from '@salesforce/label/c.Atlas_PH_Competitive_Loss_Rate';
import WIN_RATE_BASIS from '@salesforce/label/c.Atlas_PH_Win_Rate_Basis';
import NO_DECISION_BASIS from '@salesforce/label/c.Atlas_PH_No_Decision_Basis';
import COMPETITIVE_LOSS_BASIS from '@salesforce/label/c.Atlas_PH_Competitive_Loss_Basis';
import COMPETITIVE_LOSS_BASIS_NAMED from '@salesforce/label/c.Atlas_PH_Competitive_Loss_Basis_Named';
import COMPETITOR_DEALS from '@salesforce/label/c.Atlas_PH_Competitor_Deals';
import COMPETITOR_UNNAMED from '@salesforce/label/c.Atlas_PH_Competitor_Unnamed';
import NO_CLOSED_IN_WINDOW from '@salesforce/label/c.Atlas_PH_No_Closed_In_Window';
import COUNTED_DEALS from '@salesforce/label/c.Atlas_PH_Counted_Deals';
import CYCLE from '@salesforce/label/c.Atlas_PH_Cycle';
import AVERAGE_WON from '@salesforce/label/c.Atlas_PH_Average_Won';
import VELOCITY_DAY from '@salesforce/label/c.Atlas_PH_Velocity_Day';
import VELOCITY_PERIOD from '@salesforce/label/c.Atlas_PH_Velocity_Period';
import VELOCITY_WHY from '@salesforce/label/c.Atlas_PH_Velocity_Why';
import STAGE_OPEN_IN_QUEUE from '@salesforce/label/c.Atlas_PH_Stage_Open_In_Queue';
import CONFIDENCE_NONE from '@salesforce/label/c.Atlas_PH_Confidence_None';
import CONFIDENCE_LOW from '@salesforce/label/c.Atlas_PH_Confidence_Low';
import CONFIDENCE_MEDIUM from '@salesforce/label/c.Atlas_PH_Confidence_Medium';
import CONFIDENCE_HIGH from '@salesforce/label/c.Atlas_PH_Confidence_High';

export const PANEL_LABELS = {
    title: TITLE,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    owner: OWNER,
    period: PERIOD,
    empty: EMPTY,
    warnings: WARNINGS,
    dealsCount: DEALS_COUNT,
    dealsCountNeeded: DEALS_COUNT_NEEDED,
    dealCountOne: DEAL_COUNT_ONE,
    dealCountOneNeeded: DEAL_COUNT_ONE_NEEDED,
    multiple: MULTIPLE,
    closedDeals: CLOSED_DEALS,
    closedDealsOne: CLOSED_DEALS_ONE,
    closedDealsNone: CLOSED_DEALS_NONE,
    winRate: WIN_RATE,
    noDecisionRate: NO_DECISION_RATE,
    competitiveLossRate: COMPETITIVE_LOSS_RATE,
    winRateBasis: WIN_RATE_BASIS,
    noDecisionBasis: NO_DECISION_BASIS,
    competitiveLossBasis: COMPETITIVE_LOSS_BASIS,
    competitiveLossBasisNamed: COMPETITIVE_LOSS_BASIS_NAMED,
    competitorDeals: COMPETITOR_DEALS,
    competitorUnnamed: COMPETITOR_UNNAMED,
    noClosedInWindow: NO_CLOSED_IN_WINDOW,
    countedDeals: COUNTED_DEALS,
    cycle: CYCLE,
    averageWon: AVERAGE_WON,
    velocityDay: VELOCITY_DAY,
    velocityPeriod: VELOCITY_PERIOD,
    stageOpenInQueue: STAGE_OPEN_IN_QUEUE,
    velocityWhy: VELOCITY_WHY,
    confidence: {
        none: CONFIDENCE_NONE,
        low: CONFIDENCE_LOW,
        medium: CONFIDENCE_MEDIUM,
        high: CONFIDENCE_HIGH
    }
};
