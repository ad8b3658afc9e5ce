// The custom labels of the Deal Score panel's container and of the wording it prepares.
import TITLE from '@salesforce/label/c.Atlas_DS_Title';
import EVIDENCE_HIDDEN_ONE from '@salesforce/label/c.Atlas_DS_Evidence_Hidden_One';
import EVIDENCE_HIDDEN_OTHER from '@salesforce/label/c.Atlas_DS_Evidence_Hidden_Other';
import LOADING from '@salesforce/label/c.Atlas_DS_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_DS_Load_Failed';
import NOT_FOUND from '@salesforce/label/c.Atlas_DS_Not_Found';
import SCORE_FAILED from '@salesforce/label/c.Atlas_DS_Score_Failed';
import READ_ONLY from '@salesforce/label/c.Atlas_DS_Read_Only';
import WAIVED_SAVED from '@salesforce/label/c.Atlas_DS_Waived_Saved';
import EVIDENCE_SAVED from '@salesforce/label/c.Atlas_DS_Evidence_Saved';
import EVIDENCE_DUPLICATE from '@salesforce/label/c.Atlas_DS_Evidence_Duplicate';
import STAGE_ADVANCED from '@salesforce/label/c.Atlas_DS_Stage_Advanced';
import ADVANCE_FAILED from '@salesforce/label/c.Atlas_DS_Advance_Failed';
import SECTION_CURRENT from '@salesforce/label/c.Atlas_DS_Section_Current';
import SECTION_NEXT from '@salesforce/label/c.Atlas_DS_Section_Next';
import SECTION_QUALIFICATION from '@salesforce/label/c.Atlas_DS_Section_Qualification';
import SECTION_QUALIFICATION_GROUP from '@salesforce/label/c.Atlas_DS_Section_Qualification_Group';
import SECTION_EARLIER from '@salesforce/label/c.Atlas_DS_Section_Earlier';
import SECTION_LATER from '@salesforce/label/c.Atlas_DS_Section_Later';
import SECTION_REACHED from '@salesforce/label/c.Atlas_DS_Section_Reached';
import SECTION_MET from '@salesforce/label/c.Atlas_DS_Section_Met';
import SECTION_REQUIRED_UNMET from '@salesforce/label/c.Atlas_DS_Section_Required_Unmet';
import SECTION_REQUIRED_UNMET_ONE from '@salesforce/label/c.Atlas_DS_Section_Required_Unmet_One';
import GATE_BLOCKER from '@salesforce/label/c.Atlas_DS_Gate_Blocker';
import GO_TO_CRITERION_NAMED from '@salesforce/label/c.Atlas_DS_Go_To_Criterion_Named';
import CLOSED_NOTE from '@salesforce/label/c.Atlas_DS_Closed_Note';
import CLOSED_NOTE_LOST from '@salesforce/label/c.Atlas_DS_Closed_Note_Lost';
import CLOSED_NOTE_COMPETITOR from '@salesforce/label/c.Atlas_DS_Closed_Note_Competitor';
import CLOSED_TOAST from '@salesforce/label/c.Atlas_DS_Closed_Toast';
import CLOSE_FAILED from '@salesforce/label/c.Atlas_DS_Close_Failed';
import CHECKLIST_EMPTY from '@salesforce/label/c.Atlas_DS_Checklist_Empty_Section';
import SECTION_RECORDED from '@salesforce/label/c.Atlas_DS_Section_Recorded';
import SECTION_RECORDED_ONE from '@salesforce/label/c.Atlas_DS_Section_Recorded_One';
import CLOSED_NO_EVIDENCE from '@salesforce/label/c.Atlas_DS_Closed_No_Evidence';
import CLOSED_NOTE_RESCORED from '@salesforce/label/c.Atlas_DS_Closed_Note_Rescored';
import COUNTED_WITHOUT_VERIFIER from '@salesforce/label/c.Atlas_DS_Counted_Without_Verifier';
import COUNTED_AGAINST_NO from '@salesforce/label/c.Atlas_DS_Counted_Against_Competitor_No';
import COUNTED_AGAINST_IN_PROGRESS from '@salesforce/label/c.Atlas_DS_Counted_Against_Competitor_In_Progress';
import SECTION_REQUIRED_WAIVED from '@salesforce/label/c.Atlas_DS_Section_Required_Waived';
import SECTION_REQUIRED_WAIVED_ONE from '@salesforce/label/c.Atlas_DS_Section_Required_Waived_One';
import COUNTED_WITHOUT_EVIDENCE from '@salesforce/label/c.Atlas_DS_Counted_Without_Evidence';
import FACTOR_POINTS from '@salesforce/label/c.Atlas_DS_Factor_Points';
import DETAIL_POINTS from '@salesforce/label/c.Atlas_DS_Detail_Points';
import FACTORS_TOTAL from '@salesforce/label/c.Atlas_DS_Factors_Total';
import ACTION_GAIN from '@salesforce/label/c.Atlas_DS_Action_Gain';
import ACTION_GAIN_ONE from '@salesforce/label/c.Atlas_DS_Action_Gain_One';
import ACTION_FOLLOW_UP from '@salesforce/label/c.Atlas_DS_Action_Follow_Up';
import ACTION_REFERENCE from '@salesforce/label/c.Atlas_DS_Action_Reference';
import ASK_REFERENCE from '@salesforce/label/c.Atlas_DS_Action_Ask_Reference';
import ASK_REFERENCE_NEW from '@salesforce/label/c.Atlas_DS_Action_Ask_Reference_New';
import IMPORTANCE_NICE_TO_HAVE from '@salesforce/label/c.Atlas_DS_Importance_Nice_To_Have';
import IMPORTANCE_IMPORTANT from '@salesforce/label/c.Atlas_DS_Importance_Important';
import IMPORTANCE_VERY_IMPORTANT from '@salesforce/label/c.Atlas_DS_Importance_Very_Important';
import IMPORTANCE_ESSENTIAL from '@salesforce/label/c.Atlas_DS_Importance_Essential';
import STATE_NO from '@salesforce/label/c.Atlas_DS_State_No';
import STATE_IN_PROGRESS from '@salesforce/label/c.Atlas_DS_State_In_Progress';
import STATE_YES from '@salesforce/label/c.Atlas_DS_State_Yes';
import NOT_ASSESSED from '@salesforce/label/c.Atlas_DS_Not_Assessed';
import STATUS_MET from '@salesforce/label/c.Atlas_DS_Status_Met';
import STATUS_IN_PROGRESS from '@salesforce/label/c.Atlas_DS_Status_In_Progress';
import STATUS_NOT_MET from '@salesforce/label/c.Atlas_DS_Status_Not_Met';
import STATUS_NOT_CONFIGURED from '@salesforce/label/c.Atlas_DS_Status_Not_Configured';
import STATUS_UNKNOWN from '@salesforce/label/c.Atlas_DS_Status_Unknown';
import STATUS_IN_ORDER from '@salesforce/label/c.Atlas_DS_Status_In_Order';
import STATUS_PROBLEM from '@salesforce/label/c.Atlas_DS_Status_Problem';
import STATUS_NOT_APPLICABLE from '@salesforce/label/c.Atlas_DS_Status_Not_Applicable';
import BAND_AT_RISK from '@salesforce/label/c.Atlas_DS_Band_At_Risk';
import BAND_WATCH from '@salesforce/label/c.Atlas_DS_Band_Watch';
import BAND_HEALTHY from '@salesforce/label/c.Atlas_DS_Band_Healthy';

export const DEAL_SCORE_LABELS = {
    title: TITLE,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    notFound: NOT_FOUND,
    scoreFailed: SCORE_FAILED,
    readOnly: READ_ONLY,
    evidenceSaved: EVIDENCE_SAVED,
    waivedSaved: WAIVED_SAVED,
    evidenceDuplicate: EVIDENCE_DUPLICATE,
    stageAdvanced: STAGE_ADVANCED,
    advanceFailed: ADVANCE_FAILED,
    sectionCurrent: SECTION_CURRENT,
    sectionNext: SECTION_NEXT,
    sectionQualification: SECTION_QUALIFICATION,
    sectionQualificationGroup: SECTION_QUALIFICATION_GROUP,
    sectionEarlier: SECTION_EARLIER,
    sectionLater: SECTION_LATER,
    sectionReached: SECTION_REACHED,
    sectionMet: SECTION_MET,
    sectionRequiredUnmet: SECTION_REQUIRED_UNMET,
    sectionRequiredUnmetOne: SECTION_REQUIRED_UNMET_ONE,
    sectionRequiredWaived: SECTION_REQUIRED_WAIVED,
    sectionRequiredWaivedOne: SECTION_REQUIRED_WAIVED_ONE,
    checklistEmpty: CHECKLIST_EMPTY,
    sectionRecorded: SECTION_RECORDED,
    sectionRecordedOne: SECTION_RECORDED_ONE,
    closedNoEvidence: CLOSED_NO_EVIDENCE,
    closedNoteRescored: CLOSED_NOTE_RESCORED,
    countedWithoutVerifier: COUNTED_WITHOUT_VERIFIER,
    countedAgainstNo: COUNTED_AGAINST_NO,
    countedAgainstInProgress: COUNTED_AGAINST_IN_PROGRESS,
    countedWithoutEvidence: COUNTED_WITHOUT_EVIDENCE,
    closedNote: CLOSED_NOTE,
    closedNoteLost: CLOSED_NOTE_LOST,
    closedNoteCompetitor: CLOSED_NOTE_COMPETITOR,
    closedToast: CLOSED_TOAST,
    closeFailed: CLOSE_FAILED,
    gateBlocker: GATE_BLOCKER,
    goToCriterionNamed: GO_TO_CRITERION_NAMED,
    factorPoints: FACTOR_POINTS,
    detailPoints: DETAIL_POINTS,
    factorsTotal: FACTORS_TOTAL,
    actionGain: ACTION_GAIN,
    actionGainOne: ACTION_GAIN_ONE,
    actionFollowUp: ACTION_FOLLOW_UP,
    actionReference: ACTION_REFERENCE,
    askReference: ASK_REFERENCE,
    askReferenceNew: ASK_REFERENCE_NEW,
    importanceNiceToHave: IMPORTANCE_NICE_TO_HAVE,
    importanceImportant: IMPORTANCE_IMPORTANT,
    importanceVeryImportant: IMPORTANCE_VERY_IMPORTANT,
    importanceEssential: IMPORTANCE_ESSENTIAL,
    stateNo: STATE_NO,
    stateInProgress: STATE_IN_PROGRESS,
    stateYes: STATE_YES,
    notAssessed: NOT_ASSESSED,
    statusMet: STATUS_MET,
    statusInProgress: STATUS_IN_PROGRESS,
    statusNotMet: STATUS_NOT_MET,
    statusNotConfigured: STATUS_NOT_CONFIGURED,
    statusUnknown: STATUS_UNKNOWN,
    statusInOrder: STATUS_IN_ORDER,
    statusProblem: STATUS_PROBLEM,
    statusNotApplicable: STATUS_NOT_APPLICABLE,
    bandAtRisk: BAND_AT_RISK,
    bandWatch: BAND_WATCH,
    bandHealthy: BAND_HEALTHY,
    evidenceHiddenOne: EVIDENCE_HIDDEN_ONE,
    evidenceHiddenOther: EVIDENCE_HIDDEN_OTHER
};
