// The Deal Competitors panel's words: every sentence a custom label, one import each.
import TITLE from '@salesforce/label/c.Atlas_DCP_Title';
import INTRO from '@salesforce/label/c.Atlas_DCP_Intro';
import CLOSED_INTRO from '@salesforce/label/c.Atlas_DCP_Closed_Intro';
import WON from '@salesforce/label/c.Atlas_DCP_Won';
import STATE_YES from '@salesforce/label/c.Atlas_DCP_State_Yes';
import STATE_NO from '@salesforce/label/c.Atlas_DCP_State_No';
import STATE_IN_PROGRESS from '@salesforce/label/c.Atlas_DCP_State_In_Progress';
import LOADING from '@salesforce/label/c.Atlas_DCP_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_DCP_Load_Failed';
import NOT_FOUND from '@salesforce/label/c.Atlas_DCP_Not_Found';
import EMPTY from '@salesforce/label/c.Atlas_DCP_Empty';
import ADD from '@salesforce/label/c.Atlas_DCP_Add';
import EDIT from '@salesforce/label/c.Atlas_DCP_Edit';
import EDIT_TITLE from '@salesforce/label/c.Atlas_DCP_Edit_Title';
import REMOVE from '@salesforce/label/c.Atlas_DCP_Remove';
import REMOVE_TITLE from '@salesforce/label/c.Atlas_DCP_Remove_Title';
import REMOVE_CONFIRM from '@salesforce/label/c.Atlas_DCP_Remove_Confirm';
import REMOVE_FAILED from '@salesforce/label/c.Atlas_DCP_Remove_Failed';
import READ_ONLY from '@salesforce/label/c.Atlas_DCP_Read_Only';
import LIST from '@salesforce/label/c.Atlas_DCP_List';
import INCUMBENT from '@salesforce/label/c.Atlas_DCP_Incumbent';
import UNNAMED from '@salesforce/label/c.Atlas_DCP_Unnamed';
import QUESTION_COMPETE from '@salesforce/label/c.Atlas_DCP_Question_Compete';
import QUESTION_WIN from '@salesforce/label/c.Atlas_DCP_Question_Win';
import STANDING from '@salesforce/label/c.Atlas_DCP_Standing';
import STANDING_EVIDENCE from '@salesforce/label/c.Atlas_DCP_Standing_Evidence';
import STANDING_NONE from '@salesforce/label/c.Atlas_DCP_Standing_None';
import SHORT_EVIDENCE from '@salesforce/label/c.Atlas_DCP_Short_Evidence';
import SHORT_VERIFIER from '@salesforce/label/c.Atlas_DCP_Short_Verifier';
import VERIFIED_BY from '@salesforce/label/c.Atlas_DCP_Verified_By';
import STRENGTHS from '@salesforce/label/c.Atlas_DCP_Strengths';
import WEAKNESSES from '@salesforce/label/c.Atlas_DCP_Weaknesses';
import PROBLEM_NO_COMPETITOR from '@salesforce/label/c.Atlas_DCP_Problem_NO_COMPETITOR';
import PROBLEM_NAME_TOO_LONG from '@salesforce/label/c.Atlas_DCP_Problem_NAME_TOO_LONG';
import PROBLEM_COMPETE_YES_NO_EVIDENCE from '@salesforce/label/c.Atlas_DCP_Problem_COMPETE_YES_NO_EVIDENCE';
import PROBLEM_WIN_YES_NO_EVIDENCE from '@salesforce/label/c.Atlas_DCP_Problem_WIN_YES_NO_EVIDENCE';
import PROBLEM_YES_NO_VERIFIER from '@salesforce/label/c.Atlas_DCP_Problem_YES_NO_VERIFIER';
import type { EvidenceState } from 'c/atlasModel';
import type { CompetitorProblemCode } from 'c/competitorStanding';

export const COMPETITOR_LABELS = {
    title: TITLE,
    intro: INTRO,
    closedIntro: CLOSED_INTRO,
    won: WON,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    notFound: NOT_FOUND,
    empty: EMPTY,
    add: ADD,
    edit: EDIT,
    editTitle: EDIT_TITLE,
    remove: REMOVE,
    removeTitle: REMOVE_TITLE,
    removeConfirm: REMOVE_CONFIRM,
    removeFailed: REMOVE_FAILED,
    readOnly: READ_ONLY,
    list: LIST,
    incumbent: INCUMBENT,
    unnamed: UNNAMED,
    questionCompete: QUESTION_COMPETE,
    questionWin: QUESTION_WIN,
    standing: STANDING,
    standingEvidence: STANDING_EVIDENCE,
    standingNone: STANDING_NONE,
    shortEvidence: SHORT_EVIDENCE,
    shortVerifier: SHORT_VERIFIER,
    verifiedBy: VERIFIED_BY,
    strengths: STRENGTHS,
    weaknesses: WEAKNESSES
} as const;

/**
 * A position's state in the panel's sentence case ("Can we compete: In progress", like "Can we win:
 * not assessed yet"), by its picklist value (a missing state fails to compile).
 */
export const STATE_LABELS: Readonly<Record<EvidenceState, string>> = {
    Yes: STATE_YES,
    No: STATE_NO,
    'In Progress': STATE_IN_PROGRESS
};

/** A refused draft's problem, in words, by its code (a missing code fails to compile). */
export const PROBLEM_LABELS: Readonly<Record<CompetitorProblemCode, string>> = {
    NO_COMPETITOR: PROBLEM_NO_COMPETITOR,
    NAME_TOO_LONG: PROBLEM_NAME_TOO_LONG,
    COMPETE_YES_NO_EVIDENCE: PROBLEM_COMPETE_YES_NO_EVIDENCE,
    WIN_YES_NO_EVIDENCE: PROBLEM_WIN_YES_NO_EVIDENCE,
    YES_NO_VERIFIER: PROBLEM_YES_NO_VERIFIER
};
