// The custom labels of one criterion's evidence form.
import STATE from '@salesforce/label/c.Atlas_DS_Field_State';
import STATE_NO from '@salesforce/label/c.Atlas_DS_State_No';
import STATE_IN_PROGRESS from '@salesforce/label/c.Atlas_DS_State_In_Progress';
import STATE_YES from '@salesforce/label/c.Atlas_DS_State_Yes';
import NOT_ASSESSED from '@salesforce/label/c.Atlas_DS_Not_Assessed';
import EVIDENCE from '@salesforce/label/c.Atlas_DS_Field_Evidence';
import EVIDENCE_HELP from '@salesforce/label/c.Atlas_DS_Field_Evidence_Help';
import VERIFIED_BY_FIELD from '@salesforce/label/c.Atlas_DS_Field_Verified_By';
import NONE from '@salesforce/label/c.Atlas_DS_None';
import VERIFIED_BY from '@salesforce/label/c.Atlas_DS_Verified_By';
import VERIFIED_BY_ON from '@salesforce/label/c.Atlas_DS_Verified_By_On';
import REQUIRED from '@salesforce/label/c.Atlas_DS_Required_To_Leave';
import GUIDANCE from '@salesforce/label/c.Atlas_DS_Guidance';
import SAVE from '@salesforce/label/c.Atlas_DS_Save_Evidence';
import SAVING from '@salesforce/label/c.Atlas_DS_Saving';
import NOT_SAVED from '@salesforce/label/c.Atlas_DS_Evidence_Not_Saved';
import EVIDENCE_NEEDED from '@salesforce/label/c.Atlas_DS_Evidence_Needed';
import NO_EVIDENCE from '@salesforce/label/c.Atlas_DS_No_Evidence_Written';
import EDIT from '@salesforce/label/c.Atlas_DS_Edit_Evidence';
import CANCEL from '@salesforce/label/c.Atlas_DS_Edit_Evidence_Cancel';

export const ITEM_LABELS = {
    state: STATE,
    states: { No: STATE_NO, 'In Progress': STATE_IN_PROGRESS, Yes: STATE_YES },
    notAssessed: NOT_ASSESSED,
    evidence: EVIDENCE,
    evidenceHelp: EVIDENCE_HELP,
    verifiedByField: VERIFIED_BY_FIELD,
    none: NONE,
    verifiedBy: VERIFIED_BY,
    verifiedByOn: VERIFIED_BY_ON,
    required: REQUIRED,
    guidance: GUIDANCE,
    save: SAVE,
    saving: SAVING,
    notSaved: NOT_SAVED,
    evidenceNeeded: EVIDENCE_NEEDED,
    noEvidence: NO_EVIDENCE,
    edit: EDIT,
    cancel: CANCEL
};
