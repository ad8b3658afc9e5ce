// The Deal Review Queue's custom labels: its own sentences, and the texts of the coaching labels
// (typed by c/dealCoaching's list, so a label added there and not here fails to compile).
import type { CoachingLabel, GapCode } from 'c/dealCoaching';
import { CHAMPION_COACHING_TEXTS, CHAMPION_GAP_TEXTS } from './championQueueLabels';
import TITLE from '@salesforce/label/c.Atlas_DRV_Title';
import INTRO from '@salesforce/label/c.Atlas_DRV_Intro';
import WHOSE from '@salesforce/label/c.Atlas_DRV_Whose';
import EVERYONE from '@salesforce/label/c.Atlas_DRV_Everyone';
import LOADING from '@salesforce/label/c.Atlas_DRV_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_DRV_Load_Failed';
import EMPTY from '@salesforce/label/c.Atlas_DRV_Empty';
import TRUNCATED from '@salesforce/label/c.Atlas_DRV_Truncated';
import COL_DEAL from '@salesforce/label/c.Atlas_DRV_Col_Deal';
import COL_OWNER from '@salesforce/label/c.Atlas_DRV_Col_Owner';
import COL_SCORE from '@salesforce/label/c.Atlas_DRV_Col_Score';
import COL_TREND from '@salesforce/label/c.Atlas_DRV_Col_Trend';
import COL_BAND from '@salesforce/label/c.Atlas_DRV_Col_Band';
import COL_GATE from '@salesforce/label/c.Atlas_DRV_Col_Gate';
import COL_CLOSE from '@salesforce/label/c.Atlas_DRV_Col_Close';
import COL_WHY from '@salesforce/label/c.Atlas_DRV_Col_Why';
import GATE_OPEN from '@salesforce/label/c.Atlas_DRV_Gate_Open';
import GATE_BLOCKED from '@salesforce/label/c.Atlas_DRV_Gate_Blocked';
import TREND_NONE from '@salesforce/label/c.Atlas_DRV_Trend_None';
import TREND_SINCE from '@salesforce/label/c.Atlas_DRV_Trend_Since';
import SLIPPED from '@salesforce/label/c.Atlas_DRV_Slipped';
import REVIEW_BUTTON from '@salesforce/label/c.Atlas_DRV_Review_Button';
import QUEUE_COUNT from '@salesforce/label/c.Atlas_DRV_Queue_Count';
import READ_ONLY from '@salesforce/label/c.Atlas_DRV_Read_Only';
import OPEN_DEAL from '@salesforce/label/c.Atlas_DRV_Open_Deal';
import REVIEW from '@salesforce/label/c.Atlas_DRV_Review';
import LATER_COUNT from '@salesforce/label/c.Atlas_DRV_Later_Count';
import SHOW_LATER from '@salesforce/label/c.Atlas_DRV_Show_Later';
import HIDE_LATER from '@salesforce/label/c.Atlas_DRV_Hide_Later';
import FIRST_CAPTION from '@salesforce/label/c.Atlas_DRV_First_Caption';
import LATER_CAPTION from '@salesforce/label/c.Atlas_DRV_Later_Caption';
import FOCUS from '@salesforce/label/c.Atlas_DRV_Focus';
import FOCUS_ONE from '@salesforce/label/c.Atlas_DRV_Focus_One';
import FOCUS_STAGE from '@salesforce/label/c.Atlas_DRV_Focus_Stage';
import FOCUS_ROCKS from '@salesforce/label/c.Atlas_DRV_Focus_Rocks';
import FOCUS_STONES from '@salesforce/label/c.Atlas_DRV_Focus_Stones';
import FOCUS_PEBBLES from '@salesforce/label/c.Atlas_DRV_Focus_Pebbles';
import FOCUS_ATTENTION from '@salesforce/label/c.Atlas_DRV_Focus_Attention';
import SHOW_ALL from '@salesforce/label/c.Atlas_DRV_Show_All';
import Atlas_DRQ_Criterion from '@salesforce/label/c.Atlas_DRQ_Criterion';
import Atlas_DRQ_Customer_Said_No from '@salesforce/label/c.Atlas_DRQ_Customer_Said_No';
import Atlas_DRQ_Qualification_No from '@salesforce/label/c.Atlas_DRQ_Qualification_No';
import Atlas_DRQ_Decision_Maker from '@salesforce/label/c.Atlas_DRQ_Decision_Maker';
import Atlas_DRQ_Supportive_Decider from '@salesforce/label/c.Atlas_DRQ_Supportive_Decider';
import Atlas_DRQ_Coach from '@salesforce/label/c.Atlas_DRQ_Coach';
import Atlas_DRQ_Opposition from '@salesforce/label/c.Atlas_DRQ_Opposition';
import Atlas_DRQ_No_Opposition from '@salesforce/label/c.Atlas_DRQ_No_Opposition';
import Atlas_DRQ_Single_Thread from '@salesforce/label/c.Atlas_DRQ_Single_Thread';
import Atlas_DRQ_Stale_Relationship from '@salesforce/label/c.Atlas_DRQ_Stale_Relationship';
import Atlas_DRQ_Role_Not_Covered from '@salesforce/label/c.Atlas_DRQ_Role_Not_Covered';
import Atlas_DRQ_People_Unknown from '@salesforce/label/c.Atlas_DRQ_People_Unknown';
import Atlas_DRQ_Compelling_Event from '@salesforce/label/c.Atlas_DRQ_Compelling_Event';
import Atlas_DRQ_Close_Date_Past from '@salesforce/label/c.Atlas_DRQ_Close_Date_Past';
import Atlas_DRQ_Quiet from '@salesforce/label/c.Atlas_DRQ_Quiet';
import Atlas_DRQ_Stuck from '@salesforce/label/c.Atlas_DRQ_Stuck';
import Atlas_DRQ_Went_Back from '@salesforce/label/c.Atlas_DRQ_Went_Back';
import Atlas_DRQ_Amount from '@salesforce/label/c.Atlas_DRQ_Amount';
import Atlas_DRQ_Buying_Center from '@salesforce/label/c.Atlas_DRQ_Buying_Center';
import Atlas_DRQ_Overdue_Action from '@salesforce/label/c.Atlas_DRQ_Overdue_Action';
import Atlas_DRR_Score_Fell from '@salesforce/label/c.Atlas_DRR_Score_Fell';
import Atlas_DRR_Gate_Blocked from '@salesforce/label/c.Atlas_DRR_Gate_Blocked';
import Atlas_DRR_Gate_Blocked_One from '@salesforce/label/c.Atlas_DRR_Gate_Blocked_One';
import Atlas_DRR_Close_Date_Passed from '@salesforce/label/c.Atlas_DRR_Close_Date_Passed';
import Atlas_DRR_Actions_Overdue from '@salesforce/label/c.Atlas_DRR_Actions_Overdue';
import Atlas_DRR_Actions_Overdue_One from '@salesforce/label/c.Atlas_DRR_Actions_Overdue_One';
import Atlas_DRR_Close_Date_Slipped from '@salesforce/label/c.Atlas_DRR_Close_Date_Slipped';
import Atlas_DRR_Review_Due from '@salesforce/label/c.Atlas_DRR_Review_Due';
import Atlas_DRR_Never_Reviewed from '@salesforce/label/c.Atlas_DRR_Never_Reviewed';
import Atlas_DRR_Not_Reviewed_Lately from '@salesforce/label/c.Atlas_DRR_Not_Reviewed_Lately';
import Atlas_DRR_Closes_This_Quarter from '@salesforce/label/c.Atlas_DRR_Closes_This_Quarter';
import Atlas_DRR_Large_Amount from '@salesforce/label/c.Atlas_DRR_Large_Amount';
import Atlas_DRR_Gone_Quiet from '@salesforce/label/c.Atlas_DRR_Gone_Quiet';
import Atlas_DRG_GATE_CRITERION from '@salesforce/label/c.Atlas_DRG_GATE_CRITERION';
import Atlas_DRG_UNMET_CRITERION from '@salesforce/label/c.Atlas_DRG_UNMET_CRITERION';
import Atlas_DRG_CUSTOMER_SAID_NO from '@salesforce/label/c.Atlas_DRG_CUSTOMER_SAID_NO';
import Atlas_DRG_QUALIFICATION_NO from '@salesforce/label/c.Atlas_DRG_QUALIFICATION_NO';
import Atlas_DRG_NO_DECISION_MAKER from '@salesforce/label/c.Atlas_DRG_NO_DECISION_MAKER';
import Atlas_DRG_NO_SUPPORTIVE_DECISION_MAKER from '@salesforce/label/c.Atlas_DRG_NO_SUPPORTIVE_DECISION_MAKER';
import Atlas_DRG_NO_COACH from '@salesforce/label/c.Atlas_DRG_NO_COACH';
import Atlas_DRG_OPPOSITION from '@salesforce/label/c.Atlas_DRG_OPPOSITION';
import Atlas_DRG_STALE_RELATIONSHIP from '@salesforce/label/c.Atlas_DRG_STALE_RELATIONSHIP';
import Atlas_DRG_NO_OPPOSITION_IDENTIFIED from '@salesforce/label/c.Atlas_DRG_NO_OPPOSITION_IDENTIFIED';
import Atlas_DRG_SINGLE_THREADED from '@salesforce/label/c.Atlas_DRG_SINGLE_THREADED';
import Atlas_DRG_ROLE_NOT_COVERED from '@salesforce/label/c.Atlas_DRG_ROLE_NOT_COVERED';
import Atlas_DRG_PEOPLE_UNKNOWN from '@salesforce/label/c.Atlas_DRG_PEOPLE_UNKNOWN';
import Atlas_DRG_NO_COMPELLING_EVENT from '@salesforce/label/c.Atlas_DRG_NO_COMPELLING_EVENT';
import Atlas_DRG_GONE_QUIET from '@salesforce/label/c.Atlas_DRG_GONE_QUIET';
import Atlas_DRG_STUCK_IN_STAGE from '@salesforce/label/c.Atlas_DRG_STUCK_IN_STAGE';
import Atlas_DRG_WENT_BACKWARDS from '@salesforce/label/c.Atlas_DRG_WENT_BACKWARDS';
import Atlas_DRG_NO_AMOUNT from '@salesforce/label/c.Atlas_DRG_NO_AMOUNT';
import Atlas_DRG_NO_BUYING_CENTER from '@salesforce/label/c.Atlas_DRG_NO_BUYING_CENTER';
import Atlas_DRG_OVERDUE_ACTION from '@salesforce/label/c.Atlas_DRG_OVERDUE_ACTION';
import Atlas_DRG_STAGE_QUESTION from '@salesforce/label/c.Atlas_DRG_STAGE_QUESTION';

export const QUEUE_LABELS = {
    title: TITLE,
    intro: INTRO,
    whose: WHOSE,
    everyone: EVERYONE,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    empty: EMPTY,
    truncated: TRUNCATED,
    colDeal: COL_DEAL,
    colOwner: COL_OWNER,
    colScore: COL_SCORE,
    colTrend: COL_TREND,
    colBand: COL_BAND,
    colGate: COL_GATE,
    colClose: COL_CLOSE,
    colWhy: COL_WHY,
    gateOpen: GATE_OPEN,
    gateBlocked: GATE_BLOCKED,
    trendNone: TREND_NONE,
    trendSince: TREND_SINCE,
    slipped: SLIPPED,
    reviewButton: REVIEW_BUTTON,
    queueCount: QUEUE_COUNT,
    readOnly: READ_ONLY,
    openDeal: OPEN_DEAL,
    review: REVIEW,
    laterCount: LATER_COUNT,
    showLater: SHOW_LATER,
    hideLater: HIDE_LATER,
    firstCaption: FIRST_CAPTION,
    laterCaption: LATER_CAPTION,
    focus: FOCUS,
    focusOne: FOCUS_ONE,
    focusStage: FOCUS_STAGE,
    showAll: SHOW_ALL
};

/** What each part of Pipeline Health the queue can open on is called (a stage names itself). */
export const FOCUS_TEXTS = {
    rocks: FOCUS_ROCKS,
    stones: FOCUS_STONES,
    pebbles: FOCUS_PEBBLES,
    attention: FOCUS_ATTENTION
};

/** The coaching messages' label texts, for c/atlasMessages' localeStyle. */
export const COACHING_TEXTS: Record<CoachingLabel, string> = {
    Atlas_DRQ_Criterion,
    Atlas_DRQ_Customer_Said_No,
    Atlas_DRQ_Qualification_No,
    Atlas_DRQ_Decision_Maker,
    Atlas_DRQ_Supportive_Decider,
    Atlas_DRQ_Coach,
    Atlas_DRQ_Opposition,
    Atlas_DRQ_No_Opposition,
    Atlas_DRQ_Single_Thread,
    Atlas_DRQ_Stale_Relationship,
    Atlas_DRQ_Role_Not_Covered,
    Atlas_DRQ_People_Unknown,
    Atlas_DRQ_Compelling_Event,
    Atlas_DRQ_Close_Date_Past,
    Atlas_DRQ_Quiet,
    Atlas_DRQ_Stuck,
    Atlas_DRQ_Went_Back,
    Atlas_DRQ_Amount,
    Atlas_DRQ_Buying_Center,
    Atlas_DRQ_Overdue_Action,
    Atlas_DRR_Score_Fell,
    Atlas_DRR_Gate_Blocked,
    Atlas_DRR_Gate_Blocked_One,
    Atlas_DRR_Close_Date_Passed,
    Atlas_DRR_Actions_Overdue,
    Atlas_DRR_Actions_Overdue_One,
    Atlas_DRR_Close_Date_Slipped,
    Atlas_DRR_Review_Due,
    Atlas_DRR_Never_Reviewed,
    Atlas_DRR_Not_Reviewed_Lately,
    Atlas_DRR_Closes_This_Quarter,
    Atlas_DRR_Large_Amount,
    Atlas_DRR_Gone_Quiet,
    ...CHAMPION_COACHING_TEXTS
};

/** What each gap is called beside the question it raised. */
export const GAP_TEXTS: Record<GapCode, string> = {
    GATE_CRITERION: Atlas_DRG_GATE_CRITERION,
    UNMET_CRITERION: Atlas_DRG_UNMET_CRITERION,
    CUSTOMER_SAID_NO: Atlas_DRG_CUSTOMER_SAID_NO,
    QUALIFICATION_NO: Atlas_DRG_QUALIFICATION_NO,
    NO_DECISION_MAKER: Atlas_DRG_NO_DECISION_MAKER,
    NO_SUPPORTIVE_DECISION_MAKER: Atlas_DRG_NO_SUPPORTIVE_DECISION_MAKER,
    NO_COACH: Atlas_DRG_NO_COACH,
    OPPOSITION: Atlas_DRG_OPPOSITION,
    NO_OPPOSITION_IDENTIFIED: Atlas_DRG_NO_OPPOSITION_IDENTIFIED,
    SINGLE_THREADED: Atlas_DRG_SINGLE_THREADED,
    STALE_RELATIONSHIP: Atlas_DRG_STALE_RELATIONSHIP,
    ROLE_NOT_COVERED: Atlas_DRG_ROLE_NOT_COVERED,
    PEOPLE_UNKNOWN: Atlas_DRG_PEOPLE_UNKNOWN,
    NO_COMPELLING_EVENT: Atlas_DRG_NO_COMPELLING_EVENT,
    GONE_QUIET: Atlas_DRG_GONE_QUIET,
    STUCK_IN_STAGE: Atlas_DRG_STUCK_IN_STAGE,
    WENT_BACKWARDS: Atlas_DRG_WENT_BACKWARDS,
    NO_AMOUNT: Atlas_DRG_NO_AMOUNT,
    NO_BUYING_CENTER: Atlas_DRG_NO_BUYING_CENTER,
    OVERDUE_ACTION: Atlas_DRG_OVERDUE_ACTION,
    STAGE_QUESTION: Atlas_DRG_STAGE_QUESTION,
    ...CHAMPION_GAP_TEXTS
};
