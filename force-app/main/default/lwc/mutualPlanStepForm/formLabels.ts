// The mutual plan step form's words: every sentence a custom label, one import each.
import FORM_NEW from '@salesforce/label/c.Atlas_MPL_Form_New';
import FORM_EDIT from '@salesforce/label/c.Atlas_MPL_Form_Edit';
import FIELD_NAME from '@salesforce/label/c.Atlas_MPL_Field_Name';
import FIELD_NAME_HELP from '@salesforce/label/c.Atlas_MPL_Field_Name_Help';
import FIELD_DUE from '@salesforce/label/c.Atlas_MPL_Field_Due';
import FIELD_STATUS from '@salesforce/label/c.Atlas_MPL_Field_Status';
import FIELD_OUR_OWNER from '@salesforce/label/c.Atlas_MPL_Field_Our_Owner';
import FIELD_CUSTOMER_OWNER from '@salesforce/label/c.Atlas_MPL_Field_Customer_Owner';
import FIELD_EVIDENCE from '@salesforce/label/c.Atlas_MPL_Field_Evidence';
import FIELD_NOTES from '@salesforce/label/c.Atlas_MPL_Field_Notes';
import PICK_NONE from '@salesforce/label/c.Atlas_MPL_Pick_None';
import SAVE from '@salesforce/label/c.Atlas_MPL_Save';
import CANCEL from '@salesforce/label/c.Atlas_MPL_Cancel';
import SAVING from '@salesforce/label/c.Atlas_MPL_Saving';
import SAVE_FAILED from '@salesforce/label/c.Atlas_MPL_Save_Failed';
import FIX_PROBLEMS from '@salesforce/label/c.Atlas_MPL_Fix_Problems';

export const FORM_LABELS = {
    formNew: FORM_NEW,
    formEdit: FORM_EDIT,
    fieldName: FIELD_NAME,
    fieldNameHelp: FIELD_NAME_HELP,
    fieldDue: FIELD_DUE,
    fieldStatus: FIELD_STATUS,
    fieldOurOwner: FIELD_OUR_OWNER,
    fieldCustomerOwner: FIELD_CUSTOMER_OWNER,
    fieldEvidence: FIELD_EVIDENCE,
    fieldNotes: FIELD_NOTES,
    pickNone: PICK_NONE,
    save: SAVE,
    cancel: CANCEL,
    saving: SAVING,
    saveFailed: SAVE_FAILED,
    fixProblems: FIX_PROBLEMS
} as const;
