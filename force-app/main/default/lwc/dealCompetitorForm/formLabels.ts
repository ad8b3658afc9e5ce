// The competitor form's words: every sentence a custom label, one import each.
import FORM_NEW from '@salesforce/label/c.Atlas_DCP_Form_New';
import FORM_EDIT from '@salesforce/label/c.Atlas_DCP_Form_Edit';
import FIELD_ACCOUNT from '@salesforce/label/c.Atlas_DCP_Field_Account';
import FIELD_ACCOUNT_HELP from '@salesforce/label/c.Atlas_DCP_Field_Account_Help';
import FIELD_ACCOUNT_PLACEHOLDER from '@salesforce/label/c.Atlas_DCP_Field_Account_Placeholder';
import FIELD_NAME from '@salesforce/label/c.Atlas_DCP_Field_Name';
import FIELD_NAME_HELP from '@salesforce/label/c.Atlas_DCP_Field_Name_Help';
import FIELD_INCUMBENT from '@salesforce/label/c.Atlas_DCP_Field_Incumbent';
import FIELD_COMPETE from '@salesforce/label/c.Atlas_DCP_Field_Compete';
import FIELD_COMPETE_EVIDENCE from '@salesforce/label/c.Atlas_DCP_Field_Compete_Evidence';
import FIELD_WIN from '@salesforce/label/c.Atlas_DCP_Field_Win';
import FIELD_WIN_EVIDENCE from '@salesforce/label/c.Atlas_DCP_Field_Win_Evidence';
import FIELD_EVIDENCE_HELP from '@salesforce/label/c.Atlas_DCP_Field_Evidence_Help';
import FIELD_VERIFIED_BY from '@salesforce/label/c.Atlas_DCP_Field_Verified_By';
import FIELD_VERIFIED_BY_HELP from '@salesforce/label/c.Atlas_DCP_Field_Verified_By_Help';
import FIELD_STRENGTHS from '@salesforce/label/c.Atlas_DCP_Field_Strengths';
import FIELD_WEAKNESSES from '@salesforce/label/c.Atlas_DCP_Field_Weaknesses';
import PICK_NOT_ASSESSED from '@salesforce/label/c.Atlas_DCP_Pick_Not_Assessed';
import PICK_NOBODY from '@salesforce/label/c.Atlas_DCP_Pick_Nobody';
import SAVE from '@salesforce/label/c.Atlas_DCP_Save';
import CANCEL from '@salesforce/label/c.Atlas_DCP_Cancel';
import SAVING from '@salesforce/label/c.Atlas_DCP_Saving';
import SAVE_FAILED from '@salesforce/label/c.Atlas_DCP_Save_Failed';
import FIX_PROBLEMS from '@salesforce/label/c.Atlas_DCP_Fix_Problems';

export const FORM_LABELS = {
    formNew: FORM_NEW,
    formEdit: FORM_EDIT,
    fieldAccount: FIELD_ACCOUNT,
    fieldAccountHelp: FIELD_ACCOUNT_HELP,
    fieldAccountPlaceholder: FIELD_ACCOUNT_PLACEHOLDER,
    fieldName: FIELD_NAME,
    fieldNameHelp: FIELD_NAME_HELP,
    fieldIncumbent: FIELD_INCUMBENT,
    fieldCompete: FIELD_COMPETE,
    fieldCompeteEvidence: FIELD_COMPETE_EVIDENCE,
    fieldWin: FIELD_WIN,
    fieldWinEvidence: FIELD_WIN_EVIDENCE,
    fieldEvidenceHelp: FIELD_EVIDENCE_HELP,
    fieldVerifiedBy: FIELD_VERIFIED_BY,
    fieldVerifiedByHelp: FIELD_VERIFIED_BY_HELP,
    fieldStrengths: FIELD_STRENGTHS,
    fieldWeaknesses: FIELD_WEAKNESSES,
    pickNotAssessed: PICK_NOT_ASSESSED,
    pickNobody: PICK_NOBODY,
    save: SAVE,
    cancel: CANCEL,
    saving: SAVING,
    saveFailed: SAVE_FAILED,
    fixProblems: FIX_PROBLEMS
} as const;
