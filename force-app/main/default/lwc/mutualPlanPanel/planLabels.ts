// The Mutual Plan panel's words: every sentence a custom label, one import each.
import type { StepProblemCode } from 'c/mutualPlan';
import TITLE from '@salesforce/label/c.Atlas_MPL_Title';
import INTRO from '@salesforce/label/c.Atlas_MPL_Intro';
import CLOSE_DATE from '@salesforce/label/c.Atlas_MPL_Close_Date';
import NO_CLOSE_DATE from '@salesforce/label/c.Atlas_MPL_No_Close_Date';
import EMPTY from '@salesforce/label/c.Atlas_MPL_Empty';
import LOADING from '@salesforce/label/c.Atlas_MPL_Loading';
import LOAD_FAILED from '@salesforce/label/c.Atlas_MPL_Load_Failed';
import NOT_FOUND from '@salesforce/label/c.Atlas_MPL_Not_Found';
import ADD from '@salesforce/label/c.Atlas_MPL_Add';
import EDIT from '@salesforce/label/c.Atlas_MPL_Edit';
import EDIT_NAMED from '@salesforce/label/c.Atlas_MPL_Edit_Named';
import COMPLETE from '@salesforce/label/c.Atlas_MPL_Complete';
import COMPLETE_NAMED from '@salesforce/label/c.Atlas_MPL_Complete_Named';
import EXPORT from '@salesforce/label/c.Atlas_MPL_Export';
import FILE_NAME from '@salesforce/label/c.Atlas_MPL_File_Name';
import COL_NUMBER from '@salesforce/label/c.Atlas_MPL_Col_Number';
import COL_STEP from '@salesforce/label/c.Atlas_MPL_Col_Step';
import COL_DUE from '@salesforce/label/c.Atlas_MPL_Col_Due';
import COL_STATUS from '@salesforce/label/c.Atlas_MPL_Col_Status';
import COL_OUR_OWNER from '@salesforce/label/c.Atlas_MPL_Col_Our_Owner';
import COL_CUSTOMER_OWNER from '@salesforce/label/c.Atlas_MPL_Col_Customer_Owner';
import COL_EVIDENCE from '@salesforce/label/c.Atlas_MPL_Col_Evidence';
import COL_COMPLETED from '@salesforce/label/c.Atlas_MPL_Col_Completed';
import NOBODY from '@salesforce/label/c.Atlas_MPL_Nobody';
import OWNERS from '@salesforce/label/c.Atlas_MPL_Owners';
import DUE from '@salesforce/label/c.Atlas_MPL_Due';
import EVIDENCE_LINE from '@salesforce/label/c.Atlas_MPL_Evidence_Line';
import DONE_ON from '@salesforce/label/c.Atlas_MPL_Done_On';
import NOTES_LINE from '@salesforce/label/c.Atlas_MPL_Notes_Line';
import AFTER_CLOSE_ONE from '@salesforce/label/c.Atlas_MPL_After_Close_One';
import AFTER_CLOSE_OTHER from '@salesforce/label/c.Atlas_MPL_After_Close_Other';
import OVERDUE_ONE from '@salesforce/label/c.Atlas_MPL_Overdue_One';
import OVERDUE_OTHER from '@salesforce/label/c.Atlas_MPL_Overdue_Other';
import COMPLETE_FAILED from '@salesforce/label/c.Atlas_MPL_Complete_Failed';
import PROBLEM_NO_NAME from '@salesforce/label/c.Atlas_MPL_Problem_NO_NAME';
import PROBLEM_NAME_TOO_LONG from '@salesforce/label/c.Atlas_MPL_Problem_NAME_TOO_LONG';
import PROBLEM_NO_DUE_DATE from '@salesforce/label/c.Atlas_MPL_Problem_NO_DUE_DATE';
import PROBLEM_BAD_DUE_DATE from '@salesforce/label/c.Atlas_MPL_Problem_BAD_DUE_DATE';
import PROBLEM_EVIDENCE_TOO_LONG from '@salesforce/label/c.Atlas_MPL_Problem_EVIDENCE_TOO_LONG';
import READ_ONLY from '@salesforce/label/c.Atlas_MPL_Read_Only';
import CLOSED from '@salesforce/label/c.Atlas_MPL_Closed';

export const PLAN_LABELS = {
    title: TITLE,
    intro: INTRO,
    closeDate: CLOSE_DATE,
    noCloseDate: NO_CLOSE_DATE,
    empty: EMPTY,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    notFound: NOT_FOUND,
    add: ADD,
    edit: EDIT,
    editNamed: EDIT_NAMED,
    complete: COMPLETE,
    completeNamed: COMPLETE_NAMED,
    export: EXPORT,
    fileName: FILE_NAME,
    colNumber: COL_NUMBER,
    colStep: COL_STEP,
    colDue: COL_DUE,
    colStatus: COL_STATUS,
    colOurOwner: COL_OUR_OWNER,
    colCustomerOwner: COL_CUSTOMER_OWNER,
    colEvidence: COL_EVIDENCE,
    colCompleted: COL_COMPLETED,
    nobody: NOBODY,
    owners: OWNERS,
    due: DUE,
    evidenceLine: EVIDENCE_LINE,
    doneOn: DONE_ON,
    notesLine: NOTES_LINE,
    afterCloseOne: AFTER_CLOSE_ONE,
    afterCloseOther: AFTER_CLOSE_OTHER,
    overdueOne: OVERDUE_ONE,
    overdueOther: OVERDUE_OTHER,
    completeFailed: COMPLETE_FAILED,
    readOnly: READ_ONLY,
    closed: CLOSED
} as const;

/** A draft's problems in words (c/mutualPlan stepProblems codes). */
export const PROBLEM_LABELS: Readonly<Record<StepProblemCode, string>> = {
    NO_NAME: PROBLEM_NO_NAME,
    NAME_TOO_LONG: PROBLEM_NAME_TOO_LONG,
    NO_DUE_DATE: PROBLEM_NO_DUE_DATE,
    BAD_DUE_DATE: PROBLEM_BAD_DUE_DATE,
    EVIDENCE_TOO_LONG: PROBLEM_EVIDENCE_TOO_LONG
};
