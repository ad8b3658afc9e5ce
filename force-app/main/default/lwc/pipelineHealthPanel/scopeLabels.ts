// The custom labels of whose pipeline the panel shows and the target it is held against.
import MY_TEAM from '@salesforce/label/c.Atlas_PH_My_Team';
import PERIOD_DATES from '@salesforce/label/c.Atlas_PH_Period_Dates';
import PERIOD_NAMED from '@salesforce/label/c.Atlas_PH_Period_Named';
import NO_PERIOD from '@salesforce/label/c.Atlas_PH_No_Period';
import TARGET_FIGURE from '@salesforce/label/c.Atlas_PH_Target_Figure';
import TARGET_SUM from '@salesforce/label/c.Atlas_PH_Target_Sum';
import TARGET_SUM_ONE from '@salesforce/label/c.Atlas_PH_Target_Sum_One';
import TARGET_OF_OWNER from '@salesforce/label/c.Atlas_PH_Target_Of_Owner';
import TARGET_MISSING from '@salesforce/label/c.Atlas_PH_Target_Missing';
import ASK_SALES_OPS from '@salesforce/label/c.Atlas_PH_Ask_Sales_Ops';

export const SCOPE_LABELS = {
    myTeam: MY_TEAM,
    periodDates: PERIOD_DATES,
    periodNamed: PERIOD_NAMED,
    noPeriod: NO_PERIOD,
    targetFigure: TARGET_FIGURE,
    targetSum: TARGET_SUM,
    targetSumOne: TARGET_SUM_ONE,
    targetOfOwner: TARGET_OF_OWNER,
    targetMissing: TARGET_MISSING,
    askSalesOps: ASK_SALES_OPS
};
