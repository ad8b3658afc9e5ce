// The review form's custom labels.
import type { DraftProblemCode } from 'c/dealCoaching';
import FORM_HEADING from '@salesforce/label/c.Atlas_DRV_Form_Heading';
import EARLIER_FAILED from '@salesforce/label/c.Atlas_DRF_Earlier_Failed';
import FORM_FACTS from '@salesforce/label/c.Atlas_DRV_Form_Facts';
import QUESTIONS_HEADING from '@salesforce/label/c.Atlas_DRV_Questions_Heading';
import QUESTIONS_INTRO from '@salesforce/label/c.Atlas_DRV_Questions_Intro';
import NO_QUESTIONS from '@salesforce/label/c.Atlas_DRV_No_Questions';
import GAP from '@salesforce/label/c.Atlas_DRV_Gap';
import ANSWER from '@salesforce/label/c.Atlas_DRV_Answer';
import NOTES from '@salesforce/label/c.Atlas_DRV_Notes';
import REVIEWED_ON from '@salesforce/label/c.Atlas_DRV_Reviewed_On';
import NEXT_REVIEW from '@salesforce/label/c.Atlas_DRV_Next_Review';
import ACTIONS_HEADING from '@salesforce/label/c.Atlas_DRV_Actions_Heading';
import ACTION_NAME from '@salesforce/label/c.Atlas_DRV_Action_Name';
import ACTION_OWNER from '@salesforce/label/c.Atlas_DRV_Action_Owner';
import ACTION_DUE from '@salesforce/label/c.Atlas_DRV_Action_Due';
import ACTION_NUMBER from '@salesforce/label/c.Atlas_DRV_Action_Number';
import ADD_ACTION from '@salesforce/label/c.Atlas_DRV_Add_Action';
import REMOVE_ACTION from '@salesforce/label/c.Atlas_DRV_Remove_Action';
import SAVE from '@salesforce/label/c.Atlas_DRV_Save';
import SAVING from '@salesforce/label/c.Atlas_DRV_Saving';
import CANCEL from '@salesforce/label/c.Atlas_DRV_Cancel';
import SAVED from '@salesforce/label/c.Atlas_DRV_Saved';
import SAVE_FAILED from '@salesforce/label/c.Atlas_DRV_Save_Failed';
import ACTIONS_FAILED from '@salesforce/label/c.Atlas_DRV_Actions_Failed';
import FIX_PROBLEMS from '@salesforce/label/c.Atlas_DRV_Fix_Problems';
import READ_ONLY from '@salesforce/label/c.Atlas_DRV_Read_Only';
import NO_REVIEW_DATE from '@salesforce/label/c.Atlas_DRV_Problem_NO_REVIEW_DATE';
import NEXT_REVIEW_BEFORE_REVIEW from '@salesforce/label/c.Atlas_DRV_Problem_NEXT_REVIEW_BEFORE_REVIEW';
import ACTION_NO_NAME from '@salesforce/label/c.Atlas_DRV_Problem_ACTION_NO_NAME';
import ACTION_NAME_TOO_LONG from '@salesforce/label/c.Atlas_DRV_Problem_ACTION_NAME_TOO_LONG';
import ACTION_NO_OWNER from '@salesforce/label/c.Atlas_DRV_Problem_ACTION_NO_OWNER';
import ACTION_NO_DUE_DATE from '@salesforce/label/c.Atlas_DRV_Problem_ACTION_NO_DUE_DATE';
import ACTION_DUE_BEFORE_REVIEW from '@salesforce/label/c.Atlas_DRV_Problem_ACTION_DUE_BEFORE_REVIEW';
import EMPTY_REVIEW from '@salesforce/label/c.Atlas_DRV_Problem_EMPTY_REVIEW';
import ANSWERS_TOO_LONG from '@salesforce/label/c.Atlas_DRV_Problem_ANSWERS_TOO_LONG';
import NOTES_TOO_LONG from '@salesforce/label/c.Atlas_DRV_Problem_NOTES_TOO_LONG';

export const FORM_LABELS = {
    earlierFailed: EARLIER_FAILED,
    formHeading: FORM_HEADING,
    formFacts: FORM_FACTS,
    questionsHeading: QUESTIONS_HEADING,
    questionsIntro: QUESTIONS_INTRO,
    noQuestions: NO_QUESTIONS,
    gap: GAP,
    answer: ANSWER,
    notes: NOTES,
    reviewedOn: REVIEWED_ON,
    nextReview: NEXT_REVIEW,
    actionsHeading: ACTIONS_HEADING,
    actionName: ACTION_NAME,
    actionOwner: ACTION_OWNER,
    actionDue: ACTION_DUE,
    actionNumber: ACTION_NUMBER,
    addAction: ADD_ACTION,
    removeAction: REMOVE_ACTION,
    save: SAVE,
    saving: SAVING,
    cancel: CANCEL,
    saved: SAVED,
    saveFailed: SAVE_FAILED,
    actionsFailed: ACTIONS_FAILED,
    fixProblems: FIX_PROBLEMS,
    readOnly: READ_ONLY
};

export const PROBLEM_TEXTS: Record<DraftProblemCode, string> = {
    NO_REVIEW_DATE,
    NEXT_REVIEW_BEFORE_REVIEW,
    ACTION_NO_NAME,
    ACTION_NAME_TOO_LONG,
    ACTION_NO_OWNER,
    ACTION_NO_DUE_DATE,
    ACTION_DUE_BEFORE_REVIEW,
    EMPTY_REVIEW,
    ANSWERS_TOO_LONG,
    NOTES_TOO_LONG
};
