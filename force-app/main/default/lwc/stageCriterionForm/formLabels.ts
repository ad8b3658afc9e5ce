// The custom labels of the stage criterion form.
import STAGE from '@salesforce/label/c.Atlas_SC_Field_Stage';
import EVERY_STAGE from '@salesforce/label/c.Atlas_SC_Every_Stage';
import CATEGORY from '@salesforce/label/c.Atlas_SC_Field_Category';
import QUESTION from '@salesforce/label/c.Atlas_SC_Field_Question';
import QUESTION_HELP from '@salesforce/label/c.Atlas_SC_Field_Question_Help';
import GUIDANCE from '@salesforce/label/c.Atlas_SC_Field_Guidance';
import IMPORTANCE from '@salesforce/label/c.Atlas_SC_Field_Importance';
import REQUIRED from '@salesforce/label/c.Atlas_SC_Field_Required';
import REQUIRED_HELP from '@salesforce/label/c.Atlas_SC_Field_Required_Help';
import ACTIVE from '@salesforce/label/c.Atlas_SC_Field_Active';
import QUESTION_REQUIRED from '@salesforce/label/c.Atlas_SC_Question_Required';
import SAVE from '@salesforce/label/c.Atlas_SC_Save';
import CANCEL from '@salesforce/label/c.Atlas_SC_Cancel';
import SAVING from '@salesforce/label/c.Atlas_SC_Saving';
import NOT_SAVED from '@salesforce/label/c.Atlas_SC_Not_Saved';
import CATEGORY_OPPORTUNITY from '@salesforce/label/c.Atlas_SC_Category_Is_There_An_Opportunity';
import CATEGORY_COMPETE from '@salesforce/label/c.Atlas_SC_Category_Can_We_Compete';
import CATEGORY_WIN from '@salesforce/label/c.Atlas_SC_Category_Can_We_Win';
import CATEGORY_WORTH from '@salesforce/label/c.Atlas_SC_Category_Is_It_Worth_Winning';
import CATEGORY_OUTCOME from '@salesforce/label/c.Atlas_SC_Category_Verifiable_Outcome';
import CATEGORY_RELATIONSHIP from '@salesforce/label/c.Atlas_SC_Category_Relationship';
import NICE_TO_HAVE from '@salesforce/label/c.Atlas_DS_Importance_Nice_To_Have';
import IMPORTANT from '@salesforce/label/c.Atlas_DS_Importance_Important';
import VERY_IMPORTANT from '@salesforce/label/c.Atlas_DS_Importance_Very_Important';
import ESSENTIAL from '@salesforce/label/c.Atlas_DS_Importance_Essential';

export const FORM_LABELS = {
    stage: STAGE,
    everyStage: EVERY_STAGE,
    category: CATEGORY,
    question: QUESTION,
    questionHelp: QUESTION_HELP,
    guidance: GUIDANCE,
    importance: IMPORTANCE,
    required: REQUIRED,
    requiredHelp: REQUIRED_HELP,
    active: ACTIVE,
    questionRequired: QUESTION_REQUIRED,
    save: SAVE,
    cancel: CANCEL,
    saving: SAVING,
    notSaved: NOT_SAVED,
    categories: {
        'Is there an opportunity?': CATEGORY_OPPORTUNITY,
        'Can we compete?': CATEGORY_COMPETE,
        'Can we win?': CATEGORY_WIN,
        'Is it worth winning?': CATEGORY_WORTH,
        'Verifiable Outcome': CATEGORY_OUTCOME,
        Relationship: CATEGORY_RELATIONSHIP
    } as Record<string, string>,
    importances: {
        'Nice to Have': NICE_TO_HAVE,
        Important: IMPORTANT,
        'Very Important': VERY_IMPORTANT,
        Essential: ESSENTIAL
    } as Record<string, string>
};
